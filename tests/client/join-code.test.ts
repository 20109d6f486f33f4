/** A join code as a student types it, read aloud from the wall: spaces, dashes and lower case are dropped or raised. */
import { describe, expect, it } from 'vitest';
import { typedCode } from '../../client/classroom/api';

describe('a typed join code', () => {
  it('keeps the letters and digits, upper case, whatever a student puts between them', () => {
    expect(typedCode('qtf tg7')).toBe('QTFTG7');
    expect(typedCode(' QTF-TG7 ')).toBe('QTFTG7');
    expect(typedCode('3twbdv')).toBe('3TWBDV');
  });
});

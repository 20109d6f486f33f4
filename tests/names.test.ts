/**
 * The one name policy (game/wire/names.ts) that Lobby names, classroom
 * nicknames and the forms share: what a person sees is what they typed,
 * minus what nobody can see or what reorders the text around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName, NAME_MAX } from '../game/wire/names';
import { sanitiseNickname } from '../server/classroom/session';

describe('cleanName', () => {
  it('keeps ordinary names, trimmed and with single spaces', () => {
    expect(cleanName('  Ada   Lovelace ')).toBe('Ada Lovelace');
    expect(cleanName('Zoë')).toBe('Zoë');
    expect(cleanName('李小龙')).toBe('李小龙');
    expect(cleanName('x'.repeat(NAME_MAX))).toBe('x'.repeat(NAME_MAX));
  });

  it('normalises to NFC, so the same name typed two ways is the same string', () => {
    expect(cleanName('Zoe\u0308')).toBe('Zo\u00eb');
  });

  it('removes bidi overrides, zero-width and control characters, and angle brackets', () => {
    expect(cleanName('Ev\u202eil')).toBe('Evil');
    expect(cleanName('A\u200bd\u200da\ufeff')).toBe('Ada');
    expect(cleanName('Bo\u0000b\u0007\u001b[31m')).toBe('Bob[31m');
    expect(cleanName('<b>Ann</b>')).toBe('bAnn/b');
  });

  it('refuses what leaves nothing visible', () => {
    for (const raw of ['', '   ', '\u202e\u200b', '\u200b\u200c\u200d', '\u3164\u3164', '\u2800', '\u0301\u0301', '\t\n', '<>'])
      expect(cleanName(raw), JSON.stringify(raw)).toBeNull();
  });

  it('refuses too long names, counting characters not UTF-16 units, and anything not a string', () => {
    expect(cleanName('x'.repeat(NAME_MAX + 1))).toBeNull();
    expect(cleanName('😀'.repeat(NAME_MAX))).toBe('😀'.repeat(NAME_MAX));
    expect(cleanName('😀'.repeat(NAME_MAX + 1))).toBeNull();
    expect(cleanName('x\u0301'.repeat(13))).toBeNull();
    for (const raw of [42, null, undefined, ['Ann'], { name: 'Ann' }]) expect(cleanName(raw)).toBeNull();
  });

  it('for any input: a clean name has no control or format character, no edge space, 1 to NAME_MAX characters, and is stable', () => {
    const hostile = fc.constantFrom('\u202e', '\u202d', '\u2066', '\u200b', '\u200d', '\u0000', '\u0085', '\ud800', '\ue000', ' ', '\u00a0', '<', 'a', 'É', '😀', '\u0301');
    const input = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(hostile, { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(
      fc.property(input, (raw) => {
        const name = cleanName(raw);
        if (name === null) return true;
        const n = [...name].length;
        return n >= 1 && n <= NAME_MAX && !/[\p{C}<>]/u.test(name) && name === name.trim() && !/\s\s/u.test(name) && cleanName(name) === name;
      }),
      { numRuns: 2000 },
    );
  });

  it('is the classroom’s nickname policy too', () => {
    for (const raw of ['  Ann  Lee', 'Ev\u202eil', '\u200b', 'x'.repeat(30)]) expect(sanitiseNickname(raw)).toBe(cleanName(raw));
  });
});

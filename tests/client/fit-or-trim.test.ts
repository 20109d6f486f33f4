/**
 * Board text that must fit its box without shrinking to a few pixels: the scenario line (a
 * tutorial's or a replay's is long) shrinks a little, then is cut at a word with an ellipsis; a
 * narrow card's line says less (Russia's "✓ not resentful").
 */
import fc from 'fast-check';
import type * as Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { fitOneOf, fitOrTrim } from '../../client/board/widgets';

/** A Phaser text as fitOrTrim uses it: 8 px a character before its scale. */
function fakeText(): Phaser.GameObjects.Text & { readonly shown: number } {
  const t = {
    text: '',
    scaleX: 1,
    get width() { return this.text.length * 8; },
    get shown() { return this.width * this.scaleX; },
    setText(s: string) { this.text = s; return this; },
    setScale(k: number) { this.scaleX = k; return this; },
  };
  return t as unknown as Phaser.GameObjects.Text & { readonly shown: number };
}

describe('fitOrTrim', () => {
  const line = 'Tutorial: play the United States against a Sino-Russian partnership, 2019 Eye of Sauron';

  it('leaves a line that fits alone, at full size', () => {
    const t = fakeText();
    fitOrTrim(t, 'Replay · 2019', 400);
    expect([t.text, t.scaleX]).toEqual(['Replay · 2019', 1]);
  });

  it('shrinks a line a little over its slot, whole', () => {
    const t = fakeText();
    fitOrTrim(t, line, line.length * 8 * 0.9);
    expect(t.text).toBe(line);
    expect(t.scaleX).toBeCloseTo(0.9, 5);
  });

  it('cuts a line far over its slot at a word, with an ellipsis, no smaller than 85 %', () => {
    const t = fakeText();
    fitOrTrim(t, line, 300);
    expect(t.text.endsWith('…')).toBe(true);
    expect(line.startsWith(t.text.slice(0, -1))).toBe(true);
    expect(line[t.text.length - 1]).toMatch(/[\s,·:;–-]/);
    expect(t.scaleX).toBe(0.85);
    expect(t.shown).toBeLessThanOrEqual(300);
  });

  it('whatever the line and slot: never below 85 %, never wider than the slot unless one word is, and whole again when there is room', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,12}$/), { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 900 }), (words, max) => {
      const full = words.join(' ');
      const t = fakeText();
      fitOrTrim(t, full, max);
      expect(t.scaleX).toBeGreaterThanOrEqual(0.85);
      if (t.text.split(' ').length > 1) expect(t.shown).toBeLessThanOrEqual(max + 1e-9);
      fitOrTrim(t, full, 10_000);
      expect([t.text, t.scaleX]).toEqual([full, 1]);
    }));
  });

  it('fitOneOf: the long words where they fit (shrunk to 85 % at most), the short ones on a narrow card, whole again when it widens', () => {
    const texts = ['✓ Standing ≥ dependency: not resentful', '✓ not resentful'];
    const t = fakeText();
    fitOneOf(t, texts, 400);
    expect([t.text, t.scaleX]).toEqual([texts[0], 1]);
    fitOneOf(t, texts, (texts[0] as string).length * 8 * 0.9);
    expect(t.text).toBe(texts[0]);
    expect(t.scaleX).toBeCloseTo(0.9, 5);
    fitOneOf(t, texts, 200);
    expect([t.text, t.scaleX]).toEqual([texts[1], 1]);
    fitOneOf(t, texts, 60);
    expect(t.text).toBe(texts[1]);
    expect(t.shown).toBeLessThanOrEqual(60 + 1e-9);
    fitOneOf(t, texts, 400);
    expect([t.text, t.scaleX]).toEqual([texts[0], 1]);
  });
});

/**
 * Power names inside sentences: "the United States" takes an article and a
 * bare apostrophe ("the United States’ turn"), China and Russia do not.
 */
import type { Power } from '../../game';
import type { Theater } from '../../game';
import { POWER_NAMES, THEATER_NAMES } from '../../game';

/** The power as a sentence names it: "the United States", "China"; `start` capitalises the article. */
export function theName(p: Power, start = false): string {
  const n = POWER_NAMES[p];
  if (p !== 'us') return n;
  return start ? `The ${n}` : `the ${n}`;
}

/** "the United States’", "China’s", "Russia’s". */
export function possessive(p: Power, start = false): string {
  const n = theName(p, start);
  return /s$/.test(n) ? `${n}’` : `${n}’s`;
}

/** A theater after "in"/"to": "the Pacific", but plain "Europe". */
export function theaterName(t: Theater): string {
  return t === 'pacific' ? `the ${THEATER_NAMES[t]}` : THEATER_NAMES[t];
}

/** "a force", "2 forces". */
export const forceCount = (n: number): string => (n === 1 ? 'a force' : `${n} forces`);

/** "a, b and c". */
export const listed = (xs: readonly string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] ?? ''}`);

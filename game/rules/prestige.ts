import type { MatchState, PrestigeChange } from '../state';
import type { Paragraph, Power, PrestigeSource } from '../types';
import { POWER_NAMES } from '../types';
import { log } from './log';

/** "+2", "−1": a signed whole number in the game's typography. */
export const signed = (n: number): string => (n < 0 ? `−${-n}` : `+${n}`);
/** A prestige total as shown: a true minus sign below zero, no sign above. */
export const score = (n: number): string => (n < 0 ? `−${-n}` : String(n));

/**
 * Award (or take) prestige, remembering its source for the game-over
 * explanation, and write it to the log with its number and its cause, so the
 * log accounts for every point (the structured `prestige` field lets a client
 * sum a round or a source without reading the sentence).
 */
export function addPrestige(
  s: MatchState,
  p: Power,
  delta: number,
  source: PrestigeSource,
  cause: string,
  cite?: Paragraph,
): void {
  if (delta === 0) return;
  s.prestige[p] += delta;
  s.prestigeBySource[p][source] = (s.prestigeBySource[p][source] ?? 0) + delta;
  const prestige: PrestigeChange = { power: p, delta, source };
  log(s, p, `${POWER_NAMES[p]} ${signed(delta)} prestige: ${cause}.`, cite, false, prestige);
}

import type { MatchState } from '../state';
import type { Power, PrestigeSource } from '../types';

/** Award (or take) prestige, remembering its source for the game-over explanation. */
export function addPrestige(s: MatchState, p: Power, delta: number, source: PrestigeSource): void {
  if (delta === 0) return;
  s.prestige[p] += delta;
  s.prestigeBySource[p][source] = (s.prestigeBySource[p][source] ?? 0) + delta;
}

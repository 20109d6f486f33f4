/**
 * Tension: per-theater meters that trigger crises, and the global meter whose
 * top step, the Brink, is a loss for whoever pushes the world there (docs/design.md §4).
 */
import type { MatchState } from '../state';
import type { Power, Theater } from '../types';
import { POWER_NAMES, THEATER_NAMES } from '../types';
import { clamp } from './clamp';
import { log } from './log';
import { decideOutcome } from './outcome';

export const CRISIS_THRESHOLD = 4;
export const MAX_THEATER_TENSION = 5;
export const BRINK = 5;
export const MIN_GLOBAL_TENSION = 1;
export const TENSION_NAMES = ['', 'Détente', 'Friction', 'Confrontation', 'Crisis', 'Brink'] as const;

/**
 * Raise or lower a theater's tension. Whoever pushes it to the crisis
 * threshold is recorded as the crisis's starter.
 */
export function changeTheaterTension(s: MatchState, theater: Theater, delta: number, by: Power | null): void {
  const before = s.theaterTension[theater];
  const after = clamp(0, MAX_THEATER_TENSION, before + delta);
  s.theaterTension[theater] = after;
  if (after >= CRISIS_THRESHOLD && before < CRISIS_THRESHOLD) {
    s.crisisTrigger[theater] = by;
    log(s, by, `${THEATER_NAMES[theater]} tension reaches crisis level${by ? `, pushed by ${POWER_NAMES[by]}` : ''}.`, 'P13');
  }
  if (after < CRISIS_THRESHOLD) s.crisisTrigger[theater] = null;
}

/** Where global tension ends after `delta`: only a power can push it to the Brink; without one it stops one short. */
export const globalTensionAfter = (now: number, delta: number, by: Power | null): number =>
  clamp(MIN_GLOBAL_TENSION, by ? BRINK : BRINK - 1, now + delta);

/**
 * Raise or lower global tension. A power that pushes it to the Brink loses at
 * once; without a culprit (world events, drift) it stops one short.
 */
export function changeGlobalTension(s: MatchState, delta: number, by: Power | null): void {
  const after = globalTensionAfter(s.globalTension, delta, by);
  s.globalTension = after;
  if (after >= BRINK && by) {
    log(s, by, `${POWER_NAMES[by]} pushed the world to the Brink: great-power war is a loss for whoever starts it.`, 'P13', true);
    s.outcome = decideOutcome(s, by);
    s.step = { kind: 'over' };
  }
}

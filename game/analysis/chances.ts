/**
 * Win chances after every step of a finished match: from each step's true
 * state (a finished game hides nothing), N playouts of Normal bots, the piles
 * nobody had seen shuffled anew for each; a power's chance is the share of
 * playouts it wins. Playout i has the same seed (`seed:i`) at every step:
 * common random numbers, so the piles and the bots' dice agree from one step
 * to the next and a swing between steps is the step's doing rather than the
 * luck of the draw. The answer is the same however steps are shared among workers.
 */
import { botChooser } from '../bots';
import type { MatchState } from '../state';
import type { Power } from '../types';
import { POWERS } from '../types';
import { playOn } from './playOn';

/** Playouts a step by default: the depth `npm run bench:analysis` times. */
export const DEFAULT_PLAYOUTS = 12;

export interface AnalysisOptions {
  readonly playouts: number;
  readonly seed: string;
}

export interface StepChances {
  readonly step: number;
  /** Each power's chance of winning from this step, summing to 1. */
  readonly chances: Readonly<Record<Power, number>>;
  /** Playouts that finished (0 at a step whose match is already over). */
  readonly playouts: number;
  /** Playouts that failed to finish (a rules bug), left out of the chances. */
  readonly errors: number;
}

const zero = (): Record<Power, number> => ({ us: 0, china: 0, russia: 0 });

/** The chances from one state: certain when the match is over there, else by playouts. */
export function chancesAt(state: MatchState, step: number, opts: AnalysisOptions): StepChances {
  if (state.outcome) {
    const chances = zero();
    chances[state.outcome.winner] = 1;
    return { step, chances, playouts: 0, errors: 0 };
  }
  const wins = zero();
  let done = 0;
  let errors = 0;
  for (let i = 0; i < opts.playouts; i++) {
    const seed = `${opts.seed}:${i}`;
    const r = playOn(state, { choose: botChooser({ us: 'normal', china: 'normal', russia: 'normal' }, seed), seed, reshuffle: true });
    if (r.error || !r.final.outcome) {
      errors += 1;
      continue;
    }
    wins[r.final.outcome.winner] += 1;
    done += 1;
  }
  const chances = zero();
  // With no finished playout (never seen: a rules bug) the chances are even rather than absent.
  for (const p of POWERS) chances[p] = done > 0 ? wins[p] / done : 1 / POWERS.length;
  return { step, chances, playouts: done, errors };
}

/** Every step of a replay, in order (frames[k] is the state after k steps). */
export function analyseMatch(frames: readonly MatchState[], opts: AnalysisOptions): StepChances[] {
  return frames.map((s, k) => chancesAt(s, k, opts));
}

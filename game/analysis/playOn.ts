/**
 * Continue a match from any state with bots: the pure rules (the same
 * `applyAction` the boardgame.io moves run), each seat choosing from its own
 * view of the state. The simulator (game/sim) always starts at the deal; this
 * starts wherever a replay stands, so analysis, "play on" and the lab from a
 * position share it.
 */
import type { Action } from '../rules/actions';
import { actor, legalActions, whyNot } from '../rules/actions';
import { applyAction } from '../rules/apply';
import { workingCopy } from '../rules/copy';
import type { Rng } from '../rules/rng';
import type { Chooser } from '../sim/match';
import { prng } from '../sim/prng';
import type { Prng } from '../sim/prng';
import type { MatchState } from '../state';
import type { Power } from '../types';
import { seatOf } from '../types';
import { viewFor } from '../view';

/** The rules' shuffler on a seeded PRNG (Fisher–Yates): same seed, same piles. */
export function seededRng(r: Prng): Rng {
  return {
    shuffle<T>(xs: readonly T[]): T[] {
      const a = [...xs];
      for (let i = a.length - 1; i > 0; i--) {
        const j = r.int(i + 1);
        [a[i], a[j]] = [a[j] as T, a[i] as T];
      }
      return a;
    },
  };
}

/** The rules' randomness for play from a state, from a seed. */
export const rulesRng = (seed: string): Rng => seededRng(prng(`${seed}:rules`));

/**
 * The state with the piles nobody has seen shuffled anew: the order of the draw
 * pile and of the world events is unknown to every player at any step, so a
 * chance "from here" ranges over it rather than over the one order this game drew.
 */
export function reshufflePiles(s: MatchState, rng: Rng): MatchState {
  const c = workingCopy(s);
  c.deck = rng.shuffle(c.deck);
  c.eventDeck = rng.shuffle(c.eventDeck);
  return c;
}

export interface PlayOnOptions {
  readonly choose: Readonly<Record<Power, Chooser>>;
  readonly seed: string;
  /** Shuffle the unseen piles first (see reshufflePiles); off replays the recorded order. */
  readonly reshuffle?: boolean;
  /** Safety net against a rules bug that never ends a game. */
  readonly maxMoves?: number;
  /** Called with every state reached, the first included. */
  readonly observe?: (s: MatchState) => void;
}

export interface PlayOnResult {
  readonly final: MatchState;
  readonly moves: number;
  /** Set when the match could not be finished (a bug). */
  readonly error?: string;
}

/** Play `from` to the end; `from` itself is never written on. */
export function playOn(from: MatchState, opts: PlayOnOptions): PlayOnResult {
  const rng = rulesRng(opts.seed);
  let s = opts.reshuffle ? reshufflePiles(from, rng) : workingCopy(from);
  opts.observe?.(s);
  const maxMoves = opts.maxMoves ?? 2000;
  let moves = 0;
  while (!s.outcome) {
    if (moves >= maxMoves) return { final: s, moves, error: `no end after ${maxMoves} moves` };
    const p = actor(s);
    if (!p) return { final: s, moves, error: 'no power to act but no outcome' };
    const view = viewFor(s, seatOf(p));
    const legal = legalActions(view, p);
    if (legal.length === 0) return { final: s, moves, error: `${p} has no legal action in step ${s.step.kind}` };
    const a: Action = opts.choose[p](view, p, legal);
    if (whyNot(s, p, a)) return { final: s, moves, error: `rejected ${JSON.stringify(a)} by ${p}` };
    // A fresh copy a move, as the real moves do: the states handed to observers stay as they were.
    s = workingCopy(s);
    applyAction(s, p, a, rng);
    moves += 1;
    opts.observe?.(s);
  }
  return { final: s, moves };
}

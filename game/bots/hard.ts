/**
 * Hard: determinised search under a time budget. Normal's favourite few moves
 * are each tried against many guesses of the hidden hands and piles; after
 * each, every power plays on greedily by its own victory conditions (Normal's
 * one-ply judgement) to the end of the next round, so the rivals' best replies —
 * and two rounds of crises and upkeep scoring — are part of the score.
 * The move with the best average is chosen.
 */
import type { Action } from '../rules/actions';
import { actor, legalActions } from '../rules/actions';
import { applyAction } from '../rules/apply';
import { workingCopy } from '../rules/copy';
import { prng } from '../sim/prng';
import type { MatchState } from '../state';
import type { Power } from '../types';
import { determinize } from './determinize';
import { BEST_JUDGEMENT, evaluate, STANDARD } from './evaluate';
import type { Judgement } from './evaluate';
import { lookAhead, rngFrom } from './normal';
import type { Bot, DecisionTrace } from './types';

export interface HardOptions {
  /** Thinking time per decision, in ms. */
  readonly budgetMs?: number;
  /** How many of Normal's favourite moves to search. */
  readonly width?: number;
  /** Clock; injectable so tests can make the search deterministic. */
  readonly now?: () => number;
  /**
   * Exactly this many playouts per decision, clock ignored: the same seed then
   * plays the same game on any machine under any load (the simulator's runs).
   */
  readonly playouts?: number;
  /** Told how many playouts each searched decision ran (the benchmark reports what a budget buys). */
  readonly onSearch?: (playouts: number) => void;
  /** How it weighs a position: its power's (BEST_JUDGEMENT) unless a measurement tries another (simulate --judgement). */
  readonly judgement?: Judgement;
}

/**
 * Playouts a decision, at most: the strength the balance runs measure (docs/balance.md). More
 * search helps two Hard partners more than a Hard US, so a fast machine must not play a different
 * game from the one that was balanced; a busy one's clock may only cut it short
 * (docs/decisions/hard-six-playouts.md).
 */
export const HARD_PLAYOUTS = 6;

/**
 * Moves played out after the candidate, at most: enough for the rest of this round and the next
 * (nine turns each, plus answers); a round full of proposals can stop a playout short of the next upkeep.
 */
const PLAYOUT_PLIES = 24;

/** The move a power would pick by a one-ply judgement (proposals answered by the partner's). */
function greedy(s: MatchState, p: Power, seed: string, w: Judgement): Action | null {
  const legal = legalActions(s, p);
  if (legal.length === 0) return null;
  let best = legal[0] as Action;
  let bestScore = -Infinity;
  for (const a of legal) {
    const score = evaluate(lookAhead(s, p, a, prng(seed)), p, w);
    if (score > bestScore) { bestScore = score; best = a; }
  }
  return best;
}

/**
 * Play on from `s` (after `me`'s candidate) to the end of the next round; `s` is left where it
 * ended. `me` plays by its own judgement `w`, the others by the standard one.
 */
function playout(s: MatchState, seed: string, me: Power, w: Judgement): MatchState {
  const rng = rngFrom(prng(seed));
  const round = s.round;
  // Everyone, this power too, plays on greedily to the end of the next round, so crises and
  // upkeep score inside the playout: China's technology and alignment pay a round or two later,
  // and a shorter playout leaves Hard China barely stronger than Normal
  // (docs/decisions/hard-playout-horizon.md).
  for (let ply = 0; ply < PLAYOUT_PLIES && !s.outcome && s.round <= round + 1; ply++) {
    const p = actor(s);
    if (!p) break;
    const a = greedy(s, p, `${seed}:${ply}`, p === me ? w : STANDARD);
    if (!a) break;
    applyAction(s, p, a, rng);
  }
  return s;
}

/** The favourite `width` moves by a one-ply judgement on one guess of the hidden cards: the candidates a search plays out (Hard, Expert). */
export function shortlist(base: MatchState, power: Power, legal: readonly Action[], tag: string, width: number, w: Judgement = STANDARD): Action[] {
  return legal
    .map((a) => ({ a, s: evaluate(lookAhead(base, power, a, prng(tag)), power, w) }))
    .sort((x, y) => y.s - x.s)
    .slice(0, width)
    .map(({ a }) => a);
}

/** Candidate `a` played out on a guess in sweep `n`: where the game stands when this power is to act again. */
export function playCandidate(guess: MatchState, power: Power, a: Action, tag: string, n: number, w: Judgement = STANDARD): MatchState {
  return playout(workingCopy(lookAhead(guess, power, a, prng(`${tag}:${n}`))), `${tag}:p${n}`, power, w);
}

/** Whether a search runs another sweep: always, to a fixed number; else until its budget is spent, at least one. */
export function searchClock(fixed: number | undefined, budgetMs: number, now: () => number): (n: number, start: number) => boolean {
  return fixed === undefined ? (n, start) => n === 0 || now() - start < budgetMs : () => true;
}

export function hardBot(seed: string | number, opts: HardOptions = {}): Bot {
  const budget = opts.budgetMs ?? 300;
  const width = opts.width ?? 5;
  const now = opts.now ?? (() => performance.now());
  const fixed = opts.playouts;
  const maxRollouts = fixed ?? HARD_PLAYOUTS;
  const more = searchClock(fixed, budget, now);
  const r = prng(seed);
  /** The last decision's playouts' end states, chosen and runner-up, kept for explain(). */
  let last: DecisionTrace | null = null;
  return {
    level: 'hard',
    trace: () => last,
    decide(view, power, legal) {
      last = null;
      if (legal.length === 1) return legal[0] as Action;
      const start = now();
      const w = opts.judgement ?? BEST_JUDGEMENT[power];
      const tag = `${seed}:${view.logStart + view.log.length}`;
      const base = determinize(view, power, r);
      const ranked = shortlist(base, power, legal, tag, width, w);
      const totals = ranked.map(() => 0);
      const ends: MatchState[][] = ranked.map(() => []);
      let n = 0;
      // One guess of the hidden cards per sweep, shared by every candidate so they are compared fairly.
      while (n < maxRollouts && more(n, start)) {
        const guess = determinize(view, power, r);
        ranked.forEach((a, i) => {
          const end = playCandidate(guess, power, a, tag, n, w);
          totals[i] = (totals[i] as number) + evaluate(end, power, w);
          ends[i]?.push(end);
        });
        n++;
      }
      opts.onSearch?.(n);
      let best = 0;
      for (let i = 1; i < ranked.length; i++) if ((totals[i] as number) > (totals[best] as number)) best = i;
      let second = -1;
      for (let i = 0; i < ranked.length; i++) if (i !== best && (second < 0 || (totals[i] as number) > (totals[second] as number))) second = i;
      if (second >= 0) last = { kind: 'compared', power, chosen: ends[best] ?? [], next: ends[second] ?? [], judgement: w };
      return ranked[best] as Action;
    },
  };
}

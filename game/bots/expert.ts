/**
 * Expert: information-set search under a time budget. Like Hard it samples the
 * hidden hands and piles from its own seat's view only (determinize.ts) and plays
 * every power on greedily to the end of the next round, but it weighs more
 * candidates and spends its playouts where they decide something: every sweep
 * draws one guess of the hidden cards shared by all surviving candidates, and
 * after sweeps 4, 8, 16, … the worse half of the candidates is dropped
 * (successive halving), so the last sweeps compare the two best moves closely.
 * It weighs positions by the judgement its power wins most by (BEST_JUDGEMENT).
 */
import type { Action } from '../rules/actions';
import { prng } from '../sim/prng';
import type { MatchState } from '../state';
import { determinize } from './determinize';
import { BEST_JUDGEMENT, evaluate } from './evaluate';
import type { Judgement } from './evaluate';
import { playCandidate, searchClock, shortlist } from './hard';
import type { Bot, DecisionTrace } from './types';

export interface ExpertOptions {
  /** Thinking time per decision, in ms (the server's EXPERT_BOT_MS). */
  readonly budgetMs?: number;
  /** Clock; injectable so tests can make the search deterministic. */
  readonly now?: () => number;
  /**
   * Exactly this many sweeps per decision, clock ignored: the same seed then plays the same
   * game on any machine under any load (simulate's --expert-playouts).
   */
  readonly playouts?: number;
  /** Told how many sweeps each searched decision ran (the benchmark reports what a budget buys). */
  readonly onSearch?: (playouts: number) => void;
  /** How it weighs a position: BEST_JUDGEMENT's for its power unless a measurement tries another (simulate --judgement). */
  readonly judgement?: Judgement;
}

/** Candidates searched: Normal's favourite eight (Hard searches five). */
export const EXPERT_WIDTH = 8;
/** The default budget, as the server's EXPERT_BOT_MS. */
export const EXPERT_MS = 1000;
/** Sweeps a clocked decision runs at most: past this the two last candidates are settled. */
export const EXPERT_MAX_PLAYOUTS = 64;
/** The fixed number the balance runs use (docs/balance.md). */
export const EXPERT_PLAYOUTS = 16;

interface Candidate {
  readonly a: Action;
  total: number;
  readonly ends: MatchState[];
}

/** After sweep n (1-based), keep the better half when n is 4, 8, 16, …, never fewer than two. */
function cut(alive: Candidate[], n: number): Candidate[] {
  if (n < 4 || (n & (n - 1)) !== 0 || alive.length <= 2) return alive;
  return [...alive].sort((x, y) => y.total - x.total).slice(0, Math.max(2, Math.ceil(alive.length / 2)));
}

export function expertBot(seed: string | number, opts: ExpertOptions = {}): Bot {
  const budget = opts.budgetMs ?? EXPERT_MS;
  const now = opts.now ?? (() => performance.now());
  const fixed = opts.playouts;
  const max = fixed ?? EXPERT_MAX_PLAYOUTS;
  const more = searchClock(fixed, budget, now);
  const r = prng(seed);
  let last: DecisionTrace | null = null;
  return {
    level: 'expert',
    trace: () => last,
    decide(view, power, legal) {
      last = null;
      if (legal.length === 1) return legal[0] as Action;
      const start = now();
      const w = opts.judgement ?? BEST_JUDGEMENT[power];
      const tag = `${seed}:${view.logStart + view.log.length}`;
      const base = determinize(view, power, r);
      let alive: Candidate[] = shortlist(base, power, legal, tag, EXPERT_WIDTH, w).map((a) => ({ a, total: 0, ends: [] }));
      let n = 0;
      while (n < max && more(n, start)) {
        const guess = determinize(view, power, r);
        for (const c of alive) {
          const end = playCandidate(guess, power, c.a, tag, n, w);
          c.total += evaluate(end, power, w);
          c.ends.push(end);
        }
        n++;
        alive = cut(alive, n);
      }
      opts.onSearch?.(n);
      // Survivors have run the same sweeps, so their totals compare fairly.
      const ranked = [...alive].sort((x, y) => y.total - x.total);
      const best = ranked[0] as Candidate;
      const second = ranked[1];
      if (second) last = { kind: 'compared', power, chosen: best.ends, next: second.ends, judgement: w };
      return best.a;
    },
  };
}

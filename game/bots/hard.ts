/**
 * Hard: determinised Monte Carlo search under a time budget. The best few
 * moves by the Normal heuristic are each tried against many guesses of the
 * hidden hands and piles, and played out with quick rollouts to the end of
 * the next round; the move with the best average result is chosen.
 */
import type { Action } from '../rules/actions';
import { actor, legalActions } from '../rules/actions';
import { applyAction } from '../rules/apply';
import { prng } from '../sim/prng';
import type { MatchState } from '../state';
import type { Power } from '../types';
import { determinize } from './determinize';
import { easyWeight } from './easy';
import { evaluate } from './evaluate';
import { lookAhead, rngFrom } from './normal';
import type { Bot } from './types';

export interface HardOptions {
  /** Thinking time per decision, in ms. */
  readonly budgetMs?: number;
  /** How many of Normal's favourite moves to search. */
  readonly width?: number;
  /** Clock; injectable so tests can make the search deterministic. */
  readonly now?: () => number;
  /** Upper bound on rollouts per decision, whatever the clock says. */
  readonly maxRollouts?: number;
}

const ROLLOUT_ROUNDS = 1;

function rollout(s: MatchState, me: Power, seed: string): number {
  const r = prng(seed);
  const rng = rngFrom(r);
  const stopAt = Math.min(s.lastRound, s.round + ROLLOUT_ROUNDS);
  for (let guard = 0; guard < 200 && !s.outcome && s.round <= stopAt; guard++) {
    const p = actor(s);
    if (!p) break;
    const legal = legalActions(s, p);
    if (legal.length === 0) break;
    const w = legal.map((a) => easyWeight(s, p, a));
    let roll = r.next() * w.reduce((x, y) => x + y, 0);
    let pick = legal[legal.length - 1] as Action;
    for (let i = 0; i < legal.length; i++) {
      roll -= w[i] as number;
      if (roll <= 0) { pick = legal[i] as Action; break; }
    }
    applyAction(s, p, pick, rng);
  }
  return evaluate(s, me);
}

export function hardBot(seed: string | number, opts: HardOptions = {}): Bot {
  const budget = opts.budgetMs ?? 300;
  const width = opts.width ?? 6;
  const now = opts.now ?? (() => performance.now());
  const maxRollouts = opts.maxRollouts ?? 4000;
  const r = prng(seed);
  return {
    level: 'hard',
    decide(view, power, legal) {
      if (legal.length === 1) return legal[0] as Action;
      const start = now();
      const tag = `${seed}:${view.log.length}`;
      const base = determinize(view, power, r);
      const ranked = legal
        .map((a) => ({ a, s: evaluate(lookAhead(base, power, a, prng(tag)), power) }))
        .sort((x, y) => y.s - x.s)
        .slice(0, width);
      const totals = ranked.map(() => 0);
      const counts = ranked.map(() => 0);
      let n = 0;
      while (n < maxRollouts && (n < ranked.length * 2 || now() - start < budget)) {
        const i = n % ranked.length;
        const guess = determinize(view, power, r);
        const after = lookAhead(guess, power, (ranked[i] as { a: Action }).a, prng(`${tag}:${n}`));
        totals[i] = (totals[i] as number) + rollout(after, power, `${tag}:r${n}`);
        counts[i] = (counts[i] as number) + 1;
        n++;
      }
      let best = 0;
      for (let i = 1; i < ranked.length; i++) {
        if ((totals[i] as number) / (counts[i] as number) > (totals[best] as number) / (counts[best] as number)) best = i;
      }
      return (ranked[best] as { a: Action }).a;
    },
  };
}

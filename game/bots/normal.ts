/**
 * Normal: the power's victory-condition heuristic (evaluate.ts) with one-ply
 * look-ahead through the real rules on a determinised copy of its own view.
 * A proposal is judged by how the partner would answer it, by the same means.
 */
import type { Action } from '../rules/actions';
import { applyAction } from '../rules/apply';
import { workingCopy } from '../rules/copy';
import type { Rng } from '../rules/rng';
import { prng } from '../sim/prng';
import type { Prng } from '../sim/prng';
import type { MatchState } from '../state';
import type { Power } from '../types';
import { determinize } from './determinize';
import { BEST_JUDGEMENT, evaluate } from './evaluate';
import type { Judgement } from './evaluate';
import type { Bot, DecisionTrace } from './types';

/** The rules' shuffler drawing on a bot's PRNG (Fisher–Yates). */
class PrngShuffler implements Rng {
  constructor(private readonly r: Prng) {}

  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.r.int(i + 1);
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  }
}

export const rngFrom = (r: Prng): Rng => new PrngShuffler(r);

/** The state after `power` takes `a`, and after the partner answers a proposal it makes. */
export function lookAhead(base: MatchState, power: Power, a: Action, r: Prng): MatchState {
  const rng = rngFrom(r);
  const s = workingCopy(base);
  applyAction(s, power, a, rng);
  if (s.step.kind === 'respond') {
    const to = s.step.proposal.to;
    const yes = workingCopy(s);
    applyAction(yes, to, { kind: 'respond', accept: true }, rng);
    const no = workingCopy(s);
    applyAction(no, to, { kind: 'respond', accept: false }, rng);
    return evaluate(yes, to) >= evaluate(no, to) ? yes : no;
  }
  return s;
}

/** A one-ply bot; it weighs positions by its power's judgement (BEST_JUDGEMENT) unless given another. */
export function normalBot(seed: string | number, weights?: Judgement): Bot {
  const r = prng(seed);
  /** The last decision's outcome and its runner-up's, kept (not copied) for explain(). */
  let last: DecisionTrace | null = null;
  return {
    level: 'normal',
    decide(view, power, legal) {
      last = null;
      if (legal.length === 1) return legal[0] as Action;
      const judgement = weights ?? BEST_JUDGEMENT[power];
      const base = determinize(view, power, r);
      let best = legal[0] as Action;
      let bestScore = -Infinity;
      let bestState: MatchState | null = null;
      const judged: { v: number; after: MatchState }[] = [];
      for (const a of legal) {
        const after = lookAhead(base, power, a, prng(`${seed}:${view.logStart + view.log.length}`));
        const v = evaluate(after, power, judgement);
        judged.push({ v, after });
        // A little noise breaks ties between equal moves.
        const score = v + r.next() * 0.01;
        if (score > bestScore) {
          bestScore = score;
          best = a;
          bestState = after;
        }
      }
      // Explained against the best move judged worse: one judged the same (the same
      // placement paid with another card) has no term that separates them.
      const chosen = judged.find((j) => j.after === bestState)?.v;
      let secondState: MatchState | null = null;
      let secondScore = -Infinity;
      if (chosen !== undefined) for (const j of judged) if (j.v < chosen && j.v > secondScore) { secondScore = j.v; secondState = j.after; }
      if (bestState && secondState) last = { kind: 'compared', power, chosen: [bestState], next: [secondState], judgement };
      return best;
    },
    trace: () => last,
  };
}

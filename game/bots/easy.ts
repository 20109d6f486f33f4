/**
 * Easy: legal play with light preferences — answer proposals sensibly, favour
 * its own events and its own theater, avoid pushing the world to the Brink.
 */
import { BOARD } from '../board';
import { card } from '../content';
import type { Action } from '../rules/actions';
import { prng } from '../sim/prng';
import type { MatchView } from '../state';
import type { Power } from '../types';
import { determinize } from './determinize';
import { evaluate } from './evaluate';
import { lookAhead } from './normal';
import type { Reason } from './reasons';
import { reasonsBetween } from './reasons';
import type { Bot } from './types';

const HOME: Readonly<Record<Power, string | null>> = { us: null, china: 'pacific', russia: 'europe' };

/** Easy's taste for an action (relative weight). */
export function easyWeight(v: Pick<MatchView, 'globalTension'>, power: Power, a: Action): number {
  switch (a.kind) {
    case 'respond':
      return a.accept ? 3 : 1;
    case 'event':
      return card(a.card).affinity === power ? 3 : 1.5;
    case 'ops': {
      const op = a.op;
      // Light caution: do not stoke a flashpoint when the world is near the Brink.
      if (v.globalTension >= 4 && (op.kind === 'deploy' || (op.kind === 'influence' && BOARD[op.region].flashpoint))) return 0.1;
      if (op.kind === 'influence') return HOME[power] === null || BOARD[op.region].theater === HOME[power] ? 2 : 0.5;
      if (op.kind === 'propose' || op.kind === 'bargain' || op.kind === 'treaty') return 2;
      return 1;
    }
    default:
      return 1;
  }
}

/**
 * Easy ranks nothing, so its reasons compare its pick with the move Normal's one-ply judgement
 * likes best among the others, on a guess of the hidden cards of its own (never Easy's PRNG:
 * explaining must not change what it plays next).
 */
function easyReasons(view: MatchView, power: Power, chosen: Action, legal: readonly Action[]): Reason[] {
  const seedTag = `why:${view.logStart + view.log.length}`;
  const base = determinize(view, power, prng(seedTag));
  const mine = lookAhead(base, power, chosen, prng(seedTag));
  let other = null;
  let otherScore = -Infinity;
  for (const a of legal) {
    if (a === chosen) continue;
    const s = lookAhead(base, power, a, prng(seedTag));
    const v = evaluate(s, power);
    if (v > otherScore) { otherScore = v; other = s; }
  }
  return other ? reasonsBetween(mine, other, power) : [];
}

export function easyBot(seed: string | number): Bot {
  const r = prng(seed);
  let last: { view: MatchView; power: Power; chosen: Action; legal: readonly Action[] } | null = null;
  const pick = (view: MatchView, power: Power, legal: readonly Action[]): Action => {
    const weights = legal.map((a) => easyWeight(view, power, a));
    const total = weights.reduce((x, y) => x + y, 0);
    let roll = r.next() * total;
    for (let i = 0; i < legal.length; i++) {
      roll -= weights[i] as number;
      if (roll <= 0) return legal[i] as Action;
    }
    return legal[legal.length - 1] as Action;
  };
  return {
    level: 'easy',
    decide(view, power, legal) {
      const a = pick(view, power, legal);
      last = legal.length > 1 ? { view, power, chosen: a, legal } : null;
      return a;
    },
    explain(): readonly Reason[] {
      return last ? easyReasons(last.view, last.power, last.chosen, last.legal) : [];
    },
  };
}

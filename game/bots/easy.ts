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
import type { Bot, DecisionTrace } from './types';

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

export function easyBot(seed: string | number): Bot {
  const r = prng(seed);
  let last: DecisionTrace | null = null;
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
      last = legal.length > 1 ? { kind: 'picked', power, view, chosen: a, legal } : null;
      return a;
    },
    trace: () => last,
  };
}

/**
 * The interpreter of strategies.ts: narrows the US bot's legal actions to
 * what its strategy allows, so the bot still chooses the card and the
 * details by its own look-ahead.
 */
import type { Action, Op } from '../rules/actions';
import type { MatchView } from '../state';
import type { Partner } from '../types';
import type { OpPattern, Strategy, StrategyId } from './strategies';
import { STRATEGY } from './strategies';

type View = Pick<MatchView, 'hostility' | 'step'>;

const targetOf = (op: Op): Partner | 'none' | undefined =>
  'target' in op ? op.target : undefined;

/** The partner the US is least hostile to (China on a tie: the Eye of Sauron's default, P5). */
export const leastHostile = (v: Pick<MatchView, 'hostility'>): Partner =>
  v.hostility.russia < v.hostility.china ? 'russia' : 'china';

export function matches(v: View, a: Action, p: OpPattern): boolean {
  if (a.kind !== 'ops' || a.op.kind !== p.op) return false;
  const want = p.target;
  if (want === undefined || want === 'any') return true;
  const t = targetOf(a.op);
  return want === 'least-hostile' ? t === leastHostile(v) : t === want;
}

/**
 * The actions a strategy lets the US choose from. Only card plays are
 * steered; the opening, answers and the two-front split are the bot's.
 */
export function steer(strategy: Exclude<Strategy, { kind: 'mix' }>, v: View, legal: readonly Action[]): readonly Action[] {
  if (v.step.kind !== 'play') return legal;
  const allowed = legal.filter((a) => !strategy.avoid.some((p) => matches(v, a, p)));
  const pool = allowed.length > 0 ? allowed : legal;
  if (v.step.turn > strategy.committed) return pool;
  for (const p of strategy.insist) {
    const chosen = pool.filter((a) => matches(v, a, p));
    if (chosen.length > 0) return chosen;
  }
  return pool;
}

/** The line a strategy follows this round; a mix draws one per round with `draw` (0 ≤ x < 1). */
export function lineFor(id: StrategyId, draw: () => number): Exclude<Strategy, { kind: 'mix' }> {
  const s = STRATEGY[id];
  if (s.kind === 'line') return s;
  const pick = s.mix[Math.floor(draw() * s.mix.length)] ?? s.mix[0];
  return lineFor(pick as StrategyId, draw);
}

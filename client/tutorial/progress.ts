/**
 * How far the tutorial's match has gone, from the player's own view: pure, so
 * the guide's "has the player played / have the bots finished" is unit-testable.
 */
import type { MatchView } from '../../game';
import type { Power } from '../../game';
import type { Advance } from './steps';

const SEAT_ORDER: Readonly<Record<Power, number>> = { us: 0, china: 3, russia: 6 };
/** Past round 1 (or over): beyond every position in it. */
const ROUND_OVER = Number.POSITIVE_INFINITY;

/** A number that grows with every move of round 1: turn × 10 + seat, +1 while a proposal waits. */
export function position(v: MatchView): number {
  if (v.outcome || v.round > 1) return ROUND_OVER;
  const s = v.step;
  switch (s.kind) {
    case 'begin': return 0;
    case 'play': return s.turn * 10 + SEAT_ORDER[s.power];
    case 'respond': return s.turn * 10 + SEAT_ORDER[s.proposal.from] + 1;
    case 'split': return 100;
    case 'over': return ROUND_OVER;
  }
}

/** Whether the match has reached what the step waits for ('next' and 'finish' wait for a button). */
export function reached(advance: Advance, v: MatchView): boolean {
  const at = position(v);
  switch (advance.kind) {
    case 'play': return at > advance.turn * 10;
    case 'watchUntilTurn': return at >= advance.turn * 10;
    case 'watchRoundEnd': return at === ROUND_OVER;
    case 'next':
    case 'finish': return true;
  }
}

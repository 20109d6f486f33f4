/**
 * How far the tutorial's match has gone, from the player's own view: pure, so
 * the guide's "has the player played / have the bots finished" is unit-testable
 * for whichever power the tutorial gives the player.
 */
import type { MatchView, Power } from '../../game';
import type { Advance } from './steps';

/** Round 1's seats in order (US, China, Russia); an answer to a proposal sits just after its proposer. */
const SEAT_ORDER: Readonly<Record<Power, number>> = { us: 0, china: 3, russia: 6 };
/** Past round 1 (or over): beyond every position in it. */
const ROUND_OVER = Number.POSITIVE_INFINITY;
const PARTNER = { china: 'russia', russia: 'china' } as const;

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

/** Where `power` plays its card of `turn`. */
const playAt = (power: Power, turn: number): number => turn * 10 + SEAT_ORDER[power];

/** Where `power` answers its partner's proposal of `turn` (the US answers none). */
const answerAt = (power: Power, turn: number): number | null =>
  power === 'us' ? null : turn * 10 + SEAT_ORDER[PARTNER[power]] + 1;

/** Where `power` first acts in `turn`: an answer to a partner seated before it, else its play. */
function firstActAt(power: Power, turn: number): number {
  const answer = answerAt(power, turn);
  return answer !== null && answer < playAt(power, turn) ? answer : playAt(power, turn);
}

/** Whether the match has reached what the step waits for ('next' and 'finish' wait for a button). */
export function reached(advance: Advance, v: MatchView, power: Power): boolean {
  const at = position(v);
  switch (advance.kind) {
    case 'play': return at > playAt(power, advance.turn);
    case 'answer': return at > (answerAt(power, advance.turn) ?? ROUND_OVER);
    case 'watchUntilTurn': return at >= firstActAt(power, advance.turn);
    case 'watchRoundEnd': return at === ROUND_OVER;
    case 'next':
    case 'finish': return true;
  }
}

/** For a step the player acts on: whether the match has come to the player's move yet. */
export function due(advance: Advance, v: MatchView, power: Power): boolean {
  const at = position(v);
  if (advance.kind === 'play') return at >= playAt(power, advance.turn);
  if (advance.kind === 'answer') return at >= (answerAt(power, advance.turn) ?? ROUND_OVER);
  return true;
}

/**
 * What a teacher may do to a running match (classroom sessions): queue a world
 * event for the next round, or stop the match where it stands and score it.
 * Pure: each takes a state and returns the next one, the input untouched.
 */
import { worldEvent, WORLD_EVENTS } from '../content';
import type { EventId } from '../content/types';
import type { MatchState, Outcome } from '../state';
import { POWER_NAMES } from '../types';
import { append, workingCopy } from './copy';
import { log } from './log';
import { decideOutcome } from './outcome';
import { roundRecord } from './record';

export const isEventId = (x: unknown): x is EventId => typeof x === 'string' && WORLD_EVENTS.some((e) => e.id === x);

/**
 * A teacher pushes a world event: it is drawn before the pile as the next
 * round's event (MatchState.pushedEvents), so every table meets it at the same
 * point of its round structure. A finished match is returned as it is.
 */
export function pushWorldEvent(G: MatchState, id: EventId): MatchState {
  if (G.outcome) return G;
  const e = worldEvent(id);
  const s = workingCopy(G);
  s.pushedEvents.push(id);
  log(s, null, `Your teacher pushes a world event: “${e.title}” will open the next round.`, e.cite, true);
  return s;
}

/**
 * The match stopped at the bell and scored where it stands: the round in
 * progress gets its timeline row, and the highest prestige wins (ties as at
 * the end of a full game, game/rules/outcome.ts).
 */
export function scoreNow(G: MatchState): MatchState {
  if (G.outcome) return G;
  const s = workingCopy(G);
  const last = s.history[s.history.length - 1];
  if (s.step.kind !== 'begin' && (!last || last.round < s.round)) {
    append(s, 'history', roundRecord(s, s.exportControls > 0));
  }
  const outcome: Outcome = decideOutcome(s);
  s.outcome = outcome;
  s.step = { kind: 'over' };
  log(s, outcome.winner, `The session ends in round ${s.round} of ${s.lastRound}: scored where the table stands, ${POWER_NAMES[outcome.winner]} wins.`, 'P16', true);
  return s;
}

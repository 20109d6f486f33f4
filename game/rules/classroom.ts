/**
 * What a teacher may do to a running match (classroom sessions): queue a world
 * event for the next round, stop the match where it stands and score it, or
 * let the turn clock hand a slow seat's turn to a bot.
 * Pure: each takes a state and returns the next one, the input untouched.
 */
import { worldEvent, WORLD_EVENTS } from '../content';
import type { EventId } from '../content/types';
import type { LogEntry, MatchState, Outcome } from '../state';
import type { Power } from '../types';
import { POWER_NAMES, powerInSentence } from '../types';
import { awaitingStart } from './actions';
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
  if (!awaitingStart(s) && (!last || last.round < s.round)) {
    append(s, 'history', roundRecord(s, s.exportControls > 0));
  }
  const outcome: Outcome = decideOutcome(s);
  s.outcome = outcome;
  s.step = { kind: 'over' };
  log(s, outcome.winner, `The session ends in round ${s.round} of ${s.lastRound}: scored where the table stands, ${POWER_NAMES[outcome.winner]} wins.`, 'P16', true);
  return s;
}

/** The sentence that marks a turn the turn clock's bot plays (the report lists these). */
const CLOCK_LINE = /^Time is up for (the United States|China|Russia): the clock’s Normal bot plays this turn\.$/;
export const isClockLine = (e: LogEntry): boolean => e.power !== null && CLOCK_LINE.test(e.text);

/**
 * A seat's turn ran past the session's turn clock: the log says so before the
 * bot's moves, so the play screen, the replay and the report show who played
 * it. A finished match, or a seat not to act, is returned as it is.
 */
export function clockRunsOut(G: MatchState, power: Power, acting: Power | null): MatchState {
  if (G.outcome || acting !== power) return G;
  const s = workingCopy(G);
  const name = powerInSentence(power);
  log(s, power, `Time is up for ${name}: the clock’s Normal bot plays this turn.`, undefined, true);
  return s;
}

import type { LogEntry, MatchState, PrestigeChange } from '../state';
import { append } from './copy';
import type { Paragraph, Power } from '../types';

/** Append a plain sentence to the match log. */
export function log(
  s: MatchState,
  power: Power | null,
  text: string,
  cite?: Paragraph,
  turningPoint = false,
  prestige?: PrestigeChange,
): void {
  const entry: LogEntry = {
    round: s.round,
    power,
    text,
    ...(cite ? { cite } : {}),
    ...(turningPoint ? { turningPoint } : {}),
    ...(prestige ? { prestige } : {}),
  };
  append(s, 'log', entry);
}

/** The first line of `power`'s own move (LogEntry.move): what the status box lists as the others' moves. */
export function logMove(s: MatchState, power: Power, text: string, cite?: Paragraph, turningPoint = false): void {
  append(s, 'log', { round: s.round, power, text, ...(cite ? { cite } : {}), ...(turningPoint ? { turningPoint } : {}), move: true });
}

/** A line the round's end writes besides its scoring (LogEntry.upkeep): the round summary's "At the round's end". */
export function logUpkeep(s: MatchState, power: Power | null, text: string, cite?: Paragraph, turningPoint = false): void {
  append(s, 'log', { round: s.round, power, text, ...(cite ? { cite } : {}), ...(turningPoint ? { turningPoint } : {}), upkeep: true });
}

/**
 * Add words to a line already written (an event's result, once its effects have run). The log
 * keeps its length: the bots seed their guesses by it, so the same seed plays the same game.
 */
export function amend(s: MatchState, index: number, more: string): void {
  const e = s.log[index];
  if (!e) return;
  if (Object.isFrozen(s.log)) s.log = [...s.log];
  s.log[index] = { ...e, text: `${e.text}${more}` };
}

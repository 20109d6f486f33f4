import type { LogEntry, MatchState, PrestigeChange } from '../state';
import { append } from './copy';
import type { Paragraph, Power } from '../types';

/** What marks a line beyond its sentence: a prestige change, or the first line of a move, or the round's end. */
type Mark = { readonly prestige: PrestigeChange } | { readonly move: true } | { readonly upkeep: true };

function write(s: MatchState, power: Power | null, text: string, cite: Paragraph | undefined, turningPoint: boolean, mark?: Mark): void {
  const entry: LogEntry = { round: s.round, power, text, ...(cite ? { cite } : {}), ...(turningPoint ? { turningPoint } : {}), ...mark };
  append(s, 'log', entry);
}

/** Append a plain sentence to the match log. */
export function log(s: MatchState, power: Power | null, text: string, cite?: Paragraph, turningPoint = false, prestige?: PrestigeChange): void {
  write(s, power, text, cite, turningPoint, prestige ? { prestige } : undefined);
}

/** The first line of `power`'s own move (LogEntry.move): what the status box lists as the others' moves. */
export function logMove(s: MatchState, power: Power, text: string, cite?: Paragraph, turningPoint = false): void {
  write(s, power, text, cite, turningPoint, { move: true });
}

/** A line the round's end writes besides its scoring (LogEntry.upkeep): the round summary's "At the round's end". */
export function logUpkeep(s: MatchState, power: Power | null, text: string, cite?: Paragraph, turningPoint = false): void {
  write(s, power, text, cite, turningPoint, { upkeep: true });
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

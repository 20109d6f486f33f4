/**
 * When a table will likely finish, from its own measured turns: the mean
 * time of its finished rounds, times the rounds left, less the time already
 * spent in the round being played. Pure.
 */
import type { TurnRecord } from '../../game/wire/classroom';

export interface TableProgress {
  /** The round being played (1-based). */
  readonly round: number;
  readonly lastRound: number;
  readonly over: boolean;
}

/** ms since the epoch the table will likely finish, or null (over, or no round finished yet to measure). */
export function estimateFinish(turns: readonly TurnRecord[], p: TableProgress, currentTurnMs: number, now: number): number | null {
  if (p.over) return null;
  const done = turns.filter((t) => t.round < p.round);
  const roundsDone = new Set(done.map((t) => t.round)).size;
  if (roundsDone === 0) return null;
  const perRound = done.reduce((n, t) => n + t.ms, 0) / roundsDone;
  const spent = turns.filter((t) => t.round === p.round).reduce((n, t) => n + t.ms, 0) + currentTurnMs;
  const left = Math.max(0, (p.lastRound - p.round + 1) * perRound - spent);
  return Math.round(now + left);
}

/**
 * Turn times for the report and its CSV: the turns at students' seats (played
 * by the student, or by the clock's bot when their time ran out), summed up
 * as a teacher plans a lesson with them: how many, the median, the 90th
 * percentile, the longest, and how many the clock's bot played.
 */
import type { Power } from '../../game';
import { POWERS } from '../../game';
import type { TurnRecord } from '../../game/wire/classroom';

export interface TurnStats {
  readonly turns: number;
  /** Seconds, one decimal; null with no turns. */
  readonly medianS: number | null;
  readonly p90S: number | null;
  readonly longestS: number | null;
  /** Turns the clock's bot played. */
  readonly clock: number;
}

/** The q-quantile of a list of numbers (nearest rank), or null when empty. */
export function quantile(xs: readonly number[], q: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

/** Turns at students' seats (a bot's seat and a stand-in are not timed by the clock). */
export const studentTurns = (turns: readonly TurnRecord[], power?: Power): TurnRecord[] =>
  turns.filter((t) => t.by !== 'bot' && (power === undefined || t.power === power));

/** A seat as the report's turn times list it: a power, and the student who played there. */
export interface TurnSeat {
  readonly power: Power;
  /** The student's nickname; null when not recorded (then whoever sits there now). */
  readonly student: string | null;
}

/**
 * The seats to list at a table, in the powers' order: each student who took turns at a power (a
 * student moved elsewhere keeps theirs), and a student seated now who has none yet.
 */
export function turnSeats(turns: readonly TurnRecord[], seated: readonly { power: Power; name: string | null }[]): TurnSeat[] {
  const mine = studentTurns(turns);
  return POWERS.flatMap((power) => {
    const names: (string | null)[] = [];
    for (const t of mine) if (t.power === power && !names.includes(t.student ?? null)) names.push(t.student ?? null);
    const now = seated.find((s) => s.power === power)?.name ?? null;
    if (now !== null && !names.includes(now) && !names.includes(null)) names.push(now);
    return names.map((student) => ({ power, student }));
  });
}

/** The turns kept for one seat of `turnSeats`. */
export const seatTurns = (turns: readonly TurnRecord[], seat: TurnSeat): TurnRecord[] =>
  studentTurns(turns, seat.power).filter((t) => (t.student ?? null) === seat.student);

export function turnStats(turns: readonly TurnRecord[]): TurnStats {
  const ms = turns.map((t) => t.ms);
  return {
    turns: turns.length,
    medianS: seconds(quantile(ms, 0.5)),
    p90S: seconds(quantile(ms, 0.9)),
    longestS: seconds(ms.length ? Math.max(...ms) : null),
    clock: turns.filter((t) => t.by === 'clock').length,
  };
}

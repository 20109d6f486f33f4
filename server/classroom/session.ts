/**
 * A classroom session as stored: one join code, a teacher's secret (kept as a
 * hash), tables of three seats (each a boardgame.io match) and the students
 * seated at them. Pure helpers: seating, nicknames, secrets.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Power, ScenarioId, Seat } from '../../game';
import { SEATS } from '../../game';
import type { Reflection, TableSize, TurnRecord } from '../../game/wire/classroom';
import { cleanName, NAME_MAX } from '../../game/wire/names';

export interface Table {
  /** 1-based, as the teacher reads it out. */
  readonly number: number;
  readonly matchID: string;
  /** Bots and deal may act (all people seated, or started early by the teacher). */
  started: boolean;
  /** Measured turns, in order (absent in sessions stored before turns were measured). */
  turns?: TurnRecord[];
  /** Hints the students asked for at this table, by seat (absent: none yet). */
  hintsUsed?: Partial<Record<Power, number>>;
}

export interface Student {
  readonly id: string;
  readonly nickname: string;
  /** sha256 of the student's token (it finds their seat again after a reload). */
  readonly tokenHash: string;
  table: number;
  seat: Seat;
  /** Their answers at the end of their table's game (free text: deleted with the session). */
  reflection?: Reflection;
}

export interface Session {
  readonly code: string;
  readonly scenario: ScenarioId;
  readonly tableSize: TableSize;
  /** ms since the epoch when the session ends by itself, or null. */
  readonly endsAt: number | null;
  /** Seconds a student has for a turn before the clock's Normal bot plays it; null or absent: no clock. */
  readonly clockSec?: number | null;
  /** Students may ask for hints; absent (sessions stored before the switch): on. */
  readonly hints?: boolean;
  readonly createdAt: number;
  readonly teacherHash: string;
  paused: boolean;
  ended: boolean;
  /** World events pushed so far, in order. */
  pushed: string[];
  tables: Table[];
  students: Student[];
}

/** Nicknames follow the one name policy (game/wire/names.ts). */
export const NICKNAME_MAX = NAME_MAX;

export const secret = (): string => randomBytes(24).toString('base64url');
export const hashSecret = (s: string): string => createHash('sha256').update(s).digest('hex');
/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(presented: unknown, hash: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 200) return false;
  const a = Buffer.from(hashSecret(presented), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A nickname as the class sees it: the one name policy (game/wire/names.ts:
 * control and format characters such as bidi overrides and zero-width ones
 * removed, whitespace collapsed, 1–24 visible characters); null when nothing
 * usable is left. Two nicknames that differ only in case clash (service.ts).
 */
export const sanitiseNickname = (raw: unknown): string | null => cleanName(raw);

/** Seats people take at a table of `size`: the first `size`, US first. */
export const humanSeats = (size: TableSize): readonly Seat[] => SEATS.slice(0, size);

/** The first free person's seat at a table that has not started, or null. */
export function freeSeat(session: Session, table: Table): Seat | null {
  if (table.started || session.ended) return null;
  const taken = new Set(session.students.filter((s) => s.table === table.number).map((s) => s.seat));
  return humanSeats(session.tableSize).find((seat) => !taken.has(seat)) ?? null;
}

/** Where the next student sits: the first table with a free seat, or a new table (null). */
export function seatFor(session: Session): { table: Table; seat: Seat } | null {
  for (const table of session.tables) {
    const seat = freeSeat(session, table);
    if (seat) return { table, seat };
  }
  return null;
}

export const studentsAt = (session: Session, table: number): Student[] =>
  session.students.filter((s) => s.table === table);

/**
 * What the classroom API (server/classroom/routes.ts) sends and the teacher's
 * and students' pages read: one set of types for both ends of the wire. None of
 * it is secret: no hand, no pile order, no other student's token.
 */
import type { CrisisRecord, Outcome, RoundRecord } from '../state';
import type { Alignment, Domain, Paragraph, Power, ScenarioId, Seat } from '../types';

/** People per table; bots take the other seats. */
export type TableSize = 1 | 2 | 3;
export const TABLE_SIZES: readonly TableSize[] = [1, 2, 3];

/** The turn clocks a teacher's page offers, in seconds (off is null); the server takes any whole number from CLASSROOM_CLOCK_MIN_SEC to CLOCK_MAX_SEC. */
export const CLOCK_CHOICES: readonly number[] = [45, 60, 90];
export const CLOCK_MAX_SEC = 600;

/**
 * One measured turn at a table: the time from the moment a seat was to act
 * until another was (or the round ended), and who played it: the student, a
 * bot (a bot's seat, or a stand-in while the student was away), or the turn
 * clock's bot after the student's time ran out.
 */
export interface TurnRecord {
  readonly round: number;
  readonly power: Power;
  readonly ms: number;
  readonly by: 'student' | 'bot' | 'clock';
  /**
   * The nickname of the student seated for it (the clock's bot may have played it for them), so a
   * student moved to another seat keeps their turns; null at a bot's seat, absent when not recorded.
   */
  readonly student?: string | null;
}

export type SeatKind = 'student' | 'bot' | 'open';
export interface SeatSummary {
  readonly power: Power;
  readonly kind: SeatKind;
  readonly name: string | null;
  readonly connected: boolean;
  /** A bot plays this person's seat while they are away. */
  readonly standIn: boolean;
  /** A student seated whose browser has not connected yet (just joined): not yet away. */
  readonly arriving: boolean;
  readonly studentID: string | null;
  /** How many of this seat's latest turns in a row the turn clock's bot played (0 after one the student played). */
  readonly clockStreak: number;
}

/** A table on the teacher's wall: a mini-board. */
export interface TableSummary {
  readonly number: number;
  readonly matchID: string;
  readonly started: boolean;
  readonly stateID: number;
  readonly round: number;
  readonly lastRound: number;
  readonly globalTension: number;
  readonly alignment: Alignment;
  readonly tracks: Readonly<Record<Domain, number>>;
  readonly prestige: Readonly<Record<Power, number>>;
  /** Whose move it is (null when over or not dealt). */
  readonly acting: Power | null;
  readonly outcome: Outcome | null;
  readonly seats: readonly SeatSummary[];
  /** When the turn clock's bot takes the acting student's turn (ms since the epoch), or null (no clock, paused, a bot's turn). */
  readonly turnEndsAt: number | null;
  /** When the table will likely finish, from its measured turn times (ms since the epoch), or null until a round is done. */
  readonly finishAt: number | null;
  /** ms since the epoch this summary was made (the wall measures its delay with it). */
  readonly at: number;
}

export interface Wall {
  readonly code: string;
  readonly scenario: ScenarioId;
  readonly tableSize: TableSize;
  readonly endsAt: number | null;
  /** Seconds a student has for a turn before the clock's Normal bot plays it, or null (no clock). */
  readonly clockSec: number | null;
  /** Students may ask for Suggest hints. */
  readonly hints: boolean;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly pushed: readonly string[];
  /** ms since the epoch when the server deletes the session with its tables and report (CLASSROOM_TTL_DAYS). */
  readonly deleteAt: number;
  readonly students: readonly { id: string; nickname: string; table: number; seat: Seat }[];
  readonly tables: readonly TableSummary[];
}

/** What the live wall stream carries: a whole wall, one table after a move or a seat change, or the session's deletion. */
export type WallEvent =
  | { readonly kind: 'wall'; readonly wall: Wall }
  | { readonly kind: 'table'; readonly table: TableSummary }
  | { readonly kind: 'deleted' };

/** A student's own seat (their token only in the answer to joining). */
export interface StudentSeat {
  readonly code: string;
  readonly nickname: string;
  readonly scenario: ScenarioId;
  readonly table: number;
  readonly matchID: string;
  readonly playerID: Seat;
  readonly credentials: string;
  readonly paused: boolean;
  readonly ended: boolean;
  /** Once the table's game is over: the two prompts to answer, and whether this student has. */
  readonly reflection: { readonly prompts: readonly [string, string]; readonly answered: boolean } | null;
  /** While it is this student's turn under the session's turn clock: when the clock's bot takes it (ms since the epoch). */
  readonly turnEndsAt: number | null;
  /** The Suggest button is offered (the teacher may switch hints off). */
  readonly hints: boolean;
  readonly studentToken?: string;
}

/** A student's answers to the two reflection prompts of their table (game/wire/reflection.ts checks them). */
export interface Reflection {
  readonly table: number;
  readonly power: Power;
  readonly nickname: string;
  readonly prompts: readonly [string, string];
  readonly answers: readonly [string, string];
  /** ms since the epoch. */
  readonly at: number;
}

/**
 * What a turning point is: a line the rules marked (`event`), or one the
 * debrief asks about: the pair becoming or ceasing to be driven together, an
 * alignment change, a declined proposal, an accommodation, a wedge.
 */
export type TurningPointKind = 'event' | 'driven-together' | 'driven-apart' | 'alignment' | 'declined' | 'accommodation' | 'wedge' | 'clock';

export interface TurningPoint {
  readonly kind: TurningPointKind;
  readonly round: number;
  readonly power: Power | null;
  readonly text: string;
  readonly cite: Paragraph | null;
}

/** A table in the after-action report. */
export interface TableReport {
  readonly number: number;
  readonly matchID: string;
  readonly scenario: ScenarioId;
  readonly round: number;
  readonly lastRound: number;
  readonly seats: readonly SeatSummary[];
  readonly history: readonly RoundRecord[];
  readonly turningPoints: readonly TurningPoint[];
  readonly crises: readonly CrisisRecord[];
  readonly outcome: Outcome | null;
  /** The highest alignment level the table reached at any round's end (or now). */
  readonly alignmentReached: Alignment;
  /** The alignment the table stands at now (at its end, once over): it may have fallen back. */
  readonly alignmentAtEnd: Alignment;
  readonly finalTension: number;
  readonly prestige: Readonly<Record<Power, number>>;
  /** Every measured turn, in order. */
  readonly turns: readonly TurnRecord[];
  /** Suggest hints the students asked for, by seat (bots' seats: 0). */
  readonly hintsUsed: Readonly<Record<Power, number>>;
  /** The students' reflections at this table, in the order given. */
  readonly reflections: readonly Reflection[];
}

export interface Report {
  readonly code: string;
  readonly scenario: ScenarioId;
  readonly clockSec: number | null;
  readonly hints: boolean;
  readonly ended: boolean;
  readonly tables: readonly TableReport[];
}

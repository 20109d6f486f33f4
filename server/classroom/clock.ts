/**
 * The turn clock and turn times of a session's tables. Every stored state
 * tells the clock whose turn it is: a turn (a seat acting, until another
 * seat is to act) that ends is measured and kept with its table; a student's
 * turn that runs past the session's clock is played by a Normal bot, through
 * the seat keeper in the match's queue as a stand-in's moves are, after a
 * server edit that says so in the match's log (so the play screen, the
 * replay and the report show it). Paused, the clock stops; resumed, the
 * acting student has the full time again. A round's first turn starts its
 * clock late, by summaryGrace: everyone reads the round's summary first.
 */
import type { State } from 'boardgame.io';
import { actor, awaitingStart, clockRunsOut, seatOf } from '../../game';
import type { MatchState, Power } from '../../game';
import type { BotLevel } from '../../game/bots';
import type { TurnRecord } from '../../game/wire/classroom';
import type { PlayerData } from '../lobby';
import type { TableMatches } from './matches';
import type { Session, Table } from './session';

/**
 * How long a round's first turn waits before its clock runs, ms: half the clock, at most 15 s,
 * for the round's summary, which every student reads while the first player is to act.
 */
export const summaryGrace = (clockSec: number): number => Math.min(15_000, clockSec * 500);

/** A turn of one power may take several moves; a bot never needs more than this many. */
const MAX_CLOCK_MOVES = 24;

interface Turn {
  readonly power: Power;
  readonly round: number;
  readonly since: number;
  /** The nickname of the student at the seat, or null (only a student's turn has the clock). */
  readonly student: string | null;
  /** The clock counts from here (the turn's start, or the last resume). */
  clockFrom: number;
  /** The last state id this process saw in the turn: a newer one stored elsewhere means the turn is not known here. */
  seen: number;
  timer?: ReturnType<typeof setTimeout>;
  byClock: boolean;
  /** Time the session spent paused in this turn, ended pauses (a turn's time leaves them out). */
  pausedMs: number;
  /** When the pause going on began, or null. */
  pausedAt: number | null;
}

/** How long a turn has lasted at `now`, its pauses left out: the time a person took over it. */
const played = (turn: Turn, now: number): number => now - turn.since - turn.pausedMs - (turn.pausedAt === null ? 0 : now - turn.pausedAt);

export interface ClockDeps {
  readonly matches: TableMatches;
  readonly inQueue: <T>(matchID: string, fn: () => Promise<T> | T) => Promise<T>;
  /** One bot move for a seat now, the caller holding the match's queue (SeatKeeper.moveNow); false when none was made. */
  readonly moveNow: (matchID: string, seat: string, level: BotLevel) => Promise<boolean>;
  /** A table's turns changed: store the session soon. */
  readonly changed: (s: Session) => void;
}

const actingPower = (state: State): Power | null => {
  const G = state.G as MatchState;
  if (state.ctx.gameover !== undefined || G.outcome || awaitingStart(G)) return null;
  return actor(G);
};

export class TurnClock {
  private readonly turns = new Map<string, Turn>();

  constructor(private readonly d: ClockDeps) {}

  /** A state of a table was stored: a turn may end, another begin. */
  observe(s: Session, table: Table, state: State, now = Date.now()): void {
    const acting = actingPower(state);
    const turn = this.turns.get(table.matchID);
    if (turn && turn.power === acting) {
      turn.seen = Math.max(turn.seen, state._stateID);
      return;
    }
    if (turn) {
      clearTimeout(turn.timer);
      this.turns.delete(table.matchID);
      const kept: TurnRecord = { round: turn.round, power: turn.power, ms: played(turn, now), by: turn.byClock ? 'clock' : turn.student !== null ? 'student' : 'bot', student: turn.student };
      (table.turns ??= []).push(kept);
      this.d.changed(s);
    }
    if (!acting) return;
    const student = s.students.find((st) => st.table === table.number && st.seat === seatOf(acting))?.nickname ?? null;
    const round = (state.G as MatchState).round;
    const newRound = turn !== undefined && turn.round < round;
    const clockFrom = now + (newRound && s.clockSec ? summaryGrace(s.clockSec) : 0);
    const next: Turn = { power: acting, round, since: now, student, clockFrom, seen: state._stateID, byClock: false, pausedMs: 0, pausedAt: s.paused ? now : null };
    this.turns.set(table.matchID, next);
    this.arm(s, table, next);
  }

  /** When the acting student's time runs out at this table (ms since the epoch), or null; only for `power`'s turn when given. */
  turnEndsAt(s: Session, table: Table, power?: Power): number | null {
    const turn = this.turns.get(table.matchID);
    if (!turn || (power !== undefined && turn.power !== power)) return null;
    return this.applies(s, table, turn) ? turn.clockFrom + s.clockSec! * 1000 : null;
  }

  /** How long the turn being played at this table has lasted, ms (0 when none). */
  currentMs(table: Table, now = Date.now()): number {
    const turn = this.turns.get(table.matchID);
    return turn ? played(turn, now) : 0;
  }

  /** The session was paused, resumed or ended: stop every clock, or start each afresh. */
  restart(s: Session, now = Date.now()): void {
    for (const table of s.tables) {
      const turn = this.turns.get(table.matchID);
      if (!turn) continue;
      // A pause is no time a person took: it is left out of the turn's time.
      if (s.paused && turn.pausedAt === null) turn.pausedAt = now;
      if (!s.paused && turn.pausedAt !== null) {
        turn.pausedMs += now - turn.pausedAt;
        turn.pausedAt = null;
      }
      turn.clockFrom = now;
      this.arm(s, table, turn);
    }
  }

  forget(s: Session): void {
    for (const table of s.tables) {
      clearTimeout(this.turns.get(table.matchID)?.timer);
      this.turns.delete(table.matchID);
    }
  }

  stop(): void {
    for (const turn of this.turns.values()) clearTimeout(turn.timer);
    this.turns.clear();
  }

  private applies(s: Session, table: Table, turn: Turn): boolean {
    return Boolean(s.clockSec) && turn.student !== null && table.started && !s.paused && !s.ended;
  }

  private arm(s: Session, table: Table, turn: Turn): void {
    clearTimeout(turn.timer);
    delete turn.timer;
    if (!this.applies(s, table, turn)) return;
    const wait = Math.max(0, turn.clockFrom + s.clockSec! * 1000 - Date.now());
    turn.timer = setTimeout(() => {
      this.runOut(s, table, turn).catch((err: unknown) => console.error('multipolar: turn clock', err));
    }, wait);
    turn.timer.unref?.();
  }

  /** Time is up: the log says so, then a Normal bot plays the seat until another seat is to act. */
  private runOut(s: Session, table: Table, turn: Turn): Promise<void> {
    const { matchID } = table;
    const seat = seatOf(turn.power);
    return this.d.inQueue(matchID, async () => {
      if (this.turns.get(matchID) !== turn || !this.applies(s, table, turn)) return;
      // Moves stored by another process (REDIS_URL) since: this process cannot tell whose turn it is.
      if ((await this.d.matches.fetchState(matchID))?._stateID !== turn.seen) return;
      const metadata = await this.d.matches.fetchMetadata(matchID);
      const data = metadata?.players[Number(seat)]?.data as PlayerData | undefined;
      // A bot already plays the seat (the student is away): the stand-in takes the turn.
      if (!metadata || data?.bot || data?.standIn) return;
      turn.byClock = true;
      const marked = await this.d.matches.rewriteNow(matchID, (G) => clockRunsOut(G, turn.power, actor(G)), { edit: 'clock', power: turn.power });
      if (!marked) return;
      for (let i = 0; i < MAX_CLOCK_MOVES && this.turns.get(matchID) === turn; i++) {
        if (!(await this.d.moveNow(matchID, seat, 'normal'))) break;
      }
    });
  }
}

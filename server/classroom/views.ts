/**
 * What the teacher and the students read of a session: the wall (each table
 * with its turn clock and likely finish), the after-action report, and a
 * student's own seat (with their reflection prompts once their table's game
 * is over). Read-only: nothing here changes a session.
 */
import type { Server, State } from 'boardgame.io';
import { powerOf } from '../../game';
import type { MatchState, Power } from '../../game';
import type { Report, StudentSeat, TableReport, TableSummary, Wall } from '../../game/wire/classroom';
import type { TurnClock } from './clock';
import type { TableMatches, TableRow } from './matches';
import { reflectionPrompts } from './reflection';
import type { Session, Student, Table } from './session';
import { tableReport, tableSummary } from './summary';
import { estimateFinish } from './timing';

export class SessionViews {
  constructor(
    private readonly matches: TableMatches,
    private readonly clock: TurnClock,
    /** A session is deleted this long after it was created (CLASSROOM_TTL_DAYS). */
    private readonly ttlMs: number,
  ) {}

  /** A table on the wall, with its clock and its likely finish. */
  summary(s: Session, table: Table, state: State | undefined, metadata: Server.MatchData | undefined): TableSummary {
    const G = state?.G as MatchState | undefined;
    const now = Date.now();
    const finishAt = G && table.started
      ? estimateFinish(table.turns ?? [], { round: G.round, lastRound: G.lastRound, over: Boolean(G.outcome) }, this.clock.currentMs(table, now), now)
      : null;
    return tableSummary(s, table, state, metadata, { turnEndsAt: this.clock.turnEndsAt(s, table), finishAt });
  }

  async wall(s: Session): Promise<Wall> {
    const rows = await this.matches.fetchAll(s.tables);
    return {
      code: s.code, scenario: s.scenario, tableSize: s.tableSize, endsAt: s.endsAt, clockSec: s.clockSec ?? null, hints: s.hints !== false, paused: s.paused, ended: s.ended, pushed: s.pushed,
      deleteAt: s.createdAt + this.ttlMs,
      students: s.students.map(({ id, nickname, table, seat }) => ({ id, nickname, table, seat })),
      tables: rows.map((r) => this.summary(s, r.table, r.state, r.metadata)),
    };
  }

  async report(s: Session): Promise<Report> {
    const rows = await this.matches.fetchAll(s.tables);
    return { code: s.code, scenario: s.scenario, clockSec: s.clockSec ?? null, hints: s.hints !== false, ended: s.ended, tables: rows.map((r) => tableReport(s, r.table, r.state, r.metadata)) };
  }

  /** A student's table, its state and seats. */
  async rowOf(s: Session, st: Student): Promise<TableRow> {
    const table = s.tables.find((t) => t.number === st.table)!;
    const [row] = await this.matches.fetchAll([table]);
    return row!;
  }

  /** The prompts for `power` at a table whose game is over, or null while it is played. */
  prompts(s: Session, row: TableRow, power: Power): [string, string] | null {
    const over = row.state && (row.state.ctx.gameover !== undefined || (row.state.G as MatchState).outcome);
    if (!over) return null;
    const report: TableReport = tableReport(s, row.table, row.state, row.metadata);
    return reflectionPrompts(report, power);
  }

  /** A student's seat as their page reads it (their token only in the answer to joining). */
  async seat(s: Session, st: Student): Promise<StudentSeat> {
    const row = await this.rowOf(s, st);
    const power = powerOf(st.seat)!;
    const prompts = this.prompts(s, row, power);
    return {
      code: s.code, nickname: st.nickname, scenario: s.scenario, table: st.table, matchID: row.table.matchID,
      playerID: st.seat, credentials: row.metadata?.players[Number(st.seat)]?.credentials ?? '', paused: s.paused, ended: s.ended,
      reflection: prompts ? { prompts, answered: st.reflection?.table === st.table } : null,
      turnEndsAt: this.clock.turnEndsAt(s, row.table, power),
      hints: s.hints !== false,
    };
  }
}

/**
 * Who sits where: a joining student takes the next free seat (a new table
 * when all are full), a full table starts (bots take its open seats), and a
 * student moved by the teacher leaves a bot in their old seat if that game is on.
 */
import type { StorageAPI } from 'boardgame.io';
import type { Seat } from '../../game';
import { SEATS } from '../../game';
import type { SessionCache } from './cache';
import { fail } from './errors';
import type { TableMatches } from './matches';
import type { Session, Student, Table } from './session';
import { freeSeat, hashSecret, humanSeats, seatFor, secret } from './session';
import { botSeat, createTable, emptySeat } from './tables';

export class Seating {
  constructor(
    private readonly db: StorageAPI.Sync | StorageAPI.Async,
    private readonly matches: TableMatches,
    private readonly cache: SessionCache,
    /** Ask the seat keeper to look at a match now (deal, or a bot's move). */
    private readonly poke: (matchID: string) => void,
  ) {}

  /** Seat a new student (a checked, free nickname); returns them with their secret and seat credentials. */
  async seatNew(s: Session, name: string): Promise<{ student: Student; token: string; credentials: string }> {
    let spot = seatFor(s);
    if (!spot) {
      const table: Table = { number: s.tables.length + 1, matchID: await createTable(this.db, s.scenario, humanSeats(s.tableSize)), started: false };
      s.tables.push(table);
      this.cache.addTable(s, table);
      spot = { table, seat: humanSeats(s.tableSize)[0]! };
    }
    const token = secret();
    const student: Student = { id: secret().slice(0, 12), nickname: name, tokenHash: hashSecret(token), table: spot.table.number, seat: spot.seat };
    const credentials = await this.matches.seatPerson(spot.table.matchID, spot.seat, name);
    s.students.push(student);
    if (!freeSeat(s, spot.table)) await this.startTable(s, spot.table);
    return { student, token, credentials };
  }

  /** Open seats take bots; the deal and the bots may go. */
  async startTable(s: Session, table: Table): Promise<void> {
    if (table.started) return;
    const taken = new Set(s.students.filter((x) => x.table === table.number).map((x) => x.seat));
    await this.matches.editSeats(table.matchID, (m) => {
      for (const seat of SEATS) if (!taken.has(seat) && !(m.players[Number(seat)]?.data as { bot?: string } | undefined)?.bot) botSeat(m.players[Number(seat)]!);
    });
    table.started = true;
    if (!s.paused) this.poke(table.matchID);
  }

  /**
   * Move a student to another seat of a game not over; a seat another student holds is swapped
   * (they take the mover's old seat). A 4xx says what is wrong with the request.
   */
  async moveStudent(s: Session, studentID: unknown, body: { table?: unknown; seat?: unknown }): Promise<void> {
    const st = s.students.find((x) => x.id === studentID) ?? fail(404, 'There is no such student in this session.');
    const to = s.tables.find((t) => t.number === body.table) ?? fail(400, 'table must be the number of a table of this session');
    if (typeof body.seat !== 'string' || !(SEATS as readonly string[]).includes(body.seat)) fail(400, `seat must be one of ${SEATS.join(', ')}`);
    const seat = body.seat as Seat;
    if (to.number === st.table && seat === st.seat) fail(400, 'The student already sits there.');
    if (await this.matches.isOver(to.matchID)) fail(409, `The game at table ${to.number} is over.`);
    const from = s.tables.find((t) => t.number === st.table)!;
    const other = s.students.find((x) => x.table === to.number && x.seat === seat);
    if (other) return this.swap(s, st, other, from, to);
    await this.matches.editSeats(from.matchID, (m) => {
      const p = m.players[Number(st.seat)]!;
      if (from.started) botSeat(p);
      else emptySeat(p);
    });
    st.table = to.number;
    st.seat = seat;
    await this.matches.seatPerson(to.matchID, seat, st.nickname);
    this.poke(from.matchID);
    if (!to.started && !freeSeat(s, to)) await this.startTable(s, to);
    else if (to.started) this.poke(to.matchID);
  }

  /** Two students exchange seats (at one table or two): each gets fresh credentials, no seat goes to a bot. */
  private async swap(s: Session, st: Student, other: Student, from: Table, to: Table): Promise<void> {
    if (from !== to && (await this.matches.isOver(from.matchID))) fail(409, `The game at table ${from.number} is over: ${other.nickname} cannot move there.`);
    const back = { table: st.table, seat: st.seat };
    st.table = other.table;
    st.seat = other.seat;
    other.table = back.table;
    other.seat = back.seat;
    await this.matches.seatPerson(from.matchID, other.seat, other.nickname);
    await this.matches.seatPerson(to.matchID, st.seat, st.nickname);
    this.poke(from.matchID);
    if (from !== to) this.poke(to.matchID);
  }
}

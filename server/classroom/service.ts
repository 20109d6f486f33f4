/**
 * Classroom sessions: what the REST routes do. One server process owns its
 * sessions (a cache written through to the store); every change to a session
 * runs in that session's own queue, and every change to a match in the
 * match's boardgame.io queue, so nothing interleaves with a move.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import { isEventId, pushWorldEvent, scoreNow } from '../../game';
import type { MatchState } from '../../game';
import type { ScenarioId, Seat } from '../../game';
import { SCENARIOS, SEATS } from '../../game';
import { matchCode } from '../lobby';
import { editLogEntry } from '../replay';
import type { ServerEdit } from '../../game/sim';
import type { Session, Student, Table } from './session';
import { freeSeat, hashSecret, humanSeats, sanitiseNickname, seatFor, secret, secretMatches } from './session';
import type { SessionStore } from './store';
import type { Report, StudentSeat, TableSize, Wall, WallEvent } from '../../game/wire/classroom';
import { TABLE_SIZES } from '../../game/wire/classroom';
import { tableReport, tableSummary } from './summary';
import type { Frame } from './tables';
import { botSeat, createTable, emptySeat, matchDataFrame, personSeat, updateFrame } from './tables';
import { BrokenMatch } from '../quarantine';

type Storage = StorageAPI.Sync | StorageAPI.Async;

export class ClassroomError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}
const fail = (status: number, message: string): never => {
  throw new ClassroomError(status, message);
};

export interface ClassroomDeps {
  /** Storage as boardgame.io sees it: writes are reported, so frames go out once stored. */
  readonly db: Storage;
  readonly store: SessionStore;
  readonly inQueue: <T>(matchID: string, fn: () => Promise<T> | T) => Promise<T>;
  readonly publish: (matchID: string, frame: Frame) => void;
  /** Ask the seat keeper to look at a match now (deal, or a bot's move). */
  readonly poke: (matchID: string) => void;
  /** A session, its tables and its report are deleted this long after it was created (CLASSROOM_TTL_DAYS). */
  readonly ttlMs: number;
}


const MAX_DEADLINE_MS = 24 * 3600_000;

export class Classroom {
  private readonly sessions = new Map<string, Session>();
  private readonly byMatch = new Map<string, string>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly listeners = new Map<string, Set<(e: WallEvent) => void>>();
  private readonly deadlines = new Map<string, ReturnType<typeof setTimeout>>();
  readonly loaded: Promise<void>;

  constructor(private readonly d: ClassroomDeps) {
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    for (const code of await this.d.store.codes()) {
      const s = await this.d.store.get(code);
      if (s) this.remember(s);
    }
  }

  private remember(s: Session): void {
    this.sessions.set(s.code, s);
    for (const t of s.tables) this.byMatch.set(t.matchID, s.code);
    this.schedule(s);
  }

  private schedule(s: Session): void {
    clearTimeout(this.deadlines.get(s.code));
    this.deadlines.delete(s.code);
    if (s.ended || s.endsAt === null) return;
    const wait = Math.min(MAX_DEADLINE_MS, Math.max(0, s.endsAt - Date.now()));
    const t = setTimeout(() => {
      this.deadlines.delete(s.code);
      if (Date.now() >= (s.endsAt ?? Infinity)) void this.end(s.code).catch((err) => console.error('multipolar: session deadline', err));
      else this.schedule(s);
    }, wait);
    t.unref?.();
    this.deadlines.set(s.code, t);
  }

  stop(): void {
    for (const t of this.deadlines.values()) clearTimeout(t);
    this.deadlines.clear();
  }

  /** Run `fn` after every earlier change of this session. */
  private locked<T>(code: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(code) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(code, tail);
    void tail.then(() => {
      if (this.locks.get(code) === tail) this.locks.delete(code);
    });
    return run;
  }

  private async session(code: string): Promise<Session> {
    await this.loaded;
    return this.sessions.get(code) ?? fail(404, `There is no classroom session with the code ${code}.`);
  }

  /** The session, if `token` is its teacher's (403 otherwise). */
  async asTeacher(code: string, token: unknown): Promise<Session> {
    const s = await this.session(code);
    if (!secretMatches(token, s.teacherHash)) fail(403, 'Only the teacher of this session may do that: the teacher link is needed.');
    return s;
  }

  /** Whether bots and people must wait at this match (a table not started, or a paused session). */
  async held(matchID: string): Promise<boolean> {
    await this.loaded;
    const code = this.byMatch.get(matchID);
    const s = code ? this.sessions.get(code) : undefined;
    if (!s || s.ended) return false;
    const table = s.tables.find((t) => t.matchID === matchID);
    return s.paused || !table?.started;
  }

  async create(body: { scenario?: unknown; tableSize?: unknown; endsAt?: unknown }): Promise<{ code: string; teacherToken: string }> {
    await this.loaded;
    const scenario = body.scenario ?? '2019';
    if (typeof scenario !== 'string' || !(SCENARIOS as readonly string[]).includes(scenario)) fail(400, `scenario must be one of ${SCENARIOS.join(', ')}`);
    const tableSize = body.tableSize ?? 3;
    if (!TABLE_SIZES.includes(tableSize as TableSize)) fail(400, 'tableSize must be 1, 2 or 3 (people per table; bots take the other seats)');
    let endsAt: number | null = null;
    if (body.endsAt !== undefined && body.endsAt !== null) {
      const t = typeof body.endsAt === 'string' ? Date.parse(body.endsAt) : body.endsAt;
      if (typeof t !== 'number' || !Number.isFinite(t)) fail(400, 'endsAt must be a time (ms since 1970, or an ISO date)');
      if ((t as number) <= Date.now()) fail(400, 'endsAt must be in the future');
      if ((t as number) > Date.now() + MAX_DEADLINE_MS) fail(400, 'endsAt must be within a day');
      endsAt = t as number;
    }
    const teacherToken = secret();
    for (;;) {
      const s: Session = {
        code: matchCode(), scenario: scenario as ScenarioId, tableSize: tableSize as TableSize, endsAt, createdAt: Date.now(),
        teacherHash: hashSecret(teacherToken), paused: false, ended: false, pushed: [], tables: [], students: [],
      };
      if (this.sessions.has(s.code) || !(await this.d.store.create(s))) continue;
      this.remember(s);
      return { code: s.code, teacherToken };
    }
  }

  /** A student takes the next free seat (a new table when every table is full). */
  join(code: string, nickname: unknown): Promise<StudentSeat & { studentToken: string }> {
    return this.locked(code, async () => {
      const s = await this.session(code);
      if (s.ended) fail(409, 'This session has ended.');
      const name = sanitiseNickname(nickname) ?? fail(400, 'nickname must be 1 to 24 characters (letters, digits, spaces)');
      if (s.students.some((x) => x.nickname.toLowerCase() === name.toLowerCase())) fail(409, `Someone in this session is already called ${name}: choose another nickname.`);
      let spot = seatFor(s);
      if (!spot) {
        const table: Table = { number: s.tables.length + 1, matchID: await createTable(this.d.db, s.scenario, humanSeats(s.tableSize)), started: false };
        s.tables.push(table);
        this.byMatch.set(table.matchID, s.code);
        spot = { table, seat: humanSeats(s.tableSize)[0]! };
      }
      const token = secret();
      const student: Student = { id: secret().slice(0, 12), nickname: name, tokenHash: hashSecret(token), table: spot.table.number, seat: spot.seat };
      const credentials = await this.seatPerson(spot.table.matchID, spot.seat, name);
      s.students.push(student);
      if (!freeSeat(s, spot.table)) await this.startTable(s, spot.table);
      await this.d.store.put(s);
      void this.broadcast(s);
      return { ...this.seatOf(s, student, credentials), studentToken: token };
    });
  }

  private seatOf(s: Session, st: Student, credentials: string): StudentSeat {
    const table = s.tables.find((t) => t.number === st.table)!;
    return {
      code: s.code, nickname: st.nickname, scenario: s.scenario, table: st.table, matchID: table.matchID,
      playerID: st.seat, credentials, paused: s.paused, ended: s.ended,
    };
  }

  /** A student's seat again (after a reload, or a move by the teacher). */
  async me(code: string, token: unknown): Promise<StudentSeat> {
    const s = await this.session(code);
    const st = s.students.find((x) => secretMatches(token, x.tokenHash)) ?? fail(403, 'This browser holds no seat in this session: join with the code again.');
    const table = s.tables.find((t) => t.number === st.table)!;
    const { metadata } = await this.d.db.fetch(table.matchID, { metadata: true });
    return this.seatOf(s, st, metadata?.players[Number(st.seat)]?.credentials ?? '');
  }

  private async editSeats(matchID: string, f: (m: Server.MatchData) => void): Promise<void> {
    await this.d.inQueue(matchID, async () => {
      const { metadata } = await this.d.db.fetch(matchID, { metadata: true });
      if (!metadata) return;
      f(metadata);
      await this.d.db.setMetadata(matchID, metadata);
      this.d.publish(matchID, matchDataFrame(matchID, metadata));
    });
  }

  private async seatPerson(matchID: string, seat: Seat, name: string): Promise<string> {
    let creds = '';
    await this.editSeats(matchID, (m) => {
      creds = personSeat(m.players[Number(seat)]!, name);
    });
    return creds;
  }

  /** Open seats take bots; the deal and the bots may go. */
  private async startTable(s: Session, table: Table): Promise<void> {
    if (table.started) return;
    const taken = new Set(s.students.filter((x) => x.table === table.number).map((x) => x.seat));
    await this.editSeats(table.matchID, (m) => {
      for (const seat of SEATS) if (!taken.has(seat) && !(m.players[Number(seat)]?.data as { bot?: string } | undefined)?.bot) botSeat(m.players[Number(seat)]!);
    });
    table.started = true;
    if (!s.paused) this.d.poke(table.matchID);
  }

  async start(code: string, token: unknown, number: unknown): Promise<Wall> {
    await this.asTeacher(code, token);
    return this.locked(code, async () => {
      const s = await this.session(code);
      if (s.ended) fail(409, 'This session has ended.');
      const table = s.tables.find((t) => t.number === number) ?? fail(404, `There is no table ${String(number)}.`);
      if (table.started) fail(409, `Table ${table.number} has already started.`);
      await this.startTable(s, table);
      await this.d.store.put(s);
      return this.broadcast(s);
    });
  }

  /** Move a student to a seat at another (or the same) table: a bot keeps their old seat if that game is on. */
  async move(code: string, token: unknown, studentID: unknown, body: { table?: unknown; seat?: unknown }): Promise<Wall> {
    await this.asTeacher(code, token);
    return this.locked(code, async () => {
      const s = await this.session(code);
      if (s.ended) fail(409, 'This session has ended.');
      const st = s.students.find((x) => x.id === studentID) ?? fail(404, 'There is no such student in this session.');
      const to = s.tables.find((t) => t.number === body.table) ?? fail(400, 'table must be the number of a table of this session');
      if (typeof body.seat !== 'string' || !(SEATS as readonly string[]).includes(body.seat)) fail(400, `seat must be one of ${SEATS.join(', ')}`);
      const seat = body.seat as Seat;
      if (to.number === st.table && seat === st.seat) fail(400, 'The student already sits there.');
      if (s.students.some((x) => x.table === to.number && x.seat === seat)) fail(409, 'Another student sits there: move them first.');
      const over = await this.isOver(to.matchID);
      if (over) fail(409, `The game at table ${to.number} is over.`);
      const from = s.tables.find((t) => t.number === st.table)!;
      await this.editSeats(from.matchID, (m) => {
        const p = m.players[Number(st.seat)]!;
        if (from.started) botSeat(p);
        else emptySeat(p);
      });
      st.table = to.number;
      st.seat = seat;
      await this.seatPerson(to.matchID, seat, st.nickname);
      this.d.poke(from.matchID);
      if (!to.started && !freeSeat(s, to)) await this.startTable(s, to);
      else if (to.started) this.d.poke(to.matchID);
      await this.d.store.put(s);
      return this.broadcast(s);
    });
  }

  private async isOver(matchID: string): Promise<boolean> {
    const { state } = await this.d.db.fetch(matchID, { state: true });
    return !state || state.ctx.gameover !== undefined;
  }

  async setPaused(code: string, token: unknown, paused: boolean): Promise<Wall> {
    await this.asTeacher(code, token);
    return this.locked(code, async () => {
      const s = await this.session(code);
      if (s.ended) fail(409, 'This session has ended.');
      s.paused = paused;
      await this.d.store.put(s);
      if (!paused) for (const t of s.tables) if (t.started) this.d.poke(t.matchID);
      return this.broadcast(s);
    });
  }

  async pushEvent(code: string, token: unknown, event: unknown): Promise<Wall> {
    await this.asTeacher(code, token);
    if (!isEventId(event)) fail(400, 'event must be the id of a world event');
    return this.locked(code, async () => {
      const s = await this.session(code);
      if (s.ended) fail(409, 'This session has ended.');
      for (const t of s.tables) await this.rewrite(t.matchID, (G) => pushWorldEvent(G, event as never), { edit: 'pushEvent', event: event as never });
      s.pushed.push(event as string);
      await this.d.store.put(s);
      return this.broadcast(s);
    });
  }

  /** The bell: every table is scored where it stands and the session closes. */
  async end(code: string, token?: unknown): Promise<Wall> {
    if (token !== undefined) await this.asTeacher(code, token);
    return this.locked(code, async () => {
      const s = await this.session(code);
      if (s.ended) return this.wall(s);
      for (const t of s.tables) await this.rewrite(t.matchID, scoreNow, { edit: 'scoreNow' });
      s.ended = true;
      s.paused = false;
      await this.d.store.put(s);
      this.schedule(s);
      return this.broadcast(s);
    });
  }

  /**
   * A server-side change of a match's state, in the match's queue: the next
   * state id, stored (a state the game ends with also ends the match's
   * metadata), then shown to every socket of the match. The edit goes into
   * the match's log, so a replay redoes it at the same point (server/replay.ts).
   */
  private async rewrite(matchID: string, f: (G: MatchState) => MatchState, edit: ServerEdit): Promise<void> {
    await this.d.inQueue(matchID, async () => {
      const { state, metadata } = await this.d.db.fetch(matchID, { state: true, metadata: true });
      if (!state || state.ctx.gameover !== undefined) return;
      const G = f(state.G as MatchState);
      if (G === state.G) return;
      const ctx = G.outcome ? { ...state.ctx, gameover: G.outcome } : state.ctx;
      const next: State = { ...state, G, ctx, _stateID: state._stateID + 1 };
      await this.d.db.setState(matchID, next, [editLogEntry(state, edit)]);
      if (G.outcome && metadata) {
        metadata.gameover = G.outcome;
        metadata.updatedAt = Date.now();
        await this.d.db.setMetadata(matchID, metadata);
      }
      this.d.publish(matchID, updateFrame(matchID, next));
    });
  }

  private async fetchAll(s: Session): Promise<{ table: Table; state?: State; metadata?: Server.MatchData }[]> {
    return Promise.all(s.tables.map(async (table) => {
      try {
        return { table, ...(await this.d.db.fetch(table.matchID, { state: true, metadata: true })) };
      } catch (err) {
        // A damaged table is quarantined (logged there): the wall shows the others, and this one without its board.
        if (err instanceof BrokenMatch) return { table };
        throw err;
      }
    }));
  }

  async wall(s: Session): Promise<Wall> {
    const rows = await this.fetchAll(s);
    return {
      code: s.code, scenario: s.scenario, tableSize: s.tableSize, endsAt: s.endsAt, paused: s.paused, ended: s.ended, pushed: s.pushed,
      deleteAt: s.createdAt + this.d.ttlMs,
      students: s.students.map(({ id, nickname, table, seat }) => ({ id, nickname, table, seat })),
      tables: rows.map((r) => tableSummary(s, r.table, r.state, r.metadata)),
    };
  }

  async report(s: Session): Promise<Report> {
    const rows = await this.fetchAll(s);
    return { code: s.code, scenario: s.scenario, ended: s.ended, tables: rows.map((r) => tableReport(s, r.table, r.state, r.metadata)) };
  }

  /** The teacher deletes the session now: its tables' matches, then its row (the report is made from both). */
  async remove(code: string, token: unknown): Promise<{ deleted: string }> {
    await this.asTeacher(code, token);
    return this.locked(code, async () => {
      await this.erase(await this.session(code));
      return { deleted: code };
    });
  }

  /**
   * Sessions created more than CLASSROOM_TTL_DAYS ago are deleted with their
   * tables (retention's sweep calls this in every process; a session another
   * process holds is read from the store). Returns the codes deleted.
   */
  async expire(now = Date.now()): Promise<string[]> {
    await this.loaded;
    const gone: string[] = [];
    for (const code of await this.d.store.createdBefore(now - this.d.ttlMs)) {
      await this.locked(code, async () => {
        const s = this.sessions.get(code) ?? (await this.d.store.get(code));
        if (s) await this.erase(s);
      });
      gone.push(code);
    }
    if (gone.length) console.log(`multipolar: classroom retention deleted ${gone.length} session${gone.length === 1 ? '' : 's'} and their tables`);
    return gone;
  }

  /**
   * Every table's match first (state, metadata, log), then the session's row: a
   * failure half-way leaves the row, so the next sweep or a second press finishes it.
   */
  private async erase(s: Session): Promise<void> {
    for (const t of s.tables) await this.d.inQueue(t.matchID, () => this.d.db.wipe(t.matchID));
    await this.d.store.delete(s.code);
    clearTimeout(this.deadlines.get(s.code));
    this.deadlines.delete(s.code);
    this.sessions.delete(s.code);
    for (const t of s.tables) this.byMatch.delete(t.matchID);
    for (const l of this.listeners.get(s.code) ?? []) l({ kind: 'deleted' });
    this.listeners.delete(s.code);
  }

  /** Follow a session's wall; returns the way to stop. */
  subscribe(code: string, listener: (e: WallEvent) => void): () => void {
    let set = this.listeners.get(code);
    if (!set) this.listeners.set(code, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(code);
    };
  }

  private async broadcast(s: Session): Promise<Wall> {
    const wall = await this.wall(s);
    for (const l of this.listeners.get(s.code) ?? []) l({ kind: 'wall', wall });
    return wall;
  }

  /**
   * A match's seats changed (a student's browser connected or left, a bot took
   * a seat): walls watching its session get the table's new summary, so a
   * student shows online as soon as their seat's socket is up.
   */
  metadataStored(matchID: string, metadata: Server.MatchData): void {
    const w = this.watched(matchID);
    if (w) this.tellWalls(w, Promise.resolve(this.d.db.fetch(matchID, { state: true })).then(({ state }) => ({ state, metadata })));
  }

  /** A match's state was stored: walls watching its session get the table's new summary. */
  stateStored(matchID: string, state: State): void {
    const w = this.watched(matchID);
    if (w) this.tellWalls(w, Promise.resolve(this.d.db.fetch(matchID, { metadata: true })).then(({ metadata }) => ({ state, metadata })));
  }

  /** The session and table of a match that some teacher's wall is watching, or null. */
  private watched(matchID: string): { s: Session; table: Table; listeners: ReadonlySet<(e: WallEvent) => void> } | null {
    const code = this.byMatch.get(matchID);
    const listeners = code ? this.listeners.get(code) : undefined;
    const s = code ? this.sessions.get(code) : undefined;
    const table = s?.tables.find((t) => t.matchID === matchID);
    return s && table && listeners?.size ? { s, table, listeners } : null;
  }

  private tellWalls(w: NonNullable<ReturnType<Classroom['watched']>>, read: Promise<{ state?: State; metadata?: Server.MatchData }>): void {
    read.then(({ state, metadata }) => {
      const summary = tableSummary(w.s, w.table, state, metadata);
      for (const l of w.listeners) l({ kind: 'table', table: summary });
    }).catch((err: unknown) => console.error('multipolar: classroom wall update', err));
  }
}

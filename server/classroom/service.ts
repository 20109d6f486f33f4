/**
 * Classroom sessions: what the REST routes do. One server process owns its
 * sessions (a cache written through to the store, cache.ts); every change to
 * a session runs in that session's own queue (locks.ts), and every change to
 * a match in the match's boardgame.io queue (matches.ts), so nothing
 * interleaves with a move. This class is the one facade the routes call, a
 * little over 300 lines because each method is one route's checks and change
 * in its session's queue; the work itself is in the modules it names.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import * as v from 'valibot';
import { isEventId, powerOf, pushWorldEvent, scoreNow } from '../../game';
import type { BotLevel } from '../../game/bots';
import type { Report, StudentSeat, Wall, WallEvent } from '../../game/wire/classroom';
import { HintUseBody } from '../../game/wire/hints';
import { ReflectionBody } from '../../game/wire/reflection';
import { matchCode } from '../lobby';
import { Bells } from './bells';
import { SessionCache } from './cache';
import { TurnClock } from './clock';
import { ClassroomError, fail } from './errors';
import { SessionLocks } from './locks';
import { TableMatches } from './matches';
import { SoonSaver } from './saver';
import { Seating } from './seating';
import type { Session, Student } from './session';
import { hashSecret, sanitiseNickname, secret, secretMatches } from './session';
import { sessionSettings } from './settings';
import type { SessionStore } from './store';
import type { Frame } from './tables';
import { SessionViews } from './views';
import { WallListeners } from './walls';

export { ClassroomError };

type Storage = StorageAPI.Sync | StorageAPI.Async;

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
  /** The shortest turn clock a session may set, in seconds (CLASSROOM_CLOCK_MIN_SEC). */
  readonly clockMinSec: number;
  /** One bot move for a seat now, the caller holding the match's queue (SeatKeeper.moveNow). */
  readonly moveNow: (matchID: string, seat: string, level: BotLevel) => Promise<boolean>;
}


export class Classroom {
  private readonly cache = new SessionCache();
  private readonly locks = new SessionLocks();
  private readonly walls = new WallListeners();
  private readonly bells = new Bells((code) => this.end(code));
  private readonly matches: TableMatches;
  private readonly seating: Seating;
  private readonly clock: TurnClock;
  private readonly views: SessionViews;
  private readonly saver: SoonSaver;
  readonly loaded: Promise<void>;

  constructor(private readonly d: ClassroomDeps) {
    this.matches = new TableMatches(d);
    this.seating = new Seating(d.db, this.matches, this.cache, d.poke);
    this.saver = new SoonSaver(d.store, this.locks, (s) => this.cache.get(s.code) === s);
    this.clock = new TurnClock({ matches: this.matches, inQueue: d.inQueue, moveNow: d.moveNow, changed: (s) => this.saver.soon(s) });
    this.views = new SessionViews(this.matches, this.clock, d.ttlMs);
    const loading: Session[] = [];
    this.loaded = this.cache.load(d.store, (s) => {
      this.bells.schedule(s);
      loading.push(s);
    }).then(() => this.resumeClocks(loading));
  }

  /** After a restart, each running table's turn starts now. */
  private async resumeClocks(sessions: readonly Session[]): Promise<void> {
    for (const s of sessions) {
      if (s.ended) continue;
      for (const row of await this.matches.fetchAll(s.tables.filter((t) => t.started))) if (row.state) this.clock.observe(s, row.table, row.state);
    }
  }

  private remember(s: Session): void {
    this.cache.remember(s);
    this.bells.schedule(s);
  }

  stop(): void {
    this.bells.stop();
    this.clock.stop();
    this.saver.stop();
  }

  private locked<T>(code: string, fn: () => Promise<T>): Promise<T> {
    return this.locks.run(code, fn);
  }

  private async session(code: string): Promise<Session> {
    await this.loaded;
    return this.cache.get(code) ?? fail(404, `There is no classroom session with the code ${code}.`);
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
    const at = this.cache.ofMatch(matchID);
    if (!at || at.s.ended) return false;
    return at.s.paused || !at.table.started;
  }

  async create(body: { scenario?: unknown; tableSize?: unknown; endsAt?: unknown; clockSec?: unknown; hints?: unknown }): Promise<{ code: string; teacherToken: string }> {
    await this.loaded;
    const settings = sessionSettings(body, this.d.clockMinSec);
    const teacherToken = secret();
    for (;;) {
      const s: Session = {
        code: matchCode(), ...settings, createdAt: Date.now(),
        teacherHash: hashSecret(teacherToken), paused: false, ended: false, pushed: [], tables: [], students: [],
      };
      if (this.cache.has(s.code) || !(await this.d.store.create(s))) continue;
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
      const { student, token } = await this.seating.seatNew(s, name);
      await this.d.store.put(s);
      this.broadcast(s).catch((err: unknown) => console.error('multipolar: classroom wall update', err));
      return { ...(await this.views.seat(s, student)), studentToken: token };
    });
  }

  /** A student's seat again (after a reload, or a move by the teacher). */
  async me(code: string, token: unknown): Promise<StudentSeat> {
    const s = await this.session(code);
    return this.views.seat(s, this.student(s, token));
  }

  private student(s: Session, token: unknown): Student {
    return s.students.find((x) => secretMatches(token, x.tokenHash)) ?? fail(403, 'This browser holds no seat in this session: join with the code again.');
  }

  /** A student answers their table's two reflection prompts (again: the new answers replace the old). */
  reflect(code: string, token: unknown, body: unknown): Promise<StudentSeat> {
    return this.locked(code, async () => {
      const s = await this.session(code);
      const st = this.student(s, token);
      const parsed = v.safeParse(ReflectionBody, body);
      if (!parsed.success) return fail(400, parsed.issues[0].message);
      const power = powerOf(st.seat)!;
      const prompts = this.views.prompts(s, await this.views.rowOf(s, st), power) ?? fail(409, 'Your table’s game is not over yet: the questions come at its end.');
      st.reflection = { table: st.table, power, nickname: st.nickname, prompts, answers: parsed.output.answers, at: Date.now() };
      await this.d.store.put(s);
      return this.views.seat(s, st);
    });
  }

  /** A student asked for a hint: counted for their seat at their table (refused where the teacher switched hints off). */
  hintUsed(code: string, token: unknown, body: unknown): Promise<{ readonly hintsUsed: number }> {
    return this.locked(code, async () => {
      const s = await this.session(code);
      const st = this.student(s, token);
      const parsed = v.safeParse(HintUseBody, body);
      if (!parsed.success) return fail(400, parsed.issues[0].message);
      if (s.hints === false) return fail(409, 'Hints are off in this session.');
      if (s.ended) return fail(409, 'This session has ended.');
      if (parsed.output.table !== st.table) return fail(409, 'You have moved to another table.');
      const table = s.tables.find((t) => t.number === st.table) ?? fail(404, `There is no table ${st.table}.`);
      const power = powerOf(st.seat)!;
      const used = (table.hintsUsed ??= {});
      used[power] = (used[power] ?? 0) + 1;
      await this.d.store.put(s);
      return { hintsUsed: used[power] };
    });
  }

  async start(code: string, token: unknown, number: unknown): Promise<Wall> {
    await this.asTeacher(code, token);
    return this.locked(code, async () => {
      const s = await this.session(code);
      if (s.ended) fail(409, 'This session has ended.');
      const table = s.tables.find((t) => t.number === number) ?? fail(404, `There is no table ${String(number)}.`);
      if (table.started) fail(409, `Table ${table.number} has already started.`);
      await this.seating.startTable(s, table);
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
      await this.seating.moveStudent(s, studentID, body);
      await this.d.store.put(s);
      return this.broadcast(s);
    });
  }

  async setPaused(code: string, token: unknown, paused: boolean): Promise<Wall> {
    await this.asTeacher(code, token);
    return this.locked(code, async () => {
      const s = await this.session(code);
      if (s.ended) fail(409, 'This session has ended.');
      s.paused = paused;
      await this.d.store.put(s);
      this.clock.restart(s);
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
      for (const t of s.tables) await this.matches.rewrite(t.matchID, (G) => pushWorldEvent(G, event as never), { edit: 'pushEvent', event: event as never });
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
      for (const t of s.tables) await this.matches.rewrite(t.matchID, scoreNow, { edit: 'scoreNow' });
      s.ended = true;
      s.paused = false;
      await this.d.store.put(s);
      this.clock.restart(s);
      this.bells.schedule(s);
      return this.broadcast(s);
    });
  }

  wall(s: Session): Promise<Wall> {
    return this.views.wall(s);
  }

  report(s: Session): Promise<Report> {
    return this.views.report(s);
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
        const s = this.cache.get(code) ?? (await this.d.store.get(code));
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
    for (const t of s.tables) await this.matches.wipe(t.matchID);
    await this.d.store.delete(s.code);
    this.bells.cancel(s.code);
    this.clock.forget(s);
    this.saver.cancel(s.code);
    this.cache.forget(s);
    this.walls.deleted(s.code);
  }

  /** Follow a session's wall; returns the way to stop. */
  subscribe(code: string, listener: (e: WallEvent) => void): () => void {
    return this.walls.subscribe(code, listener);
  }

  private async broadcast(s: Session): Promise<Wall> {
    const wall = await this.wall(s);
    this.walls.send(s.code, { kind: 'wall', wall });
    return wall;
  }

  /** A match's seats changed (a browser connected or left, a bot took a seat): its table's walls learn of it. */
  metadataStored(matchID: string, metadata: Server.MatchData): void {
    const at = this.cache.ofMatch(matchID);
    if (at) this.walls.tableChanged(at.s.code, () => this.matches.fetchState(matchID).then((state) => this.views.summary(at.s, at.table, state, metadata)));
  }

  /** A match's state was stored: the turn clock looks, and its table's walls learn of it. */
  stateStored(matchID: string, state: State): void {
    const at = this.cache.ofMatch(matchID);
    if (!at) return;
    this.clock.observe(at.s, at.table, state);
    this.walls.tableChanged(at.s.code, () => this.matches.fetchMetadata(matchID).then((metadata) => this.views.summary(at.s, at.table, state, metadata)));
  }
}

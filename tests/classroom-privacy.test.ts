/**
 * A classroom session's data does not outlive it: a teacher's "Delete this
 * session" and retention's sweep past CLASSROOM_TTL_DAYS remove the session's
 * row, its tables' matches (state, metadata, log) and so its report, on both
 * real storages, SQLite and a throwaway PostgreSQL; and the setting is validated.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Classroom } from '../server/classroom/service';
import type { SessionStore } from '../server/classroom/store';
import { PostgresSessionStore, SQLiteSessionStore } from '../server/classroom/store';
import { configFromEnv } from '../server/config';
import { classroomTables, Retention } from '../server/retention';
import type { MatchStorage } from '../server/storage';
import { PostgresStorage, SQLiteStorage } from '../server/storage';
import { startServer } from './e2e/harness';
import type { TestPostgres } from './support/postgres';
import { startPostgres } from './support/postgres';

const MIN = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'multipolar-privacy-'));
let pgServer: TestPostgres | undefined;
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of closers.reverse()) await c();
  await pgServer?.stop();
});

interface Backend {
  readonly name: string;
  open(key: string): Promise<{ storage: MatchStorage; store: SessionStore }>;
}
const backends: Backend[] = [
  {
    name: 'SQLite',
    open: async (key) => {
      const file = join(dir, `${key}.sqlite`);
      const storage = new SQLiteStorage(file, false);
      const store = new SQLiteSessionStore(file);
      closers.push(() => store.close(), async () => storage.close());
      return { storage, store };
    },
  },
  {
    name: 'PostgreSQL',
    open: async (key) => {
      pgServer ??= await startPostgres();
      const url = await pgServer.createDatabase(key);
      const storage = new PostgresStorage({ url, poolSize: 3 });
      await storage.connect();
      const store = new PostgresSessionStore(url);
      closers.push(() => store.close(), () => storage.close());
      return { storage, store };
    },
  },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(backends)('a classroom session’s data in $name', (b) => {
  const classroomOn = (storage: MatchStorage, store: SessionStore, ttlMs: number) => {
    const c = new Classroom({ db: storage, store, inQueue: (_id, fn) => Promise.resolve(fn()), publish: () => undefined, poke: () => undefined, ttlMs, clockMinSec: 45, moveNow: async () => false });
    closers.push(async () => c.stop());
    return c;
  };
  /** A session with one full table (three students) and a second, open table (one student). */
  const lesson = async (c: Classroom) => {
    const { code, teacherToken } = await c.create({ scenario: '2019', tableSize: 3 });
    for (const n of ['Ann', 'Bo', 'Cy', 'Di']) await c.join(code, n);
    const tables = (await c.wall(await c.asTeacher(code, teacherToken))).tables.map((t) => t.matchID);
    expect(tables).toHaveLength(2);
    return { code, teacherToken, tables };
  };
  const exists = async (storage: MatchStorage, matchID: string) => (await storage.fetch(matchID, { metadata: true, state: true })).metadata !== undefined;

  it('the teacher deletes a session: its row and its tables go at once, another session stays; only the teacher may', async () => {
    const { storage, store } = await b.open('teacher-delete');
    const c = classroomOn(storage, store, 30 * 24 * 60 * MIN);
    const gone = await lesson(c);
    const kept = await lesson(c);
    await expect(c.remove(gone.code, kept.teacherToken)).rejects.toMatchObject({ status: 403 });
    await expect(c.remove(gone.code, undefined)).rejects.toMatchObject({ status: 403 });
    expect(await c.remove(gone.code, gone.teacherToken)).toEqual({ deleted: gone.code });
    expect(await store.get(gone.code)).toBeNull();
    for (const id of gone.tables) expect(await exists(storage, id), id).toBe(false);
    await expect(c.asTeacher(gone.code, gone.teacherToken)).rejects.toMatchObject({ status: 404 });
    expect(await store.get(kept.code)).not.toBeNull();
    for (const id of kept.tables) expect(await exists(storage, id), id).toBe(true);
    expect(await classroomTables(store)()).toEqual(kept.tables);
  });

  it('retention deletes a session past its lifetime with its tables, and keeps a younger one and its tables', async () => {
    const { storage, store } = await b.open('expiry');
    const c = classroomOn(storage, store, 1000);
    const old = await lesson(c);
    await sleep(1100);
    const young = await lesson(c);
    const retention = new Retention({
      storage, db: storage, inQueue: (_id, fn) => Promise.resolve(fn()), publish: () => undefined,
      settings: { unjoinedMs: 60 * MIN, finishedMs: 30 * 24 * 60 * MIN, idleMs: 14 * 24 * 60 * MIN, sweepEveryMs: 5 * MIN },
      kept: classroomTables(store),
      expireSessions: () => c.expire(),
    });
    await retention.sweep();
    expect(await store.get(old.code)).toBeNull();
    for (const id of old.tables) expect(await exists(storage, id), id).toBe(false);
    expect(await store.get(young.code)).not.toBeNull();
    for (const id of young.tables) expect(await exists(storage, id), id).toBe(true);
    await expect(c.wall(await c.asTeacher(young.code, young.teacherToken))).resolves.toMatchObject({ code: young.code });
  });
});

describe('CLASSROOM_TTL_DAYS', () => {
  it('defaults to 30 days and refuses what is not a positive number', () => {
    expect(configFromEnv({}).classroomTtlMs).toBe(30 * 24 * 60 * MIN);
    expect(configFromEnv({ CLASSROOM_TTL_DAYS: '7' }).classroomTtlMs).toBe(7 * 24 * 60 * MIN);
    for (const bad of ['0', '-1', 'thirty', 'Infinity']) expect(() => configFromEnv({ CLASSROOM_TTL_DAYS: bad }), bad).toThrow(/CLASSROOM_TTL_DAYS/);
  });
});

describe('a server deleting classroom data', () => {
  /** Rows the server's SQLite file holds for a session and its tables, read beside the server. */
  const rows = (file: string, code: string, tables: readonly string[]) => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const count = (sql: string, ...args: string[]) => (db.prepare(sql).get(...args) as { n: number }).n;
      return {
        session: count('SELECT count(*) AS n FROM classroom_sessions WHERE code = ?', code),
        matches: tables.reduce((n, id) => n + count('SELECT count(*) AS n FROM matches WHERE id = ?', id), 0),
        log: tables.reduce((n, id) => n + count('SELECT count(*) AS n FROM log WHERE match_id = ?', id) + count('SELECT count(*) AS n FROM game_log WHERE match_id = ?', id), 0),
      };
    } finally {
      db.close();
    }
  };
  const api = async (url: string, method: string, path: string, token?: string, body?: unknown) => {
    const r = await fetch(`${url}/api/classroom/sessions${path}`, {
      method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const lessonOn = async (url: string) => {
    const created = await api(url, 'POST', '', undefined, { scenario: '2019', tableSize: 1 });
    const { code, teacherToken } = created.body as { code: string; teacherToken: string };
    const seat = (await api(url, 'POST', `/${code}/join`, undefined, { nickname: 'Ann' })).body as { matchID: string; studentToken: string };
    return { code, teacherToken, seat };
  };

  it('POST …/delete: teacher only; afterwards the wall, the report (reflections too) and the seat answer 404 and the SQLite file holds nothing of it', async () => {
    const data = mkdtempSync(join(tmpdir(), 'multipolar-privacy-server-'));
    const server = await startServer({ DATA_DIR: data, BOT_DELAY_MS: '0' });
    try {
      const file = join(data, 'multipolar.sqlite');
      const { code, teacherToken, seat } = await lessonOn(server.url);
      await sleep(500); // the table's bots play a little: log rows to delete
      // The bell, then the student's reflection: free text the deletion must take with it.
      await api(server.url, 'POST', `/${code}/end`, teacherToken);
      expect((await api(server.url, 'POST', `/${code}/reflection`, seat.studentToken, { answers: ['Because of sanctions.', 'Talk to Moscow.'] })).status).toBe(200);
      expect(JSON.stringify((await api(server.url, 'GET', `/${code}/report`, teacherToken)).body)).toContain('Talk to Moscow.');
      expect((await api(server.url, 'POST', `/${code}/delete`, seat.studentToken)).status).toBe(403);
      expect(rows(file, code, [seat.matchID])).toMatchObject({ session: 1, matches: 1 });
      const r = await api(server.url, 'POST', `/${code}/delete`, teacherToken);
      expect(r).toEqual({ status: 200, body: { deleted: code } });
      expect(rows(file, code, [seat.matchID])).toEqual({ session: 0, matches: 0, log: 0 });
      expect((await api(server.url, 'GET', `/${code}`, teacherToken)).status).toBe(404);
      expect((await api(server.url, 'GET', `/${code}/report`, teacherToken)).status).toBe(404);
      expect((await api(server.url, 'GET', `/${code}/me`, seat.studentToken)).status).toBe(404);
      expect((await fetch(`${server.url}/api/replay/${seat.matchID}`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('a session past CLASSROOM_TTL_DAYS is deleted by the sweep with its tables', async () => {
    const data = mkdtempSync(join(tmpdir(), 'multipolar-privacy-ttl-'));
    // About 1.7 s of life, swept every 0.6 s.
    const server = await startServer({ DATA_DIR: data, BOT_DELAY_MS: '0', CLASSROOM_TTL_DAYS: '0.00002', RETENTION_SWEEP_MIN: '0.01' });
    try {
      const file = join(data, 'multipolar.sqlite');
      const { code, teacherToken, seat } = await lessonOn(server.url);
      expect((await api(server.url, 'GET', `/${code}`, teacherToken)).status).toBe(200);
      for (let i = 0; i < 50 && rows(file, code, [seat.matchID]).session; i++) await sleep(200);
      expect(rows(file, code, [seat.matchID])).toEqual({ session: 0, matches: 0, log: 0 });
      expect((await api(server.url, 'GET', `/${code}`, teacherToken)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

/**
 * Retention (server/retention.ts) on both real storages, SQLite and a throwaway
 * PostgreSQL: what a sweep removes, what it ends as abandoned, what it leaves
 * exactly as it was, what a restart resumes; and a server restarted over a
 * database of finished, abandoned, broken, idle and unjoined matches resumes
 * only the running ones.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server as BgServer } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Multipolar } from '../game';
import type { RetentionConfig } from '../server/config';
import { configFromEnv } from '../server/config';
import { SQLiteSessionStore } from '../server/classroom/store';
import { ABANDONED, classroomTables, Retention } from '../server/retention';
import type { MatchStorage } from '../server/storage';
import { PostgresStorage, SQLiteStorage } from '../server/storage';
import { startServer } from './e2e/harness';
import type { TestPostgres } from './support/postgres';
import { startPostgres } from './support/postgres';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const SETTINGS: RetentionConfig = { unjoinedMs: 60 * MIN, finishedMs: 30 * DAY, idleMs: 14 * DAY, sweepEveryMs: 5 * MIN };

interface Backend {
  readonly name: string;
  setup(): Promise<void>;
  /** A storage on the database `key`; opening a key again reaches the same data (another process). */
  open(key: string): Promise<MatchStorage>;
  /** Log rows stored for a match, counted beside the storage. */
  logRows(key: string, matchID: string): Promise<number>;
  /** Write matches into the database `key` as a server from before the indexed columns stored them. */
  legacy(key: string, rows: readonly { id: string; metadata: BgServer.MatchData }[]): Promise<void>;
  teardown(): Promise<void>;
}

const opened: MatchStorage[] = [];
const dir = mkdtempSync(join(tmpdir(), 'multipolar-retention-'));
const sqlite: Backend = {
  name: 'SQLite',
  setup: async () => {},
  open: async (key) => {
    const s = new SQLiteStorage(join(dir, `${key}.sqlite`), false);
    opened.push(s);
    return s;
  },
  logRows: async (key, matchID) => {
    const db = new Database(join(dir, `${key}.sqlite`), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM log WHERE match_id = ?').get(matchID) as { n: number }).n;
    } finally {
      db.close();
    }
  },
  legacy: async (key, rows) => {
    const db = new Database(join(dir, `${key}.sqlite`));
    db.exec(`CREATE TABLE matches (id TEXT PRIMARY KEY, game_name TEXT NOT NULL, state TEXT NOT NULL, initial_state TEXT NOT NULL,
      metadata TEXT NOT NULL, gameover INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL);
      CREATE INDEX matches_game ON matches (game_name, updated_at);
      CREATE TABLE log (match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE, seq INTEGER NOT NULL, entry TEXT NOT NULL,
      PRIMARY KEY (match_id, seq));`);
    const insert = db.prepare('INSERT INTO matches VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const { id, metadata } of rows) {
      const state = JSON.stringify(initial());
      insert.run(id, 'multipolar', state, state, JSON.stringify(metadata), metadata.gameover === undefined ? 0 : 1, metadata.updatedAt);
    }
    db.close();
  },
  teardown: async () => {
    for (const s of opened.splice(0)) await s.close();
  },
};

let pgServer: TestPostgres | undefined;
const pgUrls = new Map<string, Promise<string>>();
const pgUrl = (key: string): Promise<string> => {
  if (!pgServer) return Promise.reject(new Error('PostgreSQL did not start'));
  const url = pgUrls.get(key) ?? pgServer.createDatabase(key);
  pgUrls.set(key, url);
  return url;
};
const postgres: Backend = {
  name: 'PostgreSQL',
  setup: async () => {
    pgServer ??= await startPostgres();
  },
  open: async (key) => {
    const s = new PostgresStorage({ url: await pgUrl(key), poolSize: 3 });
    opened.push(s);
    await s.connect();
    return s;
  },
  logRows: async (key, matchID) => {
    const client = new pg.Client({ connectionString: await pgUrl(key) });
    await client.connect();
    try {
      return Number((await client.query('SELECT count(*) AS n FROM match_log WHERE match_id = $1', [matchID])).rows[0].n);
    } finally {
      await client.end();
    }
  },
  legacy: async (key, rows) => {
    const client = new pg.Client({ connectionString: await pgUrl(key) });
    await client.connect();
    try {
      await client.query(`CREATE TABLE matches (id TEXT PRIMARY KEY, game_name TEXT NOT NULL, state JSON NOT NULL, state_id INTEGER NOT NULL,
        initial_state JSON NOT NULL, metadata JSON NOT NULL, gameover BOOLEAN NOT NULL DEFAULT FALSE, updated_at BIGINT NOT NULL,
        log_length INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX matches_game ON matches (game_name, updated_at);
        CREATE TABLE match_log (match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE, seq INTEGER NOT NULL, entry JSON NOT NULL,
        PRIMARY KEY (match_id, seq));`);
      for (const { id, metadata } of rows) {
        const state = JSON.stringify(initial());
        await client.query('INSERT INTO matches VALUES ($1, $2, $3, 0, $3, $4, $5, $6, 0)',
          [id, 'multipolar', state, JSON.stringify(metadata), metadata.gameover !== undefined, metadata.updatedAt]);
      }
    } finally {
      await client.end();
    }
  },
  teardown: () => sqlite.teardown(),
};

afterAll(async () => {
  for (const s of opened.splice(0)) await s.close();
  await pgServer?.stop();
});

const NOW = Date.now();
const initial = () => InitializeGame({ game: { ...Multipolar, seed: 'r' }, numPlayers: 3 });
const entry = (n: number) => ({ action: { type: 'MAKE_MOVE', payload: { type: 'x', args: [n], playerID: '0' } }, _stateID: n, turn: n, phase: '' }) as unknown as LogEntry;
type Players = BgServer.MatchData['players'];
const bot = (id: number) => ({ id, name: 'Normal bot', credentials: `bot-${id}`, data: { bot: 'normal' } });
const botsOnly = (): Players => ({ 0: { id: 0 }, 1: bot(1), 2: bot(2) });
const person = (): Players => ({ 0: { id: 0, name: 'Ann', credentials: 'secret-ann' }, 1: bot(1), 2: bot(2) });
const meta = (createdAt: number, players: Players, over: Partial<BgServer.MatchData> = {}): BgServer.MatchData => ({
  gameName: 'multipolar', players, createdAt, updatedAt: createdAt, ...over,
});

/** Everything stored of a match, as a reader sees it. */
const everything = async (db: MatchStorage, id: string) => db.fetch(id, { state: true, initialState: true, metadata: true, log: true });

function retention(db: MatchStorage, kept: readonly string[] = [], now = NOW) {
  const frames: { matchID: string; type: string }[] = [];
  const r = new Retention({
    storage: db, db, settings: SETTINGS,
    inQueue: (_id, fn) => Promise.resolve().then(fn),
    publish: (matchID, frame) => frames.push({ matchID, type: frame.type }),
    kept: async () => kept,
    now: () => now,
  });
  return { r, frames };
}

describe.each([sqlite, postgres])('$name retention', (b) => {
  beforeAll(() => b.setup(), 120_000);
  afterAll(() => b.teardown());

  it('removes unjoined and long-finished matches whole, ends idle ones as abandoned, and leaves every other row as it was', async () => {
    const db = await b.open('sweep');
    const create = async (id: string, m: BgServer.MatchData) => db.createMatch(id, { initialState: initial(), metadata: m });
    await create('unjoined', meta(NOW - 2 * 60 * MIN, botsOnly()));
    await create('fresh', meta(NOW - 10 * MIN, botsOnly()));
    await create('joined', meta(NOW - 2 * 60 * MIN, person()));
    await db.setState('joined', { ...initial(), _stateID: 3 }, [entry(0), entry(1)]);
    // A person sat down and left again: the match was joined once, so it is not "unjoined".
    await create('left', meta(NOW - 2 * 60 * MIN, botsOnly()));
    await db.setMetadata('left', meta(NOW - 2 * 60 * MIN, person(), { updatedAt: NOW - 100 * MIN }));
    await db.setMetadata('left', meta(NOW - 2 * 60 * MIN, botsOnly(), { updatedAt: NOW - 90 * MIN }));
    await db.setState('left', { ...initial(), _stateID: 1 }, [entry(0)]);
    await create('finishedOld', meta(NOW - 40 * DAY, person()));
    await db.setState('finishedOld', { ...initial(), _stateID: 2 }, [entry(0), entry(1)]);
    await db.setMetadata('finishedOld', meta(NOW - 40 * DAY, person(), { updatedAt: NOW - 31 * DAY, gameover: { winner: 'us' } }));
    await create('finishedNew', meta(NOW - 2 * DAY, person(), { updatedAt: NOW - DAY, gameover: { winner: 'cn' } }));
    await create('broken', meta(NOW - 2 * DAY, person(), { updatedAt: NOW - DAY, gameover: { broken: 'stored moves do not replay' } }));
    await create('idle', meta(NOW - 20 * DAY, person()));
    // A classroom table nobody has sat at yet: the classroom's to keep.
    await create('classroom', meta(NOW - 3 * 60 * MIN, botsOnly(), { unlisted: true }));

    const keptIds = ['fresh', 'joined', 'left', 'finishedNew', 'broken', 'classroom'];
    const before = new Map<string, unknown>();
    for (const id of [...keptIds, 'idle']) before.set(id, await everything(db, id));
    const { r, frames } = retention(db, ['classroom']);

    // What a restart resumes now: running, not past retention (the idle match is past it).
    expect([...(await r.running('multipolar'))].sort()).toEqual(['classroom', 'fresh', 'joined', 'left']);

    const swept = await r.sweep();
    expect([...swept.removed].sort()).toEqual(['finishedOld', 'unjoined']);
    expect(swept.abandoned).toEqual(['idle']);
    for (const id of ['unjoined', 'finishedOld']) {
      expect(await everything(db, id)).toEqual({});
      expect(await b.logRows('sweep', id)).toBe(0);
    }
    for (const id of keptIds) expect(await everything(db, id), id).toEqual(before.get(id));
    expect(await b.logRows('sweep', 'joined')).toBe(2);

    // The idle match is over as abandoned; its state, initial state and log are untouched.
    const idleBefore = before.get('idle') as Awaited<ReturnType<typeof everything>>;
    const idle = await everything(db, 'idle');
    expect(idle.metadata?.gameover).toEqual(ABANDONED);
    expect({ ...idle, metadata: { ...idle.metadata, gameover: undefined, updatedAt: 0 } })
      .toEqual({ ...idleBefore, metadata: { ...idleBefore.metadata, gameover: undefined, updatedAt: 0 } });
    expect(frames).toEqual([{ matchID: 'idle', type: 'matchData' }]);
    expect([...(await r.running('multipolar'))].sort()).toEqual(['classroom', 'fresh', 'joined', 'left']);

    // Sweeping again changes nothing; once the abandoned match is past FINISHED_TTL_DAYS it goes too.
    expect(await r.sweep()).toEqual({ removed: [], abandoned: [] });
    const later = retention(db, ['classroom'], NOW + 31 * DAY).r;
    const last = await later.sweep();
    expect(last.removed).toContain('idle');
    expect(last.removed).not.toContain('classroom');
    expect(await everything(db, 'classroom')).toEqual(before.get('classroom'));
  });

  it('fills the new columns in for matches stored before they existed: the list and the sweep see them', async () => {
    await b.legacy('legacy', [
      { id: 'OPEN01', metadata: meta(NOW - 10 * MIN, botsOnly()) },
      { id: 'OPEN02', metadata: meta(NOW - 5 * MIN, { ...person(), 2: { id: 2 } }) },
      { id: 'PRIV01', metadata: meta(NOW - 5 * MIN, botsOnly(), { unlisted: true }) },
      { id: 'OLD001', metadata: meta(NOW - 2 * 60 * MIN, botsOnly()) },
      { id: 'DONE01', metadata: meta(NOW - 40 * DAY, person(), { updatedAt: NOW - 31 * DAY, gameover: { winner: 'us' } }) },
      { id: 'PLAY01', metadata: meta(NOW - 2 * 60 * MIN, person(), { updatedAt: NOW - 60 * MIN }) },
    ]);
    const db = await b.open('legacy');
    expect((await db.listOpen('multipolar', 10)).map((m) => m.id)).toEqual(['OPEN02', 'OPEN01', 'OLD001']);
    expect([...(await retention(db).r.sweep()).removed].sort()).toEqual(['DONE01', 'OLD001']);
    expect((await db.listOpen('multipolar', 10)).map((m) => m.id)).toEqual(['OPEN02', 'OPEN01']);
    expect((await everything(db, 'PLAY01')).metadata?.players[0]?.name).toBe('Ann');
  });

  it('pages the public list from its index: newest first, ties by code, each open match once (the storage query behind GET /games/multipolar)', async () => {
    const db = await b.open('pages');
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) {
      const id = `P${String(i).padStart(5, '0')}`;
      await db.createMatch(id, { initialState: initial(), metadata: meta(NOW - Math.floor(i / 3) * 1000, botsOnly()) });
      ids.push(id);
    }
    await db.createMatch('SHUT01', { initialState: initial(), metadata: meta(NOW, person()) });
    const seen: string[] = [];
    let after: { createdAt: number; id: string } | undefined;
    for (;;) {
      const page = await db.listOpen('multipolar', 20, after);
      seen.push(...page.map((m) => m.id));
      const last = page[page.length - 1];
      if (page.length < 20 || !last) break;
      after = { createdAt: last.createdAt, id: last.id };
    }
    // Newest first; of three created in the same millisecond, the highest code first.
    const expected = [...ids].sort((x, y) => Math.floor(Number(x.slice(1)) / 3) - Math.floor(Number(y.slice(1)) / 3) || y.localeCompare(x));
    expect(seen).toEqual(expected);
  });

  it('two processes sweeping at once remove each expired match exactly once and nothing else', async () => {
    const a = await b.open('race');
    const c = await b.open('race');
    const old = NOW - 2 * 60 * MIN;
    for (let i = 0; i < 450; i++) {
      await a.createMatch(`x${i}`, { initialState: initial(), metadata: meta(old, botsOnly()) });
    }
    await a.createMatch('keep', { initialState: initial(), metadata: meta(old, person()) });
    const [one, two] = await Promise.all([retention(a).r.sweep(), retention(c).r.sweep()]);
    const all = [...one.removed, ...two.removed];
    expect(all.length).toBe(450);
    expect(new Set(all).size).toBe(450);
    expect((await everything(a, 'keep')).metadata?.players[0]?.name).toBe('Ann');
  }, 60_000);
});

describe('classroom tables', () => {
  it('are left to their session: the unjoined table of a stored session is never removed', async () => {
    const file = join(dir, 'classroom.sqlite');
    const db = new SQLiteStorage(file);
    opened.push(db);
    const sessions = new SQLiteSessionStore(file);
    try {
      for (const id of ['TABLE1', 'LOBBY1']) db.createMatch(id, { initialState: initial(), metadata: meta(NOW - 3 * 60 * MIN, botsOnly(), { unlisted: true }) });
      await sessions.create({
        code: 'CLASS1', scenario: '2019', tableSize: 3, endsAt: null, createdAt: NOW, teacherHash: 'ab'.repeat(32),
        paused: false, ended: false, pushed: [], tables: [{ number: 1, matchID: 'TABLE1', started: false }], students: [],
      });
      const r = new Retention({
        storage: db, db, settings: SETTINGS, inQueue: (_id, fn) => Promise.resolve().then(fn), publish: () => undefined,
        kept: classroomTables(sessions), now: () => NOW,
      });
      expect(await r.running('multipolar')).toEqual(['TABLE1']);
      expect((await r.sweep()).removed).toEqual(['LOBBY1']);
      expect((await everything(db, 'TABLE1')).metadata).toBeDefined();
    } finally {
      await sessions.close();
    }
  });
});

describe('retention settings', () => {
  it('default to an hour, 30 days, 14 days and a sweep every 5 minutes, take fractions, and refuse anything but a positive number', () => {
    expect(configFromEnv({}).retention).toEqual(SETTINGS);
    expect(configFromEnv({ UNJOINED_TTL_MIN: '0.5', IDLE_TTL_DAYS: '1' }).retention).toMatchObject({ unjoinedMs: 30_000, idleMs: DAY });
    for (const [name, raw] of [['UNJOINED_TTL_MIN', '0'], ['FINISHED_TTL_DAYS', '-1'], ['IDLE_TTL_DAYS', 'soon'], ['RETENTION_SWEEP_MIN', 'Infinity']]) {
      expect(() => configFromEnv({ [name!]: raw }), `${name}=${raw}`).toThrow(name);
    }
  });
});

describe('a restart', () => {
  it('resumes only running matches: not finished, abandoned, broken, idle past IDLE_TTL_DAYS or unjoined past UNJOINED_TTL_MIN', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-restart-'));
    const db = new SQLiteStorage(join(dataDir, 'multipolar.sqlite'));
    const create = (id: string, m: BgServer.MatchData) => db.createMatch(id, { initialState: initial(), metadata: m });
    create('RUNA22', meta(NOW - DAY, person()));
    db.setState('RUNA22', { ...initial(), _stateID: 1 }, [entry(0)]);
    create('RUNB22', meta(NOW - 5 * MIN, person()));
    create('FINI22', meta(NOW - DAY, person(), { gameover: { winner: 'us' } }));
    create('ABAN22', meta(NOW - DAY, person(), { gameover: { abandoned: true } }));
    create('BROK22', meta(NOW - DAY, person(), { gameover: { broken: 'bad log' } }));
    create('IDLE22', meta(NOW - 20 * DAY, person()));
    create('UNJN22', meta(NOW - 3 * 60 * MIN, botsOnly()));
    db.close();
    // Bots wait long enough not to move during the test.
    const server = await startServer({ DATA_DIR: dataDir, BOT_DELAY_MS: '600000' });
    try {
      expect(server.output()).toMatch(/\(2 matches resumed\)/);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

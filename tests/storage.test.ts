/**
 * The storage contract, run against every real backend the server can use:
 * embedded SQLite, and PostgreSQL on a throwaway real server (tests/support/postgres.ts).
 * PostgreSQL not installed is a failure naming the package, never a skip.
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogEntry, State, Server as BgServer, StorageAPI } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Multipolar } from '../game';
import { configFromEnv } from '../server/config';
import { createStorage, PostgresStorage, SQLiteStorage } from '../server/storage';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';
import type { TestPostgres } from './support/postgres';
import { startPostgres } from './support/postgres';

type Awaitable<T> = T | Promise<T>;
/** What both storages offer, sync or async: every call below is awaited. */
interface Store {
  connect(): Awaitable<void>;
  createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): Awaitable<void>;
  setState(matchID: string, state: State, deltalog?: LogEntry[]): Awaitable<void>;
  setStateIfCurrent(matchID: string, state: State, expectedStateID: number, deltalog?: LogEntry[]): Awaitable<boolean>;
  setMetadata(matchID: string, metadata: BgServer.MatchData): Awaitable<void>;
  fetch<O extends StorageAPI.FetchOpts>(matchID: string, opts: O): Awaitable<StorageAPI.FetchResult<O>>;
  wipe(matchID: string): Awaitable<void>;
  listMatches(opts?: StorageAPI.ListMatchesOpts): Awaitable<string[]>;
  close(): Awaitable<void>;
}

interface Backend {
  name: string;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /**
   * Open the store; opening the same key again reaches the same data (a restart, or a
   * second process: `shared`, as the server opens it with REDIS_URL).
   */
  open(key: string, shared?: boolean): Promise<Store>;
}

const opened: Store[] = [];
const closeAll = async () => {
  for (const s of opened.splice(0)) await s.close();
};

const dir = mkdtempSync(join(tmpdir(), 'multipolar-store-'));
const sqlite: Backend = {
  name: 'SQLite',
  setup: async () => {},
  teardown: closeAll,
  open: async (key, shared = false) => {
    const s = new SQLiteStorage(join(dir, `${key}.sqlite`), !shared);
    opened.push(s);
    return s;
  },
};

let pgServer: TestPostgres | undefined;
const pgDatabases = new Map<string, Promise<string>>();
/** One database per key, created on first use (several opens of a key may race). */
const pgUrl = (key: string): Promise<string> => {
  if (!pgServer) return Promise.reject(new Error('PostgreSQL did not start (see the first failure)'));
  const url = pgDatabases.get(key) ?? pgServer.createDatabase(key);
  pgDatabases.set(key, url);
  return url;
};
const postgres: Backend = {
  name: 'PostgreSQL',
  // One server for the whole file, started by the first block that needs it.
  setup: async () => { pgServer ??= await startPostgres(); },
  teardown: closeAll,
  open: async (key) => {
    const s = new PostgresStorage({ url: await pgUrl(key), poolSize: 3 });
    opened.push(s);
    await s.connect();
    return s;
  },
};

const metadata = (over: Partial<BgServer.MatchData> = {}): BgServer.MatchData => ({
  gameName: 'multipolar', players: { 0: { id: 0 }, 1: { id: 1 }, 2: { id: 2 } }, createdAt: 1, updatedAt: 1, ...over,
});
const initial = () => InitializeGame({ game: { ...Multipolar, seed: 's' }, numPlayers: 3 });
const at = (stateID: number): State => ({ ...initial(), _stateID: stateID });
/** A log entry told apart by `turn`. */
const entry = (n: number) => ({ action: { type: 'MAKE_MOVE', payload: { type: 'x', args: [n], playerID: '0' } }, _stateID: n, turn: n, phase: '' }) as unknown as LogEntry;

afterAll(async () => {
  await closeAll();
  await pgServer?.stop();
});

describe.each([sqlite, postgres])('$name storage contract', (b) => {
  beforeAll(() => b.setup());
  afterAll(() => b.teardown());

  it('stores a match and gives back exactly what was stored, object key order included', async () => {
    const db = await b.open('roundtrip');
    const s = initial();
    await db.createMatch('m1', { initialState: s, metadata: metadata() });
    const got = await db.fetch('m1', { state: true, initialState: true, metadata: true, log: true });
    expect(got.state).toEqual(s);
    expect(got.initialState).toEqual(s);
    expect(got.metadata).toEqual(metadata());
    expect(got.log).toEqual([]);
    expect(await db.fetch('nope', { state: true })).toEqual({});
    // The rules may walk G with Object.keys: a store that sorts keys (jsonb) would change play.
    const odd = { ...initial(), G: { zeta: 1, alpha: { yy: 1, b: 2 }, mm: [3, { z: 0, a: 1 }] } } as State;
    await db.setState('m1', odd);
    const back = (await db.fetch('m1', { state: true })).state;
    expect(JSON.stringify(back)).toBe(JSON.stringify(odd));
  });

  it('appends the log and replaces the state on every move', async () => {
    const db = await b.open('moves');
    await db.createMatch('m', { initialState: initial(), metadata: metadata() });
    await db.setState('m', at(1), [entry(0)]);
    await db.setState('m', at(5));
    await db.setState('m', at(7), [entry(1), entry(2)]);
    const got = await db.fetch('m', { state: true, log: true, initialState: true });
    expect(got.state._stateID).toBe(7);
    expect(got.initialState._stateID).toBe(0);
    expect(got.log.map((e) => e.turn)).toEqual([0, 1, 2]);
  });

  it('lists matches by game, game over and time, and wipes them', async () => {
    const db = await b.open('list');
    await db.createMatch('a', { initialState: initial(), metadata: metadata({ updatedAt: 100 }) });
    await db.createMatch('b', { initialState: initial(), metadata: metadata({ updatedAt: 200 }) });
    await db.setMetadata('b', metadata({ updatedAt: 300, gameover: { kind: 'victory', winner: 'us' } }));
    expect(await db.listMatches({ gameName: 'multipolar' })).toEqual(['a', 'b']);
    expect(await db.listMatches({ gameName: 'other' })).toEqual([]);
    expect(await db.listMatches({ where: { isGameover: true } })).toEqual(['b']);
    expect(await db.listMatches({ where: { isGameover: false } })).toEqual(['a']);
    expect(await db.listMatches({ where: { updatedAfter: 150 } })).toEqual(['b']);
    expect(await db.listMatches({ where: { updatedBefore: 150 } })).toEqual(['a']);
    expect((await db.fetch('b', { metadata: true })).metadata.gameover).toEqual({ kind: 'victory', winner: 'us' });
    await db.wipe('a');
    expect(await db.listMatches()).toEqual(['b']);
    expect(await db.fetch('a', { state: true, log: true })).toEqual({});
  });

  it('keeps everything across a restart', async () => {
    const first = await b.open('restart');
    await first.createMatch('m', { initialState: initial(), metadata: metadata() });
    await first.setState('m', at(3), [entry(0)]);
    await first.close();
    const again = await b.open('restart');
    const got = await again.fetch('m', { state: true, log: true });
    expect(got.state._stateID).toBe(3);
    expect(got.log.map((e) => e.turn)).toEqual([0]);
  });

  it('creates its tables once when several processes start on an empty database together', async () => {
    const [first, , last] = await Promise.all([0, 1, 2].map(() => b.open('fresh', true)));
    await Promise.all([first, last].map(async (s) => s!.connect()));
    await first!.createMatch('m', { initialState: initial(), metadata: metadata() });
    expect(await last!.listMatches()).toEqual(['m']);
  });

  it('setStateIfCurrent writes only over the expected state id, and says whether it wrote', async () => {
    const db = await b.open('cas');
    await db.createMatch('m', { initialState: initial(), metadata: metadata() });
    expect(await db.setStateIfCurrent('m', at(1), 0, [entry(0)])).toBe(true);
    expect(await db.setStateIfCurrent('m', at(2), 0, [entry(9)])).toBe(false);
    expect(await db.setStateIfCurrent('m', at(2), 1, [entry(1), entry(2)])).toBe(true);
    expect(await db.setStateIfCurrent('nope', at(1), 0, [entry(0)])).toBe(false);
    const got = await db.fetch('m', { state: true, log: true });
    expect(got.state._stateID).toBe(2);
    expect(got.log.map((e) => e.turn)).toEqual([0, 1, 2]);
  });

  it('any mix of moves and compare-and-sets leaves the state and log a model predicts', async () => {
    const db = await b.open('model');
    let run = 0;
    const op = fc.record({ cas: fc.boolean(), stale: fc.integer({ min: -2, max: 2 }), entries: fc.integer({ min: 0, max: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const id = `p${run++}`;
        await db.createMatch(id, { initialState: initial(), metadata: metadata() });
        let current = 0;
        let next = 0;
        const log: number[] = [];
        for (const o of ops) {
          const entries = Array.from({ length: o.entries }, () => next++);
          const deltalog = entries.map(entry);
          const wrote = o.cas
            ? await db.setStateIfCurrent(id, at(current + 1), current + o.stale, deltalog)
            : (await db.setState(id, at(current + 1), deltalog), true);
          expect(wrote).toBe(!o.cas || o.stale === 0);
          if (wrote) {
            current += 1;
            log.push(...entries);
          }
        }
        const got = await db.fetch(id, { state: true, log: true });
        expect(got.state._stateID).toBe(current);
        expect(got.log.map((e) => e.turn)).toEqual(log);
      }),
      { numRuns: 40 },
    );
  });

  it('two processes racing on one match: exactly one compare-and-set wins each round, none lost or doubled', async () => {
    const [p1, p2] = await Promise.all([b.open('race', true), b.open('race', true)]);
    await p1.createMatch('m', { initialState: initial(), metadata: metadata() });
    const winners: number[] = [];
    for (let round = 0; round < 25; round++) {
      // Each process read the same state `round` and tries to store its own move.
      const tries = await Promise.all([
        p1.setStateIfCurrent('m', at(round + 1), round, [entry(2 * round)]),
        p2.setStateIfCurrent('m', at(round + 1), round, [entry(2 * round + 1)]),
      ]);
      expect(tries.filter(Boolean)).toHaveLength(1);
      winners.push(tries[0] ? 2 * round : 2 * round + 1);
    }
    const got = await p2.fetch('m', { state: true, log: true });
    expect(got.state._stateID).toBe(25);
    expect(got.log.map((e) => e.turn)).toEqual(winners);
  });
});

describe('SQLite as the sole writer answers a move from memory', () => {
  it('yet a restart finds every state and every seat change; only updatedAt may lag, by under a minute', async () => {
    const file = join(dir, 'memory.sqlite');
    const db = new SQLiteStorage(file);
    db.createMatch('m', { initialState: initial(), metadata: metadata({ updatedAt: 1_000 }) });
    for (let i = 1; i <= 5; i++) {
      db.setState('m', at(i), [entry(i)]);
      // What boardgame.io does after each move: the same metadata, a newer updatedAt.
      db.setMetadata('m', metadata({ updatedAt: 1_000 + i * 1_000 }));
      expect(db.fetch('m', { state: true }).state._stateID).toBe(i);
    }
    // Fetched metadata is a fresh object each time: the lobby edits what it fetches.
    const seen = db.fetch('m', { metadata: true }).metadata;
    expect(seen.updatedAt).toBe(6_000);
    seen.players[0]!.name = 'edited but never stored';
    expect(db.fetch('m', { metadata: true }).metadata.players[0]!.name).toBeUndefined();
    // A seat change is written at once, whatever the clock.
    db.setMetadata('m', metadata({ updatedAt: 6_500, players: { 0: { id: 0, name: 'Ada', isConnected: true }, 1: { id: 1 }, 2: { id: 2 } } }));
    db.setMetadata('m', metadata({ updatedAt: 70_000, players: { 0: { id: 0, name: 'Ada', isConnected: true }, 1: { id: 1 }, 2: { id: 2 } } }));
    db.close();
    const again = new SQLiteStorage(file);
    const got = again.fetch('m', { state: true, metadata: true, log: true });
    expect(got.state._stateID).toBe(5);
    expect(got.log.map((e) => e.turn)).toEqual([1, 2, 3, 4, 5]);
    expect(got.metadata.players[0]).toEqual({ id: 0, name: 'Ada', isConnected: true });
    // Moves alone moved updatedAt on only in memory; a minute later it is written again.
    expect(got.metadata.updatedAt).toBe(70_000);
    again.close();
  });
});

describe('SQLite keeps a match\'s game log apart from its state', () => {
  /** A state whose G.log has `n` entries, the first `shared.length` of them the very objects of `shared`. */
  const withLog = (stateID: number, shared: readonly unknown[], n: number): State => {
    const s = at(stateID);
    const log = [...shared];
    for (let i = shared.length; i < n; i++) log.push({ round: 1, text: `entry ${i} — said “once”`, n: i });
    return { ...s, G: { ...(s.G as object), log } };
  };
  const gLog = (s: State) => (s.G as { log: unknown[] }).log;
  const rows = (file: string) => {
    const raw = new Database(file, { readonly: true });
    try {
      const row = raw.prepare("SELECT length(state) AS bytes, log_count AS count FROM matches WHERE id = 'm'").get() as { bytes: number; count: number | null };
      const entries = (raw.prepare("SELECT count(*) AS n FROM game_log WHERE match_id = 'm'").get() as { n: number }).n;
      return { ...row, entries };
    } finally {
      raw.close();
    }
  };

  it('a move writes only the entries it added, and a restart reads the whole log back', () => {
    const file = join(dir, 'gamelog.sqlite');
    const db = new SQLiteStorage(file);
    db.createMatch('m', { initialState: initial(), metadata: metadata() });
    let s = withLog(1, [], 40);
    db.setState('m', s);
    const first = rows(file);
    for (let i = 2; i <= 30; i++) {
      s = withLog(i, gLog(s), gLog(s).length + 7);
      db.setState('m', s);
    }
    const last = rows(file);
    // The state's row does not grow with the log: 243 entries are rows of their own.
    expect(last.count).toBe(243);
    expect(last.entries).toBe(243);
    expect(last.bytes).toBeLessThan(first.bytes + 100);
    db.close();
    const again = new SQLiteStorage(file);
    expect(JSON.stringify(again.fetch('m', { state: true }).state)).toBe(JSON.stringify(s));
    again.close();
  });

  it('a log that does not extend the stored one, or a row from before the log was kept apart, reads back exactly', () => {
    const file = join(dir, 'gamelog-rewrite.sqlite');
    const db = new SQLiteStorage(file);
    db.createMatch('m', { initialState: initial(), metadata: metadata() });
    db.setState('m', withLog(1, [], 20));
    const shorter = withLog(2, [], 5);
    db.setState('m', shorter);
    expect(rows(file)).toMatchObject({ count: 5, entries: 5 });
    // A state from another writer (a second process): nothing of it can be taken as already stored.
    const other = new SQLiteStorage(file, false);
    const elsewhere = withLog(3, [], 8);
    other.setState('m', elsewhere);
    other.close();
    expect(JSON.stringify(new SQLiteStorage(file, false).fetch('m', { state: true }).state)).toBe(JSON.stringify(elsewhere));
    db.close();
    // A row written whole, as every row was before the log was kept apart.
    const raw = new Database(file);
    const old = withLog(4, [], 12);
    raw.prepare("UPDATE matches SET state = ?, log_count = NULL WHERE id = 'm'").run(JSON.stringify(old));
    raw.close();
    const again = new SQLiteStorage(file);
    expect(JSON.stringify(again.fetch('m', { state: true }).state)).toBe(JSON.stringify(old));
    again.close();
  });
});

describe('SQLite checkpoints its write-ahead log on a worker thread', () => {
  it('copies moves into the database file without a move waiting for it, and leaves no log on close', async () => {
    const file = join(dir, 'checkpoint.sqlite');
    const db = new SQLiteStorage(file);
    const size = () => statSync(file).size;
    const before = size();
    // 40 matches and a move each: hundreds of pages of log, which no commit copies back itself.
    for (let m = 0; m < 40; m++) {
      db.createMatch(`m${m}`, { initialState: initial(), metadata: metadata() });
      db.setState(`m${m}`, { ...at(1), G: { ...initial().G, padding: 'x'.repeat(8_000 + m) } } as State);
    }
    expect(size()).toBe(before);
    await expect.poll(size, { timeout: 5_000, interval: 100 }).toBeGreaterThan(before + 320_000);
    db.close();
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  });
});

describe('PostgreSQL server restarts under an open storage', () => {
  beforeAll(() => postgres.setup());
  afterAll(() => postgres.teardown());

  it('keeps committed moves and serves again without reopening the storage', async () => {
    const db = await postgres.open('server-restart');
    await db.createMatch('m', { initialState: initial(), metadata: metadata() });
    await db.setState('m', at(1), [entry(0)]);
    await pgServer!.restart();
    const got = await db.fetch('m', { state: true, log: true });
    expect(got.state._stateID).toBe(1);
    expect(got.log.map((e) => e.turn)).toEqual([0]);
    expect(await db.setStateIfCurrent('m', at(2), 1, [entry(1)])).toBe(true);
  });

  it('DATABASE_URL picks PostgreSQL; without it the server keeps SQLite', async () => {
    const url = await pgUrl('from-env');
    const db = createStorage(configFromEnv({ DATABASE_URL: url, DATABASE_POOL_SIZE: '2' }));
    expect(db).toBeInstanceOf(PostgresStorage);
    await db.connect();
    await db.createMatch('m', { initialState: initial(), metadata: metadata() });
    await db.close();
    const check = await postgres.open('from-env');
    expect(await check.listMatches()).toEqual(['m']);
    const embedded = createStorage(configFromEnv({ DATA_DIR: mkdtempSync(join(tmpdir(), 'multipolar-data-')) }));
    expect(embedded).toBeInstanceOf(SQLiteStorage);
    await embedded.close();
  });
});

/** How the real server is pointed at each storage; `stored` reads the match back without the server. */
interface ServerStorage {
  name: string;
  env(): Promise<Record<string, string>>;
  stored(env: Record<string, string>, matchID: string): Promise<boolean>;
}
const SERVER_STORAGES: ServerStorage[] = [
  {
    name: 'SQLite (default)',
    env: async () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'multipolar-data-')) }),
    stored: async (env, matchID) => {
      const db = new SQLiteStorage(join(env.DATA_DIR!, 'multipolar.sqlite'));
      try { return db.listMatches().includes(matchID); } finally { db.close(); }
    },
  },
  {
    name: 'PostgreSQL (DATABASE_URL)',
    env: async () => {
      await postgres.setup();
      // An empty DATA_DIR too: the match must not land in SQLite there.
      return { DATABASE_URL: await pgUrl('server'), DATA_DIR: mkdtempSync(join(tmpdir(), 'multipolar-data-')) };
    },
    stored: async (_env, matchID) => (await (await postgres.open('server')).listMatches()).includes(matchID),
  },
];

describe.each(SERVER_STORAGES)('the server keeps matches in $name', (kind) => {
  it('a match created through the Lobby API is stored there and still there after a restart', async () => {
    const env = await kind.env();
    let server: RunningServer = await startServer(env);
    try {
      const r = await fetch(`${server.url}/games/multipolar/create`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ numPlayers: 3 }),
      });
      expect(r.status).toBe(200);
      const { matchID } = (await r.json()) as { matchID: string };
      await server.stop();
      expect(await kind.stored(env, matchID)).toBe(true);
      if (env.DATABASE_URL) expect(existsSync(join(env.DATA_DIR!, 'multipolar.sqlite'))).toBe(false);
      server = await startServer(env);
      const m = await fetch(`${server.url}/games/multipolar/${matchID}`);
      expect(m.status).toBe(200);
      expect(((await m.json()) as { matchID: string }).matchID).toBe(matchID);
    } finally {
      await server.stop();
    }
  });
});

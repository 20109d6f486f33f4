/**
 * A move is stored before any client sees it (docs/boardgameio.md §7): the server is
 * killed with SIGKILL at a random moment of a running match, restarted on the
 * same data, and must hold every move any client had seen; then the match goes
 * on from there with the same people (and the same server bots).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStorage } from '../server/storage/postgres';
import { SQLiteStorage } from '../server/storage/sqlite';
import type { TestPostgres } from './support/postgres';
import { startPostgres } from './support/postgres';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';
import { createMatch, SocketPlayer } from './support/socket-player';

const running: RunningServer[] = [];
const sockets: SocketPlayer[] = [];
let pg: TestPostgres;
beforeAll(async () => {
  pg = await startPostgres();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await Promise.all(running.map((s) => s.stop()));
  await pg?.stop();
});

/** Where a server keeps its matches, and how the test reads them behind its back. */
interface Store {
  readonly env: Record<string, string>;
  storedStateID(matchID: string): Promise<number>;
}
const sqlite = (): Store => {
  const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-kill-'));
  return {
    env: { DATA_DIR: dataDir },
    storedStateID: async (matchID) => {
      const db = new SQLiteStorage(join(dataDir, 'multipolar.sqlite'));
      try {
        return db.fetch(matchID, { state: true }).state._stateID;
      } finally {
        db.close();
      }
    },
  };
};
let databases = 0;
const postgres = async (): Promise<Store> => {
  const url = await pg.createDatabase(`kill${databases++}`);
  return {
    env: { DATABASE_URL: url, DATA_DIR: mkdtempSync(join(tmpdir(), 'multipolar-kill-')) },
    storedStateID: async (matchID) => {
      const db = new PostgresStorage({ url, poolSize: 1 });
      try {
        await db.connect();
        return (await db.fetch(matchID, { state: true })).state._stateID;
      } finally {
        await db.close();
      }
    },
  };
};

const start = async (store: Store) => {
  const s = await startServer({ ...store.env, BOT_DELAY_MS: '0', STANDIN_AFTER_MS: '600000' });
  running.push(s);
  return s;
};
const killed = (s: RunningServer) =>
  new Promise<void>((resolve) => {
    s.proc.once('exit', () => resolve());
    s.proc.kill('SIGKILL');
  });

describe('SIGKILL in the middle of a match', () => {
  // Kills at different moments (early, mid-round, late), on each storage.
  const cases: [string, number, () => Store | Promise<Store>][] = [
    ['SQLite', 5, sqlite],
    ['SQLite', 30, sqlite],
    ['SQLite', 70, sqlite],
    ['PostgreSQL', 12, postgres],
    ['PostgreSQL', 50, postgres],
  ];
  it.each(cases)('%s: loses no move a client had seen (killed when a client sees state %i)', async (_name, killAt, makeStore) => {
    const store = await makeStore();
    const first = await start(store);
    const { matchID, credentials } = await createMatch(first.url, { scenario: '1996', seats: { '2': 'normal' } }, ['0', '1']);
    const watch = (url: string) => {
      const players = [
        new SocketPlayer(url, matchID, '0', credentials['0']).play(),
        new SocketPlayer(url, matchID, '1', credentials['1']).play(),
        new SocketPlayer(url, matchID, null),
      ];
      sockets.push(...players);
      return players;
    };
    const before = watch(first.url);
    // Kill the moment a client sees state `killAt`, while the next move is on its way.
    // (A short match may end first: then the kill checks the finished match is kept.)
    await before[2]!.until(() => before[2]!.stateID >= killAt || before[2]!.over);
    await killed(first);
    const seen = Math.max(...before.map((p) => p.stateID));
    const finished = before[2]!.over;
    for (const p of before) p.close();
    expect(seen).toBeGreaterThanOrEqual(finished ? 1 : killAt);
    // No socket was ever sent a resync older than a state it already had.
    expect(before.map((p) => p.staleSyncs)).toEqual([0, 0, 0]);

    const stored = await store.storedStateID(matchID);
    expect(stored).toBeGreaterThanOrEqual(seen);

    // Restart on the same data: the match resumes for everyone and plays to the end.
    const second = await start(store);
    if (!finished) expect(second.output()).toMatch(/matches resumed/);
    const after = watch(second.url);
    await after[2]!.until(() => after[2]!.stateID >= stored);
    expect(after[2]!.stateID).toBeGreaterThanOrEqual(seen);
    await after[2]!.until(() => after[2]!.over, 60_000);
    expect(after.map((p) => p.staleSyncs)).toEqual([0, 0, 0]);
    expect(after[2]!.state!.G.outcome).not.toBeNull();
    await second.stop();
  });
});

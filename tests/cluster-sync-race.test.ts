/**
 * The interleaving that once left a seat a state behind in the cluster test,
 * forced instead of waited for: a socket's sync on process A reads
 * the stored state, and before A answers it, process B stores a move and its
 * frame reaches A through Redis. The socket must still end up with the move.
 *
 * And a frame lost between processes, whatever the cause, stalls a table for
 * seconds, not for good: a quiet match is re-read from storage.
 *
 * Two real servers in this test process (so the test can hold A's read), on a
 * real PostgreSQL and Redis, with real socket.io clients.
 */
import type { State } from 'boardgame.io';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Master } from 'boardgame.io/master';
import { Multipolar } from '../game';
import { toMove } from '../game/game';
import { actor, legalActions } from '../game/rules/actions';
import type { MatchState } from '../game/state';
import { seatOf } from '../game/types';
import { viewFor } from '../game/view';
import { createServer, listenOn } from '../server/app';
import { configFromEnv } from '../server/config';
import type { TestPostgres } from './support/postgres';
import { startPostgres } from './support/postgres';
import type { TestRedis } from './support/redis';
import { startRedis } from './support/redis';
import { createMatch, SocketPlayers } from './support/socket-player';

type Server = ReturnType<typeof createServer>;
let pg: TestPostgres;
let redis: TestRedis;
const running: { server: Server; url: string; close(): Promise<void> }[] = [];
const sockets = new SocketPlayers();

async function start(env: Record<string, string>) {
  const server = createServer(configFromEnv({ ...env, HOST: '127.0.0.1', PORT: '0', CLIENT_DIR: '/nonexistent' }));
  listenOn(server.app, '127.0.0.1');
  const { appServer } = await server.run({ port: 0, callback: () => undefined });
  const addr = appServer.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const entry = { server, url, close: async () => { appServer.close(); await server.close(); } };
  running.push(entry);
  return entry;
}

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const env = { DATABASE_URL: await pg.createDatabase('syncrace'), REDIS_URL: redis.url, BOT_DELAY_MS: '0', STANDIN_AFTER_MS: '600000', LOBBY_RATE_PER_MIN: '100000' };
  await start(env); // creates the tables
  await start(env);
}, 120_000);
afterAll(async () => {
  sockets.closeAll();
  // Let the servers record the disconnections before their storage closes (at most 10 s).
  const [a] = running;
  const recorded = async () => {
    const found = await Promise.all(sockets.all.map(async (s) => (await a!.server.storage.fetch(s.matchID, { metadata: true })).metadata));
    return found.every((m) => m && Object.values(m.players).every((p) => !p.isConnected));
  };
  for (let i = 0; a && i < 100 && !(await recorded()); i++) await new Promise((r) => setTimeout(r, 100));
  for (const r of running) await r.close();
  await redis?.stop();
  await pg?.stop();
});

const connect = (url: string, matchID: string, seat: string | null, credentials?: string) => sockets.connect(url, matchID, seat, credentials);

describe('a sync answered from storage while another process stores a move', () => {
  it('still shows the socket that move', { timeout: 60_000 }, async () => {
    const [a, b] = running as [(typeof running)[0], (typeof running)[0]];
    const { matchID, credentials } = await createMatch(a.url, { scenario: '2019' }, ['0', '1', '2']);
    // The US seat plays on B; China's seat on A, so A already follows the match's channel.
    const us = connect(b.url, matchID, '0', credentials['0']);
    const china = connect(a.url, matchID, '1', credentials['1']);
    await us.until(() => us.stateID >= 0);
    await china.until(() => china.stateID >= 0);
    const before = us.stateID;

    // Hold A's next sync read after it has read the state, until B's move has reached A.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let held = false;
    const storage = a.server.storage;
    const fetch = storage.fetch.bind(storage);
    storage.fetch = (async (id: string, opts: Parameters<typeof fetch>[1]) => {
      const found = await fetch(id, opts);
      if (opts.initialState && !held) {
        held = true;
        await gate;
      }
      return found;
    });
    const watcher = new Redis(redis.url);
    const framesOnRedis: string[] = [];
    await watcher.subscribe(`MATCH-${matchID}`);
    watcher.on('message', (_c, m) => framesOnRedis.push(m));

    const russia = connect(a.url, matchID, '2', credentials['2']);
    await expect.poll(() => held).toBe(true);
    const state = us.state as unknown as State;
    const { move, args } = toMove(legalActions(us.state!.G, 'us')[0]!);
    us.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: '0', credentials: credentials['0'] } }, state._stateID, matchID, '0');
    await us.until(() => us.stateID > before);
    // B published the move; give A's subscriber a moment past the test's own.
    await expect.poll(() => framesOnRedis.some((m) => m.includes('"update"'))).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    release();

    // The sync answered with the state before the move; the move must still reach Russia's seat.
    await russia.until(() => russia.stateID >= us.stateID, 5_000);
    const sync = russia.frames.find((f) => f.event === 'sync');
    expect((sync?.args[1] as { state: { _stateID: number } }).state._stateID).toBe(before);
    await china.until(() => china.stateID >= us.stateID, 5_000);
    expect(russia.stateID).toBe(us.stateID);
    await watcher.quit();
  });
});

describe('a move stored with no frame sent, no process gone', () => {
  it('reaches every socket of the quiet table from storage within seconds, and play goes on', { timeout: 60_000 }, async () => {
    const [a, b] = running as [(typeof running)[0], (typeof running)[0]];
    const { matchID, credentials } = await createMatch(a.url, { scenario: '2019' }, ['0', '1', '2']);
    // Each process follows the match from its first socket's subscription on (after this moment),
    // and re-reads it once it has been quiet for 5 s.
    const followedSince = Date.now();
    const all = [...['0', '1', '2'].map((seat, i) => connect(i % 2 ? b.url : a.url, matchID, seat, credentials[seat])), connect(b.url, matchID, null)];
    await Promise.all(all.map((p) => p.until(() => p.state !== null && p.state.G.step.kind !== 'begin')));
    // A new subscription catches up from storage once Redis confirms it: let that happen before the move.
    await new Promise((r) => setTimeout(r, 1000));
    // The frame of this move is lost: it goes to storage only (PostgreSQL, shared by both servers).
    const storage = a.server.storage;
    const before = (await storage.fetch(matchID, { state: true })).state;
    const power = actor(before.G as MatchState)!;
    const seat = seatOf(power);
    const silent = new Master(Multipolar, storage, { send: () => undefined, sendAll: () => undefined }, undefined);
    const { move, args } = toMove(legalActions(viewFor(before.G as MatchState, seat), power)[0]!);
    await silent.onUpdate({ type: 'MAKE_MOVE', payload: { type: move, args, playerID: seat } } as never, before._stateID, matchID, seat);
    const after = (await storage.fetch(matchID, { state: true })).state;
    expect(after._stateID).toBe(before._stateID + 1);
    await new Promise((r) => setTimeout(r, 500));
    // No frame carried it: no socket has it until the quiet match is re-read (5 s after it was
    // first followed). On a machine so loaded that 5 s have gone by already, the re-read may have come.
    if (Date.now() - followedSince < 4500) expect(all.map((p) => p.stateID)).toEqual(all.map(() => before._stateID));
    // Quiet for five seconds, the match is re-read on both servers and every socket is shown the move.
    await Promise.all(all.map((p) => p.until(() => p.stateID === after._stateID, 15_000)));
    all.find((p) => p.playerID === seatOf(actor(p.state!.G)!))!.play();
    await Promise.all(all.map((p) => p.until(() => p.stateID > after._stateID, 15_000)));
  });
});

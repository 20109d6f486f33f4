/**
 * Several server processes behind nginx, sharing PostgreSQL (state) and Redis
 * (frames between processes), each a real process (docs/boardgameio.md §8):
 * clients of one match on different processes see every move; two processes
 * taking moves for one state keep exactly one; a process killed with SIGKILL
 * mid-match loses no move anyone saw and its players go on through the proxy;
 * a Redis restart mid-match stalls nobody for good; the seats of a killed
 * process's players who do not come back are marked away by the others.
 */
import type { LogEntry, State } from 'boardgame.io';
import { Master } from 'boardgame.io/master';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Multipolar } from '../game';
import { toMove } from '../game/game';
import { actor, legalActions } from '../game/rules/actions';
import type { MatchState } from '../game/state';
import { powerOf, seatOf } from '../game/types';
import { logEnd, viewFor } from '../game/view';
import { PostgresStorage } from '../server/storage/postgres';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';
import type { TestNginx } from './support/nginx';
import { startNginx } from './support/nginx';
import type { TestPostgres } from './support/postgres';
import { startPostgres } from './support/postgres';
import type { TestRedis } from './support/redis';
import { startRedis } from './support/redis';
import type { SocketPlayer, WireState } from './support/socket-player';
import { createMatch, SocketPlayers } from './support/socket-player';

let pg: TestPostgres;
let redis: TestRedis;
let nginx: TestNginx;
let databaseUrl: string;
let db: PostgresStorage;
let env: Record<string, string>;
const servers: RunningServer[] = [];
const sockets = new SocketPlayers();

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  databaseUrl = await pg.createDatabase('cluster');
  env = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, BOT_DELAY_MS: '0', STANDIN_AFTER_MS: '600000', LOBBY_RATE_PER_MIN: '100000' };
  // The first creates the tables; the others find them.
  servers.push(await startServer(env));
  servers.push(...(await Promise.all([startServer(env), startServer(env)])));
  nginx = await startNginx(servers.map((s) => s.url.replace('http://', '')));
  db = new PostgresStorage({ url: databaseUrl, poolSize: 2 });
}, 180_000);
afterAll(async () => {
  sockets.closeAll();
  await db?.close();
  await nginx?.stop();
  await Promise.all(servers.map((s) => s.stop()));
  await redis?.stop();
  await pg?.stop();
});

const connect = (url: string, matchID: string, seat: string | null, credentials?: string) => sockets.connect(url, matchID, seat, credentials);
/** Wait until every socket has seen its match end; on failure, say where each stood and what the servers said. */
async function allOver(players: readonly SocketPlayer[], ms = 120_000): Promise<void> {
  try {
    await Promise.all(players.map((p) => p.until(() => p.over, ms)));
  } catch (err) {
    const where = players.map((p) => `${p.matchID}/${p.playerID ?? 'spectator'}: state ${p.stateID}${p.socket.connected ? '' : ' (disconnected)'}`);
    const said = servers.map((s, i) => `server ${i}:\n${s.output().slice(-1500)}`);
    throw new Error(`${String(err)}\n${where.join('\n')}\n${said.join('\n')}`, { cause: err });
  }
}
const updates = (p: SocketPlayer) => p.frames.filter((f) => f.event === 'update').map((f) => f.args[1] as WireState);
/** Every state a socket was shown, by sync or update. */
const statesShown = (p: SocketPlayer) =>
  p.frames.flatMap((f) => (f.event === 'update' ? [f.args[1] as WireState] : f.event === 'sync' ? [(f.args[1] as { state: WireState }).state] : []));
/** Every state id a socket was shown, by sync or update. */
const shown = (p: SocketPlayer) =>
  new Set(p.frames.flatMap((f) => (f.event === 'update' ? [(f.args[1] as WireState)._stateID] : f.event === 'sync' ? [(f.args[1] as { state: WireState }).state._stateID] : [])));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const stored = async (matchID: string) => (await db.fetch(matchID, { state: true, log: true, metadata: true })) as { state: State; log: LogEntry[] };
/** The moves in a stored log, one per state id that a move left. */
const movesIn = (log: readonly LogEntry[]) => log.filter((e) => e.action.type === 'MAKE_MOVE');

/**
 * Every move a socket was shown (the deltalog of its updates) is in the stored
 * log, as the same action at the same state id: nothing seen was lost or replaced.
 */
function expectSeenMovesStored(players: readonly SocketPlayer[], log: readonly LogEntry[]) {
  const byState = new Map(movesIn(log).map((e) => [e._stateID, JSON.stringify(e.action.payload)]));
  let checked = 0;
  for (const p of players) {
    for (const f of p.frames) {
      if (f.event !== 'update') continue;
      for (const e of (f.args[2] as LogEntry[] | undefined) ?? []) {
        if (e.action.type !== 'MAKE_MOVE') continue;
        expect(byState.get(e._stateID), `move at state ${e._stateID}`).toBe(JSON.stringify(e.action.payload));
        checked += 1;
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
}

/** One move per state id, no gap, no double: the stored log of a finished match. */
function expectOneMovePerState(log: readonly LogEntry[], finalStateID: number) {
  const ids = movesIn(log).map((e) => e._stateID);
  expect(new Set(ids).size).toBe(ids.length); // never two moves stored on one state
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  // Each state after the first was left by exactly one move (the rules take one action a state).
  expect(ids.length).toBe(finalStateID);
}

/**
 * One match whose US seat is open on two processes: at each US turn both send a
 * move for the same state. Exactly one is stored, and both US sockets and a
 * watcher on a third process are shown that one. Returns the races run.
 */
async function raceOneMatch(maxRaces: number): Promise<{ races: number; differentMoves: number }> {
  const { matchID, credentials } = await createMatch(nginx.url, { scenario: '2019' }, ['0', '1', '2']);
  // The US seat is open twice, on two processes; China and Russia play on the third.
  const usA = connect(servers[0]!.url, matchID, '0', credentials['0']);
  const usB = connect(servers[1]!.url, matchID, '0', credentials['0']);
  const others = ['1', '2'].map((seat) => connect(servers[2]!.url, matchID, seat, credentials[seat]).play());
  const watcher = connect(servers[2]!.url, matchID, null);
  // The watcher must have synced before the first race, or its first sync may already be past that race's next state.
  await watcher.until(() => watcher.state !== null);
  let races = 0;
  let differentMoves = 0;
  while (races < maxRaces) {
    await Promise.all([usA, usB].map((p) => p.until(() => p.state !== null && (p.over || (p.state.G.step.kind !== 'begin' && actor(p.state.G) === 'us')), 60_000)));
    await usB.until(() => usB.stateID === usA.stateID || usA.over);
    if (usA.over) break;
    const s = usA.state!;
    const legal = legalActions(s.G, powerOf('0')!);
    // Two different moves when there is a choice, so the one kept is visible.
    const a = toMove(legal[0]!);
    const b = toMove(legal[legal.length - 1]!);
    if (JSON.stringify(a) !== JSON.stringify(b)) differentMoves += 1;
    const send = (p: SocketPlayer, m: { move: string; args: unknown[] }) =>
      p.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: m.move, args: m.args, playerID: '0', credentials: credentials['0'] } }, s._stateID, matchID, '0');
    send(usA, a);
    send(usB, b);
    await Promise.all([usA, usB, watcher].map((p) => p.until(() => p.stateID > s._stateID, 30_000)));
    const { log } = await stored(matchID);
    const kept = movesIn(log).filter((e) => e._stateID === s._stateID);
    expect(kept).toHaveLength(1);
    // Both US sockets and the watcher were shown the same next state: the kept move's.
    const next = (p: SocketPlayer) => JSON.stringify(statesShown(p).find((u) => u._stateID === s._stateID + 1)?.G.log.at(-1));
    expect(next(watcher), `watcher shown states ${[...shown(watcher)].join(',')}, race at ${s._stateID}`).toBeDefined();
    expect(next(usA)).toBe(next(watcher));
    expect(next(usB)).toBe(next(watcher));
    races += 1;
  }
  // Done with this match: its sockets leave, so the next match's races run on a quiet cluster.
  for (const p of [usA, usB, watcher, ...others]) p.close();
  return { races, differentMoves };
}

/**
 * Processes listed for presence, and those with a live presence connection (a
 * killed process's is gone at once, while its alive key lasts 10 s more).
 */
async function presence(): Promise<{ listed: string[]; connected: string[] }> {
  const r = new Redis(redis.url);
  try {
    const listed = (await r.smembers('multipolar:origins')).sort();
    const clients = (await r.client('LIST')) as string;
    const connected = [...clients.matchAll(/ name=multipolar-presence-(\S+)/g)].map((m) => m[1]!).sort();
    return { listed, connected };
  } finally {
    await r.quit();
  }
}

describe('a cluster of three processes behind nginx, on PostgreSQL and Redis', () => {
  it('plays matches whose sockets sit on different processes: every client sees every move, none lost or doubled', { timeout: 150_000 }, async () => {
    const matches = await Promise.all(
      ['2019', '2014', '2019'].map((scenario) => createMatch(nginx.url, { scenario, seats: { '2': 'normal' } }, ['0', '1'])),
    );
    const tables = matches.map(({ matchID, credentials }, i) => ({
      matchID,
      // People through the proxy (round robin spreads them), one spectator on each process directly.
      people: [connect(nginx.url, matchID, '0', credentials['0']).play(), connect(nginx.url, matchID, '1', credentials['1']).play()],
      watchers: servers.map((s) => connect(s.url, matchID, null)),
      i,
    }));
    await allOver(tables.flatMap((t) => [...t.people, ...t.watchers]));
    for (const t of tables) {
      const { state, log } = await stored(t.matchID);
      expect(state.ctx.gameover).toBeDefined();
      expectOneMovePerState(log, state._stateID);
      for (const w of t.watchers) {
        // Each process's spectator was shown every state from its first sync to the end, and ends where storage does.
        const ids = shown(w);
        const first = Math.min(...ids);
        expect([...range(first, state._stateID)].filter((id) => !ids.has(id))).toEqual([]);
        expect(w.stateID).toBe(state._stateID);
        expect(JSON.stringify(w.state!.G.log)).toBe(JSON.stringify(t.watchers[0]!.state!.G.log));
      }
      // No socket was ever shown two different states under one id (a race's loser is never shown).
      // An update carries only the log entries its socket lacks (a state sent again carries none):
      // the rest of the view is compared whole, and log entries by their place in the match's log.
      for (const p of [...t.people, ...t.watchers]) {
        const seen = new Map<number, string>();
        const entries = new Map<number, string>();
        for (const u of updates(p)) {
          const json = JSON.stringify({ ...u.G, log: undefined, logStart: undefined, logEnd: logEnd(u.G) });
          expect(seen.get(u._stateID) ?? json).toBe(json);
          seen.set(u._stateID, json);
          u.G.log.forEach((e, i) => {
            const entry = JSON.stringify(e);
            expect(entries.get(u.G.logStart + i) ?? entry).toBe(entry);
            entries.set(u.G.logStart + i, entry);
          });
        }
      }
      expectSeenMovesStored([...t.people, ...t.watchers], log);
    }
  });

  it('two processes taking moves for the same state at once keep exactly one, and every socket sees that one', { timeout: 150_000 }, async () => {
    let races = 0;
    let differentMoves = 0;
    // A match may end after only a few US turns (the seeds are random), so race on in a new match until enough races were run.
    for (let match = 0; races < 8 && match < 4; match += 1) {
      const run = await raceOneMatch(12 - races);
      races += run.races;
      differentMoves += run.differentMoves;
    }
    expect(races).toBeGreaterThanOrEqual(4);
    expect(differentMoves).toBeGreaterThan(0);
  });

  it('a Redis restart mid-match: moves are still stored, and play resumes on every process once it is back', { timeout: 150_000 }, async () => {
    const matches = await Promise.all([0, 1].map(() => createMatch(nginx.url, { scenario: '2019' }, ['0', '1', '2'])));
    // Each seat directly on a different process: every move must cross Redis to reach the next player.
    const tables = matches.map(({ matchID, credentials }) => ({
      matchID,
      players: ['0', '1', '2'].map((seat, i) => connect(servers[i]!.url, matchID, seat, credentials[seat]).play()),
    }));
    const all = tables.flatMap((t) => t.players);
    await Promise.all(all.map((p) => p.until(() => p.stateID >= 8, 60_000)));
    await redis.kill();
    const health = (await (await fetch(`${servers[0]!.url}/healthz`)).json()) as { redis?: string };
    const atKill = await Promise.all(tables.map(async (t) => (await stored(t.matchID)).state._stateID));
    await new Promise((r) => setTimeout(r, 1500));
    await redis.start();
    await allOver(all);
    expect(health.redis).not.toBe('ready');
    for (const [i, t] of tables.entries()) {
      const { state, log } = await stored(t.matchID);
      expect(state._stateID).toBeGreaterThan(atKill[i]!);
      expectOneMovePerState(log, state._stateID);
      for (const p of t.players) expect(p.stateID).toBe(state._stateID);
      expectSeenMovesStored(t.players, log);
    }
    const after = (await (await fetch(`${servers[0]!.url}/healthz`)).json()) as { redis?: string };
    expect(after.redis).toBe('ready');
  });

  it('a process killed with SIGKILL mid-match: every match finishes through the proxy with every seen move kept', { timeout: 150_000 }, async () => {
    const matches = await Promise.all(
      ['2019', '2019', '2014'].map((scenario) => createMatch(nginx.url, { scenario, seats: { '2': 'normal' } }, ['0', '1'])),
    );
    const tables = matches.map(({ matchID, credentials }) => ({
      matchID,
      credentials,
      players: [connect(nginx.url, matchID, '0', credentials['0']).play(), connect(nginx.url, matchID, '1', credentials['1']).play()],
      watcher: connect(nginx.url, matchID, null),
    }));
    const before = tables.flatMap((t) => [...t.players, t.watcher]);
    await Promise.all(tables.map((t) => t.watcher.until(() => t.watcher.stateID >= 10, 60_000)));
    const victim = servers[0]!;
    await new Promise<void>((resolve) => {
      victim.proc.once('exit', () => resolve());
      victim.proc.kill('SIGKILL');
    });
    await new Promise((r) => setTimeout(r, 300));
    // Sockets that were on the dead process reconnect through the proxy (as boardgame.io's client does).
    const dropped = before.filter((p) => !p.socket.connected);
    expect(dropped.length).toBeGreaterThan(0);
    const after = tables.map((t) => ({
      ...t,
      players: t.players.map((p) => (p.socket.connected ? p : (p.close(), connect(nginx.url, t.matchID, p.playerID, t.credentials[p.playerID!]).play()))),
      watcher: t.watcher.socket.connected ? t.watcher : connect(nginx.url, t.matchID, null),
    }));
    await allOver(after.flatMap((t) => [...t.players, t.watcher]));
    for (const t of after) {
      const { state, log } = await stored(t.matchID);
      expect(state.ctx.gameover).toBeDefined();
      expectOneMovePerState(log, state._stateID);
      expect(t.watcher.stateID).toBe(state._stateID);
      // What anyone saw before the kill is in the log, move for move.
      expectSeenMovesStored(before.filter((p) => p.matchID === t.matchID), log);
    }
  });

  it('a process that stored a move and died before sending it: once it is found gone, every socket on the others is shown that move', async () => {
    // Frames follow storage (server/durable.ts), so a kill between the two leaves a stored state nobody was sent.
    // A process killed in an earlier test must be swept first (its sweep resends every running match too),
    // and every live one listed.
    const running = servers.filter((s) => s.proc.exitCode === null && s.proc.signalCode === null).length;
    await expect.poll(async () => {
      const { listed, connected } = await presence();
      return listed.length === running && listed.join() === connected.join();
    }, { timeout: 20_000, interval: 500 }).toBe(true);
    const live = [servers[1]!, servers[2]!];
    const { matchID, credentials } = await createMatch(live[0]!.url, { scenario: '2019' }, ['0', '1', '2']);
    const all = [...['0', '1', '2'].map((seat, i) => connect(live[i % 2]!.url, matchID, seat, credentials[seat])), connect(live[1]!.url, matchID, null)];
    // The server deals the opening; then a person is to move and nothing else happens.
    await Promise.all(all.map((p) => p.until(() => p.state !== null && p.state.G.step.kind !== 'begin')));
    const before = (await stored(matchID)).state;
    const power = actor(before.G as MatchState)!;
    const seat = seatOf(power);
    // What the dying process did: store the move, straight to PostgreSQL, and publish nothing.
    const dying = new Master(Multipolar, db, { send: () => undefined, sendAll: () => undefined }, undefined);
    const { move, args } = toMove(legalActions(viewFor(before.G as MatchState, seat), power)[0]!);
    await dying.onUpdate({ type: 'MAKE_MOVE', payload: { type: move, args, playerID: seat } } as never, before._stateID, matchID, seat);
    const after = (await stored(matchID)).state;
    expect(after._stateID).toBe(before._stateID + 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(all.map((p) => p.stateID)).toEqual(all.map(() => before._stateID));
    // Its process is listed and has no live key: a live process finds it gone at its next beat.
    const r = new Redis(redis.url);
    await r.sadd('multipolar:origins', 'died-before-sending');
    await r.quit();
    await Promise.all(all.map((p) => p.until(() => p.stateID === after._stateID, 15_000)));
    // The player now to move was told so: they play on, and everyone sees it.
    all.find((p) => p.playerID === seatOf(actor(p.state!.G)!))!.play();
    await Promise.all(all.map((p) => p.until(() => p.stateID > after._stateID, 15_000)));
  });

  it('a process killed with SIGKILL: the others mark away the seats only it held, and make the bot moves it owed', { timeout: 90_000 }, async () => {
    // The doomed process would make its bot moves only after a minute: any bot move made is another's.
    const doomed = await startServer({ ...env, BOT_DELAY_MS: '60000' });
    servers.push(doomed);
    const live = servers[1]!;
    const seatsOf = async (id: string) => (await db.fetch(id, { metadata: true })).metadata.players;
    // Table A: the US only on the doomed process; China there and on a live one.
    const a = await createMatch(live.url, { scenario: '2019' }, ['0', '1']);
    const aUs = connect(doomed.url, a.matchID, '0', a.credentials['0']);
    const aChina = [connect(doomed.url, a.matchID, '1', a.credentials['1']), connect(live.url, a.matchID, '1', a.credentials['1'])];
    // Table B: both people on both processes, played on the doomed one up to Russia's bot.
    const b = await createMatch(live.url, { scenario: '2019', seats: { '2': 'normal' } }, ['0', '1']);
    const bPlay = ['0', '1'].map((seat) => connect(doomed.url, b.matchID, seat, b.credentials[seat]).play());
    const bStay = ['0', '1'].map((seat) => connect(live.url, b.matchID, seat, b.credentials[seat]));
    const all = [aUs, ...aChina, ...bPlay, ...bStay];
    await Promise.all(all.map((p) => p.until(() => p.stateID >= 0)));
    await bPlay[0]!.until(() => bPlay[0]!.state!.G.step.kind !== 'begin' && actor(bPlay[0]!.state!.G) === 'russia', 30_000);
    const owed = bPlay[0]!.stateID;
    await expect.poll(async () => Object.values(await seatsOf(a.matchID)).slice(0, 2).map((p) => p.isConnected)).toEqual([true, true]);
    // Past one beat, so the doomed process has said which seats it holds.
    await new Promise((r) => setTimeout(r, 3500));
    await new Promise<void>((resolve) => {
      doomed.proc.once('exit', () => resolve());
      doomed.proc.kill('SIGKILL');
    });
    // Its key expires within 10 s and a live process sweeps within 3 s more.
    await expect.poll(async () => (await seatsOf(a.matchID))[0]!.isConnected, { timeout: 25_000, interval: 500 }).toBe(false);
    expect((await seatsOf(a.matchID))[1]!.isConnected).toBe(true);
    // The players still here are told, as a disconnect would have told them.
    await aChina[1]!.until(() => aChina[1]!.matchData.find((p) => p.id === 0)?.isConnected === false, 5_000);
    // Nobody on table B left, yet Russia's bot has moved: a live process took over.
    await bStay[0]!.until(() => bStay[0]!.stateID > owed, 10_000);
    expect(Object.values(await seatsOf(b.matchID)).slice(0, 2).map((p) => p.isConnected)).toEqual([true, true]);
  });

  it('a process stalled past its expiry (SIGSTOP): its player is marked away meanwhile, and connected again once it goes on', { timeout: 60_000 }, async () => {
    const stalled = await startServer(env);
    servers.push(stalled);
    const { matchID, credentials } = await createMatch(servers[1]!.url, { scenario: '2019' }, ['0']);
    const us = connect(stalled.url, matchID, '0', credentials['0']);
    await us.until(() => us.stateID >= 0);
    const connected = async () => (await db.fetch(matchID, { metadata: true })).metadata.players[0]!.isConnected;
    await expect.poll(connected).toBe(true);
    await new Promise((r) => setTimeout(r, 3500));
    stalled.proc.kill('SIGSTOP');
    try {
      await expect.poll(connected, { timeout: 25_000, interval: 500 }).toBe(false);
    } finally {
      stalled.proc.kill('SIGCONT');
    }
    // Its socket outlived the stall (socket.io waits 30 s for a ping): at its next beat it says so.
    await expect.poll(connected, { timeout: 10_000, interval: 250 }).toBe(true);
    expect(us.socket.connected).toBe(true);
  });
});

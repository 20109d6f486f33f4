/**
 * The server refuses what boardgame.io 0.50.2 would let through
 * (docs/boardgameio.md §4 and §6), tested over real sockets against a real server process.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchState } from '../game/state';
import { toMove } from '../game/game';
import { legalActions } from '../game/rules/actions';
import { admit } from '../server/socket/admission';
import { SQLiteStorage } from '../server/storage/sqlite';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';

const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-guard-'));
let server: RunningServer;
let socket: Socket;

beforeAll(async () => {
  server = await startServer({ DATA_DIR: dataDir });
  socket = io(`${server.url}/multipolar`, { transports: ['websocket'] });
  await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
});
afterAll(async () => {
  socket?.close();
  await server?.stop();
});

const post = async (path: string, body: unknown) => {
  const r = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return r.json() as Promise<Record<string, string>>;
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The stored match, read from the server's own database file. */
const stored = (matchID: string) => {
  const db = new SQLiteStorage(join(dataDir, 'multipolar.sqlite'));
  try {
    return db.fetch(matchID, { state: true, metadata: true });
  } finally {
    db.close();
  }
};
/** Send the US's first legal move, authenticated as `seat` but claiming `claimed` in the action. */
const usMoveAs = (matchID: string, seat: string, claimed: string, credentials: string) => {
  const { state } = stored(matchID);
  const { move, args } = toMove(legalActions(state.G as MatchState, 'us')[0]!);
  socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: claimed, credentials } }, state._stateID, matchID, seat);
};
const waitFor = async (ok: () => boolean) => {
  for (let i = 0; i < 50 && !ok(); i++) await pause(100);
};

describe('admit: the guard’s decision', () => {
  const db = new SQLiteStorage(':memory:');
  const reason = async (event: string, args: unknown[]) => {
    const a = await admit(db, event, args);
    return a.ok ? null : a.reason;
  };
  it('drops an update whose action names another seat than the authenticated one', async () => {
    const update = (claimed: string, seat: string) => [{ type: 'MAKE_MOVE', payload: { type: 'respond', args: [true], playerID: claimed, credentials: 'c' } }, 0, 'm', seat];
    expect(await reason('update', update('0', '1'))).toBe('another-seat');
    // Same seat: past that check, on to the match (which does not exist here).
    expect(await reason('update', update('1', '1'))).toBe('no-such-match');
    expect(await reason('update', [null, 0, 'm', '1'])).toBe('malformed-update');
  });
  it('drops a move into a match the server ended (abandoned), even with the seat’s own credentials', async () => {
    const players = { 0: { id: 0, name: 'Ann', credentials: 'c' }, 1: { id: 1 }, 2: { id: 2 } };
    const metadata = { gameName: 'multipolar', players, createdAt: 0, updatedAt: 0, setupData: undefined, unlisted: false };
    db.createMatch('ABCDEF', { initialState: { G: {}, ctx: {}, _stateID: 0 } as never, metadata: metadata });
    const move = [{ type: 'MAKE_MOVE', payload: { type: 'respond', args: [true], playerID: '0', credentials: 'c' } }, 0, 'ABCDEF', '0'];
    expect(await reason('update', move)).toBeNull();
    db.setMetadata('ABCDEF', { ...metadata, gameover: { abandoned: true } });
    expect(await reason('update', move)).toBe('match-over');
  });
  it('drops a sync for a match the lobby never created', async () => {
    expect(await reason('sync', ['nope', '0'])).toBe('no-such-match');
    expect(await reason('sync', [42])).toBe('malformed-sync');
  });
});

describe('socket guards on a running server', () => {
  // With one active seat at a time (game/game.ts) boardgame.io's own activity
  // check already stops this; the guard stands behind it for any future
  // stage with two active seats (docs/boardgameio.md §4).
  it('a seat cannot move for another seat by naming it in the action', async () => {
    const { matchID } = await post('/games/multipolar/create', { numPlayers: 3 });
    const china = await post(`/games/multipolar/${matchID}/join`, { playerID: '1', playerName: 'China' });
    const us = await post(`/games/multipolar/${matchID}/join`, { playerID: '0', playerName: 'US' });
    // The server deals at once; then it is the US's move.
    await waitFor(() => (stored(matchID!).state?.G as MatchState).step.kind !== 'begin');
    const dealt = stored(matchID!).state._stateID;
    // China's credentials, China's seat, but an action that claims the US seat.
    usMoveAs(matchID!, '1', '0', china.playerCredentials!);
    await pause(400);
    expect(stored(matchID!).state._stateID).toBe(dealt);
    // The same move, honestly made by the US, goes through: the check above can fail.
    usMoveAs(matchID!, '0', '0', us.playerCredentials!);
    await waitFor(() => stored(matchID!).state._stateID > dealt);
    expect(stored(matchID!).state._stateID).toBe(dealt + 1);
  });

  it('a socket sync does not create a match that was never created through the lobby', async () => {
    socket.emit('sync', 'no-such-match', '0', undefined, 3);
    await pause(400);
    expect(stored('no-such-match').metadata).toBeUndefined();
    const r = await fetch(`${server.url}/games/multipolar/no-such-match`);
    expect(r.status).toBe(404);
  });
});

describe('a sync and a move that arrive together', () => {
  // The guard holds the match's queue while a sync is served; boardgame.io
  // counts the socket among the match's clients only after its handler has
  // sent the frame. A move let in between would be broadcast past the new
  // socket, which then waits at the older state until the next move.
  it('the socket that synced also receives the move right behind its sync', async () => {
    const { matchID } = await post('/games/multipolar/create', { numPlayers: 3 });
    const creds: Record<string, string> = {};
    for (const seat of ['0', '1', '2']) creds[seat] = (await post(`/games/multipolar/${matchID}/join`, { playerID: seat, playerName: `P${seat}` })).playerCredentials!;
    await waitFor(() => (stored(matchID!).state?.G as MatchState).step.kind !== 'begin');
    const powers = ['us', 'china', 'russia'] as const;
    const missed: number[] = [];
    for (let i = 0; i < 16; i++) {
      const { state } = stored(matchID!);
      const G = state.G as MatchState;
      if (state.ctx.gameover) break;
      const seat = powers.findIndex((p) => legalActions(G, p).length > 0);
      if (seat < 0) break;
      const { move, args } = toMove(legalActions(G, powers[seat]!)[0]!);
      const watcher = io(`${server.url}/multipolar`, { transports: ['websocket'] });
      await new Promise<void>((resolve) => watcher.on('connect', () => resolve()));
      let seen = -1;
      const note = (s: { _stateID?: number } | undefined) => { if (typeof s?._stateID === 'number') seen = Math.max(seen, s._stateID); };
      watcher.on('sync', (_m: string, info: { state?: { _stateID?: number } }) => note(info?.state));
      watcher.on('update', (_m: string, s: { _stateID?: number }) => note(s));
      // The sync first, the move right behind it (0–3 ms: into the moment the sync is served).
      watcher.emit('sync', matchID, null, undefined, 3);
      await pause(i % 4);
      socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: String(seat), credentials: creds[String(seat)] } }, state._stateID, matchID, String(seat));
      await waitFor(() => stored(matchID!).state._stateID > state._stateID);
      const newest = stored(matchID!).state._stateID;
      await waitFor(() => seen >= newest);
      if (seen < newest) missed.push(i);
      watcher.close();
    }
    expect(missed).toEqual([]);
  });
});

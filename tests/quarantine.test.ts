/**
 * A damaged stored match (a row written straight into the database: G not a
 * match state, a malformed ctx, JSON that does not parse, a damaged initial state) is quarantined: the
 * server starts, tells that match's players and spectators it is broken,
 * answers its replay with 410, marks it durably (after another restart it is
 * neither resumed nor listed), and serves every other match — on SQLite and
 * on a throwaway PostgreSQL server.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMove } from '../game/game';
import { initialState } from '../game/setup';
import { actor, legalActions } from '../game/rules/actions';
import { seatOf } from '../game/types';
import { REFUSED_EVENT } from '../game/wire/moves';
import { stateProblem } from '../server/quarantine';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';
import type { TestPostgres } from './support/postgres';
import { startPostgres } from './support/postgres';
import type { SocketPlayer } from './support/socket-player';
import { createMatch, SocketPlayers } from './support/socket-player';

const players = new SocketPlayers();
const servers: RunningServer[] = [];
let postgres: TestPostgres | undefined;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  players.closeAll();
  await Promise.all(servers.map((s) => s.stop()));
  await postgres?.stop();
});

const ENV = { BOT_DELAY_MS: '0', STANDIN_AFTER_MS: '600000', LOBBY_RATE_PER_MIN: '100000' };
const start = async (env: Record<string, string>) => {
  const s = await startServer({ ...ENV, ...env });
  servers.push(s);
  return s;
};
const codesOf = (p: SocketPlayer) => p.frames.filter((f) => f.event === REFUSED_EVENT).map((f) => (f.args[0] as { code: string }).code);
const stateFrames = (p: SocketPlayer) => p.frames.filter((f) => f.event === 'sync' || f.event === 'update');

type Match = { matchID: string; credentials: Record<string, string> };
/** A match with three people, dealt. */
async function dealtMatch(url: string): Promise<Match> {
  const m = await createMatch(url, { scenario: '2019' }, ['0', '1', '2']);
  const watcher = players.connect(url, m.matchID, null);
  await watcher.until(() => watcher.stateID >= 1, 10_000);
  watcher.close();
  return m;
}

/** The damaged matches are refused with 'broken' to seats and spectators; the sound one plays on. */
async function checkServed(url: string, sound: Match, damaged: readonly Match[]): Promise<void> {
  for (const m of damaged) {
    const seat = players.connect(url, m.matchID, '0', m.credentials['0']);
    const watcher = players.connect(url, m.matchID, null);
    await seat.until(() => codesOf(seat).length > 0, 5000);
    await watcher.until(() => codesOf(watcher).length > 0, 5000);
    seat.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'respond', args: [true], playerID: '0', credentials: m.credentials['0'] } }, 1, m.matchID, '0');
    await seat.until(() => codesOf(seat).length > 1, 5000);
    expect(codesOf(seat)).toEqual(['broken', 'broken']);
    expect(codesOf(watcher)).toEqual(['broken']);
    expect(stateFrames(seat)).toEqual([]);
    const replay = await fetch(`${url}/api/replay/${m.matchID}`);
    expect(replay.status).toBe(410);
    expect(((await replay.json()) as { error: string }).error).toMatch(/damaged/);
  }
  // The sound match: every seat syncs, and the acting seat's move goes through.
  const seats = ['0', '1', '2'].map((id) => players.connect(url, sound.matchID, id, sound.credentials[id]));
  await Promise.all(seats.map((p) => p.until(() => p.state !== null, 5000)));
  const state = seats[0]!.state!;
  const mover = seats[Number(seatOf(actor(state.G)!))]!;
  const { move, args } = toMove(legalActions(mover.state!.G, actor(state.G)!)[0]!);
  mover.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: mover.playerID, credentials: sound.credentials[mover.playerID!] } }, mover.stateID, sound.matchID, mover.playerID);
  await mover.until(() => mover.stateID > state._stateID, 5000);
  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(200);
  for (const p of seats) p.close();
}

/** After a restart the broken matches are neither resumed nor running: their stored metadata says broken. */
async function checkRemembered(url: string, output: string, sound: Match, damaged: readonly Match[]): Promise<void> {
  expect(output).toMatch(/\(1 matches resumed\)/);
  const gameover = async (m: Match) => ((await (await fetch(`${url}/games/multipolar/${m.matchID}`)).json()) as { gameover?: { broken?: string } }).gameover;
  expect(await gameover(sound)).toBeUndefined();
  for (const m of damaged) expect((await gameover(m))?.broken).toBeTruthy();
}

describe('the stored tie order', () => {
  const stored = (tieOrder: unknown) => {
    const { tieOrder: _drawn, ...G } = initialState('2019');
    return { G: tieOrder === undefined ? G : { ...G, tieOrder }, ctx: { numPlayers: 3, turn: 1, currentPlayer: '0', playOrder: ['0', '1', '2'], playOrderPos: 0, phase: null, activePlayers: null }, _stateID: 0 };
  };
  it('is served when it is each power once, or absent (a match stored before ties were drawn)', () => {
    expect(stateProblem(stored(['russia', 'us', 'china']), true)).toBeNull();
    expect(stateProblem(stored(undefined), true)).toBeNull();
  });
  it('is refused when it is not the three powers, each once', () => {
    for (const bad of [['us', 'us', 'china'], ['us', 'china'], ['us', 'china', 'russia', 'us'], ['us', 'china', 'mars'], 'us,china,russia', [1, 2, 3]]) {
      expect(stateProblem(stored(bad), true)).toMatch(/^G: tieOrder(\.\d)? is malformed$/);
    }
  });
});

describe('a damaged stored match is quarantined', () => {
  it('SQLite: rows written straight into the file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-quarantine-'));
    let server = await start({ DATA_DIR: dataDir });
    const sound = await dealtMatch(server.url);
    const damaged = [await dealtMatch(server.url), await dealtMatch(server.url), await dealtMatch(server.url), await dealtMatch(server.url)];
    await server.stop();
    const db = new Database(join(dataDir, 'multipolar.sqlite'));
    db.prepare("UPDATE matches SET state = json_set(state, '$.G', 'toString') WHERE id = ?").run(damaged[0]!.matchID);
    db.prepare("UPDATE matches SET state = json_set(state, '$.ctx', json('null')) WHERE id = ?").run(damaged[1]!.matchID);
    db.prepare("UPDATE matches SET state = '{\"G\": {' WHERE id = ?").run(damaged[2]!.matchID);
    // A sound current state over a damaged initial one: found by the sync's own read.
    db.prepare("UPDATE matches SET initial_state = json_set(initial_state, '$.G', json('[]')) WHERE id = ?").run(damaged[3]!.matchID);
    db.close();

    server = await start({ DATA_DIR: dataDir });
    await checkServed(server.url, sound, damaged);
    await server.stop();
    // The mark is stored: a restart knows without reading the damaged states.
    server = await start({ DATA_DIR: dataDir });
    await checkRemembered(server.url, server.output(), sound, damaged);
    await checkServed(server.url, sound, damaged);
  });

  it('a classroom wall shows every other table when one table is damaged', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-quarantine-'));
    let server = await start({ DATA_DIR: dataDir });
    const api = async (method: string, path: string, body?: unknown, token?: string) => {
      const r = await fetch(`${server.url}/api/classroom/${path}`, {
        method, body: body === undefined ? undefined : JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    };
    const session = (await api('POST', 'sessions', { scenario: '2019', tableSize: 1 })).body as { code: string; teacherToken: string };
    const seats = [];
    for (const nickname of ['Ann', 'Bo']) seats.push((await api('POST', `sessions/${session.code}/join`, { nickname })).body);
    await server.stop();
    const db = new Database(join(dataDir, 'multipolar.sqlite'));
    db.prepare("UPDATE matches SET state = json_set(state, '$.G', 'toString') WHERE id = ?").run(seats[0]!.matchID);
    db.close();
    server = await start({ DATA_DIR: dataDir });
    const wall = await api('GET', `sessions/${session.code}`, undefined, session.teacherToken);
    expect(wall.status).toBe(200);
    const tables = (wall.body as { tables: { matchID: string; round: number }[] }).tables;
    expect(tables.map((t) => t.matchID)).toEqual(seats.map((s) => s.matchID));
    expect(tables[1]!.round).toBeGreaterThanOrEqual(1);
  });

  it('PostgreSQL: rows written straight into the database', async () => {
    const url = await postgres!.createDatabase('quarantine');
    const env = { DATABASE_URL: url, DATA_DIR: mkdtempSync(join(tmpdir(), 'multipolar-quarantine-')) };
    let server = await start(env);
    const sound = await dealtMatch(server.url);
    const damaged = [await dealtMatch(server.url), await dealtMatch(server.url)];
    await server.stop();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`UPDATE matches SET state = (state::jsonb || '{"G": "toString"}')::json WHERE id = $1`, [damaged[0]!.matchID]);
      await client.query(`UPDATE matches SET state = (state::jsonb || '{"_stateID": "x"}')::json WHERE id = $1`, [damaged[1]!.matchID]);
    } finally {
      await client.end();
    }
    server = await start(env);
    await checkServed(server.url, sound, damaged);
    await server.stop();
    server = await start(env);
    await checkRemembered(server.url, server.output(), sound, damaged);
  });
});

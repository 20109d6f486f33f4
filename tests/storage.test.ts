/**
 * The storage contract, run against every real backend the server can use
 * (SQLite now; PostgreSQL joins this list when DATABASE_URL support lands).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { State, Server as BgServer } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { Multipolar } from '../game';
import { SQLiteStorage } from '../server/storage/sqlite';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';

interface Backend {
  name: string;
  /** Open the store; calling it again on the same key reopens the same data (a restart). */
  open(key: string): SQLiteStorage;
}

const dir = mkdtempSync(join(tmpdir(), 'multipolar-store-'));
const BACKENDS: Backend[] = [{ name: 'SQLite', open: (key) => new SQLiteStorage(join(dir, `${key}.sqlite`)) }];

const metadata = (over: Partial<BgServer.MatchData> = {}): BgServer.MatchData => ({
  gameName: 'multipolar', players: { 0: { id: 0 }, 1: { id: 1 }, 2: { id: 2 } }, createdAt: 1, updatedAt: 1, ...over,
});
const initial = () => InitializeGame({ game: { ...Multipolar, seed: 's' }, numPlayers: 3 }) as State;

describe.each(BACKENDS)('$name storage contract', (b) => {
  it('stores a match and gives back exactly what was stored', () => {
    const db = b.open('roundtrip');
    const s = initial();
    db.createMatch('m1', { initialState: s, metadata: metadata() });
    const got = db.fetch('m1', { state: true, initialState: true, metadata: true, log: true });
    expect(got.state).toEqual(s);
    expect(got.initialState).toEqual(s);
    expect(got.metadata).toEqual(metadata());
    expect(got.log).toEqual([]);
    expect(db.fetch('nope', { state: true })).toEqual({});
  });

  it('appends the log and replaces the state on every move', () => {
    const db = b.open('moves');
    db.createMatch('m', { initialState: initial(), metadata: metadata() });
    const later = { ...initial(), _stateID: 7 };
    const entry = (n: number) => ({ action: { type: 'MAKE_MOVE', payload: { type: 'x', args: [n], playerID: '0' } }, _stateID: n, turn: 1, phase: '' });
    db.setState('m', { ...initial(), _stateID: 1 }, [entry(0) as never]);
    db.setState('m', later, [entry(1) as never, entry(2) as never]);
    const got = db.fetch('m', { state: true, log: true });
    expect(got.state._stateID).toBe(7);
    expect(got.log.map((e) => e._stateID)).toEqual([0, 1, 2]);
  });

  it('lists matches by game, game over and time, and wipes them', () => {
    const db = b.open('list');
    db.createMatch('a', { initialState: initial(), metadata: metadata({ updatedAt: 100 }) });
    db.createMatch('b', { initialState: initial(), metadata: metadata({ updatedAt: 200 }) });
    db.setMetadata('b', metadata({ updatedAt: 300, gameover: { kind: 'victory', winner: 'us' } }));
    expect(db.listMatches({ gameName: 'multipolar' })).toEqual(['a', 'b']);
    expect(db.listMatches({ gameName: 'other' })).toEqual([]);
    expect(db.listMatches({ where: { isGameover: true } })).toEqual(['b']);
    expect(db.listMatches({ where: { updatedAfter: 150 } })).toEqual(['b']);
    expect(db.listMatches({ where: { updatedBefore: 150 } })).toEqual(['a']);
    db.wipe('a');
    expect(db.listMatches()).toEqual(['b']);
  });

  it('keeps everything across a restart', () => {
    const first = b.open('restart');
    first.createMatch('m', { initialState: initial(), metadata: metadata() });
    first.setState('m', { ...initial(), _stateID: 3 });
    first.close();
    const again = b.open('restart');
    expect(again.fetch('m', { state: true }).state._stateID).toBe(3);
  });
});

describe('the server keeps matches in its embedded database', () => {
  it('a match created through the Lobby API is still there after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-data-'));
    let server: RunningServer = await startServer({ DATA_DIR: dataDir });
    try {
      const r = await fetch(`${server.url}/games/multipolar/create`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ numPlayers: 3 }),
      });
      expect(r.status).toBe(200);
      const { matchID } = (await r.json()) as { matchID: string };
      await server.stop();
      server = await startServer({ DATA_DIR: dataDir });
      const m = await fetch(`${server.url}/games/multipolar/${matchID}`);
      expect(m.status).toBe(200);
      expect(((await m.json()) as { matchID: string }).matchID).toBe(matchID);
    } finally {
      await server.stop();
    }
  });
});

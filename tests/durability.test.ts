/**
 * A move is stored before any client sees it (STACK-NOTES 7): the server is
 * killed with SIGKILL at a random moment of a running match, restarted on the
 * same data, and must hold every move any client had seen; then the match goes
 * on from there with the same people (and the same server bots).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLiteStorage } from '../server/storage/sqlite';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';
import { createMatch, SocketPlayer } from './support/socket-player';

const running: RunningServer[] = [];
const sockets: SocketPlayer[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  await Promise.all(running.map((s) => s.stop()));
});

const start = async (dataDir: string) => {
  const s = await startServer({ DATA_DIR: dataDir, BOT_DELAY_MS: '0', STANDIN_AFTER_MS: '600000' });
  running.push(s);
  return s;
};
const storedStateID = (dataDir: string, matchID: string) => {
  const db = new SQLiteStorage(join(dataDir, 'multipolar.sqlite'));
  try {
    return db.fetch(matchID, { state: true }).state!._stateID;
  } finally {
    db.close();
  }
};
const killed = (s: RunningServer) =>
  new Promise<void>((resolve) => {
    s.proc.once('exit', () => resolve());
    s.proc.kill('SIGKILL');
  });

describe('SIGKILL in the middle of a match', () => {
  // Three kills at different moments: early, mid-round, late.
  it.each([150, 400, 800])('loses no move a client had seen (killed after %i ms of play)', async (afterMs) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-kill-'));
    const first = await start(dataDir);
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
    await before[2]!.until(() => before[2]!.stateID >= 3);
    await new Promise((r) => setTimeout(r, afterMs));
    await killed(first);
    const seen = Math.max(...before.map((p) => p.stateID));
    for (const p of before) p.close();
    expect(seen).toBeGreaterThanOrEqual(3);

    const stored = storedStateID(dataDir, matchID);
    expect(stored).toBeGreaterThanOrEqual(seen);

    // Restart on the same data: the match resumes for everyone and plays to the end.
    const second = await start(dataDir);
    expect(second.output()).toMatch(/matches resumed/);
    const after = watch(second.url);
    await after[2]!.until(() => after[2]!.stateID >= stored);
    expect(after[2]!.stateID).toBeGreaterThanOrEqual(seen);
    await after[2]!.until(() => after[2]!.over, 60_000);
    expect(after[2]!.state!.G.outcome).not.toBeNull();
    await second.stop();
  });
});

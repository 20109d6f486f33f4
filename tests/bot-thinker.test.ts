/**
 * The server's bots think on worker threads (server/bots/thinker.ts): a decision there is the
 * one the bot makes in process, and the event loop that serves every match keeps turning
 * while a Hard bot searches.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { actor, seatOf, viewFor } from '../game';
import type { MatchState, MatchView, Power } from '../game';
import { playMatch } from '../game/sim/match';
import { randomChooser } from '../game/sim/random';
import { think } from '../server/bots/think';
import type { ThinkRequest } from '../server/bots/thinker';
import { workerThinker } from '../server/bots/thinker';
import { startServer } from './e2e/harness';
import { createMatch, SocketPlayer } from './support/socket-player';

const thinker = workerThinker(1);
afterAll(() => thinker.close());

/** A 2019 position a few moves in, seen from the acting seat. */
function position(): { view: MatchView; power: Power } {
  const seen: MatchState[] = [];
  playMatch({ scenario: '2019', seed: 'thinker', choose: randomChooser('thinker'), observe: (G) => seen.push(G) });
  const s = seen.find((G, i) => i >= 6 && actor(G) !== null && G.step.kind === 'play');
  const power = s && actor(s);
  if (!s || !power) throw new Error('no position with a power to act');
  return { view: viewFor(s, seatOf(power)), power };
}

/** The longest gap between 5 ms ticks of this thread while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(tick);
  }
  return Math.max(longest, performance.now() - last);
}

describe('bots think on worker threads', () => {
  it('a thread decides what the bot decides in process, at every level', async () => {
    const { view, power } = position();
    for (const level of ['easy', 'normal', 'hard', 'expert'] as const) {
      const req: ThinkRequest = { level, seed: `m:1:${level}:7`, view, power, hardBudgetMs: 250, hardPlayouts: 2, expertBudgetMs: 1000, expertPlayouts: 2 };
      expect(await thinker.decide(req), level).toEqual(think(req));
    }
  });

  it('the event loop keeps turning while a Hard bot searches', async () => {
    const { view, power } = position();
    const req: ThinkRequest = { level: 'hard', seed: 'm:1:hard:9', view, power, hardBudgetMs: 250, hardPlayouts: 6, expertBudgetMs: 1000 };
    await thinker.decide(req); // the thread is up and its modules are loaded
    const inProcess = await longestStall(async () => think(req));
    const onThread = await longestStall(() => thinker.decide(req));
    // Six playouts take a Hard bot about 200 ms (docs/performance.md): a stall of every match, in process.
    expect(inProcess).toBeGreaterThan(100);
    expect(onThread).toBeLessThan(50);
  });
});

describe('a server whose Hard bots are thinking', () => {
  it('answers other requests at once: two Hard bots playing hold nothing up', async () => {
    const server = await startServer({ BOT_DELAY_MS: '0', HARD_BOT_MS: '250', BOT_THREADS: '1' });
    const watcher = { socket: null as SocketPlayer | null };
    try {
      // The United States is a person, played at once by an Easy bot on this side of the wire.
      const { matchID, credentials } = await createMatch(server.url, { scenario: '2019', seats: { 1: 'hard', 2: 'hard' } }, ['0']);
      watcher.socket = new SocketPlayer(server.url, matchID, '0', credentials['0']).play();
      await watcher.socket.until(() => watcher.socket!.stateID >= 3);
      const from = watcher.socket.stateID;
      // The server's health check, asked every 20 ms for 3 s while the bots search.
      let slowest = 0;
      const end = performance.now() + 3000;
      while (performance.now() < end) {
        const t0 = performance.now();
        expect((await fetch(`${server.url}/healthz`)).ok).toBe(true);
        slowest = Math.max(slowest, performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      // The bots did move meanwhile (a Hard decision takes about 200 ms: on the event loop, each one
      // held every request that long).
      expect(watcher.socket.stateID - from).toBeGreaterThanOrEqual(5);
      expect(slowest).toBeLessThan(100);
    } finally {
      watcher.socket?.socket.close();
      await server.stop();
    }
  });
});

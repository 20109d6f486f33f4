/**
 * Where the server's bots think: worker threads, never the event loop that serves every
 * match. A Hard decision searches for up to HARD_BOT_MS (about 200 ms); on the event loop it
 * would hold every other match on the server that long, each time a Hard bot moves.
 */
import Tinypool from 'tinypool';
import type { Action } from '../../game';
import { think } from './think';
import type { ThinkRequest } from './think';

export type { ThinkRequest } from './think';

export interface Thinker {
  decide(req: ThinkRequest): Promise<Action | null>;
  /** Stop the threads (a stopping server). */
  close(): Promise<void>;
}

export function workerThinker(threads: number): Thinker {
  const pool = new Tinypool({
    filename: new URL('./think-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    // A quiet server keeps no idle thread (and its memory) for long.
    idleTimeout: 60_000,
  });
  let warned = false;
  let closed = false;
  return {
    async decide(req) {
      try {
        return (await pool.run(req)) as Action | null;
      } catch (err) {
        if (closed) return null; // the server is stopping: no move is owed any more
        // A thread that cannot start or died: the match must not stall, so this decision is made here.
        if (!warned) console.error('multipolar: a bot thread failed; deciding on the event loop instead', err);
        warned = true;
        return think(req);
      }
    },
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}

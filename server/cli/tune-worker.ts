/**
 * A worker thread of `npm run tune`: plays the jobs it is sent (game/lab/tune.ts) and answers
 * each with its rows. A job that throws answers with the error, so one bad setting does not stall
 * the sweep.
 */
import { parentPort } from 'node:worker_threads';
import { playJob } from '../../game/lab';
import type { TuneJob } from '../../game/lab';

const port = parentPort;
if (!port) throw new Error('tune-worker runs as a worker thread');
port.on('message', (msg: { id: number; job: TuneJob }) => {
  try {
    port.postMessage({ id: msg.id, rows: playJob(msg.job) });
  } catch (err) {
    port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});

/**
 * SQLite's WAL checkpoints, off the event loop.
 *
 * By default SQLite copies the write-ahead log back into the database (and
 * fsyncs it) inside whichever commit crosses 1,000 pages: every hundred moves or
 * so, one player's move waited tens of milliseconds for the disk. The server's
 * connection turns that off, and this worker thread, on its own connection,
 * checkpoints the log every so often instead. A passive checkpoint never blocks
 * the writer; if the worker is gone the log only grows until `close()`, which
 * checkpoints on the way out.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the log is copied back (ms): at a few hundred moves a second, a few MB of log. */
const EVERY_MS = 1_000;

// Plain JavaScript evaluated in the worker, so it runs the same under tsx, vitest and node.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage(String(err)); }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export class Checkpointer {
  private readonly worker: Worker;

  constructor(file: string, everyMs = EVERY_MS) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, { eval: true, workerData: { file, module, everyMs } });
    this.worker.on('message', (err: string) => console.error(`multipolar: checkpointing ${file}: ${err}`));
    this.worker.on('error', (err) => console.error(`multipolar: checkpointing ${file} stopped:`, err));
    this.worker.unref(); // it never keeps the process alive
  }

  /** Stop; the caller checkpoints what is left on its own connection. */
  stop(): void {
    this.worker.postMessage('stop');
  }
}

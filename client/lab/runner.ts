/**
 * Runs lab games on a pool of Web Workers. Work goes out in small chunks to
 * whichever worker is free; every game carries its own seed (`seed:i`), so
 * the answer is the same for any number of workers.
 */
import type { GameRow, LabConfig } from '../../game/lab';
import type { PlayRequest, WorkerReply } from './protocol';

export interface LabRun {
  readonly cfg: LabConfig;
  readonly games: number;
}

export interface RunnerHandle {
  /** Resolves with each run's rows, in game order. */
  readonly done: Promise<GameRow[][]>;
  cancel(): void;
}

export function workerCount(): number {
  return Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
}

export function runOnWorkers(runs: readonly LabRun[], onProgress: (done: number, total: number) => void): RunnerHandle {
  const n = workerCount();
  const total = runs.reduce((x, r) => x + r.games, 0);
  // Chunks small enough for a smooth bar and fair sharing, big enough to keep messages rare.
  const chunk = Math.max(1, Math.min(10, Math.ceil(total / (n * 25))));
  const queue: PlayRequest[] = [];
  runs.forEach((r, run) => {
    for (let from = 0; from < r.games; from += chunk) queue.push({ kind: 'play', run, cfg: r.cfg, from, to: Math.min(r.games, from + chunk) });
  });
  const results: GameRow[][] = runs.map(() => []);
  const workers: Worker[] = [];
  let finished = 0;
  let stopped = false;
  let resolve!: (v: GameRow[][]) => void;
  let reject!: (e: Error) => void;
  const done = new Promise<GameRow[][]>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const stop = () => {
    stopped = true;
    for (const w of workers) w.terminate();
  };
  const feed = (w: Worker) => {
    const next = queue.shift();
    if (next) w.postMessage(next);
  };
  for (let i = 0; i < Math.min(n, queue.length); i++) {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    workers.push(w);
    w.onmessage = (ev: MessageEvent<WorkerReply>) => {
      if (stopped) return;
      const msg = ev.data;
      if (msg.kind === 'error') {
        stop();
        reject(new Error(msg.message));
        return;
      }
      (results[msg.run] as GameRow[]).push(...msg.rows);
      finished += msg.rows.length;
      onProgress(finished, total);
      if (finished === total) {
        stop();
        resolve(results.map((rows) => rows.sort((a, b) => a.game - b.game)));
      } else feed(w);
    };
    w.onerror = (e) => {
      stop();
      reject(new Error(e.message || 'a lab worker failed'));
    };
    feed(w);
  }
  if (total === 0) resolve(results);
  return { done, cancel: stop };
}

/**
 * Runs analysis on two Web Workers, so the replay stays responsive: one
 * request at a time to whichever worker is free. Every step and every game
 * carries its own seed, so the answer does not depend on which worker did what.
 */
import type { StepChances } from '../../game/analysis';
import type { GameRow, LabConfig } from '../../game/lab';
import type { MatchRecord } from '../../game/sim';
import type { AnalysisReply, AnalysisRequest } from './analysisProtocol';

/** Two: the figure `npm run bench:analysis` measures, and half a typical machine. */
export const ANALYSIS_WORKERS = 2;

export interface Handle<T> {
  readonly done: Promise<T>;
  cancel(): void;
}

type Job = AnalysisRequest extends infer R ? (R extends AnalysisRequest ? Omit<R, 'job'> : never) : never;

let nextJob = 1;

/** Send `work` out to the pool; `take` sees every reply and says when all are in. */
function pool<T>(work: readonly Job[], take: (reply: Exclude<AnalysisReply, { kind: 'error' }>) => boolean, finish: () => T): Handle<T> {
  const job = nextJob++;
  const queue = work.map((w) => ({ ...w, job }));
  const workers: Worker[] = [];
  let stopped = false;
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const done = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  const stop = (): void => {
    stopped = true;
    for (const w of workers) w.terminate();
  };
  const feed = (w: Worker): void => {
    const next = queue.shift();
    if (next) w.postMessage(next);
  };
  if (queue.length === 0) resolve(finish());
  for (let i = 0; i < Math.min(ANALYSIS_WORKERS, queue.length); i++) {
    const w = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
    workers.push(w);
    w.onmessage = (ev: MessageEvent<AnalysisReply>) => {
      const msg = ev.data;
      if (stopped || msg.job !== job) return;
      if (msg.kind === 'error') {
        stop();
        reject(new Error(msg.message));
        return;
      }
      if (take(msg)) {
        stop();
        resolve(finish());
      } else feed(w);
    };
    w.onerror = (e) => {
      stop();
      reject(new Error(e.message || 'an analysis worker failed'));
    };
    feed(w);
  }
  return { done, cancel: stop };
}

/** Win chances at every step 0..last; `onStep` hears each as it arrives (any order). */
export function analyseOnWorkers(record: MatchRecord, last: number, playouts: number, seed: string, onStep: (c: StepChances, done: number) => void): Handle<StepChances[]> {
  const results: StepChances[] = [];
  // The early steps have the longest playouts: they go first, so the two workers finish together.
  const work = Array.from({ length: last + 1 }, (_, step): Job => ({ kind: 'chances', record, step, playouts, seed }));
  return pool(work, (msg) => {
    if (msg.kind !== 'chances') return false;
    results.push(msg.result);
    onStep(msg.result, results.length);
    return results.length === last + 1;
  }, () => results.sort((a, b) => a.step - b.step));
}

/** Games of each run from one step, in game order per run. */
export function labOnWorkers(record: MatchRecord, step: number, cfgs: readonly LabConfig[], games: number, onProgress: (done: number, total: number) => void): Handle<GameRow[][]> {
  const rows: GameRow[][] = cfgs.map(() => []);
  const total = cfgs.length * games;
  let finished = 0;
  const chunk = Math.max(1, Math.min(5, Math.ceil(games / 10)));
  const work: Job[] = [];
  cfgs.forEach((cfg, run) => {
    for (let from = 0; from < games; from += chunk) work.push({ kind: 'lab', record, step, run, cfg, from, to: Math.min(games, from + chunk) });
  });
  return pool(work, (msg) => {
    if (msg.kind !== 'rows') return false;
    (rows[msg.run] as GameRow[]).push(...msg.rows);
    finished += msg.rows.length;
    onProgress(finished, total);
    return finished === total;
  }, () => rows.map((r) => r.sort((a, b) => a.game - b.game)));
}

/**
 * The server as `npm start` runs it, plus a minimal boardgame.io game served
 * by the same code (same transport, storage and fences): the benchmark's floor.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { Game } from 'boardgame.io';
import { configFromEnv } from '../../server/config';
import { runServer } from '../../server/run';

/** One counter, one active seat at a time handed round the table, as Multipolar does. */
export const Floor: Game<{ n: number }> = {
  name: 'floor',
  minPlayers: 3,
  maxPlayers: 3,
  setup: () => ({ n: 0 }),
  turn: {
    order: { first: () => 0, next: () => 0 },
    activePlayers: { currentPlayer: 'act' },
    stages: {
      act: {
        moves: {
          tick: {
            move: ({ G, playerID, events }) => {
              events.setActivePlayers({ value: { [String((Number(playerID) + 1) % 3)]: 'act' } });
              return { n: G.n + 1 };
            },
            client: false,
          },
        },
      },
    },
  },
};

await runServer(configFromEnv(), [Floor]);

// Where a slow round trip comes from: the event loop's delays and garbage collection, since the
// last SIGUSR2 (which prints them as one JSON line and starts afresh).
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
let gc: number[] = [];
// Mark-sweep-compact pauses (the old generation) apart from the rest: they grow with the live heap.
let majorGc: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.push(e.duration);
    if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGc.push(e.duration);
  }
}).observe({ entryTypes: ['gc'] });
process.on('SIGUSR2', () => {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const sorted = [...gc].sort((a, b) => a - b);
  console.log(`bench-stats ${JSON.stringify({
    loopP50: ms(loop.percentile(50)), loopP99: ms(loop.percentile(99)), loopMax: ms(loop.max),
    gcCount: gc.length, gcTotalMs: Math.round(gc.reduce((a, b) => a + b, 0)), gcP99: Math.round((sorted[Math.floor(sorted.length * 0.99)] ?? 0) * 100) / 100, gcMax: Math.round((sorted.at(-1) ?? 0) * 100) / 100,
    majorGcCount: majorGc.length, majorGcTotalMs: Math.round(majorGc.reduce((a, b) => a + b, 0)), heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  })}`);
  loop.reset();
  gc = [];
  majorGc = [];
  profileWindow();
});

// BENCH_CPU_PROF=dir: a CPU profile of each window between two SIGUSR2s (the measured part of a
// phase), written to dir as a .cpuprofile for Chrome's DevTools. BENCH_HEAP_PROF=dir: a sampled
// allocation profile of the same windows instead (.heapprofile: what allocates, hence what
// makes the young-generation collections).
const cpuDir = process.env.BENCH_CPU_PROF;
const heapDir = process.env.BENCH_HEAP_PROF;
const session = cpuDir || heapDir ? new Session() : null;
let profiling = false;
session?.connect();
function profileWindow() {
  if (!session) return;
  const save = (dir: string, ext: string, profile: unknown) =>
    writeFileSync(join(dir, `server-${process.pid}-${Date.now()}.${ext}`), JSON.stringify(profile));
  if (profiling) {
    if (cpuDir) session.post('Profiler.stop', (err, r) => { if (!err) save(cpuDir, 'cpuprofile', r.profile); });
    if (heapDir) session.post('HeapProfiler.stopSampling', (err, r) => { if (!err) save(heapDir, 'heapprofile', r.profile); });
  }
  profiling = !profiling;
  if (!profiling) return;
  if (cpuDir) session.post('Profiler.enable', () => session.post('Profiler.start'));
  if (heapDir) session.post('HeapProfiler.enable', () => session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true }));
}

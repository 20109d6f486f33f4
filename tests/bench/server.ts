/**
 * npm run bench:server — the online server under load, over loopback, from a
 * socket.io-client load generator in this process (the server is a separate
 * process, as `npm start` runs it):
 *  1. latency at a fixed offered load: MATCHES matches (3 seat sockets and a
 *     spectator each), each making one move per second; round trip from
 *     sending a move to the mover receiving its update, and server memory per match;
 *  2. throughput at saturation: moves per second with every match moving as
 *     fast as it can, beside a minimal game served by the same server code;
 *  3. reconnect: time and bytes for a seat to resync early and at the last
 *     round of a 12-round match.
 * Both run on the same 2 cores, so the ratios are the figures to trust.
 * This process stands in for 1,200 browsers and parses every frame they would, so
 * package.json runs it with a large young generation: with Node's default its own
 * collections were half of the measured tail (docs/performance.md). The server keeps
 * the flags `npm start` gives it.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { toMove } from '../../game/game';
import { actor, legalActions } from '../../game/rules/actions';
import { prng } from '../../game/sim/prng';
import type { MatchView } from '../../game/state';
import { powerOf, seatOf } from '../../game/types';
import { startServer } from '../e2e/harness';
import type { RunningServer } from '../e2e/harness';
import { io } from 'socket.io-client';
import { post, Seat } from './wire';
import { fmt, median, quantile } from './stats';

const MATCHES = Number(process.env.BENCH_MATCHES ?? 300);
const MEASURE_S = Number(process.env.BENCH_SECONDS ?? 15);
const SATURATION_MATCHES = Number(process.env.BENCH_SAT_MATCHES ?? 60);
const SATURATION_S = Number(process.env.BENCH_SAT_SECONDS ?? 10);

type GameName = 'multipolar' | 'floor';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** CPU seconds a process has used (user + system), from /proc. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
};
const ownCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const rssKB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);



/** A match seen from its three seats and a spectator, able to make the acting seat move. */
class Table {
  readonly seats: Seat[];
  readonly spectator: Seat | null;
  inFlight: { seat: Seat; stateID: number; t0: number } | null = null;
  readonly rtts: number[] = [];
  moves = 0;
  private readonly pick;

  constructor(url: string, readonly game: GameName, readonly matchID: string, creds: Record<string, string>, spectate: boolean) {
    this.pick = prng(matchID);
    this.seats = ['0', '1', '2'].map((id) => new Seat(url, matchID, id, creds[id], game));
    this.spectator = spectate ? new Seat(url, matchID, null, undefined, game) : null;
    for (const s of this.seats) s.onState = () => this.arrived(s);
  }

  static async create(url: string, game: GameName, spectate: boolean): Promise<Table> {
    const setupData = game === 'multipolar' ? { scenario: '1996' } : undefined;
    const { matchID } = await post(url, `/games/${game}/create`, { numPlayers: 3, setupData });
    const creds: Record<string, string> = {};
    for (const id of ['0', '1', '2']) creds[id] = (await post(url, `/games/${game}/${matchID}/join`, { playerID: id, playerName: `Load ${id}` })).playerCredentials!;
    return new Table(url, game, matchID!, creds, spectate);
  }

  get ready(): boolean {
    return this.seats.every((s) => s.state !== null && s.state._stateID >= (this.game === 'multipolar' ? 1 : 0));
  }
  get over(): boolean {
    return this.seats[0]!.state?.ctx.gameover !== undefined;
  }

  /** The acting seat sends one move (if nothing is in flight). */
  move(): boolean {
    if (this.inFlight || this.over) return false;
    const latest = this.seats.reduce((a, s) => ((s.state?._stateID ?? -1) > (a.state?._stateID ?? -1) ? s : a));
    const st = latest.state;
    if (!st) return false;
    let seatID: string;
    let move: string;
    let args: unknown[];
    if (this.game === 'floor') {
      seatID = Object.keys(st.ctx.activePlayers ?? {})[0] ?? '0';
      move = 'tick';
      args = [];
    } else {
      const power = actor(st.G as MatchView);
      if (!power) return false;
      seatID = seatOf(power);
      const own = this.seats[Number(seatID)]!.state;
      if (!own || own._stateID !== st._stateID) return false; // its update is still on the way
      const legal = legalActions(own.G as MatchView, powerOf(seatID)!);
      if (!legal.length) return false;
      ({ move, args } = toMove(this.pick.pick(legal)));
    }
    const seat = this.seats[Number(seatID)]!;
    this.inFlight = { seat, stateID: st._stateID, t0: performance.now() };
    seat.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: seatID, credentials: seat.credentials } }, st._stateID, this.matchID, seatID);
    return true;
  }

  onArrive: (() => void) | null = null;
  private arrived(s: Seat) {
    const f = this.inFlight;
    if (f && s === f.seat && s.state!._stateID > f.stateID) {
      this.rtts.push(performance.now() - f.t0);
      this.moves += 1;
      this.inFlight = null;
    }
    this.onArrive?.();
  }

  close(): void {
    for (const s of this.seats) s.socket.close();
    this.spectator?.socket.close();
  }
}

async function tables(url: string, game: GameName, n: number, spectate: boolean): Promise<Table[]> {
  const out: Table[] = [];
  for (let i = 0; i < n; i += 20) out.push(...(await Promise.all(Array.from({ length: Math.min(20, n - i) }, () => Table.create(url, game, spectate)))));
  const deadline = Date.now() + 60_000;
  while (!out.every((t) => t.ready)) {
    if (Date.now() > deadline) throw new Error('tables did not sync in 60 s');
    await pause(50);
  }
  return out;
}

/** The server's event-loop and GC figures since the last call (tests/bench/server-host.ts prints them on SIGUSR2). */
async function serverStats(server: RunningServer): Promise<Record<string, number>> {
  const before = server.output().length;
  server.proc.kill('SIGUSR2');
  for (let i = 0; i < 500; i++) {
    const m = /bench-stats (\{.*\})/.exec(server.output().slice(before));
    if (m) return JSON.parse(m[1]!) as Record<string, number>;
    await pause(20);
  }
  throw new Error('the server printed no bench-stats');
}

async function latency(server: RunningServer, game: GameName) {
  const rssBefore = rssKB(server.proc.pid!);
  const all = await tables(server.url, game, MATCHES, true);
  // Each match moves once a second, phases spread over the second.
  const timers = all.map((t, i) => {
    let interval: ReturnType<typeof setInterval> | undefined;
    const timer = setTimeout(() => {
      t.move();
      interval = setInterval(() => t.move(), 1000);
    }, (i * 1000) / all.length);
    return () => {
      clearTimeout(timer);
      clearInterval(interval);
    };
  });
  await pause(3000); // warm up
  for (const t of all) t.rtts.length = 0;
  await serverStats(server);
  const own = monitorEventLoopDelay({ resolution: 1 });
  own.enable();
  const ownGc: number[] = [];
  const gcObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) ownGc.push(e.duration); });
  gcObserver.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  const cpu0 = cpuSeconds(server.proc.pid!);
  await pause(MEASURE_S * 1000);
  const seconds = (performance.now() - t0) / 1000;
  const serverCpu = cpuSeconds(server.proc.pid!) - cpu0;
  own.disable();
  gcObserver.disconnect();
  const stats = await serverStats(server);
  for (const stop of timers) stop();
  const rssAfter = rssKB(server.proc.pid!);
  const rtts = all.flatMap((t) => t.rtts);
  for (const t of all) t.close();
  return {
    matches: all.length,
    sockets: all.length * 4,
    offered: all.length,
    achieved: rtts.length / seconds,
    p50: median(rtts),
    p99: quantile(rtts, 0.99),
    serverMsPerMove: (serverCpu * 1000) / rtts.length,
    kbPerMatch: (rssAfter - rssBefore) / all.length,
    server: stats,
    generatorLoopP99: own.percentile(99) / 1e6,
    generatorLoopMax: own.max / 1e6,
    generatorGcCount: ownGc.length,
    generatorGcMs: ownGc.reduce((a, b) => a + b, 0),
    generatorGcMax: Math.max(0, ...ownGc),
  };
}

async function saturation(server: RunningServer, game: GameName): Promise<{ rate: number; serverMsPerMove: number; generatorMsPerMove: number }> {
  let all = await tables(server.url, game, SATURATION_MATCHES, false);
  let running = true;
  let moves = 0;
  const drive = (t: Table) => {
    t.onArrive = () => {
      if (!running) return;
      if (t.over) return;
      t.move();
    };
    t.move();
  };
  all.forEach(drive);
  const replacements: Promise<void>[] = [];
  const t0 = performance.now();
  const cpu0 = cpuSeconds(server.proc.pid!);
  const own0 = ownCpuSeconds();
  // Multipolar matches end (12 rounds): keep the count of playing matches steady.
  const refill = setInterval(() => {
    for (const t of all.filter((x) => x.over)) {
      moves += t.moves;
      t.close();
      replacements.push(Table.create(server.url, game, false).then((n) => {
        all.push(n);
        const wait = setInterval(() => {
          if (n.ready) {
            clearInterval(wait);
            if (running) drive(n);
          }
        }, 20);
      }));
    }
    all = all.filter((x) => !x.over);
  }, 200);
  await pause(SATURATION_S * 1000);
  running = false;
  clearInterval(refill);
  const seconds = (performance.now() - t0) / 1000;
  const serverCpu = cpuSeconds(server.proc.pid!) - cpu0;
  const ownCpu = ownCpuSeconds() - own0;
  moves += all.reduce((a, t) => a + t.moves, 0);
  await Promise.allSettled(replacements);
  for (const t of all) t.close();
  return { rate: moves / seconds, serverMsPerMove: (serverCpu * 1000) / moves, generatorMsPerMove: (ownCpu * 1000) / moves };
}

async function reconnect(server: RunningServer): Promise<{ early: Resync; late: Resync }> {
  // Random play sometimes ends a match early at the Brink: take the first that reaches round 12.
  for (let attempt = 0; ; attempt++) {
    const r = await resyncFigures(server);
    if (r.late.round === 12 || attempt === 9) return r;
  }
}

interface Resync {
  ms: number;
  bytes: number;
  round: number;
}

async function resyncFigures(server: RunningServer): Promise<{ early: Resync; late: Resync }> {
  const [table] = await tables(server.url, 'multipolar', 1, false);
  const t = table!;
  const measure = async () => {
    const seat = t.seats[0]!;
    const t0 = performance.now();
    const s = io(`${server.url}/multipolar`, { transports: ['websocket'], reconnection: false });
    const { bytes } = await new Promise<{ bytes: number }>((resolve) => {
      s.on('connect', () => s.emit('sync', t.matchID, '0', seat.credentials, 3));
      s.on('sync', (...args: unknown[]) => resolve({ bytes: Buffer.byteLength(JSON.stringify(args)) }));
    });
    const ms = performance.now() - t0;
    s.close();
    return { ms, bytes, round: (t.seats[0]!.state!.G as MatchView).round };
  };
  const playUntil = (round: number) =>
    new Promise<void>((resolve) => {
      const step = () => {
        const g = t.seats[0]!.state!.G as MatchView;
        if (g.round >= round || t.over) return resolve();
        t.move();
      };
      t.onArrive = step;
      step();
    });
  await playUntil(2);
  const early = await measure();
  await playUntil(12);
  const late = await measure();
  t.close();
  return { early, late };
}

const env = { LOBBY_RATE_PER_MIN: '1000000', BOT_DELAY_MS: '0', STANDIN_AFTER_MS: '3600000' };
console.log(`bench:server — ${MATCHES} matches at 1 move/s for ${MEASURE_S} s; saturation with ${SATURATION_MATCHES} matches for ${SATURATION_S} s`);

// The same offered load on the minimal game first, then on Multipolar: the floor of the latency.
let server = await startServer(env, 'tests/bench/server-host.ts');
const latFloor = await latency(server, 'floor');
await server.stop();
server = await startServer(env, 'tests/bench/server-host.ts');
const lat = await latency(server, 'multipolar');
await server.stop();
console.log('\nLatency at a fixed offered load (move sent → mover has its update)');
for (const [name, l] of [['floor (minimal game)', latFloor], ['multipolar', lat]] as const) {
  console.log(`  ${name}: ${l.matches} matches (${l.sockets} sockets), offered ${l.offered} moves/s, achieved ${fmt(l.achieved, 1)} moves/s`);
  console.log(`    round trip p50 ${fmt(l.p50)} ms, p99 ${fmt(l.p99)} ms; server memory per match ${fmt(l.kbPerMatch, 0)} KB, server CPU ${fmt(l.serverMsPerMove)} ms/move`);
  console.log(`    server event loop delay p50 ${fmt(l.server.loopP50!)} ms, p99 ${fmt(l.server.loopP99!)} ms, max ${fmt(l.server.loopMax!)} ms; GC ${l.server.gcCount} pauses, ${l.server.gcTotalMs} ms in all, p99 ${fmt(l.server.gcP99!)} ms, max ${fmt(l.server.gcMax!)} ms (of them major: ${l.server.majorGcCount}, ${l.server.majorGcTotalMs} ms); heap used ${l.server.heapMB} MB`);
  console.log(`    load generator's own event loop delay p99 ${fmt(l.generatorLoopP99)} ms, max ${fmt(l.generatorLoopMax)} ms; its GC ${l.generatorGcCount} pauses, ${fmt(l.generatorGcMs, 0)} ms in all, max ${fmt(l.generatorGcMax)} ms`);
}
console.log(`  multipolar p99 = ${fmt(lat.p99 / latFloor.p99)}× the floor's (target ≤ 2×, and p99 < 25 ms on an idle machine)`);

// BENCH_LATENCY_ONLY=1: the latency phase alone (five runs of it take a few minutes).
if (process.env.BENCH_LATENCY_ONLY === '1') process.exit(0);

server = await startServer(env, 'tests/bench/server-host.ts');
const floor = await saturation(server, 'floor');
const ours = await saturation(server, 'multipolar');
console.log('\nThroughput at saturation');
console.log(`  floor (minimal game, same server code): ${fmt(floor.rate, 0)} moves/s; server CPU ${fmt(floor.serverMsPerMove)} ms/move, load generator ${fmt(floor.generatorMsPerMove)} ms/move`);
console.log(`  multipolar: ${fmt(ours.rate, 0)} moves/s = ${fmt(ours.rate / floor.rate)}× the floor (target ≥ 0.5×); server CPU ${fmt(ours.serverMsPerMove)} ms/move, load generator ${fmt(ours.generatorMsPerMove)} ms/move`);

const rec = await reconnect(server);
await server.stop();
console.log('\nReconnect (a seat resyncs)');
console.log(`  round ${rec.early.round}: ${fmt(rec.early.ms, 1)} ms, ${fmt(rec.early.bytes / 1024, 1)} KB`);
console.log(`  round ${rec.late.round} of 12: ${fmt(rec.late.ms, 1)} ms, ${fmt(rec.late.bytes / 1024, 1)} KB (targets < 1 s, < 64 KB, not growing with the match)`);
process.exit(0);

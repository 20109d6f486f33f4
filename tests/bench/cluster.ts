/**
 * npm run bench:cluster — moves per second at saturation and the round trip
 * (move sent → mover has its update) for 1, 2 and 3 server processes sharing
 * PostgreSQL and Redis, beside one process on SQLite without Redis (what
 * `npm start` runs), all in the same run on this machine.
 *
 * Each match's three seats are spread over the processes (seat i on process
 * i mod n, as a round-robin proxy would spread them), so in the cluster runs
 * every move crosses Redis to reach the next player. Matches move as fast as
 * they can (one move in flight per match). The load generator, PostgreSQL,
 * Redis and the servers all share this machine's cores: read the figures
 * with the CPU use printed beside them.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { toMove } from '../../game/game';
import { actor, legalActions } from '../../game/rules/actions';
import { prng } from '../../game/sim/prng';
import type { MatchView } from '../../game/state';
import { powerOf, seatOf } from '../../game/types';
import { startServer } from '../e2e/harness';
import type { RunningServer } from '../e2e/harness';
import { startPostgres } from '../support/postgres';
import { startRedis } from '../support/redis';
import { post, Seat } from './wire';
import { fmt, median, quantile } from './stats';

const MATCHES = Number(process.env.BENCH_SAT_MATCHES ?? 60);
const SECONDS = Number(process.env.BENCH_SAT_SECONDS ?? 10);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));



/** A match whose acting seat moves the moment it has the newest state. */
class Table {
  readonly seats: Seat<MatchView>[];
  inFlight: { seat: Seat<MatchView>; stateID: number; t0: number } | null = null;
  readonly rtts: number[] = [];
  moves = 0;
  running = false;
  private readonly pick;
  constructor(urls: readonly string[], readonly matchID: string, creds: Record<string, string>) {
    this.pick = prng(matchID);
    this.seats = ['0', '1', '2'].map((id, i) => new Seat(urls[i % urls.length]!, matchID, id, creds[id]));
    for (const s of this.seats) s.onState = () => this.arrived(s);
  }
  static async create(urls: readonly string[], k: number): Promise<Table> {
    const url = urls[k % urls.length]!;
    const { matchID } = await post(url, '/games/multipolar/create', { numPlayers: 3, setupData: { scenario: '1996' } });
    const creds: Record<string, string> = {};
    for (const id of ['0', '1', '2']) creds[id] = (await post(url, `/games/multipolar/${matchID}/join`, { playerID: id, playerName: `Load ${id}` })).playerCredentials!;
    return new Table(urls, matchID!, creds);
  }
  get ready() {
    return this.seats.every((s) => (s.state?._stateID ?? -1) >= 1);
  }
  get over() {
    return this.seats.some((s) => s.state?.ctx.gameover !== undefined);
  }
  move(): void {
    if (!this.running || this.inFlight || this.over) return;
    const st = this.seats.reduce((a, s) => ((s.state?._stateID ?? -1) > (a.state?._stateID ?? -1) ? s : a)).state;
    const power = st && actor(st.G);
    if (!st || !power) return;
    const seatID = seatOf(power);
    const seat = this.seats[Number(seatID)]!;
    if (seat.state?._stateID !== st._stateID) return; // its update is still on the way
    const legal = legalActions(seat.state.G, powerOf(seatID)!);
    if (!legal.length) return;
    const { move, args } = toMove(this.pick.pick(legal));
    this.inFlight = { seat, stateID: st._stateID, t0: performance.now() };
    seat.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: seatID, credentials: seat.credentials } }, st._stateID, this.matchID, seatID);
  }
  private arrived(s: Seat<MatchView>) {
    const f = this.inFlight;
    if (f && s === f.seat && s.state!._stateID > f.stateID) {
      this.rtts.push(performance.now() - f.t0);
      this.moves += 1;
      this.inFlight = null;
    }
    this.move();
  }
  close() {
    this.running = false;
    for (const s of this.seats) s.socket.close();
  }
}

/** CPU seconds a process has used (utime + stime). */
const cpu = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

async function saturate(urls: readonly string[], pids: readonly number[]) {
  const make = async (k: number) => {
    const t = await Table.create(urls, k);
    const deadline = Date.now() + 60_000;
    while (!t.ready) {
      if (Date.now() > deadline) throw new Error('a match did not sync in 60 s');
      await pause(20);
    }
    return t;
  };
  let all: Table[] = [];
  for (let i = 0; i < MATCHES; i += 10) all.push(...(await Promise.all(Array.from({ length: Math.min(10, MATCHES - i) }, (_, j) => make(i + j)))));
  const done: Table[] = [];
  let k = MATCHES;
  const go = (t: Table) => {
    t.running = true;
    t.move();
  };
  const cpu0 = pids.map(cpu);
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  all.forEach(go);
  // 1996 matches end (12 rounds): keep the number playing steady.
  const refill = setInterval(() => {
    for (const t of all.filter((x) => x.over)) {
      done.push(t);
      t.close();
      void make(k++).then((n) => (all.push(n), go(n)), () => undefined);
    }
    all = all.filter((x) => !x.over);
  }, 100);
  await pause(SECONDS * 1000);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(refill);
  const tables = [...done, ...all];
  for (const t of all) t.close();
  const rtts = tables.flatMap((t) => t.rtts);
  const selfCpu = (process.cpuUsage(self0).user + process.cpuUsage(self0).system) / 1e6;
  return {
    movesPerSecond: tables.reduce((a, t) => a + t.moves, 0) / seconds,
    p50: median(rtts),
    p99: quantile(rtts, 0.99),
    serverCpu: pids.map((p, i) => (cpu(p) - cpu0[i]!) / seconds),
    loadCpu: selfCpu / seconds,
  };
}

const env = { LOBBY_RATE_PER_MIN: '1000000', BOT_DELAY_MS: '0', STANDIN_AFTER_MS: '3600000' };
console.log(`bench:cluster — ${MATCHES} matches at full speed for ${SECONDS} s per configuration, on ${(await import('node:os')).cpus().length} cores`);
const rows: { name: string; r: Awaited<ReturnType<typeof saturate>> }[] = [];
const report = (name: string, r: Awaited<ReturnType<typeof saturate>>) => {
  rows.push({ name, r });
  const base = rows[0]!.r.movesPerSecond;
  console.log(
    `${name.padEnd(34)} ${fmt(r.movesPerSecond, 0).padStart(6)} moves/s (${fmt(r.movesPerSecond / base)}×)  round trip p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms  ` +
      `CPU: servers ${r.serverCpu.map((c) => fmt(c * 100, 0) + '%').join(' + ')}, load generator ${fmt(r.loadCpu * 100, 0)}%`,
  );
};

{
  const single = await startServer(env);
  report('1 process, SQLite, no Redis', await saturate([single.url], [single.proc.pid!]));
  await single.stop();
}
const pg = await startPostgres();
const redis = await startRedis();
for (const n of [1, 2, 3]) {
  const url = await pg.createDatabase(`bench${n}`);
  const servers: RunningServer[] = [await startServer({ ...env, DATABASE_URL: url, REDIS_URL: redis.url })];
  for (let i = 1; i < n; i++) servers.push(await startServer({ ...env, DATABASE_URL: url, REDIS_URL: redis.url }));
  report(`${n} process${n > 1 ? 'es' : ''}, PostgreSQL + Redis`, await saturate(servers.map((s) => s.url), servers.map((s) => s.proc.pid!)));
  await Promise.all(servers.map((s) => s.stop()));
}
// PostgreSQL's and Redis's own CPU is not counted above: they run as their own processes.
await redis.stop();
await pg.stop();
process.exit(0);

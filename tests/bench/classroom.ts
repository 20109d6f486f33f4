/**
 * bench:classroom — a session of 10 tables x 3 students playing at bot speed
 * (every student's move sent the instant it is their turn) with the teacher's
 * wall open in headless Chromium. Reports the delay from a student sending a
 * move to the wall showing the state it made, p50/p99 (target p99 < 250 ms),
 * beside the mover's own round trip (send -> its update) in the same run.
 */
import { launchBrowser, startServer } from '../e2e/harness';
import { SocketPlayer } from '../support/socket-player';

const TABLES = Number(process.env.TABLES ?? 10);
const LIMIT_MS = 120_000;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

const server = await startServer({ BOT_DELAY_MS: '0', CLASSROOM_JOIN_RATE_PER_MIN: '1000' });
const browser = await launchBrowser();
const players: SocketPlayer[] = [];
try {
  const post = async (path: string, body: unknown, token?: string) => {
    const r = await fetch(`${server.url}/api/classroom/${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body),
    });
    return (await r.json()) as Record<string, string>;
  };
  const { code, teacherToken } = await post('sessions', { scenario: '2019', tableSize: 3 });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/#/classroom/teach/${code}?t=${teacherToken}`);
  await page.waitForSelector('#join-code');
  // Pause while everyone sits down, so every table starts at once.
  await post(`sessions/${code}/pause`, {}, teacherToken);

  const sent = new Map<string, number>(); // `${matchID}:${stateID}` -> when the move making it was sent
  const roundTrips: number[] = [];
  const tableOf = new Map<string, number>();
  for (let i = 0; i < TABLES * 3; i++) {
    const seat = await post(`sessions/${code}/join`, { nickname: `Student ${i + 1}` });
    tableOf.set(seat.matchID!, Number(seat.table));
    const p = new SocketPlayer(server.url, seat.matchID!, seat.playerID!, seat.credentials);
    const emit = p.socket.emit.bind(p.socket);
    p.socket.emit = ((event: string, ...args: unknown[]) => {
      if (event === 'update') sent.set(`${args[2]}:${Number(args[1]) + 1}`, performance.timeOrigin + performance.now());
      return emit(event, ...args);
    }) as typeof p.socket.emit;
    p.socket.onAny((event: string, ...args: unknown[]) => {
      if (event !== 'update') return;
      const t = sent.get(`${p.matchID}:${(args[1] as { _stateID: number })._stateID}`);
      if (t !== undefined && (args[1] as { G: { step: { kind: string } } }).G) roundTrips.push(performance.timeOrigin + performance.now() - t);
    });
    players.push(p.play());
  }
  await Promise.all(players.map((p) => p.until(() => p.state !== null)));
  const started = Date.now();
  await post(`sessions/${code}/resume`, {}, teacherToken);
  await Promise.race([
    Promise.all(players.map((p) => p.until(() => p.over, LIMIT_MS).catch(() => undefined))),
    new Promise((r) => setTimeout(r, LIMIT_MS)),
  ]);
  const elapsed = Date.now() - started;
  await page.waitForTimeout(500);
  const shown = await page.evaluate(() => window.multipolarWallShown ?? []);
  const matchOf = new Map([...tableOf].map(([m, t]) => [t, m]));
  const firstShown = new Map<string, number>();
  for (const [table, stateID, at] of shown) {
    const key = `${matchOf.get(table)}:${stateID}`;
    if (!firstShown.has(key)) firstShown.set(key, at);
  }
  const delays: number[] = [];
  for (const [key, t] of sent) {
    const at = firstShown.get(key);
    if (at !== undefined) delays.push(at - t);
  }
  const moves = players.reduce((n, p) => Math.max(n, p.stateID), 0);
  const finished = players.filter((p) => p.over).length / 3;
  console.log(`bench:classroom — ${TABLES} tables x 3 students at bot speed, wall open in Chromium`);
  console.log(`  tables finished: ${finished}/${TABLES} in ${(elapsed / 1000).toFixed(1)} s (longest match ${moves} states)`);
  console.log(`  student moves measured: ${delays.length} of ${sent.size} sent`);
  console.log(`  move -> wall shows it:   p50 ${quantile(delays, 0.5).toFixed(1)} ms   p99 ${quantile(delays, 0.99).toFixed(1)} ms   (target p99 < 250 ms)`);
  console.log(`  move -> mover's update:  p50 ${quantile(roundTrips, 0.5).toFixed(1)} ms   p99 ${quantile(roundTrips, 0.99).toFixed(1)} ms   (baseline, same run)`);
  console.log(`  ratio wall/baseline:     p50 ${(quantile(delays, 0.5) / quantile(roundTrips, 0.5)).toFixed(2)}x   p99 ${(quantile(delays, 0.99) / quantile(roundTrips, 0.99)).toFixed(2)}x`);
} finally {
  for (const p of players) p.close();
  await browser.close();
  await server.stop();
}

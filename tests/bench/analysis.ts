/**
 * npm run bench:analysis — analysing a finished 2019 match (Normal bots for
 * every power) at the default depth in headless Chromium on the replay
 * screen's two Web Workers, beside the same analysis on one Node thread in the
 * same run; both must give the same chances (same seeds). Target: under 20 s
 * in the browser.
 *
 * Options: --playouts N (default: the default depth), --seed S (the match),
 * MULTIPOLAR_SKIP_BUILD=1 to reuse dist/client.
 */
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchBrowser, startServer } from '../e2e/harness';

process.env.NODE_ENV = 'production';
const { analyseMatch, DEFAULT_PLAYOUTS, recordBotMatch } = await import('../../game/analysis');
const { encodeRecord, replay } = await import('../../game/sim');

const { values } = parseArgs({ options: { playouts: { type: 'string' }, seed: { type: 'string', default: 'bench' } } });
const playouts = Number(values.playouts ?? DEFAULT_PLAYOUTS);
const record = recordBotMatch('2019', values.seed, { us: 'normal', china: 'normal', russia: 'normal' });
const rebuilt = replay(record);
if (!rebuilt.ok) throw new Error(rebuilt.error);
const frames = rebuilt.value.frames;
const steps = frames.length;
const load = loadavg()[0] ?? 0;

if (process.env.MULTIPOLAR_SKIP_BUILD !== '1') execSync('npx vite build --logLevel error', { stdio: 'inherit' });

const server = await startServer();
const browser = await launchBrowser();
let browserSeconds: number;
let browserChances: unknown;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => { throw e; });
  await page.goto(`${server.url}/#/replay?r=${encodeRecord(record)}`);
  await page.selectOption('#analysis-depth', String(playouts));
  await page.click('#analyse');
  await page.waitForSelector('#analysis-status[data-seconds]', { timeout: 30 * 60_000 });
  browserSeconds = Number(await page.getAttribute('#analysis-status', 'data-seconds'));
  browserChances = JSON.parse((await page.getAttribute('#analysis-status', 'data-chances')) ?? 'null');
} finally {
  await browser.close();
  await server.stop();
}

// The baseline: the same analysis on one Node thread (the seed the replay screen uses).
const t0 = performance.now();
const node = analyseMatch(frames, { playouts, seed: `${record.seed}:analysis` });
const nodeSeconds = (performance.now() - t0) / 1000;
const same = JSON.stringify(node.map((c) => c.chances)) === JSON.stringify(browserChances);

const row = (name: string, s: number) => `${name.padEnd(34)} ${s.toFixed(1).padStart(9)} ${((steps * playouts) / s).toFixed(1).padStart(12)}`;
console.log(`Multipolar analysis benchmark: a 2019 match of Normal bots (seed "${values.seed}", ${steps} steps), ${playouts} playouts a step`);
console.log(`load average when it started: ${load.toFixed(1)}`);
console.log('');
console.log(`${'where'.padEnd(34)} ${'seconds'.padStart(9)} ${'playouts/s'.padStart(12)}`);
console.log(row('Chromium, 2 Web Workers', browserSeconds));
console.log(row('Node, one thread (baseline)', nodeSeconds));
console.log('');
console.log(`browser speed-up over one Node thread: ${(nodeSeconds / browserSeconds).toFixed(2)}×`);
console.log(`same chances in both: ${same ? 'yes' : 'NO'}`);
console.log(`target: under 20 s in the browser: ${browserSeconds < 20 ? 'met' : 'missed'}`);
if (!same) process.exitCode = 1;

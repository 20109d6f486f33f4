/**
 * npm run bench:lab — 1,000 games of Normal bots in the thesis lab in headless
 * Chromium (Web Workers, one per core), beside the same games played in Node
 * on one thread in the same run. Target: under 60 s in the browser here.
 *
 * Options: --games N (default 1000), --node-games N (baseline games, default
 * the same), MULTIPOLAR_SKIP_BUILD=1 to reuse dist/client.
 */
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchBrowser, startServer } from '../e2e/harness';

const { values } = parseArgs({ options: { games: { type: 'string', default: '1000' }, 'node-games': { type: 'string' } } });
const games = Number(values.games);
const nodeGames = Number(values['node-games'] ?? games);
const strategy = 'pressure-both';
const seed = 'bench';

if (process.env.MULTIPOLAR_SKIP_BUILD !== '1') execSync('npx vite build --logLevel error', { stdio: 'inherit' });

const server = await startServer();
const browser = await launchBrowser();
let browserSeconds: number;
let cores: number;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => { throw e; });
  await page.goto(`${server.url}/#/lab?run=1&games=${games}&strategies=${strategy}&us=normal&china=normal&russia=normal&seed=${seed}`);
  cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.waitForSelector('#lab-progress[data-done="true"]', { timeout: 30 * 60_000 });
  browserSeconds = Number(await page.getAttribute('#lab-progress', 'data-seconds'));
} finally {
  await browser.close();
  await server.stop();
}

// The baseline: the same games on one Node thread, with boardgame.io's
// production build as the browser bundle has it.
process.env.NODE_ENV = 'production';
const { runLab } = await import('../../game/lab');
const t0 = performance.now();
runLab({ scenario: '2019', strategy, levels: { us: 'normal', china: 'normal', russia: 'normal' }, games: nodeGames, seed });
const nodeSeconds = (performance.now() - t0) / 1000;

const row = (name: string, n: number, s: number) => `${name.padEnd(34)} ${String(n).padStart(6)} ${s.toFixed(1).padStart(9)} ${(n / s).toFixed(1).padStart(9)}`;
console.log(`Multipolar lab benchmark: scenario 2019, ${strategy}, Normal bots for every power, seed "${seed}"`);
console.log('');
console.log(`${'where'.padEnd(34)} ${'games'.padStart(6)} ${'seconds'.padStart(9)} ${'games/s'.padStart(9)}`);
console.log(row(`Chromium, ${cores} Web Workers`, games, browserSeconds));
console.log(row('Node, one thread (baseline)', nodeGames, nodeSeconds));
console.log('');
console.log(`browser speed-up over one Node thread: ${((games / browserSeconds) / (nodeGames / nodeSeconds)).toFixed(2)}×`);
console.log(`1,000 games in the browser: ${((1000 * browserSeconds) / games).toFixed(1)} s (target < 60 s)`);

/**
 * npm run bench:client — what a player's browser pays: initial JavaScript
 * (gzipped, Phaser in its own chunk, the service worker's registration
 * included), time from navigation to an interactive board in headless
 * Chromium on a desktop window and on an emulated phone (390×844, touch, CPU
 * slowed 4× through the DevTools protocol; first visit, and a later visit
 * served by the service worker), time to apply and draw one state update on a
 * plain and a high-density (2×) screen, and
 * time to forecast every action shown for a hand (part of that update).
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, startServer } from '../e2e/harness';
import { fmt, median, quantile } from './stats';

const PHONE_RUNS = 5;
const BOARD = '/?botDelay=0&bench=1#/hotseat?start=1&us=human&china=easy&russia=easy';

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const dir = 'dist/client/assets';
const kb = (f: string) => gzipSync(readFileSync(join(dir, f))).length / 1024;

const server = await startServer();
const browser = await launchBrowser();
try {
  // The JavaScript a player's browser actually loads to reach the board.
  const probe = await browser.newPage();
  await probe.goto(`${server.url}/?botDelay=0#/hotseat?start=1&us=human&china=easy&russia=easy`);
  await probe.locator('.board[data-ready="true"] canvas').waitFor();
  // The service worker's registration loads after the page's load event: counted too.
  await probe.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  const loaded = await probe.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop() ?? '').filter((n) => n.endsWith('.js')));
  await probe.close();
  const files = readdirSync(dir).filter((f) => loaded.includes(f)).sort();
  console.log('Multipolar client benchmark');
  console.log('');
  console.log(`${'chunk loaded to play'.padEnd(38)} gzipped KB`);
  let total = 0;
  for (const f of files) {
    const size = kb(f);
    total += size;
    console.log(`${f.padEnd(38)} ${fmt(size, 1).padStart(10)}`);
  }
  console.log(`${'total JavaScript'.padEnd(38)} ${fmt(total, 1).padStart(10)}   (target ≤ 450 KB)`);

  const phone = await phoneLoads(browser, server.url);
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const t0 = Date.now();
    await page.goto(`${server.url}/?botDelay=0&bench=1#/hotseat?start=1&us=human&china=easy&russia=easy`);
    // Interactive: the board has drawn its first state and an action can be taken.
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    await page.locator('#actions button:not([disabled])').first().waitFor();
    loads.push(Date.now() - t0);
    await page.close();
  }
  // The board draws at the screen's pixel ratio (up to 2): the same game on a plain and a high-density screen.
  const plain = await playUpdates(browser, server.url, 1);
  const dense = await playUpdates(browser, server.url, 2);
  console.log('');
  console.log(`navigation to interactive board: median ${median(loads)} ms, worst ${Math.max(...loads)} ms of ${loads.length}   (target < 1500 ms)`);
  console.log(`  phone, first visit:            median ${median(phone.first)} ms, worst ${Math.max(...phone.first)} ms of ${phone.first.length}   (390×844, touch, 4× CPU slowdown; target < 2500 ms)`);
  console.log(`  phone, from the offline copy:  median ${median(phone.later)} ms, worst ${Math.max(...phone.later)} ms of ${phone.later.length}   (the same, a later visit served by the service worker)`);
  for (const [name, run] of [['1× screen', plain], ['2× screen', dense]] as const) {
    console.log(`apply and draw one state update, ${name}: median ${fmt(median(run.times))} ms, p95 ${fmt(quantile(run.times, 0.95))} ms over ${run.times.length} updates   (target < 16 ms median)`);
  }
  console.log(`forecasts for a whole hand:      median ${fmt(median(plain.forecasts))} ms, p95 ${fmt(quantile(plain.forecasts, 0.95))} ms over ${plain.forecasts.length} renders   (target < 5 ms median)`);
} finally {
  await browser.close();
  await server.stop();
}

/** Forty moves of one game at 1280×720 with `pixelRatio` device pixels per CSS pixel: each move and each bot reply is a state update to apply and draw. */
async function playUpdates(browser: Browser, url: string, pixelRatio: number): Promise<{ times: number[]; forecasts: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: pixelRatio });
  const page = await context.newPage();
  await page.goto(`${url}${BOARD}`);
  await page.locator('.board[data-ready="true"] canvas').waitFor();
  for (let m = 0; m < 40; m++) {
    if (await page.locator('#summary-ok').count()) await page.locator('#summary-ok').click().catch(() => undefined);
    const b = page.locator('#actions button:not([disabled])').first();
    await b.click({ timeout: 10_000 }).catch(() => undefined);
    if (await page.locator('dialog.confirm[open]').count()) await page.locator('#confirm-play').click().catch(() => undefined);
    if (await page.locator('dialog.gameover[open]').count()) break;
  }
  const times = await page.evaluate(() => (window as unknown as { __multipolarRenderTimes: number[] }).__multipolarRenderTimes);
  // Renders where this player acts: the forecasts of every action shown for the chosen card (or the answers).
  const forecasts = await page.evaluate(() => (window as unknown as { __multipolarForecastTimes: number[] }).__multipolarForecastTimes);
  await context.close();
  return { times, forecasts };
}

/** A phone: 390×844 CSS px at 3 device pixels each, touch, mobile viewport. */
function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
}

/** Navigation to an interactive board with the page's CPU slowed 4×, in ms. */
async function phoneLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.goto(`${url}${BOARD}`);
  // On a small screen the board and the Actions may be views of their own, one shown at a time:
  // the board has drawn its first state and an action is enabled, whichever view is on screen.
  await page.locator('.board[data-ready="true"] canvas').waitFor({ state: 'attached' });
  await page.locator('#actions button:not([disabled])').first().waitFor({ state: 'attached' });
  const ms = Date.now() - t0;
  await page.close();
  return ms;
}

/** First visits (a fresh profile each), then later visits of one profile whose service worker has the build. */
async function phoneLoads(browser: Browser, url: string): Promise<{ first: number[]; later: number[] }> {
  const first: number[] = [];
  for (let i = 0; i < PHONE_RUNS; i++) {
    const context = await phoneContext(browser);
    first.push(await phoneLoad(context, url));
    await context.close();
  }
  const context = await phoneContext(browser);
  const warm = await context.newPage();
  await warm.goto(`${url}/`);
  await warm.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  const later: number[] = [];
  for (let i = 0; i < PHONE_RUNS; i++) later.push(await phoneLoad(context, url));
  await context.close();
  return { first, later };
}


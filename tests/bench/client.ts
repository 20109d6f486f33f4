/**
 * npm run bench:client — what a player's browser pays: initial JavaScript
 * (gzipped, Phaser in its own chunk), time from navigation to an interactive
 * board in headless Chromium, time to apply and draw one state update, and
 * time to forecast every action shown for a hand (part of that update).
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer } from '../e2e/harness';
import { fmt, median, quantile } from './stats';

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
  const loaded = await probe.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop() ?? '').filter((n) => n.endsWith('.js')));
  await probe.close();
  const files = readdirSync(dir).filter((f) => loaded.includes(f)).sort();
  console.log('Multipolar client benchmark');
  console.log('');
  console.log('chunk loaded to play           gzipped KB');
  let total = 0;
  for (const f of files) {
    const size = kb(f);
    total += size;
    console.log(`${f.padEnd(30)} ${fmt(size, 1).padStart(10)}`);
  }
  console.log(`${'total JavaScript'.padEnd(30)} ${fmt(total, 1).padStart(10)}   (target ≤ 450 KB)`);

  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const t0 = Date.now();
    await page.goto(`${server.url}/?botDelay=0&bench=1#/hotseat?start=1&us=human&china=easy&russia=easy`);
    // Interactive: the board has drawn its first state and an action can be taken.
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    await page.locator('#actions button:not([disabled])').first().waitFor();
    loads.push(Date.now() - t0);
    if (i < 4) await page.close();
    else {
      // Play on: every move, and every bot reply, is a state update to apply and draw.
      for (let m = 0; m < 40; m++) {
        if (await page.locator('#summary-ok').count()) await page.locator('#summary-ok').click().catch(() => undefined);
        const b = page.locator('#actions button:not([disabled])').first();
        await b.click({ timeout: 10_000 }).catch(() => undefined);
        if (await page.locator('dialog.confirm[open]').count()) await page.locator('#confirm-play').click().catch(() => undefined);
        if (await page.locator('dialog.gameover[open]').count()) break;
      }
      const times = await page.evaluate(() => (window as unknown as { __multipolarRenderTimes: number[] }).__multipolarRenderTimes);
      // Renders where this player acts: the forecasts of every action shown for the chosen card (or the answers).
      const forecasts = (await page.evaluate(() => (window as unknown as { __multipolarForecastTimes: number[] }).__multipolarForecastTimes));
      console.log('');
      console.log(`navigation to interactive board: median ${median(loads)} ms, worst ${Math.max(...loads)} ms of ${loads.length}   (target < 1500 ms)`);
      console.log(`apply and draw one state update: median ${fmt(median(times))} ms, p95 ${fmt(quantile(times, 0.95))} ms over ${times.length} updates   (target < 16 ms median)`);
      console.log(`forecasts for a whole hand:      median ${fmt(median(forecasts))} ms, p95 ${fmt(quantile(forecasts, 0.95))} ms over ${forecasts.length} renders   (target < 5 ms median)`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

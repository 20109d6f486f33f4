/**
 * Expert and Hard seats in a hot-seat game think in a Web Worker (a second and a fifth of a
 * second a move): the page keeps answering clicks and drawing while they do, and their moves
 * still arrive.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite();

describe('Expert in the browser', () => {
  it('keeps the page responsive while an Expert and a Hard seat think, and their moves arrive', { timeout: 180_000 }, async () => {
    const page = await suite.newPage({ width: 1280, height: 720 });
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat`);
    await page.selectOption('select[name="seat-us"]', 'expert');
    await page.selectOption('select[name="seat-china"]', 'hard');
    await page.selectOption('select[name="seat-russia"]', 'human');
    // A heartbeat every 20 ms: the longest gap between beats is how long the page's thread stalled.
    await page.evaluate(() => {
      const w = window as unknown as { maxGap: number; beats: number };
      w.maxGap = 0;
      w.beats = 0;
      let last = performance.now();
      setInterval(() => {
        const t = performance.now();
        w.maxGap = Math.max(w.maxGap, t - last);
        w.beats++;
        last = t;
      }, 20);
    });
    await page.click('#start');
    // While the bots think, a setting answers a click at once.
    const box = page.locator('#confirm-plays');
    await box.waitFor({ timeout: 20_000 });
    const before = await box.isChecked();
    const t0 = Date.now();
    await box.click();
    expect(await box.isChecked()).toBe(!before);
    // Playwright's click waits for two frames and a round trip, slow on a loaded machine (670 ms
    // seen); an Expert search on the page's thread would hold the click for its whole second.
    expect(Date.now() - t0).toBeLessThan(1000);
    // Each Expert move takes about a second (its budget); wait for Russia's turn after theirs.
    await page.locator('#actions button:not([disabled]):visible').first().waitFor({ timeout: 120_000 });
    const log = (await page.locator('.log-list').first().textContent()) ?? '';
    expect(log).toMatch(/United States|China/);
    const { maxGap, beats } = await page.evaluate(() => {
      const w = window as unknown as { maxGap: number; beats: number };
      return { maxGap: w.maxGap, beats: w.beats };
    });
    expect(beats).toBeGreaterThan(20);
    // A decision made on the page's thread would stall it for its whole one-second budget.
    expect(maxGap).toBeLessThan(600);
    await page.context().close();
  });
});

/**
 * Hot-seat in a real browser: a whole game by keyboard alone through the
 * Actions region, a game of one person and two bots by mouse, and a
 * screenshot of the board kept as a test artifact.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './harness';
import { launchBrowser, startServer } from './harness';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(width = 1280, height = 720): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (e) => { throw e; });
  return page;
}

async function startHotseat(page: Page, seats: Record<'us' | 'china' | 'russia', 'human' | 'easy'>): Promise<void> {
  await page.goto(`${server.url}/?botDelay=0&confirm=0#/hotseat`);
  for (const [p, v] of Object.entries(seats)) await page.selectOption(`select[name="seat-${p}"]`, v);
  await page.click('#start');
}

const gameOver = (page: Page) => page.locator('dialog.gameover[open]');

describe('hot-seat in Chromium', () => {
  it('three people play a whole 2019 game by keyboard alone through the Actions region', async () => {
    const page = await newPage();
    await startHotseat(page, { us: 'human', china: 'human', russia: 'human' });
    let presses = 0;
    let passes = 0;
    while (!(await gameOver(page).count())) {
      expect(presses).toBeLessThan(600);
      // Wait until something has keyboard focus: the pass screen's button or an action.
      const where = await page.waitForFunction(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return null;
        if (a.closest('dialog.gameover')) return 'over';
        if (a.closest('dialog.pass')) return 'pass';
        if (a.closest('[role="region"][aria-label="Actions"]')) return 'actions';
        return null;
      }, undefined, { timeout: 15_000 }).then((h) => h.jsonValue());
      if (where === 'over') break;
      if (where === 'pass') passes++;
      await page.keyboard.press('Enter');
      presses++;
    }
    const dialog = gameOver(page);
    await expect(dialog.getByRole('heading', { name: 'Game over' }).count()).resolves.toBe(1);
    expect(await dialog.textContent()).toMatch(/(United States|China|Russia) (wins|pushed the world to the Brink)/);
    // Three people at one screen: the device was passed to each of them in turn at least once
    // (not "many times": the match is dealt at random, and one once ended after 14 moves).
    expect(passes).toBeGreaterThanOrEqual(3);
    expect(await page.locator('dialog[aria-label="Game over"]').count()).toBe(1);
    await page.close();
  });

  it('one person plays against two bots by mouse to the end; the game-over screen explains the result', async () => {
    const page = await newPage();
    await startHotseat(page, { us: 'easy', china: 'human', russia: 'easy' });
    for (let i = 0; i < 200 && !(await gameOver(page).count()); i++) {
      const button = page.locator('#actions button:not([disabled])').first();
      try {
        await button.click({ timeout: 10_000 });
      } catch {
        // The game may have ended while we waited.
      }
    }
    const dialog = gameOver(page);
    await dialog.waitFor({ timeout: 20_000 });
    const text = await dialog.textContent();
    expect(text).toMatch(/Alignment reached/);
    expect(text).toMatch(/Prestige by source/);
    // No pass screen with a single person.
    expect(await page.locator('dialog.pass[open]').count()).toBe(0);
    await page.close();
  });

  it('shows the board at 1280×720 with the Actions region, the hand and the world event (screenshot kept)', async () => {
    const page = await newPage(1280, 720);
    await startHotseat(page, { us: 'human', china: 'easy', russia: 'easy' });
    await page.locator('#actions button:not([disabled])').first().waitFor();
    await page.locator('.board canvas').waitFor();
    await page.waitForTimeout(800);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/board-1280x720.png' });
    expect(await page.locator('.hand .card').count()).toBe(5);
    expect(await page.locator('.status .event').textContent()).toMatch(/World event/);
    // Disabled actions say why.
    expect(await page.locator('.act-off .why').count()).toBeGreaterThan(0);
    // Focusing a region's action from the keyboard shows the region and its source.
    await page.mouse.move(640, 5); // keep the pointer on the top bar, away from the panel
    await page.locator('#actions button[data-region="taiwan"]').focus();
    const tip = page.locator('#tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/Taiwan Strait.*Source: Lukin, P13/);
    await page.close();
  });

  it('stops drawing while nothing moves: with reduced motion an idle board costs almost no CPU, and a hover draws again', async () => {
    const page = await newPage(1280, 720);
    // Reduced motion holds the pulsing target outlines still, so nothing on this board moves.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await startHotseat(page, { us: 'human', china: 'easy', russia: 'easy' });
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    await page.mouse.move(640, 5);
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    const before = await busy();
    await page.waitForTimeout(2000);
    // A board redrawing every frame keeps this main thread busy for over a second of the two.
    expect((await busy()) - before).toBeLessThan(0.25);
    // Hovering Korea outlines it on the canvas: the loop woke up and drew.
    const canvas = page.locator('.board canvas');
    const still = await canvas.screenshot();
    await page.mouse.move(268, 190);
    await page.locator('#tooltip').waitFor({ state: 'visible' });
    await page.waitForTimeout(200);
    expect(Buffer.compare(await canvas.screenshot(), still)).not.toBe(0);
    await page.close();
  });
});

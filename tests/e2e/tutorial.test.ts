/**
 * The tutorial in a real browser: offered on a first visit, played through
 * every step to its end (home then says it is done and stops offering it),
 * and skipped from the middle.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../client/tutorial/steps';
import { browserSuite } from './harness';

const suite = browserSuite();
/** A fresh browser context: empty localStorage, as on a first visit. */
const newPage = () => suite.newPage();

const stepId = (page: Page) => page.locator('.tut-coach').getAttribute('data-step');

describe('tutorial in Chromium', () => {
  it('is offered on a first visit, is played through to its end, and home then says it is done', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0#/`);
    expect(await page.locator('#mode-tutorial').textContent()).toMatch(/^Tutorial(?! \(done\))/);
    await page.locator('#tut-start').click();
    await page.locator('.tut-coach').waitFor();
    await page.locator('.board canvas').waitFor();

    // Every step the coach shows, recorded in the page: a step passed quickly under load could
    // come and go between two polls from here.
    await page.evaluate(() => {
      const steps: string[] = [];
      const note = () => {
        const id = document.querySelector<HTMLElement>('.tut-coach')?.dataset.step;
        if (id && steps.at(-1) !== id) steps.push(id);
      };
      note();
      // The coach is drawn anew for each step: watch the whole page, not one element.
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
      (window as unknown as { tutSteps: string[] }).tutSteps = steps;
    });
    let shot = false;
    let confirmed = 0;
    for (let i = 0; i < 400; i++) {
      const id = await stepId(page);
      if (await page.locator('#tut-done').count()) break;
      if (id === 'tracks' && !shot) {
        // The guide points at the cooperation card on the board: a ring over the canvas.
        await page.locator('.tut-ring[data-part="cooperation"]').waitFor();
        await page.waitForTimeout(400);
        mkdirSync('test-results', { recursive: true });
        await page.screenshot({ path: 'test-results/tutorial-1280x720.png' });
        shot = true;
      }
      const next = page.locator('#tut-next:not([disabled])');
      const action = page.locator('#actions button:not([disabled])').first();
      // The tutorial asks before each play ("Confirm every play" is on for a newcomer).
      const confirm = page.locator('dialog.confirm[open] #confirm-play');
      if (await confirm.count()) {
        confirmed++;
        await confirm.click();
      } else if (await next.count()) await next.click();
      else if (await action.count()) await action.click().catch(() => undefined);
      else await page.waitForTimeout(100);
    }
    expect(shot).toBe(true);
    expect(confirmed).toBeGreaterThan(0);
    const seen = await page.evaluate(() => (window as unknown as { tutSteps: string[] }).tutSteps);
    // Every step was shown, in order (a step may be passed quickly, never skipped over unseen
    // except a play step whose card was already played).
    expect(seen[0]).toBe('welcome');
    expect(seen.at(-1)).toBe('done');
    const order = STEPS.map((s) => s.id);
    expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    for (const id of ['event', 'tracks', 'alignment', 'hand', 'play1', 'proposal', 'tension', 'upkeep']) expect(seen).toContain(id);
    // The proposal the guide talks about happened, and the quote names its paragraph.
    expect(await page.locator('.log-list').textContent()).toMatch(/propos/i);
    expect(await page.locator('.tut-quote .cite').textContent()).toMatch(/^Lukin, P\d+$/);

    await page.locator('#tut-menu').click();
    await page.locator('#mode-tutorial').waitFor();
    expect(await page.locator('#mode-tutorial strong').textContent()).toBe('Tutorial (done)');
    expect(await page.locator('.tut-offer').count()).toBe(0);
    await page.reload();
    expect(await page.locator('#mode-tutorial strong').textContent()).toBe('Tutorial (done)');
    await page.context().close();
  });

  it('can be skipped at any time; it is then not offered again but not marked done', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0#/tutorial`);
    await page.locator('#tut-next').click();
    await page.locator('.tut-coach[data-step="event"]').waitFor();
    await page.locator('#tut-skip').click();
    await page.locator('#mode-tutorial').waitFor();
    expect(await page.locator('#mode-tutorial strong').textContent()).toBe('Tutorial');
    expect(await page.locator('.tut-offer').count()).toBe(0);
    await page.context().close();
  });
});

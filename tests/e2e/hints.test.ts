/**
 * Hints and bots' reasons in Chromium: Suggest offers three moves, each with its forecast and
 * reasons, and choosing one selects it on the Actions list; a bot's log line shows why on focus;
 * at desktop and phone sizes (screenshots kept in test-results/).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';
import { checkLayout } from './layout-check';

const suite = browserSuite();
const GAME = '/?botDelay=0&confirm=0#/hotseat?start=1&seed=hints-1&us=human&china=normal&russia=normal';
mkdirSync('test-results', { recursive: true });

/** The US to act, the opening summary read. */
async function ready(page: Page): Promise<void> {
  await page.goto(`${suite.server.url}${GAME}`);
  await page.locator('.board[data-ready="true"] canvas').waitFor({ state: 'attached' });
  await page.locator('#actions button:not([disabled]):visible').first().waitFor();
  if (await page.locator('#summary-ok').isVisible()) await page.locator('#summary-ok').click();
}

/** Three suggestions, each with a forecast and reasons citing a paragraph. */
async function expectThree(page: Page): Promise<void> {
  const picks = page.locator('.suggest-list > li');
  await expect.poll(() => picks.count()).toBe(3);
  for (let i = 0; i < 3; i++) {
    const li = picks.nth(i);
    await expect(li.locator('.suggest-pick').textContent()).resolves.toMatch(/\w/);
    await expect(li.locator('.forecast').textContent()).resolves.toMatch(/\w/);
    await expect(li.locator('.suggest-why .why-line').first().textContent()).resolves.toMatch(/ — P\d+$/);
  }
}

/** Play the focused (selected) action, confirming if asked; then bots' lines (focusable, for their reasons) appear. */
async function playAndWaitForBot(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  if (await page.locator('dialog.confirm[open]').isVisible()) await page.locator('dialog.confirm[open] button').first().click();
  await page.locator('.log-list li[tabindex="0"]').first().waitFor({ state: 'attached' });
  await page.locator('#actions button:not([disabled]):visible').first().waitFor();
}

describe('hints and reasons', () => {
  it('desktop: Suggest shows three moves with reasons, choosing one selects it, a bot’s log line explains itself on focus', async () => {
    const page = await suite.newPage({ width: 1280, height: 800 });
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await ready(page);
    await page.locator('#suggest').click();
    await expectThree(page);
    // The search ran in its worker, not on the page's thread.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('hintWorker')))).toBe(true);
    expect(warnings.filter((w) => w.includes('hint'))).toEqual([]);
    await page.screenshot({ path: 'test-results/hints-suggest-1280x800.png' });

    // Choosing the second selects exactly that action below (its card chosen, its button focused).
    const label = await page.locator('.suggest-list .suggest-pick').nth(1).textContent();
    await page.locator('.suggest-list .suggest-pick').nth(1).click();
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { suggested: !!a?.classList.contains('suggested'), inActions: !!a?.closest('#actions'), action: a?.dataset['action'] ?? '' };
    });
    expect(focused.suggested && focused.inActions).toBe(true);
    expect(focused.action).not.toBe('');
    expect(label).toBeTruthy();

    await playAndWaitForBot(page);
    // The reasons load the first time the keyboard (or a pointer) enters the log.
    await page.locator('.log-list li[tabindex="0"]').first().focus();
    const line = page.locator('.log-list li.has-why').first();
    await line.waitFor();
    await line.focus();
    const why = line.locator('.log-why');
    await expect(why.isVisible()).resolves.toBe(true);
    await expect(why.textContent()).resolves.toMatch(/^Why, rather than its next best move: .+ — P\d+/);
    // Screen readers hear the reasons as the line's description.
    const described = await line.getAttribute('aria-describedby');
    await expect(why.getAttribute('id')).resolves.toBe(described);
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/hints-log-why-1280x800.png' });
    // A redraw (here: the window resized) replaces the log's lines; the one being read keeps focus.
    const value = await line.evaluate((li) => (li as HTMLLIElement).value);
    await page.setViewportSize({ width: 1279, height: 800 });
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => {
      const a = document.activeElement;
      return a instanceof HTMLLIElement && a.classList.contains('has-why') ? a.value : null;
    })).toBe(value);
  });

  it('phone 390×844: the Suggest panel and the reasons fit, every control is a 44 px target', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await ready(page);
    if (await page.locator('#view-actions').isVisible()) await page.locator('#view-actions').tap();
    await page.locator('#suggest').tap();
    await expectThree(page);
    await page.locator('.suggestions').scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    const r = await checkLayout(page);
    expect({ wider: r.scrollWidth > r.viewportWidth, overlaps: r.overlaps, small: r.small }).toEqual({ wider: false, overlaps: [], small: [] });
    await page.screenshot({ path: 'test-results/hints-suggest-390x844.png' });

    await page.locator('.suggest-list .suggest-pick').first().tap();
    await playAndWaitForBot(page);
    await page.locator('#view-log').tap();
    await page.locator('.log-list li[tabindex="0"]').last().tap();
    const line = page.locator('.log-list li.has-why').last();
    await line.waitFor();
    await line.focus();
    await expect(line.locator('.log-why').isVisible()).resolves.toBe(true);
    await page.waitForTimeout(200);
    await page.screenshot({ path: 'test-results/hints-log-why-390x844.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hints in a classroom', () => {
  /** A student joins `code` in their own browser and waits for their first turn. */
  async function student(code: string, name: string): Promise<Page> {
    const page = await suite.newPage({ width: 1280, height: 800 });
    await page.goto(`${suite.server.url}/#/classroom`);
    await page.fill('#class-code', code);
    await page.fill('#nickname', name);
    await page.click('#join-class');
    await page.locator('#actions button:not([disabled]):visible').first().waitFor();
    return page;
  }

  it('a teacher switches hints off: the student has no Suggest button; where they are on, each use is counted in the report', async () => {
    const teacher = await suite.newPage({ width: 1280, height: 800 });
    await teacher.goto(`${suite.server.url}/#/classroom`);
    await teacher.selectOption('#class-size', '1');
    await teacher.uncheck('#class-hints');
    await teacher.locator('#create-class').click();
    await teacher.waitForURL(/#\/classroom\/teach\//);
    const off = (await teacher.locator('#join-code').textContent())!;
    const ada = await student(off, 'Ada');
    await ada.locator('.board[data-ready="true"] canvas').waitFor({ state: 'attached' });
    await expect(ada.locator('#suggest').count()).resolves.toBe(0);
    await ada.screenshot({ path: 'test-results/hints-classroom-off-1280x800.png' });

    const r = await fetch(`${suite.server.url}/api/classroom/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: '2019', tableSize: 1 }) });
    const on = (await r.json()) as { code: string; teacherToken: string };
    const ben = await student(on.code, 'Ben');
    await ben.locator('#suggest').click();
    await expect.poll(() => ben.locator('.suggest-list > li').count()).toBe(3);
    await expect.poll(async () => {
      const rep = await fetch(`${suite.server.url}/api/classroom/sessions/${on.code}/report`, { headers: { authorization: `Bearer ${on.teacherToken}` } });
      return ((await rep.json()) as { tables: { hintsUsed: Record<string, number> }[] }).tables[0]?.hintsUsed['us'];
    }).toBe(1);
  });
});

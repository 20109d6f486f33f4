/**
 * Replay in a real browser: a hot-seat game of three bots played to the end,
 * its replay opened from the game-over dialog, stepped by keyboard, found
 * again on the home screen, and its shared link opened in a fresh browser
 * context (no localStorage) showing the same match, and stepped on a phone
 * from the bar over its board.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite();
const newPage = () => suite.newPage();

const stepText = (page: Page) => page.locator('#replay-step').textContent();
const stepOf = async (page: Page) => {
  const m = /Step (\d+) of (\d+) · Round (\d+)/.exec((await stepText(page)) ?? '');
  if (!m) throw new Error(`no step text: ${await stepText(page)}`);
  return { step: Number(m[1]), of: Number(m[2]), round: Number(m[3]) };
};
const mirrorText = (page: Page) => page.locator('#mirror').textContent();

describe('replay in Chromium', () => {
  it('replays a finished hot-seat match by keyboard, lists it on the home screen, and its link opens the same replay elsewhere', async () => {
    const page = await newPage();
    // A fixed seed deals a known game (68 moves, six rounds): a random one
    // once ended after 14 moves, too few to step through.
    await page.goto(`${suite.server.url}/?botDelay=0#/hotseat?start=1&seed=replay&us=easy&china=easy&russia=easy`);
    const over = page.locator('dialog.gameover[open]');
    await over.waitFor({ timeout: 90_000 });
    const link = over.locator('#gameover-replay');
    await link.waitFor();
    await link.click();

    await page.locator('#replay-step').waitFor();
    await page.locator('.board canvas').waitFor();
    const start = await stepOf(page);
    expect(start.step).toBe(0);
    expect(start.round).toBe(1);
    expect(start.of).toBeGreaterThan(20);
    // Before the deal no tie order is drawn yet: none is named (seat order would be wrong).
    await expect(page.locator('.status .tie-order').textContent()).resolves.toBe('Ties go to fewer crises started, then in an order drawn with the deal.');
    expect(await page.locator('.replay-result').textContent()).toMatch(/(wins|Brink)/);

    // Keyboard: End, Home, and arrows step through; the round shown changes with them.
    await page.keyboard.press('End');
    const end = await stepOf(page);
    expect(end.step).toBe(end.of);
    expect(end.round).toBeGreaterThan(1);
    // The step counter changes at once; the screen redraws on the next frame.
    await expect.poll(() => page.locator('.status .turn').textContent()).toMatch(/Game over after round/);
    const finalMirror = await mirrorText(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.status .tie-order').textContent()).toMatch(/drawn with the deal: (United States|China|Russia), /);
    await page.keyboard.press('Home');
    expect((await stepOf(page)).round).toBe(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect((await stepOf(page)).step).toBe(3);
    await page.keyboard.press('ArrowLeft');
    expect((await stepOf(page)).step).toBe(2);
    expect(await page.locator('.log-list li').count()).toBeGreaterThan(0);
    // Step forward until the round changes: the board text follows the step.
    const before = await mirrorText(page);
    let s = await stepOf(page);
    while (s.round === 1) {
      await page.keyboard.press('ArrowRight');
      s = await stepOf(page);
    }
    expect(s.round).toBe(2);
    await expect.poll(() => mirrorText(page)).not.toBe(before);
    // The step is announced to screen readers.
    expect(await page.locator('#replay-step').getAttribute('aria-live')).toBe('polite');

    await page.waitForTimeout(500);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/replay-1280x720.png' });

    // The shared link carries the whole record: a fresh context (empty storage) shows the same match.
    const href = await page.locator('#replay-share').getAttribute('href');
    expect(href).toMatch(/#\/replay\?r=/);
    expect(href!.length).toBeLessThan(400);
    const other = await newPage();
    await other.goto(href!);
    await other.locator('#replay-step').waitFor();
    expect((await stepOf(other)).of).toBe(end.of);
    await other.keyboard.press('End');
    await expect.poll(() => mirrorText(other)).toBe(finalMirror);
    expect(await other.locator('.replay-result').textContent()).toBe(await page.locator('.replay-result').textContent());
    await other.context().close();

    // A phone's Board view steps through the same replay from a bar over the board; a desktop has
    // the panel's controls beside the board and no bar.
    expect(await page.locator('.replay-mini').isVisible()).toBe(false);
    const phone = await suite.newPage({ width: 390, height: 844 }, { touch: true });
    await phone.goto(href!);
    await phone.locator('#replay-step').waitFor();
    await phone.locator('#view-board').click();
    const mini = phone.locator('.replay-mini');
    await mini.waitFor();
    await expect(mini.locator('.mini-step').textContent()).resolves.toBe(`Step 0/${end.of}`);
    expect(await phone.locator('#replay-mini-prev').isDisabled()).toBe(true);
    await phone.locator('#replay-mini-next').click();
    await phone.locator('#replay-mini-next').click();
    await expect(mini.locator('.mini-step').textContent()).resolves.toBe(`Step 2/${end.of}`);
    await phone.waitForTimeout(500);
    await phone.screenshot({ path: 'test-results/replay-390x844.png' });
    await phone.locator('#view-actions').click();
    expect(await mini.isVisible()).toBe(false);
    expect((await stepOf(phone)).step).toBe(2);
    // Turned on its side, the bar is a column beside the board, over none of it.
    await phone.setViewportSize({ width: 844, height: 390 });
    await phone.locator('#view-board').click();
    await mini.waitFor();
    await phone.waitForTimeout(400);
    const bar = (await mini.boundingBox())!;
    const board = (await phone.locator('#board').boundingBox())!;
    expect(bar.x).toBeGreaterThanOrEqual(board.x + board.width - 1);
    expect(bar.x + bar.width).toBeLessThanOrEqual(844);
    await expect(mini.locator('.mini-step').textContent()).resolves.toBe(`Step 2/${end.of}`);
    await phone.screenshot({ path: 'test-results/replay-844x390.png' });
    await phone.context().close();

    // Home lists the finished match; its link opens the replay.
    await page.goto(`${suite.server.url}/#/`);
    const item = page.locator('.finished a.finished-replay');
    expect(await item.count()).toBe(1);
    await item.click();
    await page.locator('#replay-step').waitFor();
    expect((await stepOf(page)).of).toBe(end.of);
    await page.context().close();
  });

  it('says plainly when a replay link is damaged', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/#/replay?r=1.2019.abc.%21%21.x`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/damaged/);
    await page.context().close();
  });
});

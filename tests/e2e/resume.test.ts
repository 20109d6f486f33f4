/**
 * A hot-seat match survives a reload: a phone that drops the tab in the
 * background, a closed laptop or a stray swipe must not cost a class its game.
 * The match comes back where it was (same board, same log, same hand), the home
 * screen offers it, and the finished match's replay holds every move, those
 * before the reload too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite();

const enabledAction = (page: Page) => page.locator('#actions button:not([disabled]):visible').first();
const gameOver = (page: Page) => page.locator('dialog.gameover[open]');

/** Everything a player sees of the match: the board as text, the whole log and the hand. */
const seen = (page: Page) => page.evaluate(() => ({
  board: document.querySelector('#mirror')?.textContent ?? '',
  log: [...document.querySelectorAll('.log-list li')].map((li) => li.textContent ?? ''),
  hand: document.querySelector('.hand')?.textContent ?? '',
}));

/** Take one action for the person, passing round summaries, and wait until it is theirs to take again (or the game is over). */
async function playOne(page: Page): Promise<void> {
  // The log keeps its latest lines only: its last line's number tells that the move went in.
  const last = () => page.$$eval('.log-list li', (lis) => Math.max(0, ...lis.map((li) => (li as HTMLLIElement).value)));
  const before = await last();
  await enabledAction(page).click();
  // A warned play (it cannot succeed, does nothing, is permanent) is asked about first: the person means it.
  if (await page.locator('dialog.confirm[open]').count()) await page.locator('#confirm-play').click();
  await expect.poll(last).toBeGreaterThan(before);
  await page.waitForFunction(() => !!document.querySelector('dialog.gameover[open], #summary-ok, #actions button:not([disabled])'));
  // At the end the last summaries wait under the game-over dialog: the loop stops there.
  while (await page.locator('#summary-ok').count() && !(await gameOver(page).count())) {
    await page.locator('#summary-ok').click();
    await page.waitForFunction(() => !!document.querySelector('dialog.gameover[open], #actions button:not([disabled])'));
  }
}

describe('a hot-seat match in Chromium survives a reload', () => {
  it('comes back where it was after a reload, is offered on the home screen, and its replay holds the moves before the reload', async () => {
    const page = await suite.newPage({ width: 1280, height: 720 });
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=resume-1&us=human&china=easy&russia=easy`);
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    await enabledAction(page).waitFor();
    for (let i = 0; i < 4; i++) await playOne(page);
    // The address now names the match in progress, not the link that dealt it.
    expect(new URL(page.url()).hash).toBe('#/hotseat/play');
    const before = await seen(page);
    expect(before.log.length).toBeGreaterThan(10);

    await page.reload();
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    await enabledAction(page).waitFor();
    const after = await seen(page);
    expect(after.board).toBe(before.board);
    expect(after.hand).toBe(before.hand);
    // The log shows its latest lines: the same ones as before the reload (the bots' reasons for
    // moves made before it are not kept: they live with the bots that thought them).
    const plain = (lines: string[]) => lines.slice(-10).map((l) => l.split('why?')[0]);
    expect(plain(after.log)).toEqual(plain(before.log));

    // The home screen offers the match in progress, with its round, and its link goes back to it.
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/`);
    const offer = page.locator('section.resume');
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/round \d+ of \d+ — United States: person · China: bot \(easy\) · Russia: bot \(easy\)/);
    await page.locator('#resume-match').click();
    await enabledAction(page).waitFor();
    expect((await seen(page)).board).toBe(before.board);

    // Play on to the end: the replay is made from the whole match, moves before the reload included.
    for (let i = 0; i < 80 && !(await gameOver(page).count()); i++) await playOne(page);
    const dialog = gameOver(page);
    await dialog.waitFor();
    const link = dialog.locator('#gameover-replay');
    await link.waitFor();
    await link.click();
    await page.locator('#replay-step').waitFor();
    await page.keyboard.press('End');
    const step = (await page.locator('#replay-step').textContent()) ?? '';
    const moves = Number(/of (\d+)/.exec(step)?.[1]);
    // Four of the person's moves came before the reload; the replay starts at the deal.
    expect(moves).toBeGreaterThan(before.log.filter((l) => l.startsWith('United States ')).length);
    await expect.poll(() => page.locator('.status .turn').textContent()).toMatch(/Game over after round/);

    // A finished match is no longer offered.
    await page.goto(`${suite.server.url}/#/`);
    await page.locator('.home').waitFor();
    expect(await page.locator('section.resume').count()).toBe(0);
    await page.context().close();
  });

  it('a round summary on screen when the page went away is shown again after the reload, until the player closes it or moves', async () => {
    const page = await suite.newPage({ width: 390, height: 844 }, { touch: true });
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=resume-2&us=human&china=easy&russia=easy`);
    await page.locator('.board[data-ready="true"] canvas').waitFor({ state: 'attached' });
    // Play the person's moves until round 1 ends, leaving its summary unread.
    const summary = page.locator('#round-summary');
    for (let i = 0; i < 10; i++) {
      await page.waitForFunction(() => !!document.querySelector('#round-summary, #actions button:not([disabled])'));
      if (await summary.count()) break;
      // The bots may end the round between the look and the tap: a summary over the action then
      // takes the tap, and the next look finds it.
      await enabledAction(page).tap({ timeout: 5_000 }).catch(() => undefined);
    }
    await summary.waitFor();
    const title = await page.locator('#summary-title').textContent();
    expect(title).toBe('Round 1 is over');
    const gains = await page.locator('.summary-gains').textContent();

    await page.reload();
    await summary.waitFor();
    expect(await page.locator('#summary-title').textContent()).toBe(title);
    // The same account of the round: where every point came from.
    expect(await page.locator('.summary-gains').textContent()).toBe(gains);
    await page.locator('#summary-ok').tap();
    // Closed, it stays closed: a reload before the next move does not bring it back.
    await page.reload();
    await enabledAction(page).waitFor();
    await page.waitForTimeout(500);
    expect(await summary.count()).toBe(0);
    await enabledAction(page).tap();
    // Once the person has moved in round 2, a reload no longer brings round 1 back.
    await page.reload();
    await enabledAction(page).waitFor();
    expect(await summary.count()).toBe(0);
    await page.context().close();
  });
});

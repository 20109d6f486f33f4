/**
 * Hot-seat in a real browser: a whole game by keyboard alone through the
 * Actions region, a game of one person and two bots by mouse in which every
 * action shows its forecast and every point is accounted for, and
 * screenshots of the board, a forecast, a round summary and a crisis kept as
 * test artifacts.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { initialState, POWER_NAMES, POWERS } from '../../game';
import { SUMMARY_PASSES_MS } from '../../client/play/summaryPanel';
import { browserSuite } from './harness';

const suite = browserSuite();
const newPage = (width = 1280, height = 720) => suite.newPage({ width, height });

async function startHotseat(page: Page, seats: Record<'us' | 'china' | 'russia', 'human' | 'easy'>): Promise<void> {
  await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat`);
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
        if (a.closest('#round-summary')) return 'summary';
        // An action that cannot succeed, ends the game or is permanent is always confirmed.
        if (a.closest('dialog.confirm')) return 'confirm';
        if (a.closest('[role="region"][aria-label="Actions"]')) return 'actions';
        return null;
      }, undefined, { timeout: 15_000 }).then((h) => h.jsonValue());
      if (where === 'over') break;
      if (where === 'pass') passes++;
      if (where === 'confirm') {
        // Asked because of a warning, the dialog opens on Cancel: a player means it with Tab, then Enter.
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-cancel');
        await page.keyboard.press('Tab');
      }
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
    await page.context().close();
  });

  it('one person plays against two bots by mouse to the end; the game-over screen explains the result', async () => {
    const page = await newPage();
    await startHotseat(page, { us: 'easy', china: 'human', russia: 'easy' });
    for (let i = 0; i < 200 && !(await gameOver(page).count()); i++) {
      if (await page.locator('#summary-ok').count()) await page.locator('#summary-ok').click().catch(() => undefined);
      if (await page.locator('dialog.confirm[open]').count()) await page.locator('#confirm-play').click().catch(() => undefined);
      const button = page.locator('#actions button:not([disabled]):visible').first();
      try {
        await button.click({ timeout: 10_000 });
      } catch {
        // The game may have ended while we waited.
      }
    }
    const dialog = gameOver(page);
    await dialog.waitFor({ timeout: 20_000 });
    const text = await dialog.textContent();
    expect(text).toMatch(/Alignment at the end: /);
    expect(text).toMatch(/Prestige by source/);
    // No pass screen with a single person.
    expect(await page.locator('dialog.pass[open]').count()).toBe(0);
    // The log says each round once, over its first line, not at the start of every line.
    const log = await page.$$eval('.log-list li', (lis) => lis.map((li) => ({ round: li.querySelector('.log-round')?.textContent ?? null, text: li.textContent ?? '' })));
    const rounds = log.flatMap((l) => (l.round ? [Number(l.round.replace('Round ', ''))] : []));
    expect(log[0]?.round).toMatch(/^Round \d+$/);
    expect(rounds.length).toBeGreaterThan(1);
    expect(rounds).toEqual([...new Set(rounds)].sort((a, b) => a - b));
    expect(log.filter((l) => /Round \d+ ·/.test(l.text))).toEqual([]);
    // The whole game's log is a press away: the earlier lines open from the first, and close back to the latest.
    await page.locator('#see-board').click();
    const total = Number((await page.locator('.log h2').textContent())?.match(/\((\d+) entr/)?.[1]);
    const values = () => page.$$eval('.log-list li', (lis) => lis.map((li) => (li as HTMLLIElement).value));
    if (total > log.length) {
      const more = page.locator('.log-more');
      expect(await more.textContent()).toBe(`Show the ${total - log.length} earlier lines`);
      await more.click();
      expect(await values()).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(await page.locator('.log-list li').first().textContent()).toMatch(/^Round 1/);
      await page.locator('.log-more', { hasText: 'Show the latest lines only' }).click();
      expect((await values()).length).toBe(log.length);
    } else expect(await page.locator('.log-more').count()).toBe(0);
    await page.context().close();
  });

  it('one person against two bots: every action forecasts with numbers, the map never plays, each round ends in a summary, and every prestige change is in the log (screenshots kept)', async () => {
    const page = await newPage(1366, 768);
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=wire-1&us=easy&china=human&russia=easy`);
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    mkdirSync('test-results', { recursive: true });
    const logged = new Map<number, string>();
    const collectLog = async () => {
      for (const [n, text] of await page.$$eval('.log-list li', (lis) => lis.map((li) => [(li as HTMLLIElement).value, li.textContent ?? ''] as const))) logged.set(n, text);
    };
    /** The board as text, the log and the hand: everything the state shows. */
    const snapshot = () => page.evaluate(() => [document.querySelector('#mirror')?.textContent, document.querySelector('.log')?.textContent, document.querySelector('.hand')?.textContent].join('\n'));
    const summaries = new Set<number>();
    let shotForecast = false;
    let shotSummary = false;
    let shotCrisis = false;
    let mapChecks = 0;
    let actions = 0;
    /** Both sizes a player might hold: a laptop and a phone. */
    const shoot = async (name: string, prepare: () => Promise<void>) => {
      for (const [w, hgt] of [[1366, 768], [390, 844]] as const) {
        await page.setViewportSize({ width: w, height: hgt });
        await page.waitForTimeout(250);
        await prepare();
        await page.screenshot({ path: `test-results/${name}-${w}x${hgt}.png` });
      }
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.waitForTimeout(250);
    };
    for (let i = 0; i < 300 && !(await gameOver(page).count()); i++) {
      await collectLog();
      const summary = page.locator('#round-summary');
      if (await summary.count()) {
        const text = (await summary.textContent()) ?? '';
        const round = Number(text.match(/Round (\d+) is over/)?.[1]);
        summaries.add(round);
        expect(text).toMatch(/Prestige this round, by source/);
        // The round's end scores regions and the treaty, unless the game ended before it (the Brink), which the summary says.
        expect(text).toMatch(/regions held|no treaty|keeps them apart|Before the round’s end: .*pushed the world to the Brink/);
        if (!shotSummary) {
          shotSummary = true;
          await shoot('round-summary', async () => { await summary.scrollIntoViewIfNeeded(); });
        }
        if (!shotCrisis && (await summary.locator('.crisis-one').count())) {
          shotCrisis = true;
          expect(await summary.locator('.crisis-one').first().textContent()).toMatch(/United States\s*\d+.*\d/s);
          await shoot('crisis', async () => { await summary.locator('.crisis-one').first().scrollIntoViewIfNeeded(); });
        }
        // The game-over dialog opens over the summaries still to read.
        if (await gameOver(page).count()) break;
        await page.locator('#summary-ok').click();
        continue;
      }
      const enabled = page.locator('#actions button.act:not([disabled]):visible');
      // Whichever comes first: China's turn, a round's summary, or the game's end.
      await page.locator('#actions button.act:not([disabled]):visible, #round-summary, dialog.gameover[open]').first().waitFor({ timeout: 15_000 });
      if (!(await enabled.count()) || (await page.locator('#round-summary').count())) continue;
      // Every enabled action's accessible description carries its forecast, with numbers; two carry
      // none: moving the focus (only the marker moves) and an action that changes nothing, which says so and why.
      // Read each description inside the button's own item: a redraw between the query and the
      // read may have replaced the page's copy (its ids are new), never the item's own.
      const descriptions = await enabled.evaluateAll((bs) => bs.map((b) => [b.textContent ?? '', (b.getAttribute('aria-describedby') ?? '').split(' ').map((id) => (b.closest('li')?.querySelector(`[id="${id}"]`) ?? document.getElementById(id))?.textContent ?? '').join(' ')] as const));
      for (const [label, d] of descriptions) expect(`${label}: ${d}`).toMatch(/:.*(\d\s*→\s*\d|[+−]\d)|: (Focus → (China|Russia|none)|No change \S)/);
      if (!shotForecast) {
        shotForecast = true;
        await shoot('forecast', async () => {
          const b = page.locator('#actions button.act:not([disabled]):visible').nth(1);
          await b.focus();
          await b.evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await page.mouse.move(2, 2);
          expect(await page.locator('.act-on:focus-within .act-full').isVisible()).toBe(true);
        });
      }
      if (actions === 1) {
        // The bots' moves since China's first are repeated in the status box, as the log words them:
        // a move's first line names its mover; an event its card fired for China may follow.
        const since = page.locator('.status .since');
        await since.waitFor();
        const lines = await since.locator('li').allTextContents();
        expect(lines[0]).toMatch(/^(United States|Russia) /);
        for (const l of lines) expect(l).not.toMatch(/^China /);
        // A score that moved since is summed there too, with its sources (a milestone is no move of its own).
        const gains = since.locator('.since-prestige');
        if (await gains.count()) expect(await gains.textContent()).toMatch(/^Prestige since: (United States|China|Russia) (?:[+−]\d+|±0) \([A-Z][a-zA-Z ]+ [+−]\d+(, [A-Z][a-zA-Z ]+ [+−]\d+)*\)/);
      }
      if (actions === 6) {
        // Each power's prestige shows where it came from, on focus as on hover, and to a screen reader.
        const chip = page.locator('.prestige-value[data-power="china"]');
        await chip.focus();
        const why = page.locator('.prestige-chip:focus-within .prestige-why');
        await expect.poll(() => why.isVisible()).toBe(true);
        const breakdown = (await why.textContent()) ?? '';
        expect(breakdown).toMatch(/Total −?\d+|No prestige gained or lost yet/);
        expect(await chip.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(breakdown);
        await page.screenshot({ path: 'test-results/prestige-breakdown-1366x768.png' });
      }
      if (actions % 7 === 0 && (await page.locator('.board canvas').isVisible())) {
        // Clicks on the map alone never change the state: checked while the bots wait for China.
        await expect.poll(() => snapshot(), { timeout: 10_000 }).toMatch(/China to act\./);
        // A round summary that came up meanwhile is read first: the map lies under it; so does a
        // confirmation still open from the play before (its Play button sits over the map).
        if (await page.locator('#round-summary, dialog.confirm[open]').count()) continue;
        const before = await snapshot();
        const box = (await page.locator('.board canvas').boundingBox())!;
        for (const [fx, fy] of [[0.2, 0.3], [0.5, 0.5], [0.8, 0.4], [0.35, 0.7]] as const) await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
        await page.waitForTimeout(100);
        expect(await snapshot()).toBe(before);
        mapChecks++;
        await page.locator('.region-close').click().catch(() => undefined);
      }
      await enabled.first().click({ timeout: 5_000 }).catch(() => undefined);
      // Asked whatever the setting says when the forecast warns: the dialog repeats the warning.
      if (await page.locator('dialog.confirm[open]').count()) {
        expect(await page.locator('dialog.confirm .warn').textContent()).toMatch(/\S/);
        await page.locator('#confirm-play').click();
      }
      actions++;
    }
    const over = gameOver(page);
    await over.waitFor({ timeout: 20_000 });
    await collectLog();
    // A player reading the result takes their time, the pointer elsewhere: the summaries under the dialog wait for them.
    await page.mouse.move(1, 1);
    await page.waitForTimeout(SUMMARY_PASSES_MS + 1000);
    // The summaries still to read are under the dialog, in turn: one whose round ended while
    // another was on screen (the bots taking the game to the Brink early in the next round) waited for it.
    await over.locator('#see-board').click();
    for (let k = 0; k < 3; k++) {
      const left = page.locator('#round-summary');
      if (!(await left.count())) break;
      summaries.add(Number(((await left.textContent()) ?? '').match(/Round (\d+) is over/)?.[1]));
      await page.locator('#summary-ok').click();
    }
    expect(await page.locator('#round-summary').count()).toBe(0);
    // The last summary's "See the result" opened the result again; "See the board" closes it.
    await over.waitFor({ timeout: 5_000 });
    await over.locator('#see-board').click();
    const finalRound = Number(((await page.locator('.status .turn').textContent()) ?? '').match(/after round (\d+)/)?.[1]);
    // Every round's summary was shown.
    const wanted = Array.from({ length: finalRound }, (_, k) => k + 1);
    expect([...summaries].sort((a, b) => a - b)).toEqual(wanted);
    expect(mapChecks).toBeGreaterThan(0);
    expect(shotForecast && shotSummary).toBe(true);
    // Every prestige change is in the log: the logged deltas add up to the prestige shown.
    const lines = [...logged.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    expect(logged.size).toBe(Math.max(...logged.keys()));
    const start = initialState('2019').prestige;
    for (const p of POWERS) {
      const sum = lines.reduce((t, l) => {
        // A round's first line is headed by its round ("Round 3"), the others not.
        const m = l.match(new RegExp(`^(?:Round \\d+)?${POWER_NAMES[p]} ([+−]\\d+) prestige`));
        return t + (m ? Number(m[1]!.replace('−', '-')) : 0);
      }, 0);
      const shown = Number(((await page.locator(`.prestige-value[data-power="${p}"]`).textContent()) ?? '').match(/([−-]?\d+)$/)?.[1]?.replace('−', '-'));
      expect(sum).toBe(shown - start[p]);
    }
    // The game-over table counts the same, by source.
    await page.locator('#show-result').click();
    await over.waitFor();
    expect(await over.locator('table.prestige').textContent()).toMatch(/Regions held/);
    await page.context().close();
  });

  it('shows the board at 1280×720 with the Actions region, the hand and the world event (screenshot kept)', async () => {
    const page = await newPage(1280, 720);
    await startHotseat(page, { us: 'human', china: 'easy', russia: 'easy' });
    await page.locator('#actions button:not([disabled]):visible').first().waitFor();
    await page.locator('.board canvas').waitFor();
    await page.waitForTimeout(800);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/board-1280x720.png' });
    expect(await page.locator('.hand .card').count()).toBe(5);
    expect(await page.locator('.status .event').textContent()).toMatch(/World event/);
    // Who wins a tie is on the table before anyone acts: the order drawn with the deal.
    expect(await page.locator('.status .tie-order').textContent()).toMatch(/^Ties go to fewer crises started, then in the order drawn with the deal: (United States|China|Russia), (United States|China|Russia), (United States|China|Russia)\.$/);
    // Disabled actions say why, folded under a line that is on screen and opens them.
    expect(await page.locator('.act-off .why').count()).toBeGreaterThan(0);
    const fold = page.locator('#actions details.act-more').first();
    expect(await fold.locator('summary').textContent()).toMatch(/^\d+ not possible (now|with this card now)$/);
    await fold.locator('summary').click();
    expect(await fold.locator('.act-off .why').first().isVisible()).toBe(true);
    await fold.locator('summary').click();
    // On a desktop the whole forecast comes on hover and focus: no "More" buttons.
    expect(await page.locator('#actions .act-whole').first().isVisible()).toBe(false);
    // Focusing a region's action from the keyboard shows the region and its source.
    await page.mouse.move(640, 5); // keep the pointer on the top bar, away from the panel
    await page.locator('#actions button[data-region="taiwan"]').focus();
    const tip = page.locator('#tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/Taiwan Strait.*Source: Lukin, P13/);
    await page.context().close();
  });

  it('the page zoomed from 1 to 2 device pixels per CSS pixel: the board starts again at the new density, one canvas, and the pointer still finds a region by its shape and by the whole of its label', async () => {
    const errors: string[] = [];
    const page = await suite.newPage({ width: 1280, height: 720 }, { errors });
    await startHotseat(page, { us: 'human', china: 'easy', russia: 'easy' });
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    /** Each canvas in the board: its pixels per CSS pixel across. */
    const densities = () => page.$$eval('.board canvas', (cs) => cs.map((c) => Math.round(((c as HTMLCanvasElement).width / (c as HTMLCanvasElement).clientWidth) * 10) / 10));
    expect(await densities()).toEqual([1]);
    const tip = page.locator('#tooltip');
    /** What the pointer finds at a page point, as the tooltip names it ('' for nothing). */
    let wiggle = 0;
    const found = async (x: number, y: number) => {
      await page.mouse.move(x, y + (wiggle++ % 2));
      return (await tip.isVisible()) ? ((await tip.textContent()) ?? '') : '';
    };
    // Korea's label, near its bottom right corner (the whole label is a target, not its top left quarter).
    await expect.poll(() => found(228, 192), { timeout: 20_000 }).toMatch(/Korea/);
    await page.mouse.move(640, 5);
    // What a browser does when the page is zoomed: a new density, and a resize to say so (the
    // DevTools protocol changes the density without the event).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 2, mobile: false });
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await expect.poll(densities, { timeout: 20_000 }).toEqual([2]);
    // The same CSS points still find Korea once the new board has drawn, as a player's next move of the mouse would.
    await expect.poll(() => found(268, 190), { timeout: 20_000 }).toMatch(/Korea/);
    await page.mouse.move(640, 5);
    await expect.poll(() => found(228, 192), { timeout: 20_000 }).toMatch(/Korea/);
    await page.screenshot({ path: 'test-results/board-1280x720-zoomed-to-2x.png' });
    expect(errors).toEqual([]);
    await page.context().close();
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
    await page.context().close();
  });

  it('"Your actions" shows while the first action is below the panel’s fold, follows the window’s size, and goes to the actions when pressed', async () => {
    const page = await newPage(1920, 1400);
    await startHotseat(page, { us: 'human', china: 'easy', russia: 'easy' });
    const first = page.locator('#actions button.act:not([disabled])').first();
    await first.waitFor();
    const button = page.locator('#to-actions');
    const below = () => page.evaluate(() => {
      const act = document.querySelector('#actions button.act:not([disabled])')?.getBoundingClientRect();
      const panel = document.querySelector('.panel')?.getBoundingClientRect();
      return !!act && !!panel && act.top > panel.bottom - 24;
    });
    // A tall window shows the actions: no button.
    expect(await below()).toBe(false);
    expect(await button.isVisible()).toBe(false);
    // A short one puts them below the fold, and the button comes without a scroll or a move.
    await page.setViewportSize({ width: 1180, height: 700 });
    await expect.poll(below).toBe(true);
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(below).toBe(false);
    await expect.poll(() => button.isVisible()).toBe(false);
    // Back at the top of the panel it returns; the window made tall again takes it away.
    await page.locator('.panel').evaluate((el) => el.scrollTo({ top: 0 }));
    await expect.poll(() => button.isVisible()).toBe(true);
    await page.setViewportSize({ width: 1920, height: 1400 });
    await expect.poll(() => button.isVisible()).toBe(false);
    await page.context().close();
  });
});

/**
 * Phones and tablets in Chromium with touch emulation: at seven screen sizes
 * the home page and a game in progress fit the width, no text lies over other
 * text and every control is big enough for a finger (screenshots kept in
 * test-results/); a whole hot-seat game against bots played by tapping in the
 * Actions view, the phone turned sideways in the middle; and the online and
 * classroom pages a phone opens fit its width.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from './harness';
import { checkLayout } from './layout-check';

const suite = browserSuite();
beforeAll(() => {
  mkdirSync('test-results', { recursive: true });
});

const SIZES = [[360, 640], [390, 844], [844, 390], [768, 1024], [820, 1180], [1024, 768], [1180, 820], [1366, 768], [1920, 1080]] as const;
const GAME = '/?botDelay=0&confirm=0#/hotseat?start=1&seed=phone-1&us=human&china=easy&russia=easy';

/** A touch device of this size; its page errors are collected for the test to check. */
async function phone(width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await suite.newPage({ width, height }, { touch: true, errors, timeout: 30_000 });
  return { page, errors };
}

/** Everything a player would notice, in one message so a failure says all of it. */
async function expectTidy(page: Page, where: string): Promise<void> {
  const r = await checkLayout(page);
  expect({ where, wider: r.scrollWidth > r.viewportWidth ? `${r.scrollWidth} > ${r.viewportWidth}` : null, overlaps: r.overlaps, small: r.small })
    .toEqual({ where, wider: null, overlaps: [], small: [] });
}

const compact = (page: Page) => page.locator('.play.compact').count().then((n) => n > 0);

describe('phones and tablets in Chromium (touch)', () => {
  it('the layout checker sees text over text, a small button and a page wider than the screen', async () => {
    const { page } = await phone(390, 844);
    await page.goto(`${suite.server.url}/`);
    await page.locator('#mode-hotseat').waitFor();
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = '<p style="position:absolute;left:10px;top:10px;margin:0">Round 1 of 6</p><p style="position:absolute;left:20px;top:14px;margin:0">Tension 2</p>'
        + '<button style="min-height:0;min-width:0;padding:0;font-size:10px">x</button><div style="width:600px;height:4px"></div>';
      document.body.append(box);
    });
    const r = await checkLayout(page);
    expect(r.overlaps).toContain('"Round 1 of 6" × "Tension 2"');
    expect(r.small.some((s) => s.startsWith('button "x"'))).toBe(true);
    expect(r.scrollWidth).toBeGreaterThan(r.viewportWidth);
  });

  for (const [w, h] of SIZES) {
    it(`${w}×${h}: home and a game in progress fit, no text overlaps, touch targets ≥ 44 px`, async () => {
      const { page, errors } = await phone(w, h);
      await page.goto(`${suite.server.url}/`);
      await page.locator('#mode-hotseat').waitFor();
      await page.screenshot({ path: `test-results/phone-home-${w}x${h}.png` });
      await expectTidy(page, `home ${w}×${h}`);

      await page.goto(`${suite.server.url}${GAME}`);
      await page.locator('.board[data-ready="true"] canvas').waitFor({ state: 'attached', timeout: 20_000 });
      await page.locator('#actions button:not([disabled]):visible').first().waitFor({ timeout: 15_000 });
      // The opening round's summary may be over the board; a player reads and closes it.
      if (await page.locator('#summary-ok').isVisible()) await page.tap('#summary-ok');
      // A phone either way up and a tablet upright have one view at a time; a tablet on its side the whole table.
      expect(await compact(page)).toBe(w <= 700 || h <= 500 || (w <= 900 && h > w));
      if (await compact(page)) {
        // The state line stays on screen in every view.
        for (const view of ['actions', 'log', 'board'] as const) {
          await page.tap(`#view-${view}`);
          await expect(page.locator('.play').getAttribute('data-view')).resolves.toBe(view);
          await expect(page.locator('.state-strip').isVisible()).resolves.toBe(true);
          await expect(page.locator('.state-strip').textContent()).resolves.toMatch(/Round 1\/\d, turn 1 of 3 each.*to play.*Global tension/);
          await page.waitForTimeout(150);
          await expectTidy(page, `game ${w}×${h}, ${view} view`);
        }
        // The board shows one theater at a time and zooms.
        await page.tap('#show-europe');
        await expect(page.locator('#show-europe').getAttribute('aria-pressed')).resolves.toBe('true');
        await page.tap('#zoom-in');
        await page.tap('#zoom-out');
      } else {
        await expect(page.locator('.view-tabs').isVisible()).resolves.toBe(false);
        await expectTidy(page, `game ${w}×${h}`);
        // Where the actions start below the panel's fold, a button at its foot goes to them.
        const first = page.locator('#actions button.act:not([disabled])').first();
        const panel = (await page.locator('.panel').boundingBox())!;
        if ((await first.boundingBox())!.y > panel.y + panel.height - 24) {
          await page.locator('#to-actions').tap();
          await expect.poll(async () => (await first.boundingBox())!.y).toBeLessThan(panel.y + panel.height - 44);
          await expect(page.locator('#to-actions').isVisible()).resolves.toBe(false);
        }
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: `test-results/phone-${w}x${h}.png` });
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it('360×640: the board shows a theater’s map alone, big enough to tap, and Tracks shows the meter cards without a map (screenshots kept)', async () => {
    const { page, errors } = await phone(360, 640);
    await page.goto(`${suite.server.url}${GAME}`);
    await page.tap('#view-board');
    const canvas = page.locator('.board[data-ready="true"] canvas');
    await canvas.waitFor();
    const box = (await canvas.boundingBox())!;
    /** Taps across the canvas until one opens a region (the Actions view), as a player would; how many did. */
    const regionsFound = async (): Promise<number> => {
      let found = 0;
      for (let fy = 0.3; fy < 0.75; fy += 0.15) {
        for (let fx = 0.2; fx < 0.85; fx += 0.2) {
          await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
          if ((await page.locator('.play').getAttribute('data-view')) === 'actions') {
            found++;
            await page.tap('#region-panel .region-close');
            await page.tap('#view-board');
          }
        }
      }
      return found;
    };
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/phone-map-360x640.png' });
    // The map fills the width: regions are found over much of the canvas (with the cards under it, it was a speck).
    expect(await regionsFound()).toBeGreaterThanOrEqual(4);
    // A tap on the theater's header (its tension and forces) says what they mean.
    const tip = page.locator('#tooltip');
    let header = '';
    for (let y = box.y + 4; y < box.y + 120 && !/^Pacific tension/.test(header); y += 6) {
      await page.touchscreen.tap(box.x + box.width * 0.4, y);
      await page.waitForTimeout(150); // the board hears a tap on its next frame
      header = (await tip.isVisible()) ? (await tip.textContent()) ?? '' : '';
    }
    expect(header).toMatch(/^Pacific tension.*crisis erupts at Taiwan Strait/);
    await page.tap('#show-tracks');
    await expect(page.locator('#show-tracks').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'test-results/phone-tracks-360x640.png' });
    expect(await regionsFound()).toBe(0);
    // A tap on a meter card says what it means, with its numbers now; another view takes it away.
    for (const [fy, title] of [[0.08, /^Cooperation tracks/], [0.7, /^China: technology/]] as const) {
      await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height * fy);
      // The board hears the tap on its next frame.
      await expect.poll(async () => (await tip.isVisible()) && await tip.textContent()).toMatch(title);
      expect(await tip.textContent()).toMatch(/Source: Lukin, P\d/);
    }
    await page.screenshot({ path: 'test-results/phone-tracks-help-360x640.png' });
    await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.995);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.tap('#show-europe');
    expect(await regionsFound()).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('390×844: a tap on a region opens its panel in the Actions view, closing it goes back to the map; a drag over the map chooses nothing', async () => {
    const { page, errors } = await phone(390, 844);
    await page.goto(`${suite.server.url}${GAME}`);
    await page.tap('#view-board');
    const canvas = page.locator('.board[data-ready="true"] canvas');
    await canvas.waitFor();
    const box = (await canvas.boundingBox())!;
    // Find a region by tapping across the map (the upper part of the canvas), as a player would.
    let at: { x: number; y: number } | null = null;
    for (let fy = 0.15; fy < 0.5 && !at; fy += 0.05) {
      for (let fx = 0.2; fx < 0.85 && !at; fx += 0.1) {
        const p = { x: box.x + box.width * fx, y: box.y + box.height * fy };
        await page.touchscreen.tap(p.x, p.y);
        if ((await page.locator('.play').getAttribute('data-view')) === 'actions') at = p;
      }
    }
    expect(at).not.toBeNull();
    await expect(page.locator('#region-panel').isVisible()).resolves.toBe(true);
    // Closed, the panel hands back the map it was opened from.
    await page.tap('#region-panel .region-close');
    await expect.poll(() => page.locator('.play').getAttribute('data-view')).toBe('board');
    await page.tap('#view-board');
    // The same spot, pressed and dragged: no region is chosen, the board stays.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', at!.x, at!.y);
    for (let i = 1; i <= 6; i++) await touch('touchMove', at!.x + i * 10, at!.y + i * 4);
    await touch('touchEnd', 0, 0);
    await page.waitForTimeout(200);
    await expect(page.locator('.play').getAttribute('data-view')).resolves.toBe('board');
    expect(await page.locator('#region-panel').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('390×844 at 2 device pixels per CSS pixel: the board is drawn at the screen’s density, and a tap still finds its region (screenshot kept)', async () => {
    const errors: string[] = [];
    const page = await suite.newPage({ width: 390, height: 844 }, { touch: true, pixelRatio: 2, errors, timeout: 30_000 });
    await page.goto(`${suite.server.url}${GAME}`);
    await page.tap('#view-board');
    const canvas = page.locator('.board[data-ready="true"] canvas');
    await canvas.waitFor();
    // Twice as many canvas pixels as CSS pixels each way: text and outlines are not stretched.
    const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight }));
    expect(Math.abs(size.w - 2 * size.cssW)).toBeLessThanOrEqual(2);
    expect(Math.abs(size.h - 2 * size.cssH)).toBeLessThanOrEqual(2);
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'test-results/phone-board-390x844@2x.png' });
    const box = (await canvas.boundingBox())!;
    let found = false;
    for (let fy = 0.15; fy < 0.5 && !found; fy += 0.05) {
      for (let fx = 0.2; fx < 0.85 && !found; fx += 0.1) {
        await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
        found = (await page.locator('.play').getAttribute('data-view')) === 'actions';
      }
    }
    expect(found).toBe(true);
    await expect(page.locator('#region-panel').isVisible()).resolves.toBe(true);
    // Zoomed in, the board is laid out again at the screen's density (screenshot kept).
    await page.tap('#region-panel .region-close');
    await page.tap('#view-board');
    await page.tap('#zoom-in');
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'test-results/phone-board-zoomed-390x844@2x.png' });
    expect(errors).toEqual([]);
  }, 60_000);

  it('390×844: “More” beside an action’s forecast opens the whole forecast under it, with no hover and without playing', async () => {
    const { page, errors } = await phone(390, 844);
    await page.goto(`${suite.server.url}${GAME}`);
    const item = page.locator('#actions li.act-on:visible').filter({ has: page.locator('.act-whole') }).first();
    await item.waitFor({ timeout: 20_000 });
    const full = item.locator('.act-full');
    expect(await full.isVisible()).toBe(false);
    const log = await page.locator('.log-list li').count();
    await item.locator('.act-whole').tap();
    await expect.poll(() => full.isVisible()).toBe(true);
    // A redraw (here a resize; in play a bot's move) replaces the list: what was opened stays open.
    await page.setViewportSize({ width: 390, height: 843 });
    await page.waitForTimeout(400);
    await expect.poll(() => full.isVisible()).toBe(true);
    expect(await item.locator('.act-whole').getAttribute('aria-expanded')).toBe('true');
    expect(await item.locator('.act-whole').textContent()).toBe('Less');
    expect((await full.textContent())?.length).toBeGreaterThan((await item.locator('.forecast').textContent())?.length ?? 0);
    await full.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/phone-forecast-more-390x844.png' });
    // Nothing was played.
    expect(await page.locator('.log-list li').count()).toBe(log);
    await expectTidy(page, 'whole forecast open 390×844');
    await item.locator('.act-whole').tap();
    await expect.poll(() => full.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('390×844: a tap on a card brings its heading to the top of the Actions view, its first action in sight', async () => {
    const { page, errors } = await phone(390, 844);
    await page.goto(`${suite.server.url}${GAME}`);
    const cards = page.locator('.hand .card');
    await cards.nth(1).waitFor({ timeout: 20_000 });
    // The hand and the status come first: the chosen card's actions start below the screen's fold.
    await cards.nth(1).tap();
    const heading = page.locator('#actions > h2');
    await expect.poll(() => heading.textContent()).toContain(await cards.nth(1).locator('.card-title').textContent() ?? '?');
    const top = async (sel: string) => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().top);
    const panelTop = await top('.panel');
    await expect.poll(async () => Math.abs((await top('#actions')) - panelTop)).toBeLessThan(24);
    const tabsTop = await top('.view-tabs');
    const firstAction = await top('#actions button.act:not([disabled])');
    expect(firstAction).toBeLessThan(tabsTop - 44);
    expect(errors).toEqual([]);
  });

  it('390×844: influence is folded by theater, its summary naming the regions; a tap opens it, a redraw keeps it open, a wide screen unfolds it', async () => {
    const { page, errors } = await phone(390, 844);
    await page.goto(`${suite.server.url}${GAME}`);
    const folds = page.locator('#actions details.act-fold');
    await folds.first().waitFor();
    const height = await page.locator('#actions').evaluate((e) => e.getBoundingClientRect().height);
    const fold = folds.first();
    expect(await fold.locator('.fold-regions').textContent()).toMatch(/^[A-Z][^·]+( · [A-Z][^·]+){1,4}$/);
    expect(await fold.locator('button.act').first().isVisible()).toBe(false);
    await fold.locator('summary').tap();
    await expect.poll(() => fold.locator('button.act').first().isVisible()).toBe(true);
    // Each region's button and forecast name it as the summary (and the map) does.
    const first = (await fold.locator('.fold-regions').textContent())?.split(' · ')[0] ?? '?';
    await expect(fold.locator('button.act').first().textContent()).resolves.toContain(first);
    expect(await page.locator('#actions').evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(height + 200);
    await page.setViewportSize({ width: 390, height: 843 });
    await page.waitForTimeout(400);
    await expect.poll(() => folds.first().getAttribute('open')).toBe('');
    await expectTidy(page, 'influence unfolded 390×844');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => folds.count()).toBe(0);
    await expect(page.locator('#actions .group-influence-pacific button.act').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('390×844: the round summary belongs to the Actions view; Board and Log show the board and the log to check it against', async () => {
    const { page, errors } = await phone(390, 844);
    await page.goto(`${suite.server.url}${GAME}`);
    const summary = page.locator('#round-summary');
    for (let i = 0; i < 3 && !(await summary.isVisible()); i++) {
      await page.locator('#actions button.act:not([disabled]):visible').first().tap();
      await expect.poll(async () => (await summary.isVisible()) || (await page.locator('#actions button.act:not([disabled]):visible').count()) > 0).toBe(true);
    }
    await summary.waitFor();
    await page.tap('#view-board');
    await expect.poll(() => summary.isVisible()).toBe(false);
    // What the board shows is in reach of a finger: the theater buttons, not a summary over them.
    await page.tap('#show-tracks');
    await page.tap('#view-log');
    await expect.poll(() => page.locator('.log-list').isVisible()).toBe(true);
    expect(await summary.isVisible()).toBe(false);
    await page.tap('#view-actions');
    await expect.poll(() => summary.isVisible()).toBe(true);
    await page.tap('#summary-ok');
    await expect.poll(() => summary.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('390×844: a tap on a bot’s newest log line opens its reasons in sight, not below the fold', async () => {
    const { page, errors } = await phone(390, 844);
    await page.goto(`${suite.server.url}${GAME}`);
    // Two plays, so that the bots have moved and the log is longer than its view.
    for (let i = 0; i < 2; i++) {
      await page.locator('#actions button.act:not([disabled]):visible').first().tap();
      await page.locator('#actions button.act:not([disabled]):visible').first().waitFor();
      if (await page.locator('#summary-ok').isVisible()) await page.tap('#summary-ok');
    }
    await page.tap('#view-log');
    expect(await page.locator('.log-list').evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
    const line = page.locator('.log-list li.has-why').last();
    await line.waitFor();
    await line.tap();
    const why = line.locator('.log-why');
    await expect.poll(() => why.isVisible()).toBe(true);
    const navTop = await page.locator('#view-log').evaluate((e) => e.getBoundingClientRect().top);
    await expect.poll(() => why.evaluate((e) => e.getBoundingClientRect().bottom)).toBeLessThanOrEqual(navTop);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('390×844: a tap on the log, which lies over the map, reads the log and reaches no region under it', async () => {
    const { page, errors } = await phone(390, 844);
    await page.goto(`${suite.server.url}${GAME}`);
    await page.locator('.board[data-ready="true"] canvas').waitFor({ state: 'attached' });
    if (await page.locator('#summary-ok').isVisible()) await page.tap('#summary-ok');
    const reached: string[] = [];
    for (let y = 160; y <= 440; y += 40) {
      for (let x = 40; x <= 340; x += 60) {
        if ((await page.locator('.play').getAttribute('data-view')) !== 'log') await page.tap('#view-log');
        await page.touchscreen.tap(x, y);
        await page.waitForTimeout(30);
        if ((await page.locator('.play').getAttribute('data-view')) !== 'log') reached.push(`${x},${y}`);
      }
    }
    expect(reached).toEqual([]);
    expect(await page.locator('#region-panel').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a whole hot-seat game against bots by tapping in the Actions view at 390×844, turned to 844×390 halfway', async () => {
    const { page, errors } = await phone(390, 844);
    await page.goto(`${suite.server.url}${GAME.replace('phone-1', 'phone-game')}`);
    await page.locator('.board[data-ready="true"] canvas').waitFor({ state: 'attached', timeout: 20_000 });
    await expect(page.locator('.play').getAttribute('data-view')).resolves.toBe('actions');
    const over = page.locator('dialog.gameover[open]');
    let taps = 0;
    let turned = false;
    const started = Date.now();
    while (!(await over.count())) {
      expect(taps).toBeLessThan(400);
      expect(Date.now() - started).toBeLessThan(240_000);
      if (await page.locator('dialog.confirm[open]').count()) await page.tap('#confirm-play').catch(() => undefined);
      else if (await page.locator('#summary-ok').isVisible()) await page.tap('#summary-ok').catch(() => undefined);
      else {
        // A calm player (no action that raises tension when another will do), so the game runs its rounds.
        const calm = page.locator('#actions li.act-on:visible').filter({ hasNotText: /tension/i }).locator('button:not([disabled])');
        const button = (await calm.count()) > 0 ? calm.first() : page.locator('#actions button:not([disabled]):visible').first();
        if (!(await button.isVisible())) {
          await page.locator('#actions button:not([disabled]):visible, dialog.gameover[open], #summary-ok, dialog.confirm[open]').first().waitFor({ timeout: 15_000 });
          continue;
        }
        await button.tap({ timeout: 5_000 }).catch(() => undefined);
        taps++;
      }
      if (!turned && (await page.locator('.state-strip').textContent())?.match(/Round [3-9]/)) {
        turned = true;
        await page.setViewportSize({ width: 844, height: 390 });
        await page.waitForTimeout(400);
        await expect(page.locator('.play').getAttribute('data-view')).resolves.toBe('actions');
        await page.screenshot({ path: 'test-results/phone-turned-844x390.png' });
        const r = await checkLayout(page);
        expect(r.scrollWidth).toBeLessThanOrEqual(r.viewportWidth);
      }
    }
    expect(turned).toBe(true);
    await expect(over.textContent()).resolves.toMatch(/(United States|China|Russia) (wins|pushed the world to the Brink)/);
    // Who won is in view as the dialog opens, above the buttons that have the focus.
    const headline = (await over.locator('.headline').boundingBox())!;
    expect(headline.y).toBeGreaterThanOrEqual(0);
    expect(headline.y + headline.height).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/phone-gameover-844x390.png' });
    await expectTidy(page, 'game over 844×390');
    // "See the board" shows the board: its view, with the last round's summary folded to its title.
    await over.locator('#see-board').tap();
    await expect(page.locator('.play').getAttribute('data-view')).resolves.toBe('board');
    await expect(page.locator('#round-summary:not(.folded)').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 300_000);

  it('360×640: every menu page (set-up, How to play, rules, article, lab, classroom, online) fits, with no overlapping text and big enough controls', async () => {
    const { page, errors } = await phone(360, 640);
    for (const route of ['#/hotseat', '#/help', '#/rules', '#/article', '#/lab', '#/classroom', '#/online']) {
      await page.goto(`${suite.server.url}/${route}`);
      await page.locator('main, .online-page, .classroom-page').first().waitFor();
      await page.waitForTimeout(300);
      await expectTidy(page, route);
    }
    expect(errors).toEqual([]);
  }, 60_000);

  it('online at 390×844: creating, sharing, joining and watching a match fit the screen', async () => {
    const alice = await phone(390, 844);
    await alice.page.goto(`${suite.server.url}/#/online`);
    await alice.page.locator('form.create').waitFor();
    await expectTidy(alice.page, 'online lobby');
    await alice.page.fill('#create-name', 'Alice');
    await alice.page.tap('#create');
    await alice.page.waitForURL(/#\/online\/match\//);
    await alice.page.locator('#share-code').waitFor();
    await alice.page.screenshot({ path: 'test-results/phone-online-share-390x844.png' });
    await expectTidy(alice.page, 'online share');
    const link = await alice.page.locator('#share-link').inputValue();
    const bob = await phone(390, 844);
    await bob.page.goto(link);
    await bob.page.locator('#join-name').waitFor();
    await expectTidy(bob.page, 'online join');
    await bob.page.fill('#join-name', 'Bob');
    await bob.page.tap('#join');
    await bob.page.locator('.state-strip').waitFor();
    await expectTidy(bob.page, 'online seat');
    // A spectator on a phone: the match, no hand, nothing too wide or too small.
    const watcher = await phone(390, 844);
    await watcher.page.goto(link);
    await watcher.page.locator('#watch').tap();
    // A spectator has no actions: the phone opens on the board; Actions says who is watching.
    await watcher.page.locator('.state-strip').waitFor();
    await expect.poll(() => watcher.page.locator('.play').getAttribute('data-view')).toBe('board');
    await watcher.page.tap('#view-actions');
    await watcher.page.locator('.online-head', { hasText: 'Watching as a spectator' }).waitFor();
    await expectTidy(watcher.page, 'online spectator');
    expect(await watcher.page.locator('.hand .card').count()).toBe(0);
    expect([...alice.errors, ...bob.errors, ...watcher.errors]).toEqual([]);
  }, 90_000);

  it('classroom: a student joins by code on a phone, sees the pause and the end; the teacher wall fits a tablet', async () => {
    const teacher = await phone(768, 1024);
    await teacher.page.goto(`${suite.server.url}/#/classroom`);
    await teacher.page.locator('#create-class').tap();
    await teacher.page.waitForURL(/#\/classroom\/teach\//);
    const code = (await teacher.page.locator('#join-code').textContent()) ?? '';
    await teacher.page.screenshot({ path: 'test-results/phone-classroom-wall-768x1024.png' });
    const student = await phone(390, 844);
    await student.page.goto(`${suite.server.url}/#/classroom`);
    await expectTidy(student.page, 'classroom landing');
    await student.page.fill('#class-code', code.toLowerCase());
    await student.page.fill('#nickname', 'Ada');
    await student.page.tap('#join-class');
    await student.page.waitForURL(/#\/online\/match\/|#\/classroom\/seat\//);
    await student.page.locator('.play').waitFor();
    await student.page.screenshot({ path: 'test-results/phone-classroom-student-390x844.png' });
    const r = await checkLayout(student.page);
    expect(r.scrollWidth).toBeLessThanOrEqual(r.viewportWidth);
    // The wall on a tablet, with a student seated.
    await teacher.page.locator('.students', { hasText: 'Ada' }).waitFor({ timeout: 15_000 });
    await expectTidy(teacher.page, 'teacher wall 768×1024');
    // The teacher pauses: the student's phone says so, and the banner fits.
    await teacher.page.locator('#pause').tap();
    await teacher.page.locator('#session-state.paused').waitFor();
    await student.page.locator('#class-banner:not([hidden])').waitFor({ timeout: 15_000 });
    await student.page.screenshot({ path: 'test-results/phone-classroom-paused-390x844.png' });
    const paused = await checkLayout(student.page);
    expect(paused.scrollWidth).toBeLessThanOrEqual(paused.viewportWidth);
    await teacher.page.locator('#resume').tap();
    await student.page.locator('#class-banner').waitFor({ state: 'hidden', timeout: 15_000 });
    // The bell: the student's phone shows the end, and it fits.
    teacher.page.once('dialog', (d) => void d.accept());
    await teacher.page.locator('#end-session').tap();
    await teacher.page.locator('#session-state', { hasText: 'ended' }).waitFor();
    await student.page.locator('#class-banner:not([hidden]), dialog.gameover[open], .reflection').first().waitFor({ timeout: 15_000 });
    await student.page.screenshot({ path: 'test-results/phone-classroom-ended-390x844.png' });
    const ended = await checkLayout(student.page);
    expect(ended.scrollWidth).toBeLessThanOrEqual(ended.viewportWidth);
    expect([...teacher.errors, ...student.errors]).toEqual([]);
  }, 120_000);
});

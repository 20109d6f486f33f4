/**
 * The tutorials in a real browser: offered on a first visit; the United
 * States', China's and Russia's each played through every step to its end at
 * desktop size (home then marks that one done, and only that one); Russia's
 * also on a phone (390×844, touch) with the layout checker at its steps; a
 * finish from before there were three still reads as the US one done; skipped
 * from the middle.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Tutorial } from '../../client/tutorial/steps';
import { US_TUTORIAL } from '../../client/tutorial/steps';
import { CHINA_TUTORIAL } from '../../client/tutorial/steps-china';
import { RUSSIA_TUTORIAL } from '../../client/tutorial/steps-russia';
import { browserSuite } from './harness';
import { checkLayout } from './layout-check';

const suite = browserSuite();
/** A fresh browser context: empty localStorage, as on a first visit. */
const newPage = () => suite.newPage();

const stepId = (page: Page) => page.locator('.tut-coach').getAttribute('data-step');

/** Records in the page every step the coach shows: a step passed quickly could come and go between two polls. */
async function recordSteps(page: Page): Promise<void> {
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
}

interface PlayOptions {
  /** Tap (a touch screen) rather than click. */
  readonly touch?: boolean;
  /** Called once when the coach first shows each step. */
  readonly atStep?: (id: string) => Promise<void>;
  /** The kind of op a newcomer following the guide picks when the chosen card offers it (else the first action). */
  readonly prefer?: string;
}

/** Play the tutorial on screen to its last step as a newcomer would: Next when offered, else the first action. */
async function playThrough(page: Page, t: Tutorial, opts: PlayOptions = {}): Promise<{ seen: string[]; confirmed: number; summaryNotes: string[] }> {
  await page.locator('.tut-coach').waitFor();
  await page.locator('.board canvas').waitFor({ state: 'attached' });
  await recordSteps(page);
  const press = (l: ReturnType<Page['locator']>) => (opts.touch ? l.tap({ timeout: 5_000 }) : l.click({ timeout: 5_000 }));
  const visited = new Set<string>();
  let confirmed = 0;
  /** The guide's words carried on each round summary closed (empty when it had none). */
  const summaryNotes: string[] = [];
  for (let i = 0; i < 500; i++) {
    if (await page.locator('#tut-done').count()) break;
    const id = await stepId(page);
    if (id && !visited.has(id)) {
      visited.add(id);
      await opts.atStep?.(id);
    }
    const next = page.locator('#tut-next:not([disabled])');
    const preferred = opts.prefer ? page.locator(`#actions button.act:not([disabled]):visible[data-action*='"kind":"${opts.prefer}"']`).first() : null;
    const action = preferred && (await preferred.count()) ? preferred : page.locator('#actions button:not([disabled]):visible').first();
    // The tutorial asks before each play ("Confirm every play" is on for a newcomer).
    const confirm = page.locator('dialog.confirm[open] #confirm-play');
    const summary = page.locator('#summary-ok');
    if (await confirm.count()) {
      confirmed++;
      await press(confirm).catch(() => undefined);
    } else if (await summary.isVisible()) {
      // The round's summary (on a phone it covers the guide, and carries its words): read, then OK.
      const note = page.locator('.round-summary .tut-summary-note');
      summaryNotes.push((await note.count()) ? ((await note.textContent()) ?? '') : '');
      await press(summary).catch(() => undefined);
    } else if (await next.count()) await press(next).catch(() => undefined);
    else if ((await action.count()) && (await action.isVisible())) await press(action).catch(() => undefined);
    else await page.waitForTimeout(100);
  }
  await page.locator('#tut-done').waitFor({ timeout: 5_000 });
  const seen = await page.evaluate(() => (window as unknown as { tutSteps: string[] }).tutSteps);
  // Every step was shown, in order, first to last (a step may be passed quickly, never skipped unseen
  // except an act step whose move was already made).
  expect(seen[0]).toBe(t.steps[0]!.id);
  expect(seen.at(-1)).toBe(t.steps.at(-1)!.id);
  const order = t.steps.map((s) => s.id);
  expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));
  for (const s of t.steps) if (s.advance.kind !== 'play' && s.advance.kind !== 'answer') expect(seen, `${t.power} shows ${s.id}`).toContain(s.id);
  expect(await page.locator('.tut-quote .cite').textContent()).toMatch(/^Lukin, P\d+$/);
  return { seen, confirmed, summaryNotes };
}

/** What the home screen's tutorial entry says is done, by power. */
async function doneOnHome(page: Page): Promise<Record<string, boolean>> {
  await page.locator('#mode-tutorial').waitFor();
  const out: Record<string, boolean> = {};
  for (const p of ['us', 'china', 'russia']) out[p] = (await page.locator(`#tut-${p}`).getAttribute('class'))?.includes('done') ?? false;
  return out;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/${name}.png` });
}

describe('tutorials in Chromium', () => {
  it('the US one is offered on a first visit, is played through to its end, and home then marks it done', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0#/`);
    expect(await doneOnHome(page)).toEqual({ us: false, china: false, russia: false });
    expect(await page.locator('#mode-tutorial').textContent()).toMatch(/United States.*China.*Russia/);
    await page.locator('#tut-start').click();
    let rang = false;
    const { seen, confirmed, summaryNotes } = await playThrough(page, US_TUTORIAL, {
      atStep: async (id) => {
        if (id !== 'tracks') return;
        // The guide points at the cooperation card on the board: a ring over the canvas.
        await page.locator('.tut-ring[data-part="cooperation"]').waitFor();
        await shot(page, 'tutorial-1280x720');
        rang = true;
      },
    });
    expect(rang).toBe(true);
    expect(confirmed).toBeGreaterThan(0);
    // Beside the board, the guide's box stays in view: the summary does not repeat it.
    expect(summaryNotes.every((n) => n === '')).toBe(true);
    for (const id of ['event', 'tracks', 'alignment', 'hand', 'play1', 'proposal', 'tension', 'upkeep']) expect(seen).toContain(id);
    // The proposal the guide talks about happened.
    expect(await page.locator('.log-list').textContent()).toMatch(/propos/i);

    await page.locator('#tut-menu').click();
    expect(await doneOnHome(page)).toEqual({ us: true, china: false, russia: false });
    expect(await page.locator('.tut-offer').count()).toBe(0);
    await page.reload();
    expect(await doneOnHome(page)).toEqual({ us: true, china: false, russia: false });
    await page.context().close();
  });

  it('China’s, from its home link, is played through at desktop size; home then marks China done', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0#/`);
    await page.locator('#tut-china').click();
    // Beside the board on a desktop: no need for a way to it.
    expect(await page.locator('#tut-show').count()).toBe(0);
    expect(await page.locator('.scenario').first().textContent()).toMatch(/Tutorial as China/);
    // The guide teaches proposals: the newcomer proposes whenever the card allows.
    const { confirmed } = await playThrough(page, CHINA_TUTORIAL, {
      prefer: 'propose',
      atStep: async (id) => {
        if (id === 'technology') {
          await page.locator('.tut-ring[data-part="china"]').waitFor();
          await shot(page, 'tutorial-china-1280x720');
        }
        if (id === 'bargain') await shot(page, 'tutorial-china-bargain-1280x720');
      },
    });
    expect(confirmed).toBeGreaterThan(0);
    // China proposed, and Russia's bot answered.
    expect(await page.locator('.log-list').textContent()).toMatch(/China proposes[\s\S]*Russia accepts/);
    await shot(page, 'tutorial-china-done-1280x720');
    await page.locator('#tut-menu').click();
    expect(await doneOnHome(page)).toEqual({ us: false, china: true, russia: false });
    expect(await page.locator('.tut-offer').count()).toBe(0);
    await page.locator('#mode-tutorial').scrollIntoViewIfNeeded();
    await shot(page, 'tutorial-home-china-done-1280x720');
    await page.context().close();
  });

  it('Russia’s is played through at desktop size: the player answers China’s proposals; home then marks Russia done', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0#/tutorial/russia`);
    const { seen } = await playThrough(page, RUSSIA_TUTORIAL, {
      atStep: async (id) => {
        if (id === 'standing') {
          await page.locator('.tut-ring[data-part="russia"]').waitFor();
          await shot(page, 'tutorial-russia-1280x720');
        }
      },
    });
    // The answer steps were shown: China's proposals came to the player.
    expect(seen).toContain('answer1');
    expect(await page.locator('.log-list').textContent()).toMatch(/China proposes[\s\S]*Russia (accepts|declines)/);
    await page.locator('#tut-menu').click();
    expect(await doneOnHome(page)).toEqual({ us: false, china: false, russia: true });
    await page.context().close();
  });

  it('Russia’s on a phone (390×844, touch): tidy at every step, played through by tapping', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${suite.server.url}/?botDelay=0#/`);
    await page.locator('#mode-tutorial').waitFor();
    await shot(page, 'tutorial-home-390x844');
    const home = await checkLayout(page);
    expect({ wider: home.scrollWidth > home.viewportWidth, overlaps: home.overlaps, small: home.small }).toEqual({ wider: false, overlaps: [], small: [] });
    await page.locator('#tut-russia').tap();
    const untidy: string[] = [];
    const { summaryNotes } = await playThrough(page, RUSSIA_TUTORIAL, {
      touch: true,
      atStep: async (id) => {
        const r = await checkLayout(page);
        if (r.scrollWidth > r.viewportWidth) untidy.push(`${id}: page ${r.scrollWidth} wide`);
        for (const o of r.overlaps) untidy.push(`${id}: ${o}`);
        for (const s of r.small) untidy.push(`${id}: small ${s}`);
        if (id === 'standing' || id === 'answer1' || id === 'play1') await shot(page, `tutorial-russia-${id}-390x844`);
        if (id === 'standing') {
          // The board is a view of its own on a phone: the guide offers a way to the part it means.
          await page.locator('#tut-show').tap();
          await page.locator('.play[data-view="board"]').waitFor();
          await page.locator('.tut-ring[data-part="russia"]').waitFor();
          await shot(page, 'tutorial-russia-board-390x844');
          // Nothing floats over the board; the tab back to the guide says where it goes.
          await expect(page.locator('#view-actions').textContent()).resolves.toBe('Guide');
          await page.locator('#view-actions').tap();
          await page.locator('.play[data-view="actions"]').waitFor();
        }
      },
    });
    await shot(page, 'tutorial-russia-done-390x844');
    // The summary covers the guide's box on a phone: the step about the round's end is on it, and
    // closing the summary moved the guide on (no Next to find behind it).
    const upkeep = RUSSIA_TUTORIAL.steps.find((s) => s.advance.kind === 'watchRoundEnd');
    expect(summaryNotes[0]).toContain(upkeep?.title);
    expect(summaryNotes[0]).toContain('Below: where every point of round 1 came from.');
    expect(await stepId(page)).toBe(RUSSIA_TUTORIAL.steps.at(-1)?.id);
    expect(untidy).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  }, 240_000);

  it('a tutorial finished before there were three reads as the United States’ done', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/#/`);
    await page.evaluate(() => localStorage.setItem('multipolar.tutorial', 'done'));
    await page.reload();
    expect(await doneOnHome(page)).toEqual({ us: true, china: false, russia: false });
    expect(await page.locator('.tut-offer').count()).toBe(0);
    await page.context().close();
  });

  it('can be skipped at any time; it is then not offered again but not marked done', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0#/tutorial/china`);
    await page.locator('#tut-next').click();
    await page.locator('.tut-coach[data-step="technology"]').waitFor();
    await page.locator('#tut-skip').click();
    expect(await doneOnHome(page)).toEqual({ us: false, china: false, russia: false });
    expect(await page.locator('.tut-offer').count()).toBe(0);
    await page.goto(`${suite.server.url}/#/tutorial/nobody`);
    await page.locator('h1', { hasText: 'No such tutorial' }).waitFor();
    await page.context().close();
  });
});

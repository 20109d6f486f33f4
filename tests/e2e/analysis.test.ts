/**
 * Analysis in a real browser: a seeded replay (a bot match made here and
 * opened by its link) analysed at a small depth on the page's workers; the
 * graph and turning points show, a click on the graph and on a turning point
 * moves the replay, and "Play on from here" opens a playable hot-seat match at
 * that step's exact state.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordBotMatch } from '../../game/analysis';
import { encodeRecord, replay } from '../../game/sim';
import { actor } from '../../game/rules/actions';
import type { MatchState } from '../../game/state';
import { browserSuite } from './harness';

const suite = browserSuite();
const record = recordBotMatch('2019', 'e2e-analysis', { us: 'normal', china: 'normal', russia: 'normal' });
const code = encodeRecord(record);
const rebuilt = replay(record);
if (!rebuilt.ok) throw new Error(rebuilt.error);
const frames = rebuilt.value.frames;
const last = frames.length - 1;

const newPage = (width: number, height: number) => suite.newPage({ width, height });

const stepOf = async (page: Page): Promise<number> => {
  const m = /Step (\d+) of (\d+)/.exec((await page.locator('#replay-step').textContent()) ?? '');
  if (!m) throw new Error('no step text');
  return Number(m[1]);
};

describe('analysis in Chromium', () => {
  it('analyses a replay on workers, its graph and turning points move the replay, and play on starts at that step', async () => {
    const page = await newPage(1366, 768);
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/replay?r=${code}`);
    await page.locator('#replay-step').waitFor();
    expect(await stepOf(page)).toBe(0);

    await page.selectOption('#analysis-depth', '2');
    await page.click('#analyse');
    // Progress shows while the workers run, and the replay stays usable meanwhile.
    await expect.poll(() => page.locator('#analysis-status').textContent()).toMatch(/Analysing… \d+ of \d+ steps|Analysed/);
    await page.keyboard.press('ArrowRight');
    expect(await stepOf(page)).toBe(1);
    await expect.poll(() => page.locator('#analysis-status').textContent(), { timeout: 180_000 }).toMatch(/^Analysed \d+ steps(: the chances never moved\.|\. The largest swing: .* \(each chance within about \d+ points, at \d+ playouts a step\)\.)$/);

    // Three lines, one per power; the turning points are listed with their round and log.
    expect(await page.locator('.chances-line').count()).toBe(3);
    for (const p of ['us', 'china', 'russia']) expect(await page.locator(`.line-${p} polyline`).count()).toBeGreaterThan(0);
    const turning = page.locator('.turning-points > li');
    expect(await turning.count()).toBeGreaterThan(0);
    expect(await turning.first().textContent()).toMatch(/Step \d+ · (round \d+|the last move of round \d+, which ended) · .*moved: .*\d+% → \d+%/s);
    // Each says what its step did (the move at least), and the page says how rough the chances are.
    for (const li of await turning.all()) expect(await li.locator('.turning-log > li').count()).toBeGreaterThan(0);
    await expect(page.locator('#turning-points').textContent()).resolves.toMatch(/may be off by up to \d+ points either way/);
    // The table for screen readers has a row per step.
    expect(await page.locator('.chances-table tbody tr').count()).toBe(last + 1);

    // A click at the middle of the graph shows the middle step; the marker follows.
    const svg = page.locator('.chances-svg');
    const box = (await svg.boundingBox())!;
    const plotLeft = box.x + (30 / 320) * box.width;
    const plotWidth = ((320 - 30 - 8) / 320) * box.width;
    await page.mouse.click(plotLeft + plotWidth / 2, box.y + box.height / 2);
    const mid = await stepOf(page);
    expect(Math.abs(mid - last / 2)).toBeLessThanOrEqual(1);
    const markerX = Number(await page.locator('.chances-marker').getAttribute('x1'));
    expect(Math.abs(markerX - (30 + (mid / last) * (320 - 38)))).toBeLessThan(0.2);

    // The chances at the step on screen are said in words beside the graph.
    expect(await page.locator('#chances-here').textContent()).toMatch(new RegExp(`^At step ${mid}: United States \\d+% · China \\d+% · Russia \\d+%$`));

    // A turning point's button shows its step.
    const label = (await turning.first().locator('.turning-go').textContent()) ?? '';
    const tp = Number(/Step (\d+)/.exec(label)?.[1]);
    await turning.first().locator('.turning-go').click();
    expect(await stepOf(page)).toBe(tp);
    // ... and brings the step's line into view (on a phone the list is far below it).
    await expect.poll(() => page.locator('#replay-step').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);

    mkdirSync('test-results', { recursive: true });
    await page.locator('.analysis').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/analysis-1366x768.png' });

    // The lab from a late step: every US strategy on the same games, compared as in the lab.
    await page.locator('.chances-table summary').click();
    await page.locator(`.chances-table button[aria-label="Show step ${last - 8}"]`).click();
    await page.selectOption('#lab-games', '10');
    await page.click('#lab-from');
    await page.locator('#lab-from-results table').waitFor({ timeout: 180_000 });
    expect(await page.locator('#lab-from-results tbody tr').count()).toBe(7);
    expect(await page.locator('#lab-from-results tbody tr').first().textContent()).toMatch(/Unsteered/);
    // The verdict as a whole in view; each comparison's test folded away under it.
    expect(await page.locator('.lab-from-verdict > p').count()).toBeGreaterThan(0);
    // First, where the pair stands at the step: a level already reached is no finding of the runs.
    expect(await page.locator('.lab-from-verdict > p').first().textContent()).toMatch(new RegExp(`^At step ${last - 8} Moscow and Beijing stand at (Strategic Partnership|Quasi-alliance|De facto alliance|De jure alliance)\\.`));
    expect(await page.locator('.lab-from-verdict summary').textContent()).toMatch(/^Each pair of strategies compared, with its tests \(\d+ pairs, \d+ tests\)$/);
    expect(await page.locator('.lab-from-verdict details p').count()).toBeGreaterThan(0);
    expect(await page.locator('.lab-from-verdict details p').first().isVisible()).toBe(false);
    await page.locator('.chances-table summary').click();

    // Play on from a step where the United States (a person) is to play a card.
    const k = frames.findIndex((f, i) => i > 3 && f.step.kind === 'play' && !f.outcome && actor(f) === 'us');
    expect(k).toBeGreaterThan(0);
    await page.locator('.chances-table summary').click();
    await page.locator(`.chances-table button[aria-label="Show step ${k}"]`).click();
    expect(await stepOf(page)).toBe(k);
    await page.selectOption('#playon-us', 'human');
    await page.selectOption('#playon-china', 'easy');
    await page.selectOption('#playon-russia', 'easy');
    await page.click('#play-on');
    await page.locator('.scenario', { hasText: `played on from step ${k}` }).waitFor();
    // The board is the replay's state at step k: same round, same prestige.
    const at = frames[k] as MatchState;
    await expect.poll(() => page.locator('.status .turn').textContent()).toMatch(new RegExp(`Round ${at.round}\\b`));
    // The United States is to play there: nothing has moved yet, so each power's prestige is the step's.
    for (const p of ['us', 'china', 'russia'] as const) {
      expect(await page.locator(`.prestige-value[data-power="${p}"]`).first().textContent()).toMatch(new RegExp(`(^|[^\\d−])${String(at.prestige[p]).replace('-', '−')}(\\D|$)`));
    }
    // The person plays: an enabled action in the Actions region, and the match moves on.
    const act = page.locator('#actions button.act:not([disabled]):visible').first();
    await act.waitFor({ timeout: 60_000 });
    const logBefore = await page.locator('.log-list li').count();
    await act.click();
    if (await page.locator('dialog.confirm[open]').count()) await page.locator('#confirm-play').click();
    await expect.poll(() => page.locator('.log-list li').count()).toBeGreaterThan(logBefore);
  });

  it('lays out at phone size with the graph under the controls, each turning point’s step a button a finger can hit', async () => {
    const page = await suite.newPage({ width: 390, height: 844 }, { touch: true });
    await page.goto(`${suite.server.url}/?botDelay=0#/replay?r=${code}`);
    await page.locator('#replay-step').waitFor();
    await page.selectOption('#analysis-depth', '2');
    await page.click('#analyse');
    await expect.poll(() => page.locator('#analysis-status').textContent(), { timeout: 180_000 }).toMatch(/^Analysed/);
    const box = (await page.locator('.chances-svg').boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.width).toBeLessThanOrEqual(390);
    // A step's button is a line of its own: 44 px tall inside a sentence it pulled the lines apart.
    const go = page.locator('.turning-go').first();
    if (await go.count()) {
      const b = (await go.boundingBox())!;
      expect(b.height).toBeGreaterThanOrEqual(43.5);
      expect(b.width).toBeGreaterThan(200);
      expect(await page.locator('.turning-sep').first().isVisible()).toBe(false);
    }
    await page.locator('.analysis').scrollIntoViewIfNeeded();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/analysis-390x844.png' });
  });
});

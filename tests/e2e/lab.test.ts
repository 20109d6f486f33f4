/**
 * The thesis lab in Chromium: a small run in Web Workers, the progress bar
 * reaching the end, the charts, the table and the P16 verdict appearing, and
 * a CSV download with a header and a row per game.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite();

describe('thesis lab in Chromium', () => {
  it('runs 2 strategies × 100 games of Easy bots, shows plots, table and verdict, and exports a CSV row per game', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`${suite.server.url}/#/`);
    await page.click('#mode-lab');
    await page.waitForSelector('#lab-run');
    // The new strategies are offered, and the page says which rules build the article's mechanism in.
    for (const id of ['unsteered', 'restraint']) expect(await page.locator(`input[name="strategy"][value="${id}"]`).count()).toBe(1);
    const model = page.locator('#lab-model');
    expect(await model.locator('h2').textContent()).toBe('The runs test the model, not the world');
    const rules = await model.locator('li').allTextContents();
    expect(rules.length).toBeGreaterThanOrEqual(4);
    expect(rules.join(' ')).toMatch(/P16 — Driven together/);
    // Only two strategies, Easy bots, the fewest games the form allows.
    for (const box of await page.locator('input[name="strategy"]').all()) await box.uncheck();
    await page.check('input[value="unsteered"]');
    await page.check('input[value="accommodate-russia"]');
    for (const p of ['us', 'china', 'russia']) await page.selectOption(`select[name="level-${p}"]`, 'easy');
    await page.fill('input[name="games"]', '100');
    await page.fill('input[name="seed"]', 'e2e');
    await page.click('#lab-run');

    await page.waitForSelector('#lab-progress[data-done="true"]', { timeout: 90_000 });
    expect(await page.locator('#lab-progress progress').evaluate((el) => [(el as HTMLProgressElement).value, (el as HTMLProgressElement).max])).toEqual([200, 200]);
    await expect.poll(() => page.locator('#lab-progress-text').textContent()).toMatch(/^200 of 200 games in/);

    // Four charts, each an image with a name, and the same figures as a table.
    const charts = page.locator('#lab-charts svg[role="img"]');
    expect(await charts.count()).toBe(4);
    expect(await charts.first().getAttribute('aria-label')).toMatch(/alignment level/);
    const table = page.locator('#lab-summary');
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('tbody th').allTextContents()).toEqual(['Unsteered (baseline)', 'Accommodate Russia']);
    // The verdict is computed: it names P16, quotes the runs' own figures with intervals, and the
    // declared comparison (the same 100 games under both strategies) is tested at both levels.
    const verdict = await page.locator('#lab-verdict').textContent();
    expect(verdict).toMatch(/P16/);
    expect(verdict).toMatch(/Unsteered \(baseline\): De facto alliance or beyond reached in \d+(\.\d)?% \(95% CI [\d.]+%–[\d.]+%\) of 100 games/);
    expect(verdict).toMatch(/ended at the Brink|none ended at the Brink/);
    expect(verdict).toMatch(/two fronts erupted at once in \d+(\.\d)?% of games/);
    expect(verdict).toMatch(/(not )?significant after Holm correction/);
    const comparisons = page.locator('#lab-comparisons tbody tr');
    expect(await comparisons.count()).toBe(2);
    expect(await comparisons.first().locator('th').textContent()).toBe('Accommodate Russia vs Unsteered (baseline)');

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/lab.png', fullPage: true });
    // On a phone the page keeps to the screen's width: a chart too wide to read scrolls in its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await charts.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/lab-charts-390x844.png' });
    await page.setViewportSize({ width: 1280, height: 900 });
    // Opened on a phone, the list of rules waits behind a tap, so the form is not two screens down.
    const phone = await suite.newPage({ width: 390, height: 844 });
    await phone.goto(`${suite.server.url}/#/lab`);
    await phone.waitForSelector('#lab-run');
    expect(await phone.locator('#lab-model details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2600);
    await phone.click('#lab-model summary');
    await expect.poll(() => phone.locator('#lab-model li').first().isVisible()).toBe(true);
    await phone.context().close();

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#lab-csv')]);
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trimEnd().split(/\r?\n/);
    expect(lines[0]).toMatch(/^strategy,scenario,game,seed,winner,/);
    expect(lines).toHaveLength(1 + 200);
    expect(lines.filter((l) => l.startsWith('accommodate-russia,2019,'))).toHaveLength(100);
    expect(download.suggestedFilename()).toBe('multipolar-lab-2019-e2e.csv');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * The play screen as a new player meets it, in Chromium at 1366×768: the map
 * never plays a card, plays are confirmed when asked, the action list is
 * grouped and described, How to play shows the limits, the article opens,
 * a bot game shows its crises in the round summary, and the game-over dialog
 * cannot be lost. Screenshots of the action list, the help page and a crisis are kept.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_INFLUENCE } from '../../game';
import { findCard } from '../helpers/cards';
import { browserSuite } from './harness';

const suite = browserSuite();
beforeAll(() => mkdirSync('test-results', { recursive: true }));
const newPage = () => suite.newPage({ width: 1366, height: 768 });

/** Everything a player sees of the match's state: the board as text, the log and the hand. */
const snapshot = (page: Page) => page.evaluate(() =>
  [document.querySelector('#mirror')?.textContent, document.querySelector('.log')?.textContent, document.querySelector('.hand')?.textContent].join('\n'));

const logCount = async (page: Page) => Number((await page.locator('.log h2').textContent())?.match(/\d+/)?.[0] ?? NaN);

describe('the play screen in Chromium', () => {
  it('a click on the map only selects a region: the state never changes, and the region says what stands there and what may be done', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0#/hotseat?start=1&seed=mapclick&us=human&china=easy&russia=easy`);
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    await page.locator('#actions button:not([disabled]):visible').first().waitFor();
    await page.waitForTimeout(300);
    const before = await snapshot(page);
    const box = (await page.locator('.board canvas').boundingBox())!;
    let panels = 0;
    for (let i = 0; i < 9; i++) {
      for (let j = 0; j < 6; j++) {
        await page.mouse.click(box.x + ((i + 0.5) * box.width) / 9, box.y + ((j + 0.5) * box.height) / 6);
        if (await page.locator('#region-panel').count()) panels++;
      }
    }
    await page.waitForTimeout(300);
    expect(await snapshot(page)).toBe(before);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(panels).toBeGreaterThan(0);
    const panel = page.locator('#region-panel');
    expect(await panel.textContent()).toMatch(new RegExp(`Influence \\(at most ${MAX_INFLUENCE} per power\\).*stability|stability.*at most ${MAX_INFLUENCE}`, 's'));
    expect(await panel.textContent()).toMatch(/controls it|Nobody controls it/);
    await page.mouse.move(683, 5);
    await page.screenshot({ path: 'test-results/region-1366x768.png' });
    // A move made, the panel has served: it closes rather than push the next hand down.
    await page.locator('#actions button.act:not([disabled]):visible').first().click();
    await page.locator('#confirm-play').click();
    await expect.poll(() => panel.count()).toBe(0);
    await page.context().close();
  });

  it('asks before a play when “Confirm every play” is on (the default for a new player), and remembers when it is turned off', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0#/hotseat?start=1&seed=confirm&us=human&china=easy&russia=easy`);
    const first = page.locator('#actions button:not([disabled]):visible').first();
    await first.waitFor();
    expect(await page.locator('#confirm-plays').isChecked()).toBe(true);
    const before = await snapshot(page);
    await first.click();
    const dialog = page.locator('dialog.confirm[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Play this\?/);
    await page.locator('#confirm-cancel').click();
    expect(await snapshot(page)).toBe(before);
    const n = await logCount(page);
    await first.click();
    await page.locator('#confirm-play').click();
    await page.waitForFunction((k) => Number(document.querySelector('.log h2')?.textContent?.match(/\d+/)?.[0]) > k, n);
    // Off: the next play goes at once, and the choice survives a reload.
    await page.locator('#confirm-plays').uncheck();
    await page.reload();
    await page.locator('#actions button:not([disabled]):visible').first().waitFor();
    expect(await page.locator('#confirm-plays').isChecked()).toBe(false);
    const m = await logCount(page);
    await page.locator('#actions button:not([disabled]):visible').first().click();
    await page.waitForFunction((k) => Number(document.querySelector('.log h2')?.textContent?.match(/\d+/)?.[0]) > k, m);
    expect(await page.locator('dialog.confirm[open]').count()).toBe(0);
    await page.context().close();
  });

  it('a new turn puts the focus on the first action, unless the player is working another control (a key press meant for it must not play a card)', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=400&confirm=0#/hotseat?start=1&seed=focus&us=human&china=easy&russia=easy`);
    // An action asked about whatever the setting says (cannot succeed, permanent) is left aside.
    const act = page.locator('#actions li.act-on:visible:not(:has(button.act.warned)) button.act:not([disabled])');
    const turnBack = async (n: number) => {
      await page.waitForFunction((k) => Number(document.querySelector('.log h2')?.textContent?.match(/\d+/)?.[0]) >= k + 3, n);
      await act.first().waitFor();
      await page.waitForTimeout(200);
    };
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', inActions: !!document.activeElement?.closest('#actions, #round-summary') }));
    await act.first().waitFor();
    // The player turns to a setting while the bots move: the setting keeps the focus.
    let n = await logCount(page);
    await act.first().click();
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.locator('#confirm-plays').focus();
    await turnBack(n);
    expect(await focused()).toEqual({ id: 'confirm-plays', inActions: false });
    // Left where the play was made, the focus goes to the new turn's first action (or its round summary).
    n = await logCount(page);
    await act.first().click();
    await turnBack(n);
    expect((await focused()).inActions).toBe(true);
    await page.context().close();
  });

  it('groups the actions under headings, describes every playable one, and gives every refused one its reason (screenshot kept)', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=actions&us=human&china=easy&russia=easy`);
    await page.locator('#actions button:not([disabled]):visible').first().waitFor();
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    const headings = await page.locator('#actions .act-group h3').allTextContents();
    expect(headings.length).toBeGreaterThanOrEqual(2);
    expect(headings.join('|')).toMatch(/Influence in the Pacific/);
    const undescribed = await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('#actions button.act:not([disabled])')]
      .filter((b) => !(b.getAttribute('aria-describedby') ?? '').split(' ').some((id) => (document.getElementById(id)?.textContent ?? '').trim().length > 0))
      .map((b) => b.textContent));
    expect(undescribed).toEqual([]);
    expect(await page.locator('#actions button.act:not([disabled]):visible').count()).toBeGreaterThan(3);
    const refusedWithout = await page.evaluate(() => [...document.querySelectorAll('#actions .act-off')].filter((li) => !(li.querySelector('.why')?.textContent ?? '').trim()).length);
    expect(refusedWithout).toBe(0);
    // The arrow keys move between actions.
    await page.locator('#actions button.act:not([disabled]):visible').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('#actions') !== null && document.activeElement !== document.querySelector('#actions button.act:not([disabled])'))).toBe(true);
    // A region's action shows its tooltip beside the region on the map, not beside the panel.
    await page.mouse.move(683, 5);
    const tipAt = async (region: string) => {
      await page.locator(`#actions button[data-region="${region}"]`).first().focus();
      await page.locator('#tooltip').waitFor({ state: 'visible' });
      expect(await page.locator('#tooltip').textContent()).toMatch(region === 'korea' ? /Korea/ : /Baltic/);
      return (await page.locator('#tooltip').boundingBox())!;
    };
    const korea = await tipAt('korea');
    const baltic = await tipAt('baltic');
    expect(korea.x < baltic.x - 50 || korea.y < baltic.y - 50).toBe(true);
    await page.mouse.move(683, 5);
    await page.locator('#actions').evaluate((el) => el.scrollIntoView());
    await page.locator('#tooltip').evaluate((el) => { (el as HTMLElement).hidden = true; });
    await page.screenshot({ path: 'test-results/actions-1366x768.png' });
    await page.context().close();
  });

  it('an action that cannot succeed or is permanent says so on its button and is always confirmed, even with “Confirm every play” off (screenshots kept)', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=warned&us=human&china=easy&russia=easy`);
    await page.locator('.board[data-ready="true"] canvas').waitFor();
    await page.locator('#actions button:not([disabled]):visible').first().waitFor();
    expect(await page.locator('#confirm-plays').isChecked()).toBe(false);
    // The US starts hostile to both, with Russia content: fostering distrust cannot work; accommodation is for good.
    let warned = page.locator('#actions li.act-on:visible:has(button.act.warned)');
    for (let i = 0; i < 5 && !(await warned.count()); i++) {
      await page.locator('.hand .card').nth(i).click();
      warned = page.locator('#actions li.act-on:visible:has(button.act.warned)');
    }
    expect(await warned.count()).toBeGreaterThan(0);
    const item = warned.first();
    const line = (await item.locator('.act-warn').first().textContent()) ?? '';
    expect(line).toMatch(/Cannot succeed|Permanent|Brink|The operation does nothing/);
    expect(await item.locator('.act-warn').first().isVisible()).toBe(true);
    // The warning is part of the button's accessible description.
    // (Read inside the item: a redraw may replace it between finding and reading.)
    const described = await item.evaluate((li) => (li.querySelector('button')?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => li.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' '));
    expect(described).toContain(line.replace(/^\s*⚠\s*/, '').trim());
    await item.locator('button.act').focus();
    await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.mouse.move(683, 5);
    await page.screenshot({ path: 'test-results/forecast-warning-1366x768.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: 'test-results/forecast-warning-390x844.png' });
    await page.setViewportSize({ width: 1366, height: 768 });
    const before = await snapshot(page);
    await item.locator('button.act').click();
    const dialog = page.locator('dialog.confirm[open]');
    await dialog.waitFor();
    expect(await dialog.locator('.warn').textContent()).toMatch(/Cannot succeed|Permanent|Brink|changes nothing here/);
    // Asked because of the warning: Cancel has the focus, so Enter alone does not send it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-cancel');
    await expect(dialog.textContent()).resolves.toContain('Asked every time, whatever “Confirm every play” says');
    await page.locator('#confirm-cancel').click();
    await page.waitForTimeout(200);
    expect(await snapshot(page)).toBe(before);
    await page.context().close();
  });

  it('a card every play of which loses the game at the Brink is marked in the hand, before it is chosen (screenshot kept)', async () => {
    const page = await suite.newPage({ width: 390, height: 844 }, { touch: true });
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=doomed&us=human&china=easy&russia=easy`);
    await page.locator('#actions button:not([disabled])').first().waitFor({ state: 'attached' });
    // The saved match, moved to global tension 4 with a Russian card that raises it in the US's hand:
    // played for ops, a rival's event is charged to the player who chose the card.
    const fatal = findCard((c) => c.affinity === 'russia' && c.effects.some((e) => e.kind === 'tension' && e.theater === 'global'), 'Russia card raising global tension');
    await page.evaluate((id) => {
      const key = 'multipolar.hotseat.match.doomed_state';
      const stored = JSON.parse(localStorage.getItem(key)!) as [[string, { G: { globalTension: number; hands: { us: string[] } } }]];
      const G = stored[0][1].G;
      G.globalTension = 4;
      G.hands.us[0] = id;
      localStorage.setItem(key, JSON.stringify(stored));
    }, fatal.id);
    await page.reload();
    const marked = page.locator('.hand .card.loses');
    await marked.waitFor();
    expect(await marked.count()).toBe(1);
    expect(await marked.getAttribute('data-card')).toBe(fatal.id);
    expect(await marked.textContent()).toMatch(/Every play loses: global tension reaches the Brink and the United States loses the game/);
    // (A redraw may replace the card between finding it and scrolling: one step in the page.)
    await marked.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: 'test-results/hand-brink-390x844.png' });
    // Chosen, each of its plays says the same.
    await marked.click();
    const plays = page.locator('#actions li.act-on');
    await plays.first().waitFor({ state: 'attached' });
    expect(await page.locator('#actions').textContent()).toMatch(/Brink: United States loses the game/);
    await page.context().close();
  });

  it('a bot that declines a proposal says why, beside the line in the log and in “Since your last move”', async () => {
    const page = await newPage();
    // 1996: the US threatens neither partner, so Russia has little reason to say yes.
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=decline&scenario=1996&us=easy&china=human&russia=normal`);
    const act = page.locator('#actions button.act:not([disabled])');
    const propose = act.filter({ hasText: /Propose a cooperation step/ });
    const declined = page.locator('.log li', { hasText: /Russia declines China's proposal/ });
    for (let turn = 0; turn < 12 && !(await declined.count()); turn++) {
      await act.first().waitFor();
      // The first card that can propose a step, and a step proposed.
      for (const c of await page.locator('.hand .card').all()) {
        await c.click();
        if (await propose.count()) break;
      }
      const n = await page.locator('.log li').count();
      await ((await propose.count()) ? propose.first() : act.first()).click();
      if (await page.locator('dialog.confirm[open]').count()) await page.locator('#confirm-play').click();
      await page.waitForFunction((k) => document.querySelectorAll('.log li').length > k, n);
      if (await page.locator('#summary-ok').isVisible()) await page.locator('#summary-ok').click();
    }
    expect(await declined.count()).toBeGreaterThan(0);
    expect(await declined.last().textContent()).toMatch(/\(why: .+\)/);
    await act.first().waitFor();
    expect(await page.locator('.since').textContent()).toMatch(/declines China's proposal\. \(why: /);
    await page.context().close();
  });

  it('How to play shows the influence cap and the Brink, links the full reference, and the article opens from every link', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/#/help`);
    const help = page.locator('article.help');
    await help.waitFor();
    const text = (await help.textContent()) ?? '';
    expect(text).toContain(`at most ${MAX_INFLUENCE}`);
    expect(text).toMatch(/Brink\).*loses at once|loses at once/);
    expect(text).toMatch(/fewer crises/);
    // The game's words in one place, with the rules' numbers.
    await expect(page.locator('#help-words dt').allTextContents()).resolves.toEqual(expect.arrayContaining(['Ops', 'Driven together', 'Dependency, Standing', 'Friendly neutrality']));
    expect(await page.locator('#help-words').textContent()).toMatch(/both partners threatened at once: their accepted steps rise \d+ more/);
    await page.screenshot({ path: 'test-results/help-1366x768.png' });
    await page.locator('#help-limits').scrollIntoViewIfNeeded();
    await page.locator('#help-limits').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: 'test-results/help-limits-1366x768.png' });
    await page.locator('#rules-reference').click();
    await page.locator('article.rules').waitFor();
    // No link in the reference points at a file the page does not serve.
    expect(await page.locator('article.rules a[href$=".md"]').count()).toBe(0);
    await page.locator('article.rules a[href="#/article"]').first().click();
    await page.locator('article.source-article').waitFor();
    expect(await page.locator('article.source-article').textContent()).toMatch(/Russia-China Alliance/);
    // The play screen's top bar opens How to play.
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&us=human&china=easy&russia=easy`);
    expect(await page.locator('#help-link').getAttribute('href')).toBe('#/help');
    // In a tab of its own, which says where the game is (not only the way to the menu).
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.locator('#help-link').click()]);
    await tab.locator('article.help').waitFor();
    await expect(tab.locator('#help-game-open').textContent()).resolves.toMatch(/^Your game is still open in the tab you came from/);
    await page.context().close();
  });

  it('the round summary folds to its title and button, so the board under it can be checked, and unfolds again; folded, the next move puts it away and the next round has its own', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=fold-1&us=human&china=easy&russia=easy`);
    const summary = page.locator('#round-summary');
    for (let i = 0; i < 3; i++) {
      await page.locator('#actions button.act:not([disabled])').first().click();
      await expect.poll(async () => (await summary.count()) > 0 || (await page.locator('#actions button.act:not([disabled])').count()) > 0).toBe(true);
    }
    await summary.waitFor();
    const open = (await summary.boundingBox())!.height;
    await page.locator('#summary-fold').click();
    await expect.poll(async () => (await summary.boundingBox())!.height).toBeLessThan(Math.min(open, 130));
    expect(await page.locator('#summary-fold').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#summary-ok').isVisible()).toBe(true);
    expect(await summary.locator('.summary-gains').isVisible()).toBe(false);
    await page.locator('#summary-fold').click();
    await expect.poll(() => summary.locator('.summary-gains').isVisible()).toBe(true);
    // Folded again and left there, the player's next move puts it away.
    await page.locator('#summary-fold').click();
    await page.locator('#actions button.act:not([disabled])').first().click();
    await expect.poll(() => summary.count()).toBe(0);
    // The next round's end brings that round's summary, not the folded one.
    for (let i = 0; i < 6 && !(await summary.count()); i++) {
      await expect.poll(async () => (await summary.count()) > 0 || (await page.locator('#actions button.act:not([disabled])').count()) > 0).toBe(true);
      if (await summary.count()) break;
      await page.locator('#actions button.act:not([disabled])').first().click();
    }
    await expect(page.locator('#summary-title').textContent()).resolves.toBe('Round 2 is over');
    await page.locator('#summary-ok').click();
    await expect.poll(() => summary.count()).toBe(0);
    await page.context().close();
  });

  it('a bot game shows each crisis in its round summary with both strengths and what decided it; Escape on game over still leaves Replay and Rematch (screenshot kept)', async () => {
    const page = await newPage();
    // This seed's easy bots fight a crisis in round 1; a little delay lets the panel be seen before the end.
    await page.goto(`${suite.server.url}/?botDelay=120#/hotseat?start=1&seed=crisis4&us=easy&china=easy&russia=easy`);
    // Crises are fought at a round's end: the round summary shows each one.
    const panel = page.locator('#round-summary .crisis-one').first();
    await panel.waitFor({ timeout: 90_000 });
    const text = (await panel.textContent()) ?? '';
    expect(text).toMatch(/Crisis in (the Pacific|Europe)/);
    expect(text).toMatch(/United States.*\d/);
    expect(text).toMatch(/stronger|standoff/);
    await page.waitForTimeout(500);
    await page.screenshot({ path: 'test-results/crisis-1366x768.png' });
    const over = page.locator('dialog.gameover[open]');
    await over.waitFor({ timeout: 120_000 });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    if (!(await over.count())) await page.locator('#show-result').click();
    await over.waitFor();
    await page.locator('#see-board').click();
    expect(await over.count()).toBe(0);
    // A whole game's log reads in a box of its own height on a laptop, not a sliver under the actions.
    await page.locator('.log-list').scrollIntoViewIfNeeded();
    expect((await page.locator('.log-list').boundingBox())!.height).toBeGreaterThanOrEqual(300);
    await page.locator('#show-result').click();
    await over.waitFor();
    expect(await over.locator('#rematch').count()).toBe(1);
    await over.locator('#gameover-replay').waitFor();
    await page.context().close();
  });

  it('offers a bot speed where this device plays the bots, and remembers it', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?confirm=0#/hotseat?start=1&seed=speed&us=human&china=easy&russia=easy`);
    const speed = page.locator('#bot-speed');
    await speed.waitFor();
    expect(await speed.inputValue()).toBe('normal');
    await speed.selectOption('slow');
    await page.reload();
    await page.locator('#bot-speed').waitFor();
    expect(await page.locator('#bot-speed').inputValue()).toBe('slow');
    // Played on slow, the bots' two moves after the US's take seconds, not a blink.
    const n = await logCount(page);
    await page.locator('#actions button:not([disabled]):visible').first().click();
    // A warned action asks even with confirmations off: answer as a player would.
    const logGrew = (k: number) => Number(document.querySelector('.log h2')?.textContent?.match(/\d+/)?.[0]) > k;
    await page.waitForFunction((k) => !!document.querySelector('dialog.confirm[open]') || Number(document.querySelector('.log h2')?.textContent?.match(/\d+/)?.[0]) > k, n);
    if (await page.locator('dialog.confirm[open]').count()) await page.locator('#confirm-play').click();
    await page.waitForFunction(logGrew, n);
    const t0 = Date.now();
    await page.locator('#actions button:not([disabled]):visible').first().waitFor({ timeout: 30_000 });
    expect(Date.now() - t0).toBeGreaterThan(3000);
    await page.context().close();
  });

  it('says “the United States’ turn”, never “United States\'s”', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&us=human&china=human&russia=human`);
    const pass = page.locator('dialog.pass[open]');
    await pass.waitFor();
    expect(await pass.textContent()).toMatch(/It is the United States’ turn\./);
    expect(await page.locator('body').textContent()).not.toMatch(/States's|States’s/);
    await page.context().close();
  });

  it('the set-up form lines up the three seat dropdowns', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/#/hotseat`);
    const boxes = await Promise.all(['us', 'china', 'russia'].map((p) => page.locator(`select[name="seat-${p}"]`).boundingBox()));
    expect(new Set(boxes.map((b) => Math.round(b!.x))).size).toBe(1);
    expect(new Set(boxes.map((b) => Math.round(b!.width))).size).toBe(1);
    await page.context().close();
  });

  it('the lab runs exactly the number of games typed, or says why not', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}/#/lab`);
    const games = page.locator('input[name="games"]');
    await games.fill('10');
    await page.locator('#lab-run').click();
    expect(await page.locator('#lab-games-error').textContent()).toMatch(/10 games cannot be run/);
    await games.fill('130');
    await page.locator('#lab-run').click();
    const strategies = await page.locator('input[name="strategy"]:checked').count();
    await page.waitForFunction((n) => document.body.textContent?.includes(`of ${n} games`), 130 * strategies);
    await page.context().close();
  });
});

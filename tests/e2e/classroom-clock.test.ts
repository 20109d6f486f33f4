/**
 * A lesson with the turn clock in Chromium: the teacher opens a session with
 * a 45 s clock from the menu; two students join by code (one on a
 * phone-sized screen); the first plays her turn, the second stops moving,
 * and after 45 s the clock's Normal bot plays for him: his log says so and
 * the wall counted down. At the bell each student answers the two
 * reflection prompts of their table; the report shows the debrief plots,
 * the clock's turning point, the turn times and the answers; the per-round
 * CSV carries the debrief fields and the turn times, the reflections CSV the answers.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite({ BOT_DELAY_MS: '0' });
const errors: string[] = [];
const page = (width = 1100, height = 760) => suite.newPage({ width, height }, { acceptDownloads: true, timeout: 20_000, errors });

const csv = async (p: Page, button: string): Promise<string[][]> => {
  const download = p.waitForEvent('download');
  await p.click(button);
  const file = await (await download).path();
  return readFileSync(file, 'utf8').trim().split(/\r?\n/).map((r) => r.split(','));
};

describe('the turn clock in a lesson, in Chromium', () => {
  it('a silent student’s turn is played by the clock’s bot; reflections, plots and turn times reach the report and the CSV', async () => {
    const teacher = await page(1280, 900);
    await teacher.goto(`${suite.server.url}/#/classroom`);
    await teacher.selectOption('#class-size', '2');
    await teacher.selectOption('#class-clock', '45');
    await teacher.click('#create-class');
    await teacher.waitForURL(/#\/classroom\/teach\//);
    const code = (await teacher.locator('#join-code').textContent())!;
    await expect(teacher.locator('#clock-setting').textContent()).resolves.toBe('Turn clock: 45 s, then a Normal bot plays the turn.');

    const students: Page[] = [];
    for (const [name, width, height] of [['Ada', 1100, 760], ['Ben', 390, 844]] as const) {
      const s = await page(width, height);
      await s.goto(`${suite.server.url}/#/classroom?code=${code}`);
      await s.fill('#nickname', name);
      await s.click('#join-class');
      await s.waitForURL(/#\/classroom\/seat\//);
      students.push(s);
    }
    const [ada, ben] = students as [Page, Page];
    const table = teacher.locator('.mini[data-table="1"]');

    // Ada (the US) plays until it is China's turn; the wall counts China's clock down.
    for (let i = 0; i < 20 && !((await table.locator('.status').textContent()) ?? '').includes('China to play'); i++) {
      // A warned play is always asked, Cancel first: Ada means it.
      if (await ada.locator('dialog.confirm[open]').count()) await ada.locator('#confirm-play').click().catch(() => undefined);
      else if (await ada.locator('#actions button:not([disabled]):visible').count()) {
        await ada.locator('#actions button:not([disabled]):visible').first().press('Enter').catch(() => undefined);
      }
      await ada.waitForTimeout(300);
    }
    await table.locator('.status', { hasText: 'China to play' }).waitFor();
    const clock = table.locator('.clock .left');
    await clock.waitFor();
    const left = Number((await clock.textContent())!.split(' ')[0]);
    expect(left).toBeGreaterThan(30);
    expect(left).toBeLessThanOrEqual(45);
    await table.locator('.progress progress').waitFor();
    // Ben's own screen counts his turn down too.
    await expect(ben.locator('#class-clock:not([hidden])').textContent({ timeout: 10_000 })).resolves.toMatch(/^Your turn: \d+ s left, then a bot plays it for you$/);
    // On his phone the clock floats clear of the tabs: he can look at the board in his turn.
    const banner = (await ben.locator('#class-clock').boundingBox())!;
    const tab = (await ben.locator('#view-board').boundingBox())!;
    expect(banner.y + banner.height).toBeLessThanOrEqual(tab.y);
    // And it covers nothing: scrolled to its end, the panel's last control ends above the clock.
    const panel = ben.locator('.table > .panel');
    await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const lastBottom = await panel.evaluate((el) => Math.max(...[...el.children].map((k) => k.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.bottom)));
    expect(lastBottom).toBeLessThanOrEqual(banner.y + 1);
    await ben.click('#view-board');
    await expect(ben.locator('.play').getAttribute('data-view')).resolves.toBe('board');
    await ben.click('#view-actions');

    // Ben does nothing: 45 s later the clock's bot plays China's turn, and his log says so.
    await ben.getByText('Time is up for China: the clock’s Normal bot plays this turn.').first().waitFor({ state: 'attached', timeout: 60_000 });
    console.error('classroom clock e2e: the clock played China’s turn');
    // Online all along, Ben is still marked on the wall: the clock played his last turn.
    await table.locator('.seats li', { hasText: 'Ben' }).locator('.stalled', { hasText: 'the clock played their last turn' }).waitFor({ timeout: 15_000 });
    // And the wall's list of students to go and see names him, above the tables.
    await expect(teacher.locator('#needs-a-look:not([hidden])').textContent()).resolves.toContain('Ben (table 1, China: the clock played their last turn)');
    // Served from this computer's own name, the wall warns that students cannot type its address.
    await expect(teacher.locator('#loopback-warning').textContent()).resolves.toMatch(/^127\.0\.0\.1 is this computer’s own name/);

    // The bell: every table over, each student answers the two questions of their table.
    teacher.once('dialog', (d) => void d.accept());
    await teacher.click('#end-session');
    await teacher.locator('#session-state', { hasText: 'ended' }).waitFor();
    // Put off with "Later", the questions stay one button away.
    await ada.locator('dialog#reflection[open]').waitFor({ timeout: 15_000 });
    await ada.click('#reflection-later');
    await ada.locator('dialog.gameover[open]').getByRole('button', { name: 'See the board' }).click();
    await ada.click('#reflection-open');
    for (const [s, answers] of [[ada, ['I pressed China too early.', 'Sanctions, because they hurt.']], [ben, ['I was too slow.', 'The bot played safe.']]] as const) {
      const dialog = s.locator('dialog#reflection[open]');
      await dialog.waitFor({ timeout: 15_000 });
      await expect(dialog.locator('label.prompt').count()).resolves.toBe(2);
      await s.fill('#reflection-1', answers[0]);
      await s.fill('#reflection-2', answers[1]);
      await s.click('#send-reflection');
      await s.locator('#reflection-sent').waitFor();
    }

    await teacher.click('#open-report');
    const report = teacher.locator('.table-report').first();
    await report.waitFor();
    await report.locator('.fig-hostility svg').waitFor();
    await report.locator('.fig-dependency svg').waitFor();
    await expect(report.locator('.turning-points li[data-kind="clock"]').count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(report.locator('.reflections').textContent()).resolves.toContain('The bot played safe.');
    const china = report.locator('table.turn-times tr[data-power="china"] td');
    await expect(china.last().textContent()).resolves.toBe('1');
    await expect(teacher.locator('#class-turns').textContent()).resolves.toMatch(/45 s turn clock’s bot played 1/);

    const rounds = await csv(teacher, '#csv-rounds');
    for (const field of ['hostility_china', 'hostility_russia', 'focus', 'driven_together', 'dependency', 'standing', 'accommodations', 'wedges_worked', 'proposals_declined', 'round_seconds', 'student_turns', 'clock_turns']) {
      expect(rounds[0], field).toContain(field);
    }
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    expect(Number(rounds[1]![rounds[0]!.indexOf('clock_turns')])).toBe(1);
    const reflections = await csv(teacher, '#csv-reflections');
    expect(reflections[0]).toEqual(['session', 'table', 'power', 'nickname', 'prompt_1', 'answer_1', 'prompt_2', 'answer_2', 'answered_at']);
    expect(reflections.slice(1).map((r) => r[3]).sort()).toEqual(['Ada', 'Ben']);
    const tables = await csv(teacher, '#csv-tables');
    expect(tables[1]![tables[0]!.indexOf('clock_seconds')]).toBe('45');
    await teacher.screenshot({ path: 'test-results/classroom-clock-report.png', fullPage: true });
    expect(errors).toEqual([]);
  }, 300_000);

  it('role briefs: a page per power from the menu, one printed page each', async () => {
    const p = await page();
    await p.goto(`${suite.server.url}/#/classroom`);
    await p.click('#open-handouts');
    await p.locator('.handout').first().waitFor();
    expect(await p.locator('.handout').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.power))).toEqual(['us', 'china', 'russia']);
    await expect(p.locator('.handout[data-power="russia"] .brief-actions').textContent()).resolves.toContain('Great-power diplomacy');
    const pdf = (await p.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(3);
    expect(errors).toEqual([]);
  }, 60_000);
});

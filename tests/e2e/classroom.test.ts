/**
 * A classroom lesson in real browsers: the teacher creates a session from the
 * menu, six students in their own browser contexts join with the code and a
 * nickname and play two tables through the Actions region to the end; the
 * teacher pauses (students see it, no move goes through), resumes, rings the
 * bell, and the report's CSV downloads with a row per table. (Ending tables
 * at the bell where they stand is tested in tests/classroom.test.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite({ BOT_DELAY_MS: '0' });
const errors: string[] = [];
const page = (width = 1100, height = 700) => suite.newPage({ width, height }, { acceptDownloads: true, timeout: 20_000, errors });

/** Press the first enabled action on any student page that may act, until `done`. */
async function playUntil(pages: readonly Page[], done: () => Promise<boolean>, limit = 1500): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await done()) return;
    // A warned play is asked about (Cancel focused): a student who means it presses Play it.
    for (const q of pages) if (await q.locator('dialog.confirm[open]').count()) await q.locator('#confirm-play').click({ timeout: 5_000 }).catch(() => undefined);
    const ready = await Promise.all(pages.map((p) => p.locator('#actions button:not([disabled]):visible').count()));
    const p = pages[ready.findIndex((n) => n > 0)];
    if (!p) {
      await pages[0]!.waitForTimeout(100);
      continue;
    }
    try {
      await p.locator('#actions button:not([disabled]):visible').first().press('Enter', { timeout: 5_000 });
      await p.locator('#actions.waiting, dialog.gameover[open]').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    } catch {
      // redrawn under the key press: look again
    }
  }
  throw new Error(`the tables did not finish:\n${(await Promise.all(pages.map(describePage))).join('\n')}`);
}

/** What a stuck student sees: enough to tell a rule that waits on nobody from a control the loop does not press. */
async function describePage(p: Page, i: number): Promise<string> {
  await p.screenshot({ path: `test-results/classroom-stuck-${i}.png` }).catch(() => undefined);
  return p
    .evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('button:not([disabled])')].filter((b) => b.offsetParent !== null);
      const dialogs = [...document.querySelectorAll('dialog[open]')].map((d) => d.className || d.id);
      const actions = document.querySelector('#actions');
      return `${location.hash} | actions: ${actions?.className ?? 'none'} "${(actions?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160)}" | dialogs: ${dialogs.join(', ') || 'none'} | enabled buttons: ${buttons.map((b) => `${b.closest('[id]')?.id ?? '?'}:${(b.textContent ?? '').trim().slice(0, 24)}`).slice(0, 12).join('; ')}`;
    })
    .then((d) => `student ${i}: ${d}`, (e: unknown) => `student ${i}: ${String(e)}`);
}

describe('a classroom lesson in Chromium', () => {
  it('a teacher and six students: join by code, two tables played to the end, pause and resume, CSV with a row per table', async () => {
    const teacher = await page(1280, 900);
    await teacher.goto(`${suite.server.url}/#/`);
    await teacher.click('#mode-classroom');
    await teacher.locator('#create-class').click();
    await teacher.waitForURL(/#\/classroom\/teach\//);
    const code = (await teacher.locator('#join-code').textContent())!;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    const students: Page[] = [];
    for (const name of ['Ada', 'Ben', 'Cai', 'Dot', 'Eli', 'Fay']) {
      const s = await page();
      await s.goto(`${suite.server.url}/#/classroom`);
      await s.fill('#class-code', code.toLowerCase());
      await s.fill('#nickname', name);
      await s.click('#join-class');
      await s.waitForURL(/#\/online\/match\/|#\/classroom\/seat\//);
      students.push(s);
    }
    await teacher.locator('.mini[data-table="2"]').waitFor();
    expect(await teacher.locator('.mini').count()).toBe(2);
    await expect(teacher.locator('.mini[data-table="1"]').textContent()).resolves.toContain('Ada');

    // A reload returns a student to their seat.
    await students[0]!.reload();
    await students[0]!.locator('.online-head').waitFor();
    await expect(students[0]!.locator('.online-head').textContent()).resolves.toContain('Ada');

    // Play a little, then pause: the students are told, and nothing moves. Pressing the first
    // button can push a table to the Brink in round 1 (2 % of random 2019 games), so "over" counts too.
    const table1 = teacher.locator('.mini[data-table="1"]');
    await playUntil(students, async () => ((await table1.locator('.round').textContent())?.includes('Round 2') ?? false) || (await table1.getAttribute('class'))?.split(' ').includes('over') === true);
    console.error('classroom e2e: round 2 reached, pausing');
    await teacher.click('#pause');
    await teacher.locator('#session-state.paused').waitFor();
    await students[1]!.locator('#class-banner:not([hidden])').waitFor({ timeout: 10_000 });
    const before = await teacher.locator('.mini[data-table="1"]').getAttribute('data-state-id');
    for (const s of students) {
      if ((await s.locator('#actions button:not([disabled]):visible').count()) === 0) continue;
      await s.locator('#actions button:not([disabled]):visible').first().press('Enter').catch(() => undefined);
      break;
    }
    await teacher.waitForTimeout(800);
    expect(await teacher.locator('.mini[data-table="1"]').getAttribute('data-state-id')).toBe(before);
    console.error('classroom e2e: pause held, resuming');
    await teacher.click('#resume');
    await teacher.locator('#pause').waitFor();

    // Play on after the pause until both tables are over: every student sees who won.
    const over = async () => (await Promise.all(students.map((s) => s.locator('dialog.gameover[open]').count()))).every((n) => n > 0);
    await playUntil(students, over);
    console.error('classroom e2e: both tables played to the end');
    await expect(teacher.locator('.mini.over').count()).resolves.toBe(2);
    await teacher.screenshot({ path: 'test-results/classroom-wall.png' });
    // The bell closes the lesson.
    teacher.once('dialog', (d) => void d.accept());
    await teacher.click('#end-session');
    await teacher.locator('#session-state', { hasText: 'ended' }).waitFor();

    await teacher.click('#open-report');
    await teacher.locator('.table-report').first().waitFor();
    const download = teacher.waitForEvent('download');
    await teacher.click('#csv-tables');
    const file = await (await download).path();
    const rows = readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^session,table,scenario/);
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).every((r) => r.startsWith(`${code},`))).toBe(true);
    // Both tables finished with a winner: all six rounds of 2019, or earlier at the Brink.
    const head = rows[0]!.split(',');
    for (const row of rows.slice(1)) {
      const cell = (name: string) => row.split(',')[head.indexOf(name)];
      expect(['United States', 'China', 'Russia']).toContain(cell('winner'));
      expect(['victory', 'brink']).toContain(cell('result'));
      if (cell('result') === 'victory') expect(cell('rounds_played')).toBe('6');
    }
    expect(errors).toEqual([]);
  }, 900_000);
});

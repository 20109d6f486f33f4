/**
 * A classroom as a teacher and a student see it, in Chromium: the student's
 * seat names the class code and invites nobody; the wall shows them joining,
 * then online, never away; the wall names tension as the board does; a pause
 * takes the student's actions away and says why; a pushed event is confirmed
 * on the wall and the choice stays; a moved student is told where they now
 * sit; after the bell the student is offered the
 * classroom, not the online lobby; the report plots the debrief's figures and
 * its per-round CSV carries them; and "Delete this session" leaves nothing of
 * the session in the server's SQLite file.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TENSION_NAMES, WORLD_EVENTS } from '../../game';
import { browserSuite } from './harness';

const data = mkdtempSync(join(tmpdir(), 'multipolar-class-edges-'));
const suite = browserSuite({ BOT_DELAY_MS: '0', DATA_DIR: data });
const errors: string[] = [];
const page = (width = 1200, height = 800) => suite.newPage({ width, height }, { acceptDownloads: true, timeout: 20_000, errors });

/** Rows the server's SQLite file holds for a session and a match, read beside the server. */
function stored(code: string, matchID: string): { session: number; match: number; log: number } {
  const db = new Database(join(data, 'multipolar.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const n = (sql: string, arg: string) => (db.prepare(sql).get(arg) as { n: number }).n;
    return {
      session: n('SELECT count(*) AS n FROM classroom_sessions WHERE code = ?', code),
      match: n('SELECT count(*) AS n FROM matches WHERE id = ?', matchID),
      log: n('SELECT count(*) AS n FROM log WHERE match_id = ?', matchID) + n('SELECT count(*) AS n FROM game_log WHERE match_id = ?', matchID),
    };
  } finally {
    db.close();
  }
}

// One lesson, step by step: each step starts where the one before left the teacher and Ada.
let teacher: Page;
let ada: Page;
let code = '';
let matchID = '';

describe('a classroom without rough edges, in Chromium', () => {
  it('a student’s seat names the class code and invites nobody to the match', async () => {
    teacher = await page(1280, 1000);
    await teacher.goto(`${suite.server.url}/#/classroom`);
    await teacher.locator('#create-class').click();
    await teacher.waitForURL(/#\/classroom\/teach\//);
    code = (await teacher.locator('#join-code').textContent())!;

    ada = await page();
    await ada.goto(`${suite.server.url}/#/classroom?code=${code}`);
    await ada.fill('#nickname', 'Ada');
    await ada.click('#join-class');
    await ada.waitForURL(/#\/classroom\/seat\//);
    await ada.locator('.online-head').waitFor();

    // The seat names the class, and invites nobody to the match's own code.
    await expect(ada.locator('.online-head').textContent()).resolves.toContain(`Class ${code}`);
    await ada.waitForTimeout(1000);
    expect(await ada.getByText('Give the others this code', { exact: false }).count()).toBe(0);
    expect(await ada.locator('#leave').count()).toBe(0);
    // Her table waits for two more: she is told so, not that it waits for her own seat.
    await expect.poll(() => ada.locator('#actions').textContent()).toMatch(/Waiting for 2 more players to take the China and Russia seats…/);
  });

  it('the wall shows a student online as soon as their page connects, not away', async () => {
    // The wall: Ada is online as soon as her page connects, without a single move (the table waits for two more).
    const adaSeat = teacher.locator('.mini[data-table="1"] .seats li', { hasText: 'Ada' });
    await adaSeat.locator('.dot.on').waitFor({ timeout: 10_000 });
    expect(await adaSeat.textContent()).not.toContain('away');
  });

  it('the wall names global tension as the board does', async () => {
    // Start the table: bots take the open seats, and Ada (the United States) opens.
    await teacher.locator('.mini[data-table="1"] .start-table').click();
    await ada.locator('#actions button:not([disabled]):visible').first().waitFor({ timeout: 30_000 });

    // Tension on the wall has the board's name for its level.
    const meter = teacher.locator('.mini[data-table="1"] .meter');
    await teacher.locator('.mini[data-table="1"]:not(.waiting)').waitFor();
    const level = Number(await meter.getAttribute('aria-valuenow'));
    await expect(teacher.locator('.mini[data-table="1"] dd:has(.meter)').textContent()).resolves.toContain(`${level} ${TENSION_NAMES[level]}`);
  });

  it('a pause takes the student’s actions away and says why; resuming gives them back', async () => {
    // Pause: Ada's actions go, and the Actions region says why; resume brings them back.
    await teacher.click('#pause');
    await teacher.locator('#session-state.paused').waitFor();
    await ada.locator('#actions', { hasText: 'paused' }).waitFor({ timeout: 10_000 });
    expect(await ada.locator('#actions button:not([disabled]):visible').count()).toBe(0);
    await teacher.click('#resume');
    await ada.locator('#actions button:not([disabled]):visible').first().waitFor({ timeout: 10_000 });
  });

  it('a pushed world event is confirmed on the wall and the choice stays', async () => {
    // Push to every table: the wall says what it pushed, and the choice stays.
    const event = WORLD_EVENTS[2]!;
    await teacher.selectOption('#event-choice', event.id);
    await teacher.click('#push-event');
    await teacher.locator('#wall-note', { hasText: event.title }).waitFor();
    await teacher.locator('#pushed', { hasText: event.title }).waitFor();
    expect(await teacher.locator('#event-choice').inputValue()).toBe(event.id);
  });

  it('a student the teacher moves is told where they now sit, until they press OK', async () => {
    await teacher.selectOption('#move-to', '1:1');
    await teacher.click('#move');
    await teacher.locator('#wall-note', { hasText: 'Student moved.' }).waitFor();
    // The wall redrew: the teacher's choice stays, and the seat now says who holds it.
    expect(await teacher.locator('#move-to').inputValue()).toBe('1:1');
    await expect(teacher.locator('#move-to option[value="1:1"]').textContent()).resolves.toBe('Table 1, China (Ada: swap)');
    const banner = ada.locator('#class-banner:not([hidden])');
    await expect(banner.textContent({ timeout: 10_000 })).resolves.toContain('Your teacher has moved you: you now play China at this table.');
    await expect.poll(() => ada.locator('.online-head').textContent()).toMatch(/Table 1/);
    await expect.poll(() => ada.locator('.online-head').textContent()).toMatch(/You are China/);
    // Still there after a few polls, then gone with OK.
    await ada.waitForTimeout(3000);
    await ada.click('#moved-ok');
    await expect.poll(() => ada.locator('#class-banner').isHidden()).toBe(true);
  });

  it('after the bell a student is offered the classroom, not the online lobby or another match', async () => {
    // The bell: Ada's game ends, and she is offered the classroom, not the online lobby or another match.
    teacher.once('dialog', (d) => void d.accept());
    await teacher.click('#end-session');
    await teacher.locator('#session-state', { hasText: 'ended' }).waitFor();
    const over = ada.locator('dialog.gameover[open]');
    await over.waitFor({ timeout: 15_000 });
    await expect(over.getByRole('link', { name: 'Back to the classroom' }).count()).resolves.toBe(1);
    expect(await over.getByText('online lobby').count()).toBe(0);
    expect(await over.getByRole('button', { name: 'Play again' }).count()).toBe(0);
  });

  it('the report plots the debrief’s figures and the per-round CSV carries every field', async () => {
    // The report plots hostility, focus and driven together, and Dependency against Standing; the CSV carries them.
    matchID = (await teacher.locator('.mini[data-table="1"] a', { hasText: 'Open as spectator' }).getAttribute('href'))!.split('/')[3]!;
    await teacher.click('#open-report');
    await teacher.locator('.table-report .fig-hostility svg').waitFor();
    await teacher.locator('.table-report .fig-dependency svg').waitFor();
    const download = teacher.waitForEvent('download');
    await teacher.click('#csv-rounds');
    const rows = readFileSync(await (await download).path(), 'utf8').trim().split(/\r?\n/);
    const head = rows[0]!.split(',');
    for (const col of ['hostility_china', 'hostility_russia', 'focus', 'driven_together', 'dependency', 'standing', 'export_controls', 'accommodations', 'wedges_worked', 'proposals_declined', 'us_gain_alignment']) {
      expect(head, col).toContain(col);
    }
    expect(rows).toHaveLength(2);
    expect(rows[1]!.split(',')[head.indexOf('session')]).toBe(code);
  });

  it('“Delete this session”, confirmed, leaves nothing of the session in the database', async () => {
    // Delete this session: confirmed, then nothing of it is left in the database.
    expect(stored(code, matchID)).toMatchObject({ session: 1, match: 1 });
    await teacher.goto(`${suite.server.url}/#/classroom/teach/${code}`);
    let asked = '';
    teacher.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await teacher.click('#delete-session');
    await teacher.locator('#session-deleted').waitFor();
    expect(asked).toContain('cannot be recovered');
    expect(stored(code, matchID)).toEqual({ session: 0, match: 0, log: 0 });
    // Ada's page learns the session is gone.
    await ada.getByText(`no classroom session with the code ${code}`, { exact: false }).waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  });
});

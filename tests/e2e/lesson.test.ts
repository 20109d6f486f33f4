/**
 * A whole lesson in Chromium, as a class period would run it: the teacher
 * opens a `2019-short` session (three rounds) with a 45 s turn clock from the
 * page; six students join by code, two of them on phones (390×844, touch), and
 * fill two tables of three; one student stops moving and the clock's Normal
 * bot plays his turn (his log says so); both tables play to the end through
 * the Actions list; every student answers the two reflection prompts; the
 * report shows each table's plots, turning points, reflection answers and turn
 * times, and the CSVs carry every field the debrief needs; "Delete this
 * session" leaves none of its rows in the server's SQLite file.
 *
 * The clock is the real 45 s (CLASSROOM_CLOCK_MIN_SEC is left at its default):
 * only one turn waits for it, and the other table plays on meanwhile.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DATA } from '../../game';
import { browserSuite } from './harness';

const data = mkdtempSync(join(tmpdir(), 'multipolar-lesson-'));
const suite = browserSuite({ BOT_DELAY_MS: '0', DATA_DIR: data });
const errors: string[] = [];

interface Student {
  readonly name: string;
  readonly page: Page;
  readonly phone: boolean;
}

async function open(width: number, height: number, phone: boolean): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height }, hasTouch: phone, isMobile: phone, acceptDownloads: true });
  const p = await ctx.newPage();
  p.setDefaultTimeout(20_000);
  p.on('pageerror', (e) => errors.push(e.message));
  return p;
}

/**
 * A tap on a phone, a click elsewhere. Not a key press: when a table's game ends under it, the
 * end dialog has taken the focus, and Enter would follow its "Back to the classroom" link; a
 * click finds the action covered and gives up.
 */
const act = (s: Student, selector: ReturnType<Page['locator']>) =>
  s.phone ? selector.tap({ timeout: 5_000 }) : selector.click({ timeout: 5_000 });

/** What a student's page shows: the game over, a confirmation or round summary waiting, how many actions are enabled. */
const look = (p: Page) => p.evaluate(() => {
  const summary = document.querySelector('#summary-ok');
  const over = document.querySelector('dialog#reflection[open], dialog.gameover[open]') !== null;
  return {
    over,
    confirm: document.querySelector('dialog.confirm[open]') !== null,
    // The last rounds' summaries wait under the end dialog, out of reach until it closes.
    summary: !over && summary instanceof HTMLElement && summary.offsetParent !== null,
    ready: document.querySelectorAll('#actions button:not([disabled])').length,
  };
});

/** The student takes the first calm action (none that raises tension), or the first there is. */
async function move(s: Student): Promise<void> {
  try {
    const calm = s.page.locator('#actions li.act-on:visible').filter({ hasNotText: /tension/i }).locator('button:not([disabled])');
    const pick = (await calm.count()) > 0 ? calm.first() : s.page.locator('#actions button:not([disabled]):visible').first();
    if (s.phone && !(await pick.isVisible())) await s.page.locator('#view-actions').tap({ timeout: 5_000 });
    await act(s, pick);
    await s.page.locator('#actions.waiting, dialog.gameover[open], dialog#reflection[open]').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  } catch {
    // Redrawn under the key press or tap: look again.
  }
}

/**
 * Each student who may act takes the first calm action (none that raises tension, as a careful
 * class would, so the tables play their three rounds rather than end at the Brink), until
 * `done`; students in `silent()` do nothing.
 */
async function playUntil(students: readonly Student[], silent: () => Promise<readonly Student[]>, done: () => Promise<boolean>, progress: () => Promise<string>, limit = 2000): Promise<void> {
  let said = Date.now();
  for (let i = 0; i < limit; i++) {
    if (await done()) return;
    // Where the tables stand, every 20 s: a lesson that stalls says where.
    if (Date.now() - said > 20_000) {
      said = Date.now();
      console.error(`lesson e2e: ${await progress()}`);
    }
    const quiet = await silent();
    // One look at each page a pass (a locator query apiece would be six round trips a page).
    const looks = await Promise.all(students.map((s) => (quiet.includes(s) ? Promise.resolve(null) : look(s.page))));
    for (const [j, s] of students.entries()) {
      const seen = looks[j];
      if (seen?.confirm) await act(s, s.page.locator('#confirm-play')).catch(() => undefined);
      if (seen?.summary) await act(s, s.page.locator('#summary-ok')).catch(() => undefined);
    }
    // Everyone whose turn it is moves at once, as in a classroom (one table's move never waits on the other's).
    const movers = students.filter((_, j) => {
      const seen = looks[j];
      return seen !== null && seen !== undefined && !seen.over && seen.ready > 0;
    });
    if (!movers.length) {
      await students[0]!.page.waitForTimeout(150);
      continue;
    }
    await Promise.all(movers.map(move));
  }
  throw new Error('the tables did not finish');
}

/** The rows of an RFC 4180 file as a spreadsheet reads them (quoted cells hold commas, quotes and line ends). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const csv = async (p: Page, button: string): Promise<string[][]> => {
  const download = p.waitForEvent('download');
  await p.click(button);
  return readCsv(readFileSync(await (await download).path(), 'utf8'));
};

/** Every row of every table in the server's SQLite file, as text (read-only, beside the running server). */
function everyRow(): { tables: string[]; text: string } {
  const db = new Database(join(data, 'multipolar.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const text = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.replaceAll('"', '""')}"`).all())).join('\n');
    return { tables, text };
  } finally {
    db.close();
  }
}

const NAMES = ['Ada', 'Ben', 'Cai', 'Dot', 'Eli', 'Fay'] as const;
/** Two phones, one at each table (each table's third seat, Russia). */
const PHONES: ReadonlySet<string> = new Set(['Cai', 'Fay']);
const TIME_UP = 'Time is up for China: the clock’s Normal bot plays this turn.';

describe('a whole lesson of 2019-short in Chromium', () => {
  it('teacher, six students (two on phones), the clock’s bot, both tables to the end, reflections, report, CSV, deletion', async () => {
    const started = Date.now();
    const teacher = await open(1280, 900, false);
    await teacher.goto(`${suite.server.url}/#/classroom`);
    await teacher.selectOption('#class-scenario', '2019-short');
    await teacher.selectOption('#class-clock', '45');
    await teacher.click('#create-class');
    await teacher.waitForURL(/#\/classroom\/teach\//);
    const code = (await teacher.locator('#join-code').textContent())!;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await expect(teacher.locator('#clock-setting').textContent()).resolves.toBe('Turn clock: 45 s, then a Normal bot plays the turn.');

    const students: Student[] = [];
    for (const [i, name] of NAMES.entries()) {
      const phone = PHONES.has(name);
      const page = phone ? await open(390, 844, true) : await open(1100, 760, false);
      await page.goto(`${suite.server.url}/#/classroom`);
      // Half type the code as the wall shows it, half in lower case.
      await page.fill('#class-code', i % 2 ? code.toLowerCase() : code);
      await page.fill('#nickname', name);
      await (phone ? page.tap('#join-class') : page.click('#join-class'));
      await page.waitForURL(/#\/classroom\/seat\//);
      students.push({ name, page, phone });
    }
    await teacher.locator('.mini[data-table="2"]').waitFor();
    expect(await teacher.locator('.mini').count()).toBe(2);
    for (const [t, names] of [[1, NAMES.slice(0, 3)], [2, NAMES.slice(3)]] as const) {
      const wall = (await teacher.locator(`.mini[data-table="${t}"]`).textContent())!;
      for (const n of names) expect(wall, `table ${t}`).toContain(n);
    }
    // Each student's seat says the round of three.
    const lastRound = SCENARIO_DATA['2019-short'].rounds;
    expect(lastRound).toBe(3);
    const matchIDs = await Promise.all([1, 2].map(async (t) =>
      (await teacher.locator(`.mini[data-table="${t}"] a`, { hasText: 'Open as spectator' }).getAttribute('href'))!.split('/')[3]!));
    expect(new Set(matchIDs).size).toBe(2);

    // Ben (China at table 1) stops moving until the clock's bot has played a turn for him.
    const ben = students[1]!;
    let benBack = false;
    const silent = async (): Promise<readonly Student[]> => {
      if (!benBack) benBack = (await ben.page.getByText(TIME_UP).count()) > 0;
      return benBack ? [] : [ben];
    };
    // Over when the wall says both tables are (a student's own end dialog can be put away by a key press that crosses the end).
    const allOver = async () => (await teacher.locator('.mini.over').count()) === 2;
    const wall = async () => (await teacher.locator('.mini').evaluateAll((els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').slice(0, 160)))).join(' | ');
    await playUntil(students, silent, allOver, wall);
    console.error(`lesson e2e: both tables over after ${Math.round((Date.now() - started) / 1000)} s`);
    // Ben's log said the clock's bot played his turn (seen by `silent`, while the game was on).
    expect(benBack).toBe(true);

    // Each student answers the two prompts of their table, on a phone by tapping.
    for (const s of students) {
      const dialog = s.page.locator('dialog#reflection[open]');
      await dialog.waitFor({ timeout: 15_000 }).catch(() => undefined);
      if (!(await dialog.count())) {
        // Put away with the end dialog, the questions stay one button away.
        const over = s.page.locator('dialog.gameover[open]');
        if (await over.count()) await over.getByRole('button', { name: 'See the board' }).click();
        if (!(await s.page.locator('#reflection-open').isVisible())) throw new Error(`${s.name} is offered no reflection, at ${s.page.url()}`);
        await s.page.click('#reflection-open');
        await dialog.waitFor();
      }
      await expect(dialog.locator('label.prompt').count()).resolves.toBe(2);
      await s.page.fill('#reflection-1', `${s.name}: the alliance moved when we pushed.`);
      await s.page.fill('#reflection-2', `${s.name}: next time, fewer crises.`);
      await (s.phone ? s.page.tap('#send-reflection') : s.page.click('#send-reflection'));
      await s.page.locator('#reflection-sent').waitFor();
    }

    // The report: per table, the plots, the turning points (the clock's among them at table 1),
    // the reflections and the turn times.
    await teacher.click('#open-report');
    const reports = teacher.locator('.table-report');
    await reports.nth(1).waitFor();
    expect(await reports.count()).toBe(2);
    for (const [i, report] of [reports.nth(0), reports.nth(1)].entries()) {
      for (const fig of ['.fig-hostility svg', '.fig-dependency svg']) await report.locator(fig).waitFor();
      expect(await report.locator('.plots figure svg').count()).toBeGreaterThanOrEqual(4);
      expect(await report.locator('.turning-points li').count(), `table ${i + 1} turning points`).toBeGreaterThan(0);
      const answers = (await report.locator('.reflections').textContent())!;
      for (const n of NAMES.slice(3 * i, 3 * i + 3)) expect(answers).toContain(`${n}: next time, fewer crises.`);
      expect(await report.locator('table.turn-times tr[data-power]').count()).toBe(3);
    }
    expect(await reports.nth(0).locator('.turning-points li[data-kind="clock"]').count()).toBeGreaterThanOrEqual(1);
    expect(Number(await reports.nth(0).locator('table.turn-times tr[data-power="china"] td').last().textContent())).toBeGreaterThanOrEqual(1);
    await expect(teacher.locator('#class-turns').textContent()).resolves.toMatch(/45 s turn clock’s bot played [1-9]/);
    await teacher.screenshot({ path: 'test-results/lesson-report.png', fullPage: true });

    // The CSVs: a row per table, per table and round, per reflection, with every field the debrief names.
    const tables = await csv(teacher, '#csv-tables');
    const th = tables[0]!;
    expect(tables).toHaveLength(3);
    for (const row of tables.slice(1)) {
      const cell = (name: string) => row[th.indexOf(name)]!;
      expect(cell('session')).toBe(code);
      expect(cell('scenario')).toBe('2019-short');
      expect(['United States', 'China', 'Russia']).toContain(cell('winner'));
      expect(['victory', 'brink']).toContain(cell('result'));
      if (cell('result') === 'victory') expect(cell('rounds_played')).toBe(String(lastRound));
      expect(cell('clock_seconds')).toBe('45');
      expect(Number(cell('student_turns'))).toBeGreaterThan(0);
      expect(Number(cell('turn_median_s'))).toBeGreaterThanOrEqual(0);
    }
    expect(Number(tables[1]![th.indexOf('clock_turns')])).toBeGreaterThanOrEqual(1);
    const times = ['student_turns', 'turn_median_s', 'turn_p90_s', 'clock_turns'].map((c) => `${c} ${tables.slice(1).map((r) => r[th.indexOf(c)]).join('/')}`);
    console.error(`lesson e2e: tables ${times.join(', ')}`);

    const rounds = await csv(teacher, '#csv-rounds');
    const rh = rounds[0]!;
    for (const field of ['hostility_china', 'hostility_russia', 'focus', 'driven_together', 'dependency', 'standing', 'export_controls',
      'accommodations', 'wedges_worked', 'wedges_failed', 'proposals_declined', 'alignment', 'us_prestige', 'china_prestige', 'russia_prestige',
      'round_seconds', 'student_turns', 'student_turn_median_s', 'clock_turns']) {
      expect(rh, field).toContain(field);
    }
    const played = tables.slice(1).reduce((n, r) => n + Number(r[th.indexOf('rounds_played')]), 0);
    expect(rounds).toHaveLength(1 + played);
    for (const row of rounds.slice(1)) {
      expect(['0', '1']).toContain(row[rh.indexOf('driven_together')]);
      expect(Number(row[rh.indexOf('round_seconds')])).toBeGreaterThan(0);
    }

    const reflections = await csv(teacher, '#csv-reflections');
    expect(reflections[0]).toEqual(['session', 'table', 'power', 'nickname', 'prompt_1', 'answer_1', 'prompt_2', 'answer_2', 'answered_at']);
    expect(reflections.slice(1).map((r) => r[3]).sort()).toEqual([...NAMES]);
    for (const r of reflections.slice(1)) expect(r[7]).toBe(`${r[3]}: next time, fewer crises.`);

    // Delete this session: its rows go from the server's database, its matches' moves too.
    const before = everyRow();
    expect(before.tables).toEqual(expect.arrayContaining(['classroom_sessions', 'matches', 'log']));
    for (const x of [code, ...matchIDs, 'Fay: next time, fewer crises.']) expect(before.text, x).toContain(x);
    await teacher.goto(`${suite.server.url}/#/classroom/teach/${code}`);
    teacher.once('dialog', (d) => void d.accept());
    await teacher.click('#delete-session');
    await teacher.locator('#session-deleted').waitFor();
    const after = everyRow();
    for (const x of [code, ...matchIDs, ...NAMES.map((n) => `${n}: `)]) expect(after.text, x).not.toContain(x);
    console.error(`lesson e2e: done in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(errors).toEqual([]);
  }, 420_000);
});

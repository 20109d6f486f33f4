/**
 * The turn clock against a real server: a student who does not move has
 * their turn played by a Normal bot once the session's clock runs out; the
 * match's log says so, the finished match still replays to the same state,
 * the report lists the clock's turns as turning points and carries every
 * measured turn; the wall shows the clock's deadline and a likely finish;
 * pausing stops the clock; a clock below CLASSROOM_CLOCK_MIN_SEC is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';
import type { Report, Wall } from '../game/wire/classroom';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ BOT_DELAY_MS: '0', CLASSROOM_CLOCK_MIN_SEC: '1' });
});
afterAll(async () => {
  await server?.stop();
});

async function api<T>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T & { error?: string } }> {
  const r = await fetch(`${server.url}/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T & { error?: string } };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, f: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('the turn clock', () => {
  it('refuses a clock below the minimum or not whole', async () => {
    for (const clockSec of [0, 0.5, 'fast', 601]) {
      const r = await api('POST', 'classroom/sessions', { scenario: '2019', tableSize: 1, clockSec });
      expect(r.status, String(clockSec)).toBe(400);
      expect(r.body.error).toMatch(/clockSec/);
    }
  });

  it('a Normal bot plays a silent student’s turn, marked in the log, the report and the replay; pause stops it', async () => {
    const { body: s } = await api<{ code: string; teacherToken: string }>('POST', 'classroom/sessions', { scenario: '2019', tableSize: 1, clockSec: 2 });
    const t = s.teacherToken;
    const { body: seat } = await api<{ matchID: string; studentToken: string; turnEndsAt: number | null }>('POST', `classroom/sessions/${s.code}/join`, { nickname: 'Quiet' });
    expect(seat.turnEndsAt).toBeNull();
    // The student never connects nor moves: the bots deal, then it is the US's turn, with a deadline on the wall.
    const wall = await until('the student’s turn with a clock', async () => {
      const w = (await api<Wall>('GET', `classroom/sessions/${s.code}`, undefined, t)).body;
      return w.tables[0]?.acting === 'us' && w.tables[0].turnEndsAt ? w : null;
    });
    expect(wall.clockSec).toBe(2);
    expect(wall.tables[0]!.turnEndsAt! - Date.now()).toBeLessThanOrEqual(2000);
    // The student's own seat carries the same deadline (their page counts it down).
    const me = (await api<{ turnEndsAt: number | null }>('GET', `classroom/sessions/${s.code}/me`, undefined, seat.studentToken)).body;
    expect(me.turnEndsAt).toBe(wall.tables[0]!.turnEndsAt);

    // Paused: the deadline goes, and nothing moves past it.
    const paused = (await api<Wall>('POST', `classroom/sessions/${s.code}/pause`, {}, t)).body;
    expect(paused.tables[0]!.turnEndsAt).toBeNull();
    await sleep(2600);
    const still = (await api<Report>('GET', `classroom/sessions/${s.code}/report`, undefined, t)).body;
    expect(still.tables[0]!.turningPoints.filter((p) => p.kind === 'clock')).toEqual([]);
    await api('POST', `classroom/sessions/${s.code}/resume`, {}, t);

    // Resumed: the clock's bot plays the US turn after turn, until round 2 has begun.
    const report = await until('two rounds played by the clock', async () => {
      const r = (await api<Report>('GET', `classroom/sessions/${s.code}/report`, undefined, t)).body;
      return r.tables[0]!.round >= 3 ? r : null;
    }, 90_000);
    const table = report.tables[0]!;
    const clockPoints = table.turningPoints.filter((p) => p.kind === 'clock');
    expect(clockPoints.length).toBeGreaterThanOrEqual(2);
    expect(clockPoints[0]).toMatchObject({ power: 'us', text: 'Time is up for the United States: the clock’s Normal bot plays this turn.' });
    const usTurns = table.turns.filter((x) => x.power === 'us');
    expect(usTurns.length).toBeGreaterThanOrEqual(2);
    expect(usTurns.every((x) => x.by === 'clock')).toBe(true);
    // Each clock turn lasted the clock's 2 s (and a pause's wait for the first), never much less.
    expect(usTurns.every((x) => x.ms >= 1900)).toBe(true);
    expect(table.turns.some((x) => x.power !== 'us' && x.by === 'bot')).toBe(true);
    // A round is measured: the wall now says when the table will likely finish.
    const w2 = (await api<Wall>('GET', `classroom/sessions/${s.code}`, undefined, t)).body;
    expect(w2.tables[0]!.finishAt).toBeGreaterThan(Date.now());
    // The wall says how many of the student's latest turns the clock played: every one of them here.
    const quiet = w2.tables[0]!.seats.find((x) => x.power === 'us')!;
    expect(quiet).toMatchObject({ kind: 'student', name: 'Quiet' });
    expect(quiet.clockStreak).toBeGreaterThanOrEqual(usTurns.length);
    expect(w2.tables[0]!.seats.filter((x) => x.kind === 'bot').map((x) => x.clockStreak)).toEqual([0, 0]);
    // Each turn names the student it was timed for; a bot's seat names none.
    expect(usTurns.every((x) => x.student === 'Quiet')).toBe(true);
    expect(table.turns.filter((x) => x.by === 'bot').every((x) => x.student === null)).toBe(true);

    // The teacher swaps Quiet with a new student at table 2: Quiet's turns stay Quiet's, and the
    // student now at table 1's US seat is not marked for turns the clock played for Quiet.
    await api('POST', `classroom/sessions/${s.code}/pause`, {}, t);
    await api('POST', `classroom/sessions/${s.code}/join`, { nickname: 'Next' });
    const moved = await api<Wall>('POST', `classroom/sessions/${s.code}/students/${quiet.studentID}/move`, { table: 2, seat: '0' }, t);
    expect(moved.status, moved.body.error).toBe(200);
    const usNow = moved.body.tables[0]!.seats.find((x) => x.power === 'us')!;
    expect(usNow).toMatchObject({ kind: 'student', name: 'Next', clockStreak: 0 });
    expect(moved.body.tables[1]!.seats.find((x) => x.power === 'us')).toMatchObject({ name: 'Quiet' });
    const after = (await api<Report>('GET', `classroom/sessions/${s.code}/report`, undefined, t)).body.tables[0]!;
    expect(after.turns.filter((x) => x.power === 'us').every((x) => x.student === 'Quiet')).toBe(true);

    // The bell, then the replay rebuilds the very same final state, the clock's edits included.
    await api('POST', `classroom/sessions/${s.code}/end`, {}, t);
    const replay = await api<{ actions: { edit?: string; power?: string }[] }>('GET', `replay/${seat.matchID}`);
    expect(replay.status, replay.body.error).toBe(200);
    expect(replay.body.actions.filter((a) => a.edit === 'clock').length).toBe(clockPoints.length);
  }, 120_000);
});

/**
 * Reflection at a table's game end: the prompts are chosen from what happened
 * at the table and written to the student's power; answers are cleaned and
 * checked (valibot, game/wire/reflection.ts) before they are stored; the
 * server asks only once the table's game is over, keeps the answers with the
 * session and shows them in the report.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundRecord } from '../game';
import type { Report, StudentSeat, TableReport } from '../game/wire/classroom';
import { ANSWER_MAX, cleanAnswer } from '../game/wire/reflection';
import { reflectionPrompts } from '../server/classroom/reflection';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';

const round = (n: number, over: Partial<RoundRecord> = {}): RoundRecord => ({
  round: n, globalTension: 2, tracks: { economic: 2, technological: 1, political: 2, military: 1 }, prestige: { us: 3, china: 3, russia: 3 },
  alignment: 'partnership', crises: [], hostility: { china: 1, russia: 1 }, focus: null, drivenTogether: false, dependency: 2, standing: 5,
  exportControls: false, accommodations: [], wedges: { worked: 0, failed: 0 }, declined: 0, gains: { us: {}, china: {}, russia: {} }, ...over,
});
const table = (history: RoundRecord[], over: Partial<TableReport> = {}): TableReport => ({
  number: 1, matchID: 'M', scenario: '2019', round: history.length, lastRound: 6, seats: [], history, turningPoints: [], crises: [],
  outcome: { kind: 'victory', winner: 'china' }, alignmentReached: 'partnership', alignmentAtEnd: 'partnership', finalTension: 2,
  prestige: { us: 3, china: 5, russia: 2 }, turns: [], hintsUsed: { us: 0, china: 0, russia: 0 }, reflections: [], ...over,
});

describe('reflection prompts', () => {
  it('set an accommodation against the alliance still reaching De facto, for each power', () => {
    const t = table([round(1), round(2, { accommodations: ['russia'] }), round(3, { alignment: 'defacto' })]);
    expect(reflectionPrompts(t, 'us')[0]).toBe('You accommodated Russia in round 2; the alliance still reached De facto in round 3: why?');
    expect(reflectionPrompts(t, 'russia')[0]).toMatch(/^The United States accommodated you in round 2; your partnership still reached De facto in round 3/);
    expect(reflectionPrompts(t, 'china')[0]).toMatch(/^The United States accommodated Russia in round 2/);
  });

  it('ask about the pair driven together and Russia the junior partner when that happened', () => {
    const t = table([round(1), round(2, { drivenTogether: true, dependency: 6, standing: 4 })],
      { turningPoints: [{ kind: 'driven-together', round: 2, power: 'us', text: '…', cite: 'P16' }] });
    expect(reflectionPrompts(t, 'us')[0]).toMatch(/^In round 2 US hostility to both drove Moscow and Beijing together/);
    expect(reflectionPrompts(t, 'russia')[1]).toMatch(/^In round 2 your Dependency on China passed your Standing/);
  });

  it('always two different prompts, the general ones standing in', () => {
    const quiet = table([round(1)], { outcome: null });
    const [a, b] = reflectionPrompts(quiet, 'china');
    expect(a).not.toBe(b);
    expect(a).toMatch(/decision/);
  });
});

describe('cleanAnswer', () => {
  it('keeps line breaks, drops control and format characters, and bounds the length', () => {
    expect(cleanAnswer('  Because\u202e of\u200b it\r\n\r\n\r\n\tand\u0007 more  ')).toBe('Because of it\n\nand more');
    expect(cleanAnswer(' \n\u200b ')).toBeNull();
    expect(cleanAnswer('x'.repeat(ANSWER_MAX + 1))).toBeNull();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 800 }), (raw) => {
      const a = cleanAnswer(raw);
      if (a === null) return;
      expect([...a].length).toBeLessThanOrEqual(ANSWER_MAX);
      expect(/[^\P{C}\n]/u.test(a)).toBe(false);
      expect(a).toBe(a.trim());
      expect(cleanAnswer(a)).toBe(a);
    }));
  });
});

describe('reflection on the server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ BOT_DELAY_MS: '0' });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const api = async <T>(method: string, path: string, body?: unknown, token?: string) => {
    const r = await fetch(`${server.url}/api/classroom/sessions${path}`, {
      method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as T & { error?: string } };
  };

  it('asks once the table is over, refuses bad answers, stores good ones, and the report shows them', async () => {
    const { body: s } = await api<{ code: string; teacherToken: string }>('POST', '', { scenario: '2019', tableSize: 1 });
    const { body: seat } = await api<StudentSeat & { studentToken: string }>('POST', `/${s.code}/join`, { nickname: 'Ada' });
    expect(seat.reflection).toBeNull();
    const early = await api('POST', `/${s.code}/reflection`, { answers: ['a', 'b'] }, seat.studentToken);
    expect(early.status).toBe(409);

    await api('POST', `/${s.code}/end`, {}, s.teacherToken);
    const me = (await api<StudentSeat>('GET', `/${s.code}/me`, undefined, seat.studentToken)).body;
    expect(me.reflection?.answered).toBe(false);
    expect(me.reflection?.prompts).toHaveLength(2);

    for (const bad of [{ answers: ['only one'] }, { answers: ['fine', '\u0000\u200b  '] }, { answers: ['fine', 'x'.repeat(ANSWER_MAX + 1)] }, { answers: ['a', 'b'], extra: 1 }, { answers: 'text' }]) {
      const r = await api('POST', `/${s.code}/reflection`, bad, seat.studentToken);
      expect(r.status, JSON.stringify(bad).slice(0, 40)).toBe(400);
    }
    expect((await api('POST', `/${s.code}/reflection`, { answers: ['a', 'b'] }, 'not-a-token')).status).toBe(403);

    const ok = await api<StudentSeat>('POST', `/${s.code}/reflection`, { answers: ['The US pushed too hard\u202e.', ' We never trusted them. '] }, seat.studentToken);
    expect(ok.status).toBe(200);
    expect(ok.body.reflection?.answered).toBe(true);

    const report = (await api<Report>('GET', `/${s.code}/report`, undefined, s.teacherToken)).body;
    expect(report.tables[0]!.reflections).toEqual([expect.objectContaining({
      table: 1, power: 'us', nickname: 'Ada', prompts: me.reflection!.prompts, answers: ['The US pushed too hard.', 'We never trusted them.'],
    })]);
  });
});

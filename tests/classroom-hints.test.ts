/**
 * Hints in a classroom, against a real server: the teacher's switch is checked, a student's
 * seat says whether Suggest is offered, each use is counted for the seat (refused where hints
 * are off), and the report and its CSV show the counts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesCsv } from '../client/classroom/csv';
import type { Report, StudentSeat } from '../game/wire/classroom';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ BOT_DELAY_MS: '0', DATA_DIR: mkdtempSync(joinPath(tmpdir(), 'multipolar-hints-')) });
});
afterAll(async () => {
  await server?.stop();
});

async function api<T>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T & { error?: string } }> {
  const r = await fetch(`${server.url}/api/classroom/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T & { error?: string } };
}

const create = (body: Record<string, unknown>) => api<{ code: string; teacherToken: string }>('POST', 'sessions', { scenario: '2019', tableSize: 1, ...body });
const join = async (code: string, nickname: string) => {
  const r = await api<StudentSeat & { studentToken: string }>('POST', `sessions/${code}/join`, { nickname });
  expect(r.status).toBe(200);
  return r.body;
};

describe('classroom hints', () => {
  it('the switch is checked: only true or false', async () => {
    const r = await create({ hints: 'no' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/hints must be true or false/);
  });

  it('hints off: the seat offers no Suggest and a use is refused, not counted', async () => {
    const s = await create({ hints: false });
    expect(s.status).toBe(201);
    const seat = await join(s.body.code, 'Ada');
    expect(seat.hints).toBe(false);
    const used = await api('POST', `sessions/${s.body.code}/hints`, { table: seat.table }, seat.studentToken);
    expect(used.status).toBe(409);
    const report = await api<Report>('GET', `sessions/${s.body.code}/report`, undefined, s.body.teacherToken);
    expect(report.body.hints).toBe(false);
    expect(report.body.tables[0]?.hintsUsed).toEqual({ us: 0, china: 0, russia: 0 });
    expect(tablesCsv(report.body)).toMatch(/,no,0,0,0\r?\n?$/);
  });

  it('hints on (the default): each use is counted for the seat and shown in the report and its CSV', async () => {
    const s = await create({});
    const seat = await join(s.body.code, 'Bo');
    expect(seat.hints).toBe(true);
    const path = `sessions/${s.body.code}/hints`;
    expect((await api('POST', path, { table: seat.table }, seat.studentToken)).body).toEqual({ hintsUsed: 1 });
    expect((await api('POST', path, { table: seat.table }, seat.studentToken)).body).toEqual({ hintsUsed: 2 });
    // Hostile or stale bodies, and strangers, count nothing.
    expect((await api('POST', path, { table: seat.table, extra: 1 }, seat.studentToken)).status).toBe(400);
    expect((await api('POST', path, { table: '1' }, seat.studentToken)).status).toBe(400);
    expect((await api('POST', path, { table: seat.table + 5 }, seat.studentToken)).status).toBe(409);
    expect((await api('POST', path, { table: seat.table })).status).toBe(403);
    const report = await api<Report>('GET', `sessions/${s.body.code}/report`, undefined, s.body.teacherToken);
    expect(report.body.hints).toBe(true);
    const table = report.body.tables.find((t) => t.number === seat.table);
    expect(table?.hintsUsed).toEqual({ us: 2, china: 0, russia: 0 });
    const [head, row] = tablesCsv(report.body).split('\r\n');
    const cols = head!.split(',');
    const cells = row!.split(',');
    expect(cells[cols.indexOf('hints_on')]).toBe('yes');
    expect(cells[cols.indexOf('us_hints_used')]).toBe('2');
  });
});

/**
 * Classroom sessions against a real server over real sockets: seating at
 * tables of three with bots filling, pause refusing moves, a pushed world
 * event reaching every table, the bell scoring every table, a restart keeping
 * the session; and the teacher's secret guarding every teacher route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';
import { SocketPlayer } from './support/socket-player';
import { REFUSED_EVENT } from '../game/wire/moves';
import { toMove } from '../game';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { StreamEvent } from '../client/classroom/api';
import { readEvents } from '../client/classroom/api';

const dataDir = mkdtempSync(joinPath(tmpdir(), 'multipolar-classroom-'));
const ENV = { BOT_DELAY_MS: '0', CLASSROOM_JOIN_RATE_PER_MIN: '12', DATA_DIR: dataDir };
let server: RunningServer;
const open: SocketPlayer[] = [];
beforeAll(async () => {
  server = await startServer(ENV);
});
afterAll(async () => {
  for (const p of open) p.close();
  await server?.stop();
});

interface Res<T = Record<string, unknown>> {
  status: number;
  body: T & { error?: string };
}
async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown, token?: string): Promise<Res<T>> {
  const r = await fetch(`${server.url}/api/classroom/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T & { error?: string } };
}
interface Seat {
  matchID: string;
  playerID: string;
  credentials: string;
  table: number;
  nickname: string;
  studentToken: string;
}
interface WallT {
  paused: boolean;
  ended: boolean;
  students: { id: string; nickname: string; table: number; seat: string }[];
  tables: { number: number; matchID: string; started: boolean; outcome: unknown; seats: { kind: string; name: string | null }[] }[];
}
const create = async (body: Record<string, unknown> = {}) => {
  const r = await api<{ code: string; teacherToken: string }>('POST', 'sessions', { scenario: '2019', tableSize: 3, ...body });
  expect(r.status).toBe(201);
  return r.body;
};
const join = async (code: string, nickname: string) => {
  const r = await api<Seat>('POST', `sessions/${code}/join`, { nickname });
  expect(r.status, r.body.error).toBe(200);
  return r.body;
};
const wall = async (code: string, token: string) => (await api<WallT>('GET', `sessions/${code}`, undefined, token)).body;
const player = (s: Pick<Seat, 'matchID' | 'playerID' | 'credentials'> | { matchID: string; playerID: null; credentials?: string }) => {
  const p = new SocketPlayer(server.url, s.matchID, s.playerID, s.credentials);
  open.push(p);
  return p;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a classroom session', () => {
  it('validates what it is given', async () => {
    expect((await api('POST', 'sessions', { scenario: '1871' })).status).toBe(400);
    expect((await api('POST', 'sessions', { tableSize: 4 })).status).toBe(400);
    expect((await api('POST', 'sessions', { endsAt: Date.now() - 1000 })).status).toBe(400);
    expect((await api('POST', 'sessions', '{not json')).status).toBe(400);
    expect((await api('POST', 'sessions/ZZZZZZ/join', { nickname: 'Ann' })).status).toBe(404);
    expect((await api('POST', 'sessions/<script>/join', { nickname: 'Ann' })).status).toBe(404);
    const { code } = await create();
    for (const nickname of ['', '   ', 'x'.repeat(25), 42, '\u202e\u200b']) {
      const r = await api('POST', `sessions/${code}/join`, { nickname });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(/nickname/);
    }
  });

  it('sanitises nicknames and refuses a name already taken', async () => {
    const { code, teacherToken } = await create();
    const seat = await join(code, '  <b>Ann</b>\u202e  \u0007 Lee ');
    expect(seat.nickname).toBe('bAnn/b Lee');
    expect((await api('POST', `sessions/${code}/join`, { nickname: 'bann/b lee' })).status).toBe(409);
    const w = await wall(code, teacherToken);
    expect(w.students.map((s) => s.nickname)).toEqual(['bAnn/b Lee']);
    expect(w.tables[0]!.seats[0]).toMatchObject({ kind: 'student', name: 'bAnn/b Lee' });
  });

  it('seats students at tables of three, starts full tables, and fills the rest with bots when started early', async () => {
    const { code, teacherToken } = await create();
    const seats = [];
    for (const n of ['A1', 'A2', 'A3', 'B1']) seats.push(await join(code, n));
    expect(seats.map((s) => [s.table, s.playerID])).toEqual([[1, '0'], [1, '1'], [1, '2'], [2, '0']]);
    expect(seats[0]!.matchID).toMatch(/^[A-Z2-9]{6}$/);
    let w = await wall(code, teacherToken);
    expect(w.tables.map((t) => t.started)).toEqual([true, false]);
    // The waiting table is held: its student cannot open the game.
    const b1 = player(seats[3]!).play();
    await b1.until(() => b1.state !== null);
    await sleep(300);
    expect(b1.state!.G.step.kind).toBe('begin');
    const started = await api<WallT>('POST', `sessions/${code}/tables/2/start`, {}, teacherToken);
    expect(started.status).toBe(200);
    w = started.body;
    expect(w.tables[1]!.seats.map((s) => s.kind)).toEqual(['student', 'bot', 'bot']);
    // The student and two server bots play table 2 to the end.
    await b1.until(() => b1.over, 90_000);
    expect(b1.state!.G.outcome).not.toBeNull();
  });

  it('pauses every table (no move is taken, bots wait) and resumes', async () => {
    const { code, teacherToken } = await create({ tableSize: 1 });
    const seat = await join(code, 'Solo');
    const us = player(seat).play();
    await us.until(() => us.stateID > 6);
    expect((await api<WallT>('POST', `sessions/${code}/pause`, {}, teacherToken)).body.paused).toBe(true);
    await sleep(150); // a frame already on its way
    const before = us.stateID;
    await sleep(800);
    expect(us.stateID).toBe(before);
    expect(us.over).toBe(false);
    // A move the student sends now is refused out loud, not silently.
    const move = toMove({ kind: 'ops', card: us.state!.G.hands.us![0]!, op: { kind: 'influence', region: 'baltic' } });
    us.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move.move, args: move.args, playerID: seat.playerID, credentials: seat.credentials } }, us.stateID, seat.matchID, seat.playerID);
    await us.until(() => us.frames.some((f) => f.event === REFUSED_EVENT), 5_000).catch(() => undefined);
    expect(us.frames.some((f) => f.event === REFUSED_EVENT && (f.args[0] as { code: string }).code === 'held')).toBe(true);
    expect((await api<WallT>('POST', `sessions/${code}/resume`, {}, teacherToken)).body.paused).toBe(false);
    // A move refused while paused is made again, and again each second until the table moves on:
    // the one sent as the resume lands may cross it and be refused too (the page would show why).
    const nudge = setInterval(() => us.play(), 1000);
    try {
      await us.until(() => us.stateID > before + 2, 30_000);
    } finally {
      clearInterval(nudge);
    }
  });

  it('pushes a world event into every table and ends the session with every table scored', async () => {
    const { code, teacherToken } = await create({ tableSize: 1 });
    const a = await join(code, 'Ana');
    const b = await join(code, 'Ben');
    expect(a.matchID).not.toBe(b.matchID);
    const pa = player(a);
    const watcher = player({ matchID: b.matchID, playerID: null });
    await pa.until(() => pa.state?.G.step.kind === 'play');
    await watcher.until(() => watcher.state?.G.step.kind === 'play');
    expect((await api('POST', `sessions/${code}/events`, { event: 'nope' }, teacherToken)).status).toBe(400);
    const pushed = await api('POST', `sessions/${code}/events`, { event: 'e-taiwan-election' }, teacherToken);
    expect(pushed.status).toBe(200);
    await pa.until(() => pa.state!.G.pushedEvents.includes('e-taiwan-election'));
    await watcher.until(() => watcher.state!.G.pushedEvents.includes('e-taiwan-election'));
    expect(pa.state!.G.log.some((e) => /pushes a world event/.test(e.text))).toBe(true);

    const ended = await api<WallT>('POST', `sessions/${code}/end`, {}, teacherToken);
    expect(ended.status).toBe(200);
    expect(ended.body.ended).toBe(true);
    expect(ended.body.tables.every((t) => t.outcome !== null)).toBe(true);
    await pa.until(() => pa.over);
    await watcher.until(() => watcher.over);
    // Each table's players and watchers see the result the wall shows for that table (each table
    // drew its own tie order, so two level tables may name different winners).
    const shown = (matchID: string) => ended.body.tables.find((t) => t.matchID === matchID)?.outcome;
    expect(pa.state!.G.outcome).toEqual(shown(a.matchID));
    expect(watcher.state!.G.outcome).toEqual(shown(b.matchID));
    expect((await api('POST', `sessions/${code}/join`, { nickname: 'Late' })).status).toBe(409);
    const report = await api<{ tables: { turningPoints: { kind: string; text: string }[]; history: Record<string, unknown>[]; outcome: unknown }[] }>('GET', `sessions/${code}/report`, undefined, teacherToken);
    expect(report.body.tables).toHaveLength(2);
    expect(report.body.tables[0]!.turningPoints.some((t) => t.kind === 'event' && /session ends/.test(t.text))).toBe(true);
    // The bell's round record carries what the debrief asks about.
    const round = report.body.tables[0]!.history[0]!;
    for (const field of ['hostility', 'focus', 'drivenTogether', 'dependency', 'standing', 'exportControls', 'accommodations', 'wedges', 'declined', 'gains']) {
      expect(round, field).toHaveProperty(field);
    }
    // Both tables replay to where they stood, the teacher's event and the bell included.
    for (const matchID of [a.matchID, b.matchID]) {
      const r = await fetch(`${server.url}/api/replay/${matchID}`);
      expect(r.status).toBe(200);
      const record = (await r.json()) as { actions: { edit?: string }[] };
      expect(record.actions.map((s) => s.edit).filter(Boolean)).toEqual(['pushEvent', 'scoreNow']);
    }
  });

  it('shows a student joining, then online on the live wall the moment their seat connects (no move needed)', async () => {
    const { code, teacherToken } = await create();
    const events: StreamEvent[] = [];
    const abort = new AbortController();
    const r = await fetch(`${server.url}/api/classroom/sessions/${code}/stream`, { headers: { authorization: `Bearer ${teacherToken}` }, signal: abort.signal });
    // Read as the teacher's page reads it (client/classroom/api.ts).
    const reading = readEvents(r.body!, (e) => events.push(e)).catch(() => undefined);
    const seatsOf = (e: StreamEvent) => (e.kind === 'table' ? e.table.seats : e.kind === 'wall' ? e.wall.tables.flatMap((t) => t.seats) : []);
    const annOn = (want: (s: { connected: boolean; arriving: boolean }) => boolean) => events.some((e) => seatsOf(e).some((s) => s.name === 'Ann' && want(s)));
    const seat = await join(code, 'Ann');
    for (let i = 0; i < 50 && !annOn(() => true); i++) await sleep(50);
    expect(annOn((s) => s.arriving && !s.connected)).toBe(true);
    expect(annOn((s) => s.connected)).toBe(false);
    // The table waits for two more students: nothing is stored but the seat's connection.
    player(seat);
    for (let i = 0; i < 100 && !annOn((s) => s.connected); i++) await sleep(50);
    expect(annOn((s) => s.connected && !s.arriving)).toBe(true);
    abort.abort();
    await reading;
  });

  it('moves a student to another table: the old seat goes to a bot, the old credentials stop working; into a student’s seat, the two swap', async () => {
    const { code, teacherToken } = await create({ tableSize: 2 });
    const a = await join(code, 'Mia');
    await join(code, 'Noa');
    const c = await join(code, 'Oli');
    let w = await wall(code, teacherToken);
    const mia = w.students.find((s) => s.nickname === 'Mia')!;
    const moved = await api<WallT>('POST', `sessions/${code}/students/${mia.id}/move`, { table: 2, seat: '1' }, teacherToken);
    expect(moved.status, moved.body.error).toBe(200);
    w = moved.body;
    expect(w.tables[0]!.seats.map((s) => s.kind)).toEqual(['bot', 'student', 'bot']);
    expect(w.tables[1]!.seats.map((s) => s.name)).toEqual(['Oli', 'Mia', 'Normal bot']);
    const me = await api<Seat>('GET', `sessions/${code}/me`, undefined, a.studentToken);
    expect(me.body).toMatchObject({ table: 2, matchID: c.matchID, playerID: '1' });
    expect(me.body.credentials).not.toBe(a.credentials);
    // Into a seat another student holds: the two swap, each with fresh credentials.
    const oliBefore = (await api<Seat>('GET', `sessions/${code}/me`, undefined, c.studentToken)).body;
    const swapped = await api<WallT>('POST', `sessions/${code}/students/${mia.id}/move`, { table: 2, seat: '0' }, teacherToken);
    expect(swapped.status, swapped.body.error).toBe(200);
    expect(swapped.body.tables[1]!.seats.map((s) => s.name)).toEqual(['Mia', 'Oli', 'Normal bot']);
    const oli = (await api<Seat>('GET', `sessions/${code}/me`, undefined, c.studentToken)).body;
    expect(oli).toMatchObject({ table: 2, playerID: '1' });
    expect(oli.credentials).not.toBe(oliBefore.credentials);
    expect((await api<Seat>('GET', `sessions/${code}/me`, undefined, a.studentToken)).body).toMatchObject({ table: 2, playerID: '0' });
    expect((await api('POST', `sessions/${code}/students/${mia.id}/move`, { table: 9, seat: '0' }, teacherToken)).status).toBe(400);
  });

  it('keeps the teacher out without the secret, and students out of the teacher routes and other hands', async () => {
    const { code, teacherToken } = await create();
    const s = await join(code, 'Eve');
    const t = await join(code, 'Tom');
    for (const token of [undefined, 'guess', s.studentToken]) {
      expect((await api('GET', `sessions/${code}`, undefined, token)).status).toBe(403);
      expect((await api('GET', `sessions/${code}/report`, undefined, token)).status).toBe(403);
      expect((await api('POST', `sessions/${code}/pause`, {}, token)).status).toBe(403);
      expect((await api('POST', `sessions/${code}/end`, {}, token)).status).toBe(403);
      expect((await api('POST', `sessions/${code}/events`, { event: 'e-taiwan-election' }, token)).status).toBe(403);
      expect((await fetch(`${server.url}/api/classroom/sessions/${code}/stream`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).status).toBe(403);
    }
    // A teacher's secret opens only its own session.
    const other = await create();
    expect((await api('GET', `sessions/${other.code}`, undefined, teacherToken)).status).toBe(403);
    // The wall and a student's own seat never carry credentials of others or hands.
    const w = await api('GET', `sessions/${code}`, undefined, teacherToken);
    expect(JSON.stringify(w.body)).not.toContain(s.credentials);
    expect(JSON.stringify(w.body)).not.toContain('hands');
    expect((await api('GET', `sessions/${code}/me`, undefined, 'guess')).status).toBe(403);
    // A student's credentials do not move another student's seat: the sync gets no seat, moves are refused.
    const forged = player({ matchID: t.matchID, playerID: t.playerID, credentials: s.credentials });
    const watcher = player({ matchID: t.matchID, playerID: null });
    await watcher.until(() => watcher.state !== null);
    await sleep(500);
    const seen = forged.frames.filter((f) => f.event === 'sync' || f.event === 'update');
    expect(JSON.stringify(seen)).not.toMatch(/"hands":\{"china"/);
  });

  it('survives a restart: the session, its tables and each student seat', async () => {
    const { code, teacherToken } = await create({ tableSize: 1 });
    const seat = await join(code, 'Kai');
    // The table is dealt before the pause (on a loaded machine the pause could come first).
    const first = player(seat);
    await first.until(() => first.state?.G.step.kind === 'play');
    first.close();
    await api('POST', `sessions/${code}/pause`, {}, teacherToken);
    await server.stop();
    server = await startServer(ENV);
    const w = await wall(code, teacherToken);
    expect(w.paused).toBe(true);
    expect(w.tables[0]!.matchID).toBe(seat.matchID);
    const me = await api<Seat>('GET', `sessions/${code}/me`, undefined, seat.studentToken);
    expect(me.body).toMatchObject({ matchID: seat.matchID, playerID: '0', credentials: seat.credentials, paused: true });
    // Still paused after the restart: the resumed keeper does not move there either.
    const p = player(seat);
    await p.until(() => p.state !== null);
    await sleep(300);
    expect(p.state!.G.step.kind).toBe('play');
    const before = p.stateID;
    await api('POST', `sessions/${code}/resume`, {}, teacherToken);
    p.play();
    await p.until(() => p.stateID > before + 2);
  });

  it('rate limits joins', async () => {
    const { code } = await create({ tableSize: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) statuses.push((await api('POST', `sessions/${code}/join`, { nickname: `P${i}` })).status);
    expect(statuses.slice(0, 12).every((s) => s === 200)).toBe(true);
    expect(statuses[12]).toBe(429);
  });
});

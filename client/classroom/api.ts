/**
 * The classroom REST API (server/classroom/routes.ts) from the browser, and
 * the wall's live stream (server-sent events read through fetch, so the
 * teacher's secret travels in a header, never in a URL).
 */
import type { ScenarioId, Seat } from '../../game';
import type { Report, StudentSeat, TableSummary, Wall, WallEvent } from '../../game/wire/classroom';

export type { Report, SeatSummary, StudentSeat, TableReport, TableSummary, Wall } from '../../game/wire/classroom';

export class ClassroomError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const BASE = '/api/classroom/sessions';

async function call<T>(method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<T> {
  let r: Response;
  try {
    r = await fetch(`${BASE}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ClassroomError(0, 'The server cannot be reached. Check the connection and try again.');
  }
  const json = (await r.json().catch(() => ({}))) as T & { error?: string };
  if (!r.ok) throw new ClassroomError(r.status, json.error ?? `The server answered ${r.status}.`);
  return json;
}

export const createSession = (scenario: ScenarioId, tableSize: number, endsAt: number | null, clockSec: number | null = null, hints = true) =>
  call<{ code: string; teacherToken: string }>('POST', '', undefined, { scenario, tableSize, ...(endsAt ? { endsAt } : {}), ...(clockSec ? { clockSec } : {}), ...(hints ? {} : { hints: false }) });
/** A student used a Suggest hint at their table (counted for the report; game/wire/hints.ts). */
export const sendHintUse = (code: string, studentToken: string, table: number) =>
  call<{ hintsUsed: number }>('POST', `/${encodeURIComponent(code)}/hints`, studentToken, { table });
/** A join code as a student typed it ("qtf tg7", "QTF-TG7"): the letters and digits, upper case. */
export const typedCode = (typed: string): string => typed.replace(/[^0-9a-z]/gi, '').toUpperCase();

export const joinSession = (code: string, nickname: string) =>
  call<StudentSeat & { studentToken: string }>('POST', `/${encodeURIComponent(code)}/join`, undefined, { nickname });
export const mySeat = (code: string, studentToken: string) => call<StudentSeat>('GET', `/${encodeURIComponent(code)}/me`, studentToken);
/** A student's answers to their table's two reflection prompts (POST …/reflection with their token). */
export const sendReflection = (code: string, studentToken: string, answers: readonly [string, string]) =>
  call<StudentSeat>('POST', `/${encodeURIComponent(code)}/reflection`, studentToken, { answers });
export const getWall = (code: string, token: string) => call<Wall>('GET', `/${encodeURIComponent(code)}`, token);
export const getReport = (code: string, token: string) => call<Report>('GET', `/${encodeURIComponent(code)}/report`, token);

export type TeacherAction =
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' }
  | { readonly kind: 'end' }
  | { readonly kind: 'event'; readonly event: string }
  | { readonly kind: 'start'; readonly table: number }
  | { readonly kind: 'move'; readonly student: string; readonly table: number; readonly seat: Seat };

/** Delete the session now: its tables, their moves, its report (POST …/delete, teacher only). */
export const deleteSession = (code: string, token: string) => call<{ deleted: string }>('POST', `/${encodeURIComponent(code)}/delete`, token, {});

export function act(code: string, token: string, a: TeacherAction): Promise<Wall> {
  const c = `/${encodeURIComponent(code)}`;
  switch (a.kind) {
    case 'pause':
    case 'resume':
    case 'end':
      return call('POST', `${c}/${a.kind}`, token, {});
    case 'event':
      return call('POST', `${c}/events`, token, { event: a.event });
    case 'start':
      return call('POST', `${c}/tables/${a.table}/start`, token, {});
    case 'move':
      return call('POST', `${c}/students/${encodeURIComponent(a.student)}/move`, token, { table: a.table, seat: a.seat });
  }
}

export type StreamEvent = WallEvent;

/**
 * Follow a session's wall live. Reconnects after a drop (the first event of
 * every connection is the whole wall). Returns the way to stop.
 */
export function followWall(code: string, token: string, on: (e: StreamEvent) => void, onError: (e: ClassroomError) => void): () => void {
  const abort = new AbortController();
  let stopped = false;
  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        const r = await fetch(`${BASE}/${encodeURIComponent(code)}/stream`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
        if (!r.ok || !r.body) {
          const j = (await r.json().catch(() => ({}))) as { error?: string };
          onError(new ClassroomError(r.status, j.error ?? 'The wall could not be opened.'));
          if (r.status === 403 || r.status === 404) return;
        } else {
          await readEvents(r.body, on);
        }
      } catch {
        if (stopped) return;
      }
      await new Promise((res) => setTimeout(res, 1000));
    }
  };
  void run();
  return () => {
    stopped = true;
    abort.abort();
  };
}

/** The wall's live stream (server-sent events), one event at a time, until the stream ends. */
export async function readEvents(body: ReadableStream<Uint8Array>, on: (e: StreamEvent) => void): Promise<void> {
  const reader = body.getReader();
  const text = new TextDecoder();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buf += text.decode(value, { stream: true });
    let end: number;
    while ((end = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, end);
      buf = buf.slice(end + 2);
      const kind = /^event: (\w+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!kind || !data) continue;
      if (kind === 'wall') on({ kind, wall: JSON.parse(data) as Wall });
      else if (kind === 'table') on({ kind, table: JSON.parse(data) as TableSummary });
      else if (kind === 'deleted') on({ kind });
    }
  }
}

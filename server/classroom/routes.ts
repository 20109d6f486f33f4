/**
 * REST under /api/classroom (JSON in, JSON out; errors as { error } with a
 * 4xx). Teacher routes need `Authorization: Bearer <teacherToken>`; a
 * student's own seat needs their student token the same way.
 *
 *   POST /api/classroom/sessions                         {scenario, tableSize, endsAt?, clockSec?, hints?} -> 201 {code, teacherToken}
 *   POST /api/classroom/sessions/:code/join              {nickname} -> seat + studentToken (rate limited)
 *   GET  /api/classroom/sessions/:code/me                student -> seat
 *   GET  /api/classroom/sessions/:code                   teacher -> wall
 *   GET  /api/classroom/sessions/:code/stream            teacher -> server-sent events (wall, table)
 *   GET  /api/classroom/sessions/:code/report            teacher -> after-action report
 *   POST /api/classroom/sessions/:code/tables/:n/start   teacher
 *   POST /api/classroom/sessions/:code/students/:id/move teacher {table, seat}
 *   POST /api/classroom/sessions/:code/pause | resume | end
 *   POST /api/classroom/sessions/:code/events            teacher {event}
 *   POST /api/classroom/sessions/:code/delete            teacher -> {deleted}: the session, its tables and report, now
 *   POST /api/classroom/sessions/:code/reflection        student {answers: [a, b]} -> seat (once their table's game is over)
 *   POST /api/classroom/sessions/:code/hints             student {table} -> {hintsUsed}: a Suggest hint used (409 where hints are off)
 */
import { PassThrough } from 'node:stream';
import type Koa from 'koa';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { HitCounter } from '../lobby';
import { CODE_ALPHABET, CODE_LENGTH, RateLimiter } from '../lobby';
import type { Wall, WallEvent } from '../../game/wire/classroom';
import type { Classroom } from './service';
import { ClassroomError } from './errors';
import { readJsonObject } from '../http/body';
import { HttpError, respondError } from '../http/errors';

const MAX_BODY = 8 * 1024;
const BODY_DEADLINE_MS = 10_000;
const HEARTBEAT_MS = 15_000;
const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export interface RouteOptions {
  /** Session creations per client per minute. */
  readonly createPerMinute: number;
  /** Joins per client per minute (a whole class may share one address). */
  readonly joinPerMinute: number;
  /** Joins to a code that is no session, per client per minute, whatever the codes (guessing). */
  readonly joinFailuresPerMinute: number;
  readonly originAllowed: (origin: string | undefined, host: string | undefined) => boolean;
  /** Counts across processes (REDIS_URL). */
  readonly hits?: HitCounter;
}

const bad = (status: number, message: string): never => {
  throw new ClassroomError(status, message);
};

/** Bodies read with a cap and a deadline; an abandoned upload is a 499 in one log line (server/http/body.ts). */
const readJson = (ctx: Koa.Context): Promise<Record<string, unknown>> => readJsonObject(ctx, MAX_BODY, BODY_DEADLINE_MS);

/**
 * Joins that named no session, counted per client across every code: a page
 * guessing codes is refused after a few a minute, whichever codes it tries.
 * Counted here (rate-limiter-flexible keeps the window) and, with REDIS_URL,
 * across processes: each failure adds to the shared count and this process
 * takes the cluster's count as its own, so a guesser spreading its tries
 * over processes is stopped after at most one more try per process.
 */
class FailedJoins {
  private readonly here: RateLimiterMemory;
  constructor(private readonly limit: number, private readonly shared?: HitCounter) {
    this.here = new RateLimiterMemory({ points: limit, duration: 60 });
  }

  async blocked(client: string): Promise<boolean> {
    return ((await this.here.get(client))?.consumedPoints ?? 0) >= this.limit;
  }

  async failed(client: string): Promise<void> {
    const have = (await this.here.get(client))?.consumedPoints ?? 0;
    let count = have + 1;
    if (this.shared) {
      try {
        count = Math.max(count, await this.shared.hit(`classroom-join-failed:${client}`, 60_000));
      } catch {
        // Redis down: counted here alone.
      }
    }
    await this.here.penalty(client, count - have);
  }
}

const bearer = (ctx: Koa.Context): string | undefined => /^Bearer (.+)$/.exec(ctx.get('Authorization'))?.[1];

export function classroomRoutes(classroom: Classroom, o: RouteOptions): Koa.Middleware {
  const creates = new RateLimiter(o.createPerMinute, Date.now, o.hits);
  const joins = new RateLimiter(o.joinPerMinute, Date.now, o.hits);
  const failedJoins = new FailedJoins(o.joinFailuresPerMinute, o.hits);
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/classroom/')) return next();
    try {
      const parts = ctx.path.slice('/api/classroom/'.length).split('/').filter(Boolean);
      if (parts[0] !== 'sessions') bad(404, 'no such classroom route');
      const post = ctx.method === 'POST';
      if (post && !o.originAllowed(ctx.get('Origin') || undefined, ctx.get('Host') || undefined)) bad(403, 'this origin may not use the classroom API');
      if (parts.length === 1) {
        if (!post) bad(405, 'use POST to create a session');
        if (!(await creates.allow(`classroom-create:${ctx.ip}`))) bad(429, 'too many requests: wait a minute and try again');
        ctx.status = 201;
        ctx.body = await classroom.create(await readJson(ctx));
        return;
      }
      const code = (parts[1] ?? '').toUpperCase();
      const joining = post && parts.length === 3 && parts[2] === 'join';
      if (joining && (await failedJoins.blocked(ctx.ip))) bad(429, 'too many joins to codes that are no session: wait a minute and try again');
      if (!CODE.test(code)) {
        if (joining) await failedJoins.failed(ctx.ip);
        bad(404, `There is no classroom session with the code ${code.slice(0, 12)}.`);
      }
      const token = bearer(ctx);
      const route = parts.slice(2).join('/');
      if (!post) {
        if (route === '') ctx.body = await classroom.wall(await classroom.asTeacher(code, token));
        else if (route === 'me') ctx.body = await classroom.me(code, token);
        else if (route === 'report') ctx.body = await classroom.report(await classroom.asTeacher(code, token));
        else if (route === 'stream') await stream(ctx, classroom, code, token);
        else bad(404, 'no such classroom route');
        return;
      }
      if (route === 'join') {
        if (!(await joins.allow(`classroom-join:${ctx.ip}:${code}`))) bad(429, 'too many joins from here: wait a minute and try again');
        const nickname = (await readJson(ctx)).nickname;
        ctx.body = await classroom.join(code, nickname).catch(async (err: unknown) => {
          if (err instanceof ClassroomError && err.status === 404) await failedJoins.failed(ctx.ip);
          throw err;
        });
      } else if (route === 'pause' || route === 'resume') ctx.body = await classroom.setPaused(code, token, route === 'pause');
      else if (route === 'end') ctx.body = await classroom.end(code, token ?? '');
      else if (route === 'delete') ctx.body = await classroom.remove(code, token);
      else if (route === 'reflection') ctx.body = await classroom.reflect(code, token, await readJson(ctx));
      else if (route === 'hints') ctx.body = await classroom.hintUsed(code, token, await readJson(ctx));
      else if (route === 'events') ctx.body = await classroom.pushEvent(code, token, (await readJson(ctx)).event);
      else if (parts[2] === 'tables' && parts[4] === 'start' && parts.length === 5) ctx.body = await classroom.start(code, token, Number(parts[3]));
      else if (parts[2] === 'students' && parts[4] === 'move' && parts.length === 5) ctx.body = await classroom.move(code, token, parts[3], await readJson(ctx));
      else bad(404, 'no such classroom route');
    } catch (err) {
      if (err instanceof HttpError) return respondError(ctx, err, 'classroom');
      const known = err instanceof ClassroomError;
      if (!known) console.error('multipolar: classroom error', err);
      ctx.status = known ? err.status : 500;
      ctx.body = { error: known ? err.message : 'internal error' };
    }
  };
}

/** Server-sent events: the whole wall first and on every session change, one table after each stored move. */
async function stream(ctx: Koa.Context, classroom: Classroom, code: string, token: string | undefined): Promise<void> {
  const session = await classroom.asTeacher(code, token);
  const out = new PassThrough();
  const send = (e: WallEvent) => {
    out.write(`event: ${e.kind}\ndata: ${JSON.stringify(e.kind === 'wall' ? e.wall : e.kind === 'table' ? e.table : {})}\n\n`);
    if (e.kind === 'deleted') out.end();
  };
  ctx.req.socket.setTimeout(0);
  ctx.req.socket.setNoDelay(true);
  ctx.status = 200;
  ctx.type = 'text/event-stream';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = out;
  // Watched for before the snapshot is awaited: a page closed meanwhile must not leave a listener behind.
  const live: { gone?: true; stop?: () => void; beat?: ReturnType<typeof setInterval> } = {};
  const close = () => {
    live.gone = true;
    clearInterval(live.beat);
    live.stop?.();
  };
  ctx.req.on('close', close);
  out.on('close', close);
  live.stop = await followFromSnapshot(() => classroom.wall(session), (l) => classroom.subscribe(code, l), send);
  if (live.gone) return live.stop();
  live.beat = setInterval(() => out.write(': beat\n\n'), HEARTBEAT_MS);
}

/**
 * Send the whole wall, then every change after it. The listener is on before the snapshot is
 * read, so a move stored while the wall is being made is not lost: it waits and follows the
 * wall (the page keeps a table's newest state, so one the snapshot already holds does no harm).
 */
export async function followFromSnapshot(
  snapshot: () => Promise<Wall>,
  subscribe: (listener: (e: WallEvent) => void) => () => void,
  send: (e: WallEvent) => void,
): Promise<() => void> {
  let waiting: WallEvent[] | null = [];
  const stop = subscribe((e) => (waiting ? waiting.push(e) : send(e)));
  try {
    send({ kind: 'wall', wall: await snapshot() });
  } catch (err) {
    stop();
    throw err;
  }
  for (const e of waiting) send(e);
  waiting = null;
  return stop;
}

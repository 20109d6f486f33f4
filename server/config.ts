import { availableParallelism } from 'node:os';

/** Server settings from the environment, with the defaults `npm start` uses. */
export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Built client to serve (vite build output). */
  readonly clientDir: string;
  /** SQLite file: the embedded default storage. */
  readonly dbFile: string;
  /** PostgreSQL instead of SQLite when set (DATABASE_URL). */
  readonly databaseUrl?: string;
  /** Connections the PostgreSQL storage keeps open (DATABASE_POOL_SIZE). */
  readonly databasePoolSize: number;
  /** Other origins allowed to use the Lobby API and sockets (the page's own origin always is). */
  readonly origins: readonly string[];
  /** Redis for pub/sub between several server processes sharing PostgreSQL (REDIS_URL). */
  readonly redisUrl?: string;
  /** Pause before a server bot moves, so people can follow (BOT_DELAY_MS). */
  readonly botDelayMs: number;
  /** A person away this long has a Normal bot play their seat until they return (STANDIN_AFTER_MS). */
  readonly standInAfterMs: number;
  /** Search budget of a Hard server bot (HARD_BOT_MS). */
  readonly hardBudgetMs: number;
  /** Worker threads the server's bots think on (BOT_THREADS; all cores but one by default). */
  readonly botThreads: number;
  /** Thinking time of an Expert server bot, 1–60000 ms (EXPERT_BOT_MS). */
  readonly expertBudgetMs: number;
  /** Lobby creates and joins allowed per client per minute, each (LOBBY_RATE_PER_MIN). */
  readonly lobbyRatePerMinute: number;
  /** Events one game socket may send per second before it is disconnected (SOCKET_EVENTS_PER_SEC). */
  readonly socketEventsPerSecond: number;
  /** Classroom joins to codes that are no session, per client per minute, all codes together (CLASSROOM_JOIN_FAILURES_PER_MIN). */
  readonly classroomJoinFailuresPerMinute: number;
  /** How long a request's headers and body may take to arrive, in ms (REQUEST_TIMEOUT_MS). */
  readonly requestTimeoutMs: number;
  /** Classroom joins allowed per client per minute, per session code (CLASSROOM_JOIN_RATE_PER_MIN). */
  readonly classroomJoinPerMinute: number;
  /** How long matches are kept (server/retention.ts). */
  readonly retention: RetentionConfig;
  /** A classroom session, its tables and its report are deleted this long after it was created, in ms (CLASSROOM_TTL_DAYS). */
  readonly classroomTtlMs: number;
  /** The shortest turn clock a classroom session may set, in seconds (CLASSROOM_CLOCK_MIN_SEC; the teacher's page offers 45, 60, 90). */
  readonly classroomClockMinSec: number;
  /**
   * Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry (the one
   * the proxy appended) for every per-client limit (TRUST_PROXY=1). Off, a client could name any
   * address it likes there, so it is ignored.
   */
  readonly trustProxy: boolean;
  /** Stop when the process with this id is gone (EXIT_WITH_PID: a supervisor, or the test runner that started it). */
  readonly exitWithPid?: number;
}

/** Retention periods in ms (settings are in minutes and days; fractions allowed, for tests). */
export interface RetentionConfig {
  /** A match no person ever joined is removed this long after it was created (UNJOINED_TTL_MIN). */
  readonly unjoinedMs: number;
  /** A finished or abandoned match is removed this long after its last change (FINISHED_TTL_DAYS). */
  readonly finishedMs: number;
  /** A running match with no move for this long ends as abandoned (IDLE_TTL_DAYS). */
  readonly idleMs: number;
  /** How often each process sweeps (RETENTION_SWEEP_MIN). */
  readonly sweepEveryMs: number;
}

/** A non-negative whole number from the environment, or its default. */
function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

/** Expert's budget: a zero budget would still think one sweep, a huge one would hold a match for minutes. */
function expertBudget(env: NodeJS.ProcessEnv): number {
  const ms = whole(env, 'EXPERT_BOT_MS', 1000);
  if (ms < 1 || ms > 60_000) throw new Error(`EXPERT_BOT_MS must be from 1 to 60000 ms, got "${env.EXPERT_BOT_MS ?? ''}"`);
  return ms;
}

/** A positive number of units from the environment (fractions allowed), in ms. */
function period(env: NodeJS.ProcessEnv, name: string, fallback: number, unitMs: number): number {
  const raw = env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return Math.max(1, Math.round(n * unitMs));
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function atLeastOne(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const n = whole(env, name, fallback);
  if (n < 1) throw new Error(`${name} must be at least 1, got "${env[name]}"`);
  return n;
}

/** An on/off setting: 1/true/yes or 0/false/no (unset is off). */
function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new Error(`${name} must be 1 or 0, got "${env[name]}"`);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${env.PORT}"`);
  const databasePoolSize = Number(env.DATABASE_POOL_SIZE ?? 4);
  if (!Number.isInteger(databasePoolSize) || databasePoolSize < 1) throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1, got "${env.DATABASE_POOL_SIZE}"`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    clientDir: env.CLIENT_DIR ?? 'dist/client',
    dbFile: env.MULTIPOLAR_DB ?? `${env.DATA_DIR ?? 'data'}/multipolar.sqlite`,
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize,
    origins: (env.ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    redisUrl: env.REDIS_URL || undefined,
    botDelayMs: whole(env, 'BOT_DELAY_MS', 700),
    standInAfterMs: whole(env, 'STANDIN_AFTER_MS', 60_000),
    hardBudgetMs: whole(env, 'HARD_BOT_MS', 250),
    // All cores but one, which is left to the event loop.
    botThreads: Math.max(1, whole(env, 'BOT_THREADS', availableParallelism() - 1)),
    expertBudgetMs: expertBudget(env),
    lobbyRatePerMinute: whole(env, 'LOBBY_RATE_PER_MIN', 30),
    classroomJoinFailuresPerMinute: Math.max(1, whole(env, 'CLASSROOM_JOIN_FAILURES_PER_MIN', 30)),
    requestTimeoutMs: Math.max(1000, whole(env, 'REQUEST_TIMEOUT_MS', 10_000)),
    retention: {
      unjoinedMs: period(env, 'UNJOINED_TTL_MIN', 60, MINUTE_MS),
      finishedMs: period(env, 'FINISHED_TTL_DAYS', 30, DAY_MS),
      idleMs: period(env, 'IDLE_TTL_DAYS', 14, DAY_MS),
      sweepEveryMs: period(env, 'RETENTION_SWEEP_MIN', 5, MINUTE_MS),
    },
    classroomTtlMs: period(env, 'CLASSROOM_TTL_DAYS', 30, DAY_MS),
    classroomClockMinSec: atLeastOne(env, 'CLASSROOM_CLOCK_MIN_SEC', 45),
    socketEventsPerSecond: atLeastOne(env, 'SOCKET_EVENTS_PER_SEC', 100),
    classroomJoinPerMinute: atLeastOne(env, 'CLASSROOM_JOIN_RATE_PER_MIN', 120),
    trustProxy: flag(env, 'TRUST_PROXY'),
    ...(env.EXIT_WITH_PID ? { exitWithPid: atLeastOne(env, 'EXIT_WITH_PID', 1) } : {}),
  };
}

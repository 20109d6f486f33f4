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
  /** Lobby creates and joins allowed per client per minute, each (LOBBY_RATE_PER_MIN). */
  readonly lobbyRatePerMinute: number;
  /** Events one game socket may send per second before it is disconnected (SOCKET_EVENTS_PER_SEC). */
  readonly socketEventsPerSecond: number;
}

/** A non-negative whole number from the environment, or its default. */
function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

function atLeastOne(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const n = whole(env, name, fallback);
  if (n < 1) throw new Error(`${name} must be at least 1, got "${env[name]}"`);
  return n;
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
    lobbyRatePerMinute: whole(env, 'LOBBY_RATE_PER_MIN', 30),
    socketEventsPerSecond: atLeastOne(env, 'SOCKET_EVENTS_PER_SEC', 100),
  };
}

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
  };
}

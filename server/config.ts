/** Server settings from the environment, with the defaults `npm start` uses. */
export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Built client to serve (vite build output). */
  readonly clientDir: string;
  /** SQLite file: the embedded default storage. */
  readonly dbFile: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${env.PORT}"`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    clientDir: env.CLIENT_DIR ?? 'dist/client',
    dbFile: env.MULTIPOLAR_DB ?? `${env.DATA_DIR ?? 'data'}/multipolar.sqlite`,
  };
}

/**
 * The server's storage: embedded SQLite by default, PostgreSQL when
 * DATABASE_URL is set (several server processes can then share it).
 */
import type { ServerConfig } from '../config';
import { PostgresStorage } from './postgres';
import { SQLiteStorage } from './sqlite';

export type MatchStorage = SQLiteStorage | PostgresStorage;

export function createStorage(config: ServerConfig): MatchStorage {
  return config.databaseUrl
    ? new PostgresStorage({ url: config.databaseUrl, poolSize: config.databasePoolSize })
    : new SQLiteStorage(config.dbFile, !config.redisUrl);
}

export { PostgresStorage, SQLiteStorage };

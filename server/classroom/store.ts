/**
 * Where sessions live: the server's own database (the SQLite file or the
 * PostgreSQL database of the matches), one row per session holding it as
 * JSON, so a session survives a restart with its matches.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { ServerConfig } from '../config';
import type { Session } from './session';

export interface SessionStore {
  /** Store a new session; false if its code is taken. */
  create(session: Session): Promise<boolean>;
  get(code: string): Promise<Session | null>;
  /** Replace a stored session. */
  put(session: Session): Promise<void>;
  /** Every stored session's code, oldest first. */
  codes(): Promise<string[]>;
  /** Codes of the sessions created before `time` (ms since the epoch), oldest first. */
  createdBefore(time: number): Promise<string[]>;
  /** Delete a session's row; false if there was none. */
  delete(code: string): Promise<boolean>;
  close(): Promise<void>;
}

export class SQLiteSessionStore implements SessionStore {
  private readonly db: Database.Database;
  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // A second connection to the matches' file: wait for the other's write lock rather than fail.
    this.db.pragma('busy_timeout = 5000');
    // The matches' storage checkpoints this file from a worker thread (server/storage/checkpointer.ts).
    if (file !== ':memory:') this.db.pragma('wal_autocheckpoint = 0');
    this.db.exec(`CREATE TABLE IF NOT EXISTS classroom_sessions (
      code TEXT PRIMARY KEY, data TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`);
  }
  async create(s: Session): Promise<boolean> {
    const r = this.db
      .prepare('INSERT OR IGNORE INTO classroom_sessions (code, data, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(s.code, JSON.stringify(s), s.createdAt, Date.now());
    return r.changes === 1;
  }
  async get(code: string): Promise<Session | null> {
    const row = this.db.prepare('SELECT data FROM classroom_sessions WHERE code = ?').get(code) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as Session) : null;
  }
  async put(s: Session): Promise<void> {
    this.db.prepare('UPDATE classroom_sessions SET data = ?, updated_at = ? WHERE code = ?').run(JSON.stringify(s), Date.now(), s.code);
  }
  async codes(): Promise<string[]> {
    return (this.db.prepare('SELECT code FROM classroom_sessions ORDER BY created_at, code').all() as { code: string }[]).map((r) => r.code);
  }
  async createdBefore(time: number): Promise<string[]> {
    return (this.db.prepare('SELECT code FROM classroom_sessions WHERE created_at < ? ORDER BY created_at, code').all(time) as { code: string }[]).map((r) => r.code);
  }
  async delete(code: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM classroom_sessions WHERE code = ?').run(code).changes === 1;
  }
  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Any constant of the project's own: serialises creating the sessions table across processes. */
const SESSIONS_SCHEMA_LOCK = 0x4d50_4353; // "MPCS"

export class PostgresSessionStore implements SessionStore {
  private readonly pool: pg.Pool;
  private ready: Promise<void> | null = null;
  private closed: Promise<void> | null = null;
  constructor(url: string, poolSize = 2) {
    this.pool = new pg.Pool({ connectionString: url, max: poolSize });
    this.pool.on('error', (err) => console.error(`postgres (classroom): idle connection lost: ${err.message}`));
  }
  private async query<R extends pg.QueryResultRow>(sql: string, args: unknown[] = []): Promise<R[]> {
    this.ready ??= this.createTable().catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
    await this.ready;
    return (await this.pool.query<R>(sql, args)).rows;
  }
  /**
   * CREATE TABLE IF NOT EXISTS is not safe when two connections run it at once (PostgreSQL fails
   * one on pg_type's unique index): several processes start together, so take a lock first.
   */
  private async createTable(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SESSIONS_SCHEMA_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS classroom_sessions (
        code TEXT PRIMARY KEY, data JSON NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
  async create(s: Session): Promise<boolean> {
    const rows = await this.query(
      'INSERT INTO classroom_sessions (code, data, created_at, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING RETURNING code',
      [s.code, JSON.stringify(s), s.createdAt, Date.now()],
    );
    return rows.length === 1;
  }
  async get(code: string): Promise<Session | null> {
    const [row] = await this.query<{ data: Session }>('SELECT data FROM classroom_sessions WHERE code = $1', [code]);
    return row?.data ?? null;
  }
  async put(s: Session): Promise<void> {
    await this.query('UPDATE classroom_sessions SET data = $2, updated_at = $3 WHERE code = $1', [s.code, JSON.stringify(s), Date.now()]);
  }
  async codes(): Promise<string[]> {
    return (await this.query<{ code: string }>('SELECT code FROM classroom_sessions ORDER BY created_at, code')).map((r) => r.code);
  }
  async createdBefore(time: number): Promise<string[]> {
    return (await this.query<{ code: string }>('SELECT code FROM classroom_sessions WHERE created_at < $1 ORDER BY created_at, code', [time])).map((r) => r.code);
  }
  async delete(code: string): Promise<boolean> {
    return (await this.query('DELETE FROM classroom_sessions WHERE code = $1 RETURNING code', [code])).length === 1;
  }
  close(): Promise<void> {
    this.closed ??= this.pool.end();
    return this.closed;
  }
}

/** The same database as the matches: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function createSessionStore(config: Pick<ServerConfig, 'databaseUrl' | 'dbFile'>): SessionStore {
  return config.databaseUrl ? new PostgresSessionStore(config.databaseUrl) : new SQLiteSessionStore(config.dbFile);
}

/**
 * boardgame.io storage in SQLite (better-sqlite3): the embedded default,
 * one file under ./data. Synchronous, so each write is on disk (WAL, synchronous
 * NORMAL) before boardgame.io goes on to the next step.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { Sync } from 'boardgame.io/internal';

type FetchOpts = StorageAPI.FetchOpts;
type FetchResult<O extends FetchOpts> = StorageAPI.FetchResult<O>;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  state TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  metadata TEXT NOT NULL,
  gameover INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS matches_game ON matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS log (
  match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
);
`;

export class SQLiteStorage extends Sync {
  private readonly db: Database.Database;

  /** `file` is a path, or ':memory:' for a throwaway database. */
  constructor(file: string) {
    super();
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  override connect(): void {}

  close(): void {
    this.db.close();
  }

  override createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): void {
    const { initialState, metadata } = opts;
    this.db
      .prepare('INSERT INTO matches (id, game_name, state, initial_state, metadata, gameover, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(matchID, metadata.gameName, JSON.stringify(initialState), JSON.stringify(initialState), JSON.stringify(metadata), metadata.gameover === undefined ? 0 : 1, metadata.updatedAt ?? Date.now());
  }

  override setState(matchID: string, state: State, deltalog?: LogEntry[]): void {
    this.write(matchID, state, null, deltalog);
  }

  /**
   * Store `state` only if the stored state's _stateID is still `expectedStateID`
   * (nobody else moved in between); true if it was stored.
   */
  setStateIfCurrent(matchID: string, state: State, expectedStateID: number, deltalog?: LogEntry[]): boolean {
    return this.write(matchID, state, expectedStateID, deltalog);
  }

  private write(matchID: string, state: State, expected: number | null, deltalog?: LogEntry[]): boolean {
    const write = this.db.transaction(() => {
      const update = 'UPDATE matches SET state = ?, updated_at = ? WHERE id = ?';
      const args = [JSON.stringify(state), Date.now(), matchID];
      const { changes } = expected === null
        ? this.db.prepare(update).run(...args)
        : this.db.prepare(`${update} AND json_extract(state, '$._stateID') = ?`).run(...args, expected);
      if (changes === 0) return false;
      if (deltalog?.length) {
        const next = (this.db.prepare('SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM log WHERE match_id = ?').get(matchID) as { n: number }).n;
        const insert = this.db.prepare('INSERT INTO log (match_id, seq, entry) VALUES (?, ?, ?)');
        deltalog.forEach((e, i) => insert.run(matchID, next + i, JSON.stringify(e)));
      }
      return true;
    });
    return write();
  }

  override setMetadata(matchID: string, metadata: Server.MatchData): void {
    this.db
      .prepare('UPDATE matches SET metadata = ?, gameover = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(metadata), metadata.gameover === undefined ? 0 : 1, metadata.updatedAt ?? Date.now(), matchID);
  }

  override fetch<O extends FetchOpts>(matchID: string, opts: O): FetchResult<O> {
    const row = this.db.prepare('SELECT state, initial_state, metadata FROM matches WHERE id = ?').get(matchID) as
      | { state: string; initial_state: string; metadata: string }
      | undefined;
    const out: Partial<StorageAPI.FetchFields> = {};
    if (!row) return out as FetchResult<O>;
    if (opts.state) out.state = JSON.parse(row.state);
    if (opts.initialState) out.initialState = JSON.parse(row.initial_state);
    if (opts.metadata) out.metadata = JSON.parse(row.metadata);
    if (opts.log) {
      const rows = this.db.prepare('SELECT entry FROM log WHERE match_id = ? ORDER BY seq').all(matchID) as { entry: string }[];
      out.log = rows.map((r) => JSON.parse(r.entry));
    }
    return out as FetchResult<O>;
  }

  override wipe(matchID: string): void {
    this.db.prepare('DELETE FROM matches WHERE id = ?').run(matchID);
  }

  override listMatches(opts?: StorageAPI.ListMatchesOpts): string[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (opts?.gameName) { where.push('game_name = ?'); args.push(opts.gameName); }
    const w = opts?.where;
    if (w?.isGameover !== undefined) { where.push('gameover = ?'); args.push(w.isGameover ? 1 : 0); }
    if (w?.updatedBefore !== undefined) { where.push('updated_at < ?'); args.push(w.updatedBefore); }
    if (w?.updatedAfter !== undefined) { where.push('updated_at > ?'); args.push(w.updatedAfter); }
    const sql = `SELECT id FROM matches${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at`;
    return (this.db.prepare(sql).all(...args) as { id: string }[]).map((r) => r.id);
  }
}

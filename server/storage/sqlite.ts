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
import { Checkpointer } from './checkpointer';

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

/** Something to wait on synchronously (a closing storage waits for the checkpoint worker). */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Matches whose newest state and metadata are kept in memory (a busy server plays a few hundred at once). */
const RECENT_MATCHES = 2000;
/** How stale a match's stored updatedAt may be while only moves change it. */
const UPDATED_AT_GRAIN_MS = 60_000;

interface Recent {
  state?: State;
  /** The newest metadata as JSON (what fetch returns), and what was last written to the row. */
  metadata?: string;
  written?: { rest: string; updatedAt: number };
}

/** Which column holds each part boardgame.io may fetch (the log is its own table). */
const FETCHED = [
  ['state', 'state'],
  ['initialState', 'initial_state'],
  ['metadata', 'metadata'],
] as const satisfies readonly (readonly [keyof FetchOpts, string])[];

export class SQLiteStorage extends Sync {
  private readonly db: Database.Database;
  private readonly checkpointer: Checkpointer | null = null;

  /**
   * `file` is a path, or ':memory:' for a throwaway database. `soleWriter` false when
   * several processes share the file (REDIS_URL): nothing is then answered from memory.
   */
  constructor(file: string, private readonly soleWriter = true) {
    super();
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    if (file !== ':memory:') {
      // Checkpoints run on a worker thread, not inside a player's move (server/storage/checkpointer.ts).
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = new Checkpointer(file);
    }
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  /**
   * The newest state and metadata of the matches moved most recently, as written.
   * boardgame.io reads both back on every move, and parsing the state from JSON was the
   * largest cost left in a move. When this process is the file's sole writer, what it
   * wrote last is what is stored. States are never changed in place (boardgame.io's reducer
   * makes new ones; G is frozen); metadata is, by the lobby, so it is kept as JSON.
   */
  private readonly recent = new Map<string, Recent>();
  private touch(matchID: string): Recent {
    const entry = this.recent.get(matchID) ?? {};
    this.recent.delete(matchID); // re-inserted last: the Map's order is least recently written first
    this.recent.set(matchID, entry);
    if (this.recent.size > RECENT_MATCHES) this.recent.delete(this.recent.keys().next().value as string);
    return entry;
  }

  /** Statements prepared once: preparing on every call was the largest cost of a move. */
  private readonly statements = new Map<string, Database.Statement>();
  private sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) this.statements.set(text, (st = this.db.prepare(text)));
    return st;
  }

  private readonly inTransaction = <T>(fn: () => T): T => this.db.transaction(fn)();

  override connect(): void {}

  close(): void {
    if (this.checkpointer && this.db.open) {
      this.checkpointer.stop();
      // Leave no log behind. Only one checkpoint runs at a time, and the worker may be in
      // the middle of one (SQLite then answers busy at once): wait for it, briefly.
      for (let attempt = 0; attempt < 100; attempt++) {
        const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (!result?.busy) break;
        Atomics.wait(PAUSE, 0, 0, 10);
      }
    }
    this.db.close();
  }

  override createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): void {
    const { initialState, metadata } = opts;
    this
      .sql('INSERT INTO matches (id, game_name, state, initial_state, metadata, gameover, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(matchID, metadata.gameName, JSON.stringify(initialState), JSON.stringify(initialState), JSON.stringify(metadata), metadata.gameover === undefined ? 0 : 1, metadata.updatedAt ?? Date.now());
  }

  override setState(matchID: string, state: State, deltalog?: LogEntry[]): void {
    this.inTransaction(() => this.write(matchID, state, null, deltalog));
  }

  /**
   * Store `state` only if the stored state's _stateID is still `expectedStateID`
   * (nobody else moved in between); true if it was stored.
   */
  setStateIfCurrent(matchID: string, state: State, expectedStateID: number, deltalog?: LogEntry[]): boolean {
    return this.inTransaction(() => this.write(matchID, state, expectedStateID, deltalog));
  }

  /** One transaction: the state, and the log entries that led to it. */
  private write(matchID: string, state: State, expected: number | null, deltalog?: LogEntry[]): boolean {
    const update = 'UPDATE matches SET state = ?, updated_at = ? WHERE id = ?';
    const args = [JSON.stringify(state), Date.now(), matchID];
    const { changes } = expected === null
      ? this.sql(update).run(...args)
      : this.sql(`${update} AND json_extract(state, '$._stateID') = ?`).run(...args, expected);
    if (changes === 0) return false;
    this.touch(matchID).state = state;
    if (deltalog?.length) {
      const next = (this.sql('SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM log WHERE match_id = ?').get(matchID) as { n: number }).n;
      const insert = this.sql('INSERT INTO log (match_id, seq, entry) VALUES (?, ?, ?)');
      deltalog.forEach((e, i) => insert.run(matchID, next + i, JSON.stringify(e)));
    }
    return true;
  }

  override setMetadata(matchID: string, metadata: Server.MatchData): void {
    const json = JSON.stringify(metadata);
    const { updatedAt = Date.now(), ...rest } = metadata;
    const restJSON = JSON.stringify(rest);
    const entry = this.touch(matchID);
    entry.metadata = json;
    // boardgame.io rewrites the metadata after every move only to move updatedAt on, and
    // rewriting it rewrites the whole row, state included: keep updatedAt to the nearest minute.
    const last = this.soleWriter ? entry.written : undefined;
    if (last && last.rest === restJSON && updatedAt - last.updatedAt < UPDATED_AT_GRAIN_MS) return;
    this
      .sql('UPDATE matches SET metadata = ?, gameover = ?, updated_at = ? WHERE id = ?')
      .run(json, metadata.gameover === undefined ? 0 : 1, updatedAt, matchID);
    entry.written = { rest: restJSON, updatedAt };
  }

  override fetch<O extends FetchOpts>(matchID: string, opts: O): FetchResult<O> {
    // Read only the columns asked for: boardgame.io fetches metadata alone and state alone on
    // every move, and each column read is a string of the whole JSON built in JavaScript.
    const known = this.soleWriter ? this.recent.get(matchID) : undefined;
    const cached = { state: known?.state, initialState: undefined, metadata: known?.metadata } as const;
    const columns = FETCHED.filter(([opt]) => opts[opt] && cached[opt] === undefined).map(([, column]) => column);
    const out: Partial<StorageAPI.FetchFields> = {};
    const row = this.sql(`SELECT ${columns.length ? columns.join(', ') : 'id'} FROM matches WHERE id = ?`).get(matchID) as
      | { state?: string; initial_state?: string; metadata?: string }
      | undefined;
    if (!row) return out as FetchResult<O>;
    if (opts.state) out.state = cached.state ?? JSON.parse(row.state as string);
    if (opts.initialState) out.initialState = JSON.parse(row.initial_state as string);
    if (opts.metadata) out.metadata = JSON.parse(cached.metadata ?? (row.metadata as string));
    if (opts.log) {
      const rows = this.sql('SELECT entry FROM log WHERE match_id = ? ORDER BY seq').all(matchID) as { entry: string }[];
      out.log = rows.map((r) => JSON.parse(r.entry));
    }
    return out as FetchResult<O>;
  }

  override wipe(matchID: string): void {
    this.recent.delete(matchID);
    this.sql('DELETE FROM matches WHERE id = ?').run(matchID);
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
    return (this.sql(sql).all(...args) as { id: string }[]).map((r) => r.id);
  }
}

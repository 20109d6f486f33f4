/**
 * boardgame.io storage in SQLite (better-sqlite3): the embedded default,
 * one file under ./data. Synchronous, so each write is on disk (WAL, synchronous
 * NORMAL) before boardgame.io goes on to the next step. It is one class past 300 lines: the
 * storage contract boardgame.io calls and the project's own queries (the paged list, retention)
 * share its prepared statements and the indexed columns every write keeps.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { Sync } from 'boardgame.io/internal';
import { Checkpointer } from './checkpointer';
import type { ListCursor, ListedMatch, RetentionCutoffs } from './flags';
import { listFilter, matchFlags } from './flags';

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
CREATE TABLE IF NOT EXISTS game_log (
  match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
) WITHOUT ROWID;
`;

/**
 * Columns the public list and retention query (server/storage/flags.ts), added to a
 * database made before they existed and filled in from each match's metadata.
 */
const FLAG_COLUMNS = {
  created_at: 'INTEGER',
  moved_at: 'INTEGER',
  listed_open: 'INTEGER NOT NULL DEFAULT 0',
  joined: 'INTEGER NOT NULL DEFAULT 0',
  // How many entries of the state's game log are rows of game_log (its JSON then holds `log: []`);
  // NULL when the state holds its own log (see `write`).
  log_count: 'INTEGER',
} as const;
const FREE_SEAT = `EXISTS (SELECT 1 FROM json_each(metadata, '$.players') WHERE json_extract(value, '$.name') IS NULL)`;
const PERSON_SEAT = `EXISTS (SELECT 1 FROM json_each(metadata, '$.players')
  WHERE json_extract(value, '$.name') IS NOT NULL AND json_extract(value, '$.data.bot') IS NULL)`;
const FILL_FLAGS = `
UPDATE matches SET
  created_at = coalesce(json_extract(metadata, '$.createdAt'), updated_at),
  moved_at = updated_at,
  joined = ${PERSON_SEAT},
  listed_open = (gameover = 0 AND coalesce(json_extract(metadata, '$.unlisted'), 0) = 0
    AND json_extract(metadata, '$.nextMatchID') IS NULL AND ${FREE_SEAT})
WHERE created_at IS NULL;
CREATE INDEX IF NOT EXISTS matches_open ON matches (game_name, created_at, id) WHERE listed_open = 1;
CREATE INDEX IF NOT EXISTS matches_unjoined ON matches (created_at) WHERE joined = 0;
CREATE INDEX IF NOT EXISTS matches_finished ON matches (updated_at) WHERE gameover = 1;
CREATE INDEX IF NOT EXISTS matches_moved ON matches (moved_at) WHERE gameover = 0;
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

/** A state's game log when it has one (Multipolar's G.log; other games' states are stored whole). */
function logOf(state: State): readonly unknown[] | null {
  const G = state.G as { log?: unknown } | null;
  return typeof G === 'object' && G !== null && Array.isArray(G.log) ? G.log : null;
}

/**
 * A state read from its row, its game log put back from game_log when it is kept apart
 * (`count` is the row's log_count). Exported for tests that read a server's file beside it.
 */
export function withGameLog(prepare: (sql: string) => Database.Statement, matchID: string, state: State, count: number | null | undefined): State {
  // A damaged row (a G that is not an object) is handed on as it is, for the quarantine to judge.
  const G = (state as { G?: unknown } | null)?.G;
  if (typeof count !== 'number' || typeof G !== 'object' || G === null || Array.isArray(G)) return state;
  const rows = prepare('SELECT entry FROM game_log WHERE match_id = ? AND seq < ? ORDER BY seq').all(matchID, count) as { entry: string }[];
  (G as { log: unknown[] }).log = rows.map((r) => JSON.parse(r.entry) as unknown);
  return state;
}

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
    const have = new Set((this.db.pragma('table_info(matches)') as { name: string }[]).map((c) => c.name));
    for (const [name, type] of Object.entries(FLAG_COLUMNS)) {
      if (!have.has(name)) this.db.exec(`ALTER TABLE matches ADD COLUMN ${name} ${type}`);
    }
    this.db.exec(FILL_FLAGS);
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
    const flags = matchFlags(metadata);
    this
      .sql(`INSERT INTO matches (id, game_name, state, initial_state, metadata, gameover, updated_at, created_at, moved_at, listed_open, joined)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        matchID, metadata.gameName, JSON.stringify(initialState), JSON.stringify(initialState), JSON.stringify(metadata),
        metadata.gameover === undefined ? 0 : 1, metadata.updatedAt ?? Date.now(), flags.createdAt, flags.createdAt,
        flags.open ? 1 : 0, flags.joined ? 1 : 0,
      );
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

  /**
   * One transaction: the state, and the log entries that led to it. A Multipolar state's game
   * log (G.log: most of a stored state, 80 % of it by the last round) is kept apart, one row per
   * entry, so a move writes the entries it added instead of the whole log again; the state's
   * JSON holds `log: []` in its place.
   */
  private write(matchID: string, state: State, expected: number | null, deltalog?: LogEntry[]): boolean {
    const gameLog = logOf(state);
    const update = 'UPDATE matches SET state = ?, log_count = ?, updated_at = ?, moved_at = ? WHERE id = ?';
    const now = Date.now();
    const json = gameLog ? JSON.stringify({ ...state, G: { ...(state.G as object), log: [] } }) : JSON.stringify(state);
    const args = [json, gameLog ? gameLog.length : null, now, now, matchID];
    const { changes } = expected === null
      ? this.sql(update).run(...args)
      : this.sql(`${update} AND json_extract(state, '$._stateID') = ?`).run(...args, expected);
    if (changes === 0) return false;
    const entry = this.touch(matchID);
    if (gameLog) this.writeGameLog(matchID, gameLog, this.soleWriter && entry.state ? logOf(entry.state) : null);
    entry.state = state;
    if (deltalog?.length) {
      const next = (this.sql('SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM log WHERE match_id = ?').get(matchID) as { n: number }).n;
      const insert = this.sql('INSERT INTO log (match_id, seq, entry) VALUES (?, ?, ?)');
      deltalog.forEach((e, i) => insert.run(matchID, next + i, JSON.stringify(e)));
    }
    return true;
  }

  /**
   * The rows of a game log. `stored` is the log of the state this process wrote last (when it
   * remembers it): the rules only ever append to a log, sharing its entries, so when `log`
   * begins with the very entries of `stored` only the new ones are written. Anything else
   * (no memory of the match, another writer, a log that is not an extension) rewrites them all.
   */
  private writeGameLog(matchID: string, log: readonly unknown[], stored: readonly unknown[] | null): void {
    const n = stored?.length ?? 0;
    const extends_ = stored !== null && n <= log.length && (n === 0 || (log[0] === stored[0] && log[n - 1] === stored[n - 1]));
    const from = extends_ ? n : 0;
    if (!extends_) this.sql('DELETE FROM game_log WHERE match_id = ?').run(matchID);
    const insert = this.sql('INSERT INTO game_log (match_id, seq, entry) VALUES (?, ?, ?)');
    for (let i = from; i < log.length; i++) insert.run(matchID, i, JSON.stringify(log[i]));
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
    const flags = matchFlags(metadata);
    // `joined` only ever turns on: a match someone once played is not "unjoined" after they leave.
    this
      .sql('UPDATE matches SET metadata = ?, gameover = ?, updated_at = ?, listed_open = ?, joined = max(joined, ?) WHERE id = ?')
      .run(json, metadata.gameover === undefined ? 0 : 1, updatedAt, flags.open ? 1 : 0, flags.joined ? 1 : 0, matchID);
    entry.written = { rest: restJSON, updatedAt };
  }

  override fetch<O extends FetchOpts>(matchID: string, opts: O): FetchResult<O> {
    // Read only the columns asked for: boardgame.io fetches metadata alone and state alone on
    // every move, and each column read is a string of the whole JSON built in JavaScript.
    const known = this.soleWriter ? this.recent.get(matchID) : undefined;
    const cached = { state: known?.state, initialState: undefined, metadata: known?.metadata } as const;
    const columns: string[] = FETCHED.filter(([opt]) => opts[opt] && cached[opt] === undefined).map(([, column]) => column);
    if (columns.includes('state')) columns.push('log_count');
    const out: Partial<StorageAPI.FetchFields> = {};
    const row = this.sql(`SELECT ${columns.length ? columns.join(', ') : 'id'} FROM matches WHERE id = ?`).get(matchID) as
      | { state?: string; initial_state?: string; metadata?: string; log_count?: number | null }
      | undefined;
    if (!row) return out as FetchResult<O>;
    if (opts.state) out.state = cached.state ?? withGameLog((sql) => this.sql(sql), matchID, JSON.parse(row.state as string) as State, row.log_count);
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
    const filter = listFilter(opts);
    const where = filter.map(([sql]) => sql);
    // SQLite keeps booleans as 0 and 1.
    const args = filter.map(([, value]) => (typeof value === 'boolean' ? Number(value) : value));
    const sql = `SELECT id FROM matches${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at`;
    return (this.sql(sql).all(...args) as { id: string }[]).map((r) => r.id);
  }

  /** A page of the public list: open matches, newest first, after `after` (an indexed range). */
  listOpen(gameName: string, limit: number, after?: ListCursor): ListedMatch[] {
    const rows = (after
      ? this.sql(`SELECT id, created_at, metadata FROM matches WHERE game_name = ? AND listed_open = 1
          AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?`)
        .all(gameName, after.createdAt, after.id, limit)
      : this.sql('SELECT id, created_at, metadata FROM matches WHERE game_name = ? AND listed_open = 1 ORDER BY created_at DESC, id DESC LIMIT ?')
        .all(gameName, limit)) as { id: string; created_at: number; metadata: string }[];
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at, metadata: JSON.parse(r.metadata) as Server.MatchData }));
  }

  /**
   * Remove up to `limit` matches past each retention rule (never one in `keep`): all of a
   * match, its log with it. Each delete re-checks its rule in the same statement, so a match
   * joined meanwhile stays, and two processes sweeping at once remove each match once.
   * Returns the ids removed (none when nothing is left to remove).
   */
  removeExpired(c: RetentionCutoffs, limit: number): string[] {
    const keep = JSON.stringify(c.keep);
    const removed: string[] = [];
    const rules = [
      ['joined = 0 AND created_at < ?', c.unjoinedBefore],
      ['gameover = 1 AND updated_at < ?', c.finishedBefore],
    ] as const;
    for (const [rule, before] of rules) {
      const ids = (this.sql(`DELETE FROM matches WHERE id IN (SELECT id FROM matches WHERE ${rule}
        AND id NOT IN (SELECT value FROM json_each(?)) LIMIT ?) RETURNING id`).all(before, keep, limit) as { id: string }[]).map((r) => r.id);
      for (const id of ids) this.recent.delete(id);
      removed.push(...ids);
    }
    return removed;
  }

  /** Running matches with no move since `before` (oldest first, at most `limit`), none of `keep`. */
  idleMatches(before: number, keep: readonly string[], limit: number): string[] {
    return (this.sql(`SELECT id FROM matches WHERE gameover = 0 AND moved_at < ?
      AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY moved_at LIMIT ?`).all(before, JSON.stringify(keep), limit) as { id: string }[])
      .map((r) => r.id);
  }

  /**
   * Matches a restart resumes: not over (no gameover of any kind in their metadata), moved
   * since `movedAfter`, and joined by a person or created since `unjoinedAfter`; those in `keep` when not over.
   */
  runningMatches(gameName: string, movedAfter: number, unjoinedAfter: number, keep: readonly string[]): string[] {
    return (this.sql(`SELECT id FROM matches WHERE game_name = ? AND gameover = 0
      AND (id IN (SELECT value FROM json_each(?)) OR (moved_at >= ? AND (joined = 1 OR created_at >= ?))) ORDER BY updated_at`)
      .all(gameName, JSON.stringify(keep), movedAfter, unjoinedAfter) as { id: string }[]).map((r) => r.id);
  }
}

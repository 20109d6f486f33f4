/**
 * boardgame.io storage in PostgreSQL (pg), used when DATABASE_URL is set.
 * Same tables and semantics as SQLiteStorage. Every write is one SQL statement,
 * so a move's state and its log entries land together or not at all, and
 * `setStateIfCurrent` is a compare-and-set on the stored state id that several
 * server processes can race on safely.
 */
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import pg from 'pg';
import type { ListCursor, ListedMatch, RetentionCutoffs } from './flags';
import { listFilter, matchFlags } from './flags';

type FetchOpts = StorageAPI.FetchOpts;
type FetchResult<O extends FetchOpts> = StorageAPI.FetchResult<O>;

// Columns are `json`, not `jsonb`: jsonb reorders object keys, and key order
// in G can reach the rules (Object.keys), so a stored match must read back as written.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  state JSON NOT NULL,
  state_id INTEGER NOT NULL,
  initial_state JSON NOT NULL,
  metadata JSON NOT NULL,
  gameover BOOLEAN NOT NULL DEFAULT FALSE,
  updated_at BIGINT NOT NULL,
  log_length INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS matches_game ON matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS match_log (
  match_id TEXT NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  entry JSON NOT NULL,
  PRIMARY KEY (match_id, seq)
);
-- What the public list and retention query (server/storage/flags.ts), filled in from the
-- metadata of matches stored before these columns existed.
ALTER TABLE matches
  ADD COLUMN IF NOT EXISTS created_at BIGINT,
  ADD COLUMN IF NOT EXISTS moved_at BIGINT,
  ADD COLUMN IF NOT EXISTS listed_open BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN IF NOT EXISTS joined BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE matches SET
  created_at = coalesce((metadata->>'createdAt')::bigint, updated_at),
  moved_at = updated_at,
  joined = EXISTS (SELECT 1 FROM json_each(metadata->'players') p
    WHERE p.value->>'name' IS NOT NULL AND p.value->'data'->>'bot' IS NULL),
  listed_open = (NOT gameover AND coalesce((metadata->>'unlisted')::boolean, FALSE) = FALSE
    AND metadata->>'nextMatchID' IS NULL
    AND EXISTS (SELECT 1 FROM json_each(metadata->'players') p WHERE p.value->>'name' IS NULL))
WHERE created_at IS NULL;
CREATE INDEX IF NOT EXISTS matches_open ON matches (game_name, created_at, id) WHERE listed_open;
CREATE INDEX IF NOT EXISTS matches_unjoined ON matches (created_at) WHERE NOT joined;
CREATE INDEX IF NOT EXISTS matches_finished ON matches (updated_at) WHERE gameover;
CREATE INDEX IF NOT EXISTS matches_moved ON matches (moved_at) WHERE NOT gameover;
`;

/** Serialises schema creation between processes starting at once on an empty database. */
const SCHEMA_LOCK = 0x4d_50_4c_52; // "MPLR"

/**
 * Replace the state and append the deltalog in one statement. The UPDATE locks
 * the match row, so concurrent writers of one match queue on it and read each
 * other's log_length; with $6 set it only writes when the stored state id is $6.
 * Returns one row, `wrote`: 1 if the match was updated, else 0.
 */
const WRITE_STATE = `
WITH m AS (
  UPDATE matches SET state = $2, state_id = $3, updated_at = $4, moved_at = $4, log_length = log_length + $5
  WHERE id = $1 AND ($6::integer IS NULL OR state_id = $6::integer)
  RETURNING log_length - $5 AS base
), appended AS (
  INSERT INTO match_log (match_id, seq, entry)
  SELECT $1, m.base + e.ord - 1, e.entry
  FROM m, json_array_elements($7::json) WITH ORDINALITY AS e (entry, ord)
)
SELECT count(*)::integer AS wrote FROM m
`;

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  readonly url: string;
  /** Connections kept open; a few are plenty, since every write is one round trip. */
  readonly poolSize?: number;
}

export class PostgresStorage extends Async {
  private readonly pool: pg.Pool;
  private schema: Promise<void> | null = null;
  private closed: Promise<void> | null = null;

  constructor(opts: PostgresOptions) {
    super();
    this.pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 4 });
    // An idle connection dropped by the server must not crash the process; the pool replaces it.
    this.pool.on('error', (err) => console.error(`postgres: idle connection lost: ${err.message}`));
  }

  /** Creates the tables on first use (idempotent); boardgame.io calls it at start. */
  override connect(): Promise<void> {
    this.schema ??= this.createSchema().catch((err: unknown) => {
      this.schema = null;
      throw err;
    });
    return this.schema;
  }

  private async createSchema(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  private async query<R extends pg.QueryResultRow>(sql: string, args: unknown[]): Promise<R[]> {
    await this.connect();
    return (await this.pool.query<R>(sql, args)).rows;
  }

  /** Ends the pool; calling it again is harmless. */
  close(): Promise<void> {
    this.closed ??= this.pool.end();
    return this.closed;
  }

  override async createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): Promise<void> {
    const { initialState, metadata } = opts;
    const json = JSON.stringify(initialState);
    const flags = matchFlags(metadata);
    await this.query(
      `INSERT INTO matches (id, game_name, state, state_id, initial_state, metadata, gameover, updated_at, created_at, moved_at, listed_open, joined)
       VALUES ($1, $2, $3, $4, $3, $5, $6, $7, $8, $8, $9, $10)`,
      [
        matchID, metadata.gameName, json, initialState._stateID, JSON.stringify(metadata), metadata.gameover !== undefined,
        metadata.updatedAt ?? Date.now(), flags.createdAt, flags.open, flags.joined,
      ],
    );
  }

  override async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    await this.write(matchID, state, null, deltalog);
  }

  /**
   * Store `state` only if the stored state's _stateID is still `expectedStateID`
   * (nobody else moved in between); true if it was stored.
   */
  setStateIfCurrent(matchID: string, state: State, expectedStateID: number, deltalog?: LogEntry[]): Promise<boolean> {
    return this.write(matchID, state, expectedStateID, deltalog);
  }

  private async write(matchID: string, state: State, expected: number | null, deltalog: LogEntry[] = []): Promise<boolean> {
    const [row] = await this.query<{ wrote: number }>(WRITE_STATE, [
      matchID, JSON.stringify(state), state._stateID, Date.now(), deltalog.length, expected, JSON.stringify(deltalog),
    ]);
    return row?.wrote === 1;
  }

  override async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    const flags = matchFlags(metadata);
    // `joined` only ever turns on: a match someone once played is not "unjoined" after they leave.
    await this.query('UPDATE matches SET metadata = $2, gameover = $3, updated_at = $4, listed_open = $5, joined = joined OR $6 WHERE id = $1', [
      matchID, JSON.stringify(metadata), metadata.gameover !== undefined, metadata.updatedAt ?? Date.now(), flags.open, flags.joined,
    ]);
  }

  /**
   * Store `metadata` only if the stored metadata is still exactly `expected`
   * (the JSON text this storage wrote): a compare-and-set for processes sharing a match.
   */
  async setMetadataIfCurrent(matchID: string, metadata: Server.MatchData, expected: Server.MatchData): Promise<boolean> {
    const flags = matchFlags(metadata);
    const rows = await this.query(
      `UPDATE matches SET metadata = $2, gameover = $3, updated_at = $4, listed_open = $6, joined = joined OR $7
       WHERE id = $1 AND metadata::text = $5 RETURNING 1`,
      [matchID, JSON.stringify(metadata), metadata.gameover !== undefined, metadata.updatedAt ?? Date.now(), JSON.stringify(expected), flags.open, flags.joined],
    );
    return rows.length === 1;
  }

  /** One round trip, reading only the columns asked for (pg parses json columns). */
  override async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    const cols = ['id'];
    if (opts.state) cols.push('state');
    if (opts.initialState) cols.push('initial_state');
    if (opts.metadata) cols.push('metadata');
    if (opts.log) cols.push(`(SELECT coalesce(json_agg(entry ORDER BY seq), '[]'::json) FROM match_log WHERE match_id = m.id) AS log`);
    const [row] = await this.query<Record<string, unknown>>(`SELECT ${cols.join(', ')} FROM matches m WHERE id = $1`, [matchID]);
    const out: Partial<StorageAPI.FetchFields> = {};
    if (!row) return out as FetchResult<O>;
    if (opts.state) out.state = row.state as State;
    if (opts.initialState) out.initialState = row.initial_state as State;
    if (opts.metadata) out.metadata = row.metadata as Server.MatchData;
    if (opts.log) out.log = row.log as LogEntry[];
    return out as FetchResult<O>;
  }

  override async wipe(matchID: string): Promise<void> {
    await this.query('DELETE FROM matches WHERE id = $1', [matchID]);
  }

  override async listMatches(opts?: StorageAPI.ListMatchesOpts): Promise<string[]> {
    const filter = listFilter(opts);
    const where = filter.map(([sql], i) => sql.replace('?', `$${i + 1}`));
    const args = filter.map(([, value]) => value);
    const sql = `SELECT id FROM matches${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at, id`;
    return (await this.query<{ id: string }>(sql, args)).map((r) => r.id);
  }

  /** A page of the public list: open matches, newest first, after `after` (an indexed range). */
  async listOpen(gameName: string, limit: number, after?: ListCursor): Promise<ListedMatch[]> {
    type Row = { id: string; created_at: string; metadata: Server.MatchData };
    const rows = after
      ? await this.query<Row>(
        `SELECT id, created_at, metadata FROM matches WHERE game_name = $1 AND listed_open
         AND (created_at, id) < ($2, $3) ORDER BY created_at DESC, id DESC LIMIT $4`,
        [gameName, after.createdAt, after.id, limit])
      : await this.query<Row>(
        'SELECT id, created_at, metadata FROM matches WHERE game_name = $1 AND listed_open ORDER BY created_at DESC, id DESC LIMIT $2',
        [gameName, limit]);
    return rows.map((r) => ({ id: r.id, createdAt: Number(r.created_at), metadata: r.metadata }));
  }

  /**
   * Remove up to `limit` matches past each retention rule (never one in `keep`): all of a
   * match, its log with it. Each delete re-checks its rule in the same statement, so a match
   * joined meanwhile stays, and two processes sweeping at once remove each match once.
   * Returns the ids removed (none when nothing is left to remove).
   */
  async removeExpired(c: RetentionCutoffs, limit: number): Promise<string[]> {
    const removed: string[] = [];
    const rules = [
      ['NOT joined AND created_at < $1', c.unjoinedBefore],
      ['gameover AND updated_at < $1', c.finishedBefore],
    ] as const;
    for (const [rule, before] of rules) {
      // SKIP LOCKED: a row another sweeper is deleting right now is its to delete.
      const ids = (await this.query<{ id: string }>(
        `DELETE FROM matches WHERE id IN (SELECT id FROM matches WHERE ${rule} AND id <> ALL($2::text[])
         LIMIT $3 FOR UPDATE SKIP LOCKED) AND ${rule} RETURNING id`,
        [before, c.keep, limit],
      )).map((r) => r.id);
      removed.push(...ids);
    }
    return removed;
  }

  /** Running matches with no move since `before` (oldest first, at most `limit`), none of `keep`. */
  async idleMatches(before: number, keep: readonly string[], limit: number): Promise<string[]> {
    return (await this.query<{ id: string }>(
      'SELECT id FROM matches WHERE NOT gameover AND moved_at < $1 AND id <> ALL($2::text[]) ORDER BY moved_at LIMIT $3',
      [before, keep, limit],
    )).map((r) => r.id);
  }

  /**
   * Matches a restart resumes: not over (no gameover of any kind in their metadata), moved
   * since `movedAfter`, and joined by a person or created since `unjoinedAfter`; those in `keep` when not over.
   */
  async runningMatches(gameName: string, movedAfter: number, unjoinedAfter: number, keep: readonly string[]): Promise<string[]> {
    return (await this.query<{ id: string }>(
      `SELECT id FROM matches WHERE game_name = $1 AND NOT gameover
       AND (id = ANY($2::text[]) OR (moved_at >= $3 AND (joined OR created_at >= $4))) ORDER BY updated_at, id`,
      [gameName, keep, movedAfter, unjoinedAfter],
    )).map((r) => r.id);
  }
}

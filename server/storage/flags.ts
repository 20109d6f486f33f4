/**
 * What the storages keep beside a match's metadata, as columns, so the public
 * list and retention are indexed queries instead of a scan of every match.
 */
import type { Server, StorageAPI } from 'boardgame.io';

export interface MatchFlags {
  /** Listed, not over, and a seat is free for a person: what the public list shows. */
  readonly open: boolean;
  /** A person holds a seat now (bot seats hold server credentials and `data.bot`). */
  readonly joined: boolean;
  /** When the match was created (ms). */
  readonly createdAt: number;
}

export function matchFlags(metadata: Server.MatchData): MatchFlags {
  const seats = Object.values(metadata.players ?? {});
  const bot = (p: Server.PlayerMetadata) => Boolean((p.data as { bot?: unknown } | undefined)?.bot);
  return {
    open: metadata.gameover === undefined && metadata.unlisted !== true && !metadata.nextMatchID && seats.some((p) => !p.name),
    joined: seats.some((p) => Boolean(p.name) && !bot(p)),
    createdAt: metadata.createdAt ?? Date.now(),
  };
}

/** boardgame.io's list filter as SQL conditions on the indexed columns, each with one `?` for its value. */
export function listFilter(opts?: StorageAPI.ListMatchesOpts): [sql: string, value: string | number | boolean][] {
  const out: [string, string | number | boolean][] = [];
  if (opts?.gameName) out.push(['game_name = ?', opts.gameName]);
  const w = opts?.where;
  if (w?.isGameover !== undefined) out.push(['gameover = ?', w.isGameover]);
  if (w?.updatedBefore !== undefined) out.push(['updated_at < ?', w.updatedBefore]);
  if (w?.updatedAfter !== undefined) out.push(['updated_at > ?', w.updatedAfter]);
  return out;
}

/** Where a page of the public list ends: the next page starts after this match. */
export interface ListCursor {
  readonly createdAt: number;
  readonly id: string;
}

/** Cut-offs (ms since the epoch) of the retention rules. */
export interface RetentionCutoffs {
  /** Matches no person ever joined, created before this, are removed. */
  readonly unjoinedBefore: number;
  /** Finished (or abandoned, or broken) matches last changed before this are removed. */
  readonly finishedBefore: number;
  /** Running matches with no move since before this end as abandoned. */
  readonly idleBefore: number;
  /** Matches left to another lifetime (classroom tables): never touched. */
  readonly keep: readonly string[];
}

/** One match of the public list: its id and metadata, as stored. */
export interface ListedMatch {
  readonly id: string;
  /** The stored created_at (where the next page starts). */
  readonly createdAt: number;
  readonly metadata: Server.MatchData;
}

/**
 * Matches do not pile up: every few minutes each server process sweeps.
 * - A match no person ever joined (only bots, or nobody, ever held a seat) is
 *   removed UNJOINED_TTL_MIN after it was created.
 * - A running match with no move for IDLE_TTL_DAYS ends as abandoned: its
 *   metadata gets `gameover: { abandoned: true }`, so the lobby, the seat keeper
 *   and a restart treat it as over.
 * - A match that is over (finished, abandoned, broken) is removed
 *   FINISHED_TTL_DAYS after its last change.
 * Removing deletes all of a match in one statement (state, initial state,
 * metadata, log). Each delete re-checks its rule, so two processes sweeping at
 * once (PostgreSQL, or SQLite shared through REDIS_URL) remove each match once
 * and never one a person joined in between. Classroom tables are left to their
 * session's lifetime: the sweep never touches a match of a stored session, and
 * first deletes the sessions past CLASSROOM_TTL_DAYS together with their tables.
 */
import type { Server, StorageAPI } from 'boardgame.io';
import type { SessionStore } from './classroom/store';
import type { RetentionConfig } from './config';
import type { MatchStorage } from './storage';
import type { RetentionCutoffs } from './storage/flags';

type Storage = StorageAPI.Sync | StorageAPI.Async;
type Frame = { readonly type: string; readonly args: readonly unknown[] };

/** The gameover an idle match ends with. */
export const ABANDONED = { abandoned: true } as const;
/** Most idle matches one sweep ends (the rest wait for the next sweep). */
const IDLE_BATCH = 200;
/** Matches one delete statement removes per rule; the sweep yields to moves between statements. */
const REMOVE_BATCH = 100;

export interface RetentionOptions {
  /** The storage itself: the sweep's indexed queries and deletes. */
  readonly storage: MatchStorage;
  /** Storage as boardgame.io sees it: an abandoned match's metadata is reported (the seat keeper lets it go). */
  readonly db: Storage;
  readonly settings: RetentionConfig;
  /** Run `fn` in a match's queue, after any move in flight. */
  readonly inQueue: <T>(matchID: string, fn: () => Promise<T> | T) => Promise<T>;
  /** Send a frame to every socket of a match. */
  readonly publish: (matchID: string, frame: Frame) => void;
  /** Matches left to another lifetime (classroom tables): never removed, never abandoned. */
  readonly kept?: () => Promise<readonly string[]>;
  /**
   * Run first in each sweep: deletes classroom sessions past CLASSROOM_TTL_DAYS with their
   * tables (server/classroom/service.ts), so no expired session's table is kept below.
   */
  readonly expireSessions?: () => Promise<unknown>;
  /** The clock (tests move it on). */
  readonly now?: () => number;
}

export interface SweepResult {
  readonly removed: readonly string[];
  readonly abandoned: readonly string[];
}

export class Retention {
  private timer: ReturnType<typeof setInterval> | null = null;
  private sweeping: Promise<unknown> | null = null;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly o: RetentionOptions) {
    this.now = o.now ?? Date.now;
  }

  /** The rules' cut-offs at this moment. */
  private async cutoffs(): Promise<RetentionCutoffs> {
    const now = this.now();
    const s = this.o.settings;
    return {
      unjoinedBefore: now - s.unjoinedMs,
      finishedBefore: now - s.finishedMs,
      idleBefore: now - s.idleMs,
      keep: (await this.o.kept?.()) ?? [],
    };
  }

  /** One sweep: end idle matches as abandoned, then remove what is past retention. */
  async sweep(): Promise<SweepResult> {
    await this.o.expireSessions?.();
    const c = await this.cutoffs();
    const abandoned: string[] = [];
    for (const matchID of await this.o.storage.idleMatches(c.idleBefore, c.keep, IDLE_BATCH)) {
      if (this.stopped) break;
      if (await this.o.inQueue(matchID, () => this.abandon(matchID))) abandoned.push(matchID);
    }
    const removed: string[] = [];
    while (!this.stopped) {
      const batch = await this.o.storage.removeExpired(c, REMOVE_BATCH);
      if (!batch.length) break;
      removed.push(...batch);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (removed.length || abandoned.length) {
      console.log(`multipolar: retention removed ${removed.length} matches, ended ${abandoned.length} idle matches as abandoned`);
    }
    return { removed, abandoned };
  }

  private async abandon(matchID: string): Promise<boolean> {
    const { metadata } = await this.o.db.fetch(matchID, { metadata: true });
    if (!metadata || metadata.gameover !== undefined) return false; // gone, or over meanwhile (another process)
    metadata.gameover = ABANDONED;
    metadata.updatedAt = this.now();
    await this.o.db.setMetadata(matchID, metadata);
    this.o.publish(matchID, { type: 'matchData', args: [matchID, publicSeats(metadata)] });
    return true;
  }

  /** The matches a restart resumes: still running and not past retention. */
  async running(gameName: string): Promise<string[]> {
    const c = await this.cutoffs();
    return this.o.storage.runningMatches(gameName, c.idleBefore, c.unjoinedBefore, c.keep);
  }

  /** Sweep now and then every RETENTION_SWEEP_MIN; the timers never keep the process alive. */
  start(): void {
    if (this.timer || this.stopped) return;
    const run = () => {
      if (this.sweeping || this.stopped) return;
      this.sweeping = this.sweep()
        .catch((err: unknown) => console.error('multipolar: retention sweep failed', err))
        .finally(() => (this.sweeping = null));
    };
    setTimeout(run, 0).unref();
    this.timer = setInterval(run, this.o.settings.sweepEveryMs);
    this.timer.unref();
  }

  /** Stop sweeping; resolves once a sweep in progress has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping;
  }
}

/** Seats as sockets see them (never the credentials). */
const publicSeats = (metadata: Server.MatchData) =>
  Object.values(metadata.players).map(({ credentials: _secret, ...p }) => p);

/** Every table of every stored classroom session: those live as long as their session. */
export function classroomTables(store: SessionStore): () => Promise<readonly string[]> {
  return async () => {
    const ids: string[] = [];
    for (const code of await store.codes()) {
      const session = await store.get(code);
      for (const table of session?.tables ?? []) ids.push(table.matchID);
    }
    return ids;
  };
}

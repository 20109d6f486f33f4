/**
 * Persist before broadcast (docs/boardgameio.md §7).
 *
 * boardgame.io's Master publishes a new state to every client and only then
 * writes it to storage, so a crash in between loses a move players already saw.
 * Here the storage is wrapped to report each state it has written, and the
 * pub/sub that carries states to sockets holds every state frame until the
 * storage has reported it. A write that fails is never shown to anyone.
 */
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import type { GenericPubSub } from 'boardgame.io/server';
import { mergeMetadata } from './metadata-merge';
import { isSynchronous } from './storage/kind';

type Storage = StorageAPI.Sync | StorageAPI.Async;
type StateListener = (matchID: string, state: State) => void;
type MetadataListener = (matchID: string, metadata: Server.MatchData) => void;

/** What boardgame.io publishes on a match channel (see its TransportAPI.sendAll). */
interface Frame {
  readonly type: string;
  readonly args: readonly unknown[];
}

/** Which stored state a frame shows, or null when it carries no state (matchData, chat). */
function frameStateID(frame: Frame): { matchID: string; stateID: number } | null {
  if (frame.type === 'update') {
    const [matchID, state] = frame.args as [string, State];
    return { matchID, stateID: state._stateID };
  }
  if (frame.type === 'patch') {
    const [matchID, , , state] = frame.args as [string, number, State, State];
    return { matchID, stateID: state._stateID };
  }
  return null;
}

export interface ReportingOptions {
  /** A state was durably written. */
  readonly onState: StateListener;
  readonly onMetadata?: MetadataListener;
  /**
   * Write a state only over the state it follows (`setStateIfCurrent`): when
   * several processes share the storage, of two moves made on the same state
   * exactly one is kept. The other is `onLost`: never stored, never shown.
   */
  readonly compareAndSet?: boolean;
  readonly onLost?: (matchID: string, stateID: number) => void;
}

interface MetadataCompareAndSet {
  setMetadataIfCurrent(matchID: string, metadata: Server.MatchData, expected: Server.MatchData): Promise<boolean>;
}

interface CompareAndSet {
  setStateIfCurrent(matchID: string, state: State, expectedStateID: number, deltalog?: LogEntry[]): boolean | Promise<boolean>;
}

/**
 * A storage that tells listeners what it has durably written. It keeps the
 * wrapped storage's kind (sync or async): boardgame.io branches on it.
 */
export function reportingStorage<S extends Storage>(inner: S, options: ReportingOptions): S {
  const isSync = isSynchronous(inner);
  // The write has happened whatever a listener does: a listener's failure is logged, never thrown into boardgame.io.
  const guarded = <A extends unknown[]>(what: string, f: ((...a: A) => void) | undefined) => (...a: A) => {
    try {
      f?.(...a);
    } catch (err) {
      console.error(`multipolar: after ${what}`, err);
    }
  };
  const onState = guarded('storing a state', options.onState);
  const onMetadata = guarded('storing metadata', options.onMetadata);
  const onLost = guarded('losing a race', options.onLost);
  const cas = options.compareAndSet ? (inner as unknown as CompareAndSet) : null;
  if (cas && typeof cas.setStateIfCurrent !== 'function') throw new Error('this storage cannot compare-and-set');
  // boardgame.io adds one to _stateID per action, so a move's state follows state id - 1.
  const written = (matchID: string, state: State, ok: boolean) => (ok ? onState(matchID, state) : onLost(matchID, state._stateID));
  // boardgame.io writes a move's metadata (updatedAt, gameover) in the same tick as its state:
  // a move that lost its compare-and-set must not write its stale metadata either.
  let move: { matchID: string; write: Promise<boolean> } | null = null;
  const setState = (matchID: string, state: State, deltalog?: LogEntry[]) => {
    if (isSync) {
      if (cas) return void written(matchID, state, cas.setStateIfCurrent(matchID, state, state._stateID - 1, deltalog) as boolean);
      (inner as StorageAPI.Sync).setState(matchID, state, deltalog);
      return void onState(matchID, state);
    }
    const write = cas
      ? Promise.resolve(cas.setStateIfCurrent(matchID, state, state._stateID - 1, deltalog))
      : (inner as StorageAPI.Async).setState(matchID, state, deltalog).then(() => true);
    if (cas) {
      move = { matchID, write };
      queueMicrotask(() => (move = null));
    }
    return write.then((ok) => written(matchID, state, ok));
  };
  const setMetadata = (matchID: string, metadata: Server.MatchData) => {
    if (isSync) {
      (inner as StorageAPI.Sync).setMetadata(matchID, metadata);
      onMetadata(matchID, metadata);
      return;
    }
    const after = move?.matchID === matchID ? move.write : Promise.resolve(true);
    return after.then(async (ok) => {
      if (!ok) return;
      const async = inner as StorageAPI.Async & Partial<MetadataCompareAndSet>;
      // An async storage interleaves read-modify-writes (and processes share it): apply only what this
      // writer changed since its read onto the newest metadata, compare-and-set, again if another
      // writer came in between (server/metadata-merge.ts).
      const base = readAs.get(metadata.players);
      let stored = metadata;
      if (base && async.setMetadataIfCurrent) {
        for (let attempt = 0; ; attempt++) {
          const fresh = (await async.fetch(matchID, { metadata: true })).metadata;
          if (!fresh) return;
          stored = mergeMetadata(base, metadata, fresh);
          if (await async.setMetadataIfCurrent(matchID, stored, fresh)) break;
          if (attempt === 20) throw new Error(`metadata of ${matchID}: too many concurrent writers`);
        }
      } else await async.setMetadata(matchID, stored);
      onMetadata(matchID, stored);
    });
  };
  // The metadata each reader was given (keyed by its players object, which boardgame.io's writers keep).
  const readAs = new WeakMap<object, Server.MatchData>();
  const fetch = async (matchID: string, opts: StorageAPI.FetchOpts) => {
    const found = await (inner as StorageAPI.Async).fetch(matchID, opts);
    if (found.metadata) readAs.set(found.metadata.players, structuredClone(found.metadata));
    return found;
  };
  // Every other method runs on the storage itself (its own `this`).
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'setState') return setState;
      if (prop === 'setMetadata') return setMetadata;
      if (prop === 'fetch' && !isSync) return fetch;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Tracks the newest stored state per match and holds state frames until
 * their state is stored. Frames of one match keep their order.
 */
export class PersistFirst {
  private readonly stored = new Map<string, number>();
  private readonly held = new Map<string, { stateID: number; release: () => void }[]>();

  /** Called by the reporting storage after each durable write. */
  readonly noteStored = (matchID: string, stateID: number): void => {
    if ((this.stored.get(matchID) ?? -1) < stateID) this.stored.set(matchID, stateID);
    const queue = this.held.get(matchID);
    if (!queue) return;
    while (queue.length && queue[0]!.stateID <= stateID) queue.shift()!.release();
    if (!queue.length) this.held.delete(matchID);
  };

  /** Run `send` once the frame's state is stored (at once for frames without state). */
  whenStored(frame: Frame, send: () => void): void {
    const at = frameStateID(frame);
    const queue = at ? this.held.get(at.matchID) : undefined;
    if (!at || (!queue && (this.stored.get(at.matchID) ?? -1) >= at.stateID)) return send();
    if (queue) queue.push({ stateID: at.stateID, release: send });
    else this.held.set(at.matchID, [{ stateID: at.stateID, release: send }]);
  }

  /** Frames waiting for storage (for tests and the health check). */
  get pending(): number {
    let n = 0;
    for (const q of this.held.values()) n += q.length;
    return n;
  }

  /** A state that will never be stored (another process moved first): its frames are never sent. */
  readonly noteLost = (matchID: string, stateID: number): void => {
    const queue = this.held.get(matchID);
    if (!queue) return;
    const kept = queue.filter((f) => f.stateID < stateID);
    if (kept.length) this.held.set(matchID, kept);
    else this.held.delete(matchID);
  };

  forget(matchID: string): void {
    this.stored.delete(matchID);
    this.held.delete(matchID);
  }

  /** A pub/sub whose publish waits for storage; delivery goes through `inner`. */
  pubSub<T extends Frame>(inner: GenericPubSub<T>): GenericPubSub<T> {
    return {
      publish: (channel, payload) => this.whenStored(payload, () => inner.publish(channel, payload)),
      subscribe: (channel, cb) => inner.subscribe(channel, cb),
      unsubscribeAll: (channel) => inner.unsubscribeAll(channel),
    };
  }
}

/** In-process pub/sub (boardgame.io's own is not exported): one process, one match channel each. */
export class LocalPubSub<T> implements GenericPubSub<T> {
  private readonly channels = new Map<string, Set<(payload: T) => void>>();
  publish(channel: string, payload: T): void {
    for (const cb of this.channels.get(channel) ?? []) cb(payload);
  }
  subscribe(channel: string, cb: (payload: T) => void): void {
    let set = this.channels.get(channel);
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(cb);
  }
  unsubscribeAll(channel: string): void {
    this.channels.delete(channel);
  }
}

/**
 * boardgame.io's GenericPubSub over Redis, so that several server processes
 * sharing one PostgreSQL deliver every frame of a match to every socket of it,
 * whichever process each socket is on (docs/boardgameio.md §8).
 *
 * - A frame is delivered to this process's own sockets at once and published
 *   to Redis for the others (a process skips its own frames coming back), so a
 *   match whose sockets are all on one process does not wait on Redis.
 * - Frames are JSON on the wire: states already are (they are stored as JSON).
 * - Redis is not the record, storage is: while Redis is down moves are still
 *   stored and shown to the mover's own process; frames that could not be
 *   published are not queued. When Redis is back, each process publishes the
 *   newest stored state of every match whose frame it dropped, and hands its
 *   own sockets the newest stored state of every match it follows (its own
 *   subscription may have missed frames meanwhile). boardgame.io's client takes
 *   any update at least as new as what it has, so a client that missed states
 *   jumps to the newest one.
 * - Whatever the cause, a frame lost between processes must not stall a table:
 *   a match this process follows that has shown no new state for a while is
 *   re-read from storage, less and less often while it stays quiet (QUIET_MS up
 *   to MAX_QUIET_MS), and its sockets get the stored state if it is newer.
 */
import { randomBytes } from 'node:crypto';
import type { Server, State, StorageAPI } from 'boardgame.io';
import type { GenericPubSub } from 'boardgame.io/server';
import { Redis } from 'ioredis';

interface Frame {
  readonly type: string;
  readonly args: readonly unknown[];
}
type Storage = StorageAPI.Sync | StorageAPI.Async;

export interface RedisPubSubOptions<T> {
  readonly url: string;
  /** The frames that bring a match channel up to date from storage (after an outage). */
  readonly latest: (channel: string) => Promise<readonly T[]>;
}
export type RedisStatus = 'connecting' | 'ready' | 'down';

const RETRY = (attempt: number) => Math.min(50 * attempt, 1000); // reconnect every second at most
/** A followed match showing no new state this long is re-read from storage; the wait doubles while it stays quiet. */
const QUIET_MS = 5000;
const MAX_QUIET_MS = 60_000;

/** A followed match: the newest state id shown to this process's sockets, and when to re-read it. */
interface Watch {
  stateID: number;
  due: number;
  wait: number;
}

/** The state id a frame carries (boardgame.io's 'update' and 'patch'), if any. */
function stateIdOf(frame: Frame): number | undefined {
  const state = frame.type === 'update' ? frame.args[1] : frame.type === 'patch' ? frame.args[3] : undefined;
  const id = (state as { _stateID?: unknown } | undefined)?._stateID;
  return typeof id === 'number' ? id : undefined;
}

/**
 * A connection as this server wants it: no offline queue (a frame Redis cannot take now is
 * replaced by the newest state later), reconnecting by itself, never crashing the process.
 */
export function redisConnection(url: string, name: string): Redis {
  const conn = new Redis(url, { retryStrategy: RETRY, enableOfflineQueue: false, autoResubscribe: false, maxRetriesPerRequest: 1, lazyConnect: false, connectionName: `multipolar-${name}` });
  conn.on('error', (err: Error) => console.warn(`redis ${name}: ${err.message}`));
  return conn;
}

export class RedisPubSub<T extends Frame> implements GenericPubSub<T> {
  /** Names this process: marks its own frames, which come back from Redis, and its seats (server/presence.ts). */
  readonly origin = randomBytes(6).toString('hex');
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly local = new Map<string, Set<(payload: T) => void>>();
  /** Channels whose frame could not be published: republished from storage when Redis is back. */
  private readonly dropped = new Set<string>();
  private readonly watch = new Map<string, Watch>();
  private readonly rereads: ReturnType<typeof setInterval>;
  private rereading = false;
  private subWasDown = false;
  private closing = false;
  /** Frames that could not be published since start (health check). */
  droppedFrames = 0;

  /**
   * Count a hit on `key` in the current window, for every process at once (rate limits):
   * the window's count so far. Rejects at once while Redis is down (no offline queue).
   */
  async hit(key: string, windowMs: number): Promise<number> {
    const k = `multipolar:hits:${key}:${Math.floor(Date.now() / windowMs)}`;
    const res = await this.pub.multi().incr(k).pexpire(k, 2 * windowMs).exec();
    const n = res?.[0]?.[1];
    if (typeof n !== 'number') throw new Error('redis did not count');
    return n;
  }

  constructor(private readonly o: RedisPubSubOptions<T>) {
    this.pub = redisConnection(o.url, `publisher-${this.origin}`);
    this.sub = redisConnection(o.url, `subscriber-${this.origin}`);
    this.sub.on('message', (channel: string, message: string) => this.received(channel, message));
    this.sub.on('ready', () => void this.subReady());
    this.sub.on('close', () => this.subDown());
    this.pub.on('ready', () => void this.pubReady());
    this.rereads = setInterval(() => void this.rereadQuiet(), 1000);
    this.rereads.unref();
  }

  /** Both connections up ('ready'), lost after being up ('down'), or not up yet. */
  get redis(): RedisStatus {
    if (this.pub.status === 'ready' && this.sub.status === 'ready') return 'ready';
    return this.subWasDown || this.dropped.size ? 'down' : 'connecting';
  }

  publish(channel: string, payload: T): void {
    this.deliver(channel, payload);
    this.send(channel, payload);
  }

  subscribe(channel: string, cb: (payload: T) => void): void {
    let set = this.local.get(channel);
    if (!set) {
      this.local.set(channel, (set = new Set()));
      this.watch.set(channel, { stateID: -1, due: Date.now() + QUIET_MS, wait: QUIET_MS });
      // Not ready: subReady() subscribes every channel once it is.
      if (this.sub.status === 'ready') {
        this.sub.subscribe(channel).then(
          () => this.catchUp([channel]),
          (err: Error) => console.warn(`redis subscribe ${channel}: ${err.message}`),
        );
      }
    }
    set.add(cb);
  }

  unsubscribeAll(channel: string): void {
    if (!this.local.delete(channel)) return;
    this.watch.delete(channel);
    if (this.sub.status === 'ready') this.sub.unsubscribe(channel).catch(() => undefined);
  }

  /** Hand this process's sockets of a channel its newest stored state (a sync may have missed a frame). */
  refresh(channel: string): Promise<void> {
    return this.catchUp([channel]);
  }

  /**
   * Send the newest stored state of each channel to every process's sockets: a process that
   * died between storing a state and publishing it (frames follow storage: server/durable.ts)
   * left sockets elsewhere a move behind with nothing more coming (server/presence.ts).
   */
  async republish(channels: readonly string[]): Promise<void> {
    for (const channel of channels) for (const frame of await this.latestOf(channel)) this.publish(channel, frame);
  }

  /** Close both connections (the process is stopping). */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.rereads);
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }

  private deliver(channel: string, payload: T): void {
    const id = stateIdOf(payload);
    const w = this.watch.get(channel);
    if (w && id !== undefined && id > w.stateID) Object.assign(w, { stateID: id, due: Date.now() + QUIET_MS, wait: QUIET_MS });
    for (const cb of this.local.get(channel) ?? []) {
      try {
        cb(payload);
      } catch (err) {
        console.error(`multipolar: delivering a frame on ${channel}`, err);
      }
    }
  }

  private send(channel: string, payload: T): void {
    const drop = () => {
      this.droppedFrames += 1;
      this.dropped.add(channel);
    };
    if (this.pub.status !== 'ready') return drop();
    this.pub.publish(channel, `${this.origin}${JSON.stringify(payload)}`).catch(drop);
  }

  private received(channel: string, message: string): void {
    if (message.startsWith(this.origin)) return; // our own frame, already delivered
    let payload: T;
    try {
      payload = JSON.parse(message.slice(this.origin.length)) as T;
    } catch {
      return console.warn(`redis: unreadable frame on ${channel}`);
    }
    this.deliver(channel, payload);
  }

  private subDown(): void {
    if (!this.closing) this.subWasDown = true;
  }

  /** Subscribe every followed channel; after an outage, bring this process's sockets up to date. */
  private async subReady(): Promise<void> {
    const channels = [...this.local.keys()];
    try {
      if (channels.length) await this.sub.subscribe(...channels);
    } catch (err) {
      return console.warn(`redis resubscribe: ${(err as Error).message}`);
    }
    if (this.subWasDown) console.log(`redis: subscriber back, ${channels.length} matches brought up to date from storage`);
    this.subWasDown = false;
    await this.catchUp(channels);
  }

  /**
   * Frames published before a subscription took effect never reach it (another process
   * may have stored a move between this process's read of the state for a sync and
   * the SUBSCRIBE): hand the channel's sockets the newest stored state once subscribed.
   */
  private async catchUp(channels: readonly string[]): Promise<void> {
    for (const channel of channels) {
      for (const frame of await this.latestOf(channel)) if (this.local.has(channel)) this.deliver(channel, frame);
    }
  }

  /**
   * Re-read each followed match that has been quiet past its wait; hand its sockets the stored
   * state if it is newer than the last one they were shown (a frame was lost on the way).
   */
  private async rereadQuiet(): Promise<void> {
    if (this.rereading) return;
    this.rereading = true;
    try {
      for (const [channel, w] of this.watch) {
        if (w.due > Date.now()) continue;
        const frames = await this.latestOf(channel);
        const stored = frames.map(stateIdOf).find((id) => id !== undefined) ?? -1;
        if (stored > w.stateID && this.local.has(channel)) {
          if (w.stateID >= 0) console.log(`redis: ${channel} showed state ${w.stateID} here, storage has ${stored}: sent from storage`);
          for (const frame of frames) this.deliver(channel, frame);
        } else {
          w.wait = Math.min(2 * w.wait, MAX_QUIET_MS);
          w.due = Date.now() + w.wait;
        }
      }
    } finally {
      this.rereading = false;
    }
  }

  /** After frames were dropped, other processes' sockets get each such match's newest state. */
  private async pubReady(): Promise<void> {
    const channels = [...this.dropped];
    this.dropped.clear();
    if (channels.length) console.log(`redis: publisher back, republishing ${channels.length} matches from storage`);
    for (const channel of channels) for (const frame of await this.latestOf(channel)) this.send(channel, frame);
  }

  private async latestOf(channel: string): Promise<readonly T[]> {
    try {
      return await this.o.latest(channel);
    } catch (err) {
      console.warn(`redis: reading the newest state of ${channel}: ${(err as Error).message}`);
      return [];
    }
  }
}

/**
 * A match's newest stored state and seats as boardgame.io would publish them
 * (channel `MATCH-<id>`); seat credentials are left out as boardgame.io does.
 */
export async function latestFrames(db: Storage, channel: string): Promise<Frame[]> {
  const matchID = channel.replace(/^MATCH-/, '');
  const { state, metadata } = (await db.fetch(matchID, { state: true, metadata: true })) as { state?: State; metadata?: Server.MatchData };
  const frames: Frame[] = [];
  if (state) frames.push({ type: 'update', args: [matchID, state] });
  if (metadata) {
    const players = Object.values(metadata.players).map(({ credentials: _secret, ...p }) => p);
    frames.push({ type: 'matchData', args: [matchID, players] });
  }
  return frames;
}

/**
 * Which server process holds which seat's socket, kept in Redis, so that when
 * a process dies the others take over what it left undone.
 *
 * boardgame.io marks a seat disconnected in the disconnect handler of its
 * socket; a process killed with SIGKILL (or stopped) never runs it. Its
 * players stayed "connected" in the shared metadata: one who reconnected
 * elsewhere was fine, one who had also left never got a stand-in bot and the
 * table waited for good. And a bot move is made by the process that stored
 * the state before it, so a match whose process died waited too.
 *
 * Each process refreshes a short-lived key `multipolar:alive:<origin>` and
 * keeps the set `multipolar:seats:<origin>` of the "matchID/seat" pairs it
 * holds sockets for (`multipolar:origins` lists the processes). On every beat
 * each process looks for processes no longer alive; the one that removes a
 * dead process from the list marks its seats away (unless a live process holds
 * a seat now), resumes bot play in every running match and sends each one's newest
 * stored state to every socket (the dead process may have stored a move it never
 * published, which sockets elsewhere would otherwise wait for). A process that finds
 * its own key gone (cut off from Redis, or stalled, past the expiry) marks its
 * seats connected again.
 */
import type { Redis } from 'ioredis';

const KEY = 'multipolar';
const aliveKey = (origin: string) => `${KEY}:alive:${origin}`;
const seatsKey = (origin: string) => `${KEY}:seats:${origin}`;
const ORIGINS = `${KEY}:origins`;
/** How often a process says it is alive and looks for dead ones. */
const BEAT_MS = 3000;
/** How long after its last beat a process counts as dead (a few missed beats). */
const ALIVE_MS = 10_000;
/** "matchID/seat" → [matchID, seat] */
const split = (k: string): [string, string] => {
  const cut = k.lastIndexOf('/');
  return [k.slice(0, cut), k.slice(cut + 1)];
};

export interface PresenceOptions {
  /** A connection of its own, closed by stop(). */
  readonly redis: Redis;
  /** This process's name (RedisPubSub.origin). */
  readonly origin: string;
  /** Mark a seat's player away in the match's metadata (if still marked connected). */
  readonly markAway: (matchID: string, seat: string) => Promise<void>;
  /** Mark a seat's player connected again (this process was taken for dead, its sockets were not). */
  readonly markBack: (matchID: string, seat: string) => Promise<void>;
  /** A process is gone (called in one live process): bot moves it owed must be made by another. */
  readonly gone: () => Promise<unknown>;
}

export class SeatPresence {
  /** "matchID/seat" → how many of this process's sockets hold it. */
  private readonly held = new Map<string, number>();
  private readonly timer: ReturnType<typeof setInterval>;
  private sweeping = false;
  /** Whether this process has said it is alive before (so a missing key means others gave it up). */
  private beaten = false;

  constructor(private readonly o: PresenceOptions) {
    this.timer = setInterval(() => void this.beat(), BEAT_MS);
    this.timer.unref();
    void this.beat();
  }

  joined(matchID: string, seat: string | null): void {
    if (seat === null) return; // a spectator holds no seat
    const k = `${matchID}/${seat}`;
    const n = this.held.get(k) ?? 0;
    this.held.set(k, n + 1);
    if (n === 0) this.o.redis.sadd(seatsKey(this.o.origin), k).catch(() => undefined); // re-added at the next beat
  }

  left(matchID: string, seat: string | null): void {
    if (seat === null) return;
    const k = `${matchID}/${seat}`;
    const n = (this.held.get(k) ?? 1) - 1;
    if (n > 0) return void this.held.set(k, n);
    this.held.delete(k);
    this.o.redis.srem(seatsKey(this.o.origin), k).catch(() => undefined);
  }

  /** The process is stopping: the others need not wait for its key to expire. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.o.redis.del(aliveKey(this.o.origin)).catch(() => undefined);
    await this.o.redis.quit().catch(() => undefined);
  }

  /** Say this process is alive (with the seats it holds, in case a write was lost), then sweep. */
  private async beat(): Promise<void> {
    const { redis, origin } = this.o;
    if (redis.status !== 'ready') return;
    try {
      const tx = redis.multi().exists(aliveKey(origin)).set(aliveKey(origin), '1', 'PX', ALIVE_MS).sadd(ORIGINS, origin);
      tx.del(seatsKey(origin));
      if (this.held.size) tx.sadd(seatsKey(origin), ...this.held.keys());
      const [[, existed] = []] = (await tx.exec()) ?? [];
      // Cut off from Redis or stalled past the expiry, this process was given up for dead and its
      // players marked away, but their sockets are still here: mark them connected again.
      if (this.beaten && existed === 0) {
        console.log(`multipolar: this process was taken for gone; ${this.held.size} seats it holds are marked connected again`);
        for (const k of this.held.keys()) await this.o.markBack(...split(k));
      }
      this.beaten = true;
      await this.sweep();
    } catch (err) {
      console.warn(`multipolar: seat presence: ${(err as Error).message}`);
    }
  }

  private async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const { redis } = this.o;
      const origins = await redis.smembers(ORIGINS);
      if (origins.length === 0) return;
      const alive = await redis.mget(...origins.map(aliveKey));
      const dead = origins.filter((_, i) => alive[i] === null);
      if (dead.length === 0) return;
      const live = origins.filter((_, i) => alive[i] !== null);
      const heldByLive = new Set(live.length ? await redis.sunion(...live.map(seatsKey)) : []);
      for (const origin of dead) {
        // One live process takes each dead one: the one whose SREM removed it.
        if ((await redis.srem(ORIGINS, origin)) === 0) continue;
        const seats = await redis.smembers(seatsKey(origin));
        await redis.del(seatsKey(origin));
        for (const k of seats) {
          if (heldByLive.has(k)) continue;
          await this.o.markAway(...split(k));
        }
        console.log(`multipolar: process ${origin} is gone; ${seats.length} seats it held are marked away, bots resume`);
        await this.o.gone();
      }
    } finally {
      this.sweeping = false;
    }
  }
}

/**
 * Measured turns are stored with their session at most once a second (one
 * write for a burst of bot turns), after the session's earlier changes.
 */
import type { SessionLocks } from './locks';
import type { Session } from './session';
import type { SessionStore } from './store';

const SAVE_EVERY_MS = 1000;

export class SoonSaver {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: SessionStore,
    private readonly locks: SessionLocks,
    /** Whether `s` is still the session this process owns (not deleted meanwhile). */
    private readonly current: (s: Session) => boolean,
  ) {}

  soon(s: Session): void {
    if (this.timers.has(s.code)) return;
    const t = setTimeout(() => {
      this.timers.delete(s.code);
      this.locks.run(s.code, async () => {
        if (this.current(s)) await this.store.put(s);
      }).catch((err: unknown) => console.error('multipolar: storing turn times', err));
    }, SAVE_EVERY_MS);
    t.unref?.();
    this.timers.set(s.code, t);
  }

  cancel(code: string): void {
    clearTimeout(this.timers.get(code));
    this.timers.delete(code);
  }

  stop(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

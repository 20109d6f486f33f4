/**
 * Measured turns are stored with their session at most once a second (one
 * write for a burst of bot turns), after the session's earlier changes.
 */
import type { SessionLocks } from './locks';
import type { Session } from './session';
import type { SessionStore } from './store';
import { SessionTimers } from './timers';

const SAVE_EVERY_MS = 1000;

export class SoonSaver {
  private readonly timers = new SessionTimers();

  constructor(
    private readonly store: SessionStore,
    private readonly locks: SessionLocks,
    /** Whether `s` is still the session this process owns (not deleted meanwhile). */
    private readonly current: (s: Session) => boolean,
  ) {}

  soon(s: Session): void {
    if (this.timers.has(s.code)) return;
    this.timers.set(s.code, SAVE_EVERY_MS, () => {
      this.locks.run(s.code, async () => {
        if (this.current(s)) await this.store.put(s);
      }).catch((err: unknown) => console.error('multipolar: storing turn times', err));
    });
  }

  cancel(code: string): void {
    this.timers.cancel(code);
  }

  stop(): void {
    this.timers.stop();
  }
}

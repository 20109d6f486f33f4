/**
 * The bell: a session with an end time ends by itself. One timer per
 * session, re-armed in steps of at most a day (setTimeout's range).
 */
import type { Session } from './session';
import { SessionTimers } from './timers';

const MAX_WAIT_MS = 24 * 3600_000;

export class Bells {
  private readonly timers = new SessionTimers();

  constructor(private readonly ring: (code: string) => Promise<unknown>) {}

  /** Arm (or re-arm, or cancel) the bell of `s` from its end time. */
  schedule(s: Session): void {
    this.cancel(s.code);
    if (s.ended || s.endsAt === null) return;
    const wait = Math.min(MAX_WAIT_MS, Math.max(0, s.endsAt - Date.now()));
    this.timers.set(s.code, wait, () => {
      if (Date.now() >= (s.endsAt ?? Infinity)) this.ring(s.code).catch((err: unknown) => console.error('multipolar: session deadline', err));
      else this.schedule(s);
    });
  }

  cancel(code: string): void {
    this.timers.cancel(code);
  }

  stop(): void {
    this.timers.stop();
  }
}

/** At most one timer per session code, unref'd so a pending timer never holds the process open. */
export class SessionTimers {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  has(code: string): boolean {
    return this.timers.has(code);
  }

  /** Run `fn` after `ms`, replacing the session's pending timer if any. */
  set(code: string, ms: number, fn: () => void): void {
    this.cancel(code);
    const t = setTimeout(() => {
      this.timers.delete(code);
      fn();
    }, ms);
    t.unref?.();
    this.timers.set(code, t);
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

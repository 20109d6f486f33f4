/**
 * One queue per session: every change to a session runs after the earlier
 * ones, so two teacher presses or two joins never interleave.
 */
export class SessionLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Run `fn` after every earlier change of this session (a failed one does not stop the next). */
  run<T>(code: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(code) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.tails.set(code, tail);
    void tail.then(() => {
      if (this.tails.get(code) === tail) this.tails.delete(code);
    });
    return run;
  }
}

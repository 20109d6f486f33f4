/** Fixed-window request limits per client and action, shared through Redis when there is one. */

/** Hits counted across every server process (Redis): the count in this key's window after this hit. */
export interface HitCounter {
  hit(key: string, windowMs: number): Promise<number>;
}

/**
 * At most `perMinute` hits per key a minute. With a shared counter the limit is the
 * whole cluster's, not each process's; if the counter cannot answer (Redis down),
 * this process counts on its own rather than refusing everyone.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();
  constructor(private readonly perMinute: number, private readonly now = Date.now, private readonly shared?: HitCounter) {}
  async allow(key: string): Promise<boolean> {
    if (this.shared) {
      try {
        return (await this.shared.hit(key, 60_000)) <= this.perMinute;
      } catch {
        // fall through: counted here
      }
    }
    return this.allowHere(key);
  }

  private allowHere(key: string): boolean {
    const t = this.now();
    const w = this.hits.get(key);
    if (!w || t - w.start >= 60_000) {
      if (this.hits.size > 10_000) this.hits.clear();
      this.hits.set(key, { start: t, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.perMinute;
  }
}

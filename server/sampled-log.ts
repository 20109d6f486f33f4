/**
 * Counts of things that happen at a hostile rate (refused socket events, caught
 * failures), logged by sample: the first of each kind at once, then at most one
 * line per kind per interval saying how many more came. The log cannot be grown
 * at will; the counts are exposed in /healthz.
 */
export class SampledLog {
  private readonly counts = new Map<string, number>();
  private readonly logged = new Map<string, { at: number; count: number }>();

  constructor(
    private readonly what: string,
    private readonly intervalMs = 60_000,
    private readonly write: (line: string, detail?: unknown) => void = (line, detail) => console.warn(line, ...(detail === undefined ? [] : [detail])),
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one of `kind` (a fixed word chosen by the server, never client input); `detail` goes only into a sampled line. */
  note(kind: string, detail?: unknown): void {
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    const last = this.logged.get(kind);
    const t = this.now();
    if (!last) {
      this.logged.set(kind, { at: t, count: n });
      this.write(`multipolar: ${this.what} (${kind}); more of these are counted in /healthz and logged once a minute`, detail);
    } else if (t - last.at >= this.intervalMs) {
      this.write(`multipolar: ${this.what} (${kind}): ${n - last.count} more since the last report, ${n} in all`, detail);
      this.logged.set(kind, { at: t, count: n });
    }
  }

  /** Counts by kind since start. */
  totals(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}

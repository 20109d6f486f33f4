/**
 * Who is told when a match changes: `add` returns the function that removes
 * the listener again (what `PlaySource.onChange` promises), `clear` drops them
 * all when the match stops.
 */
export class Listeners<A extends unknown[] = []> {
  private readonly fs = new Set<(...args: A) => void>();

  add(f: (...args: A) => void): () => void {
    this.fs.add(f);
    return () => {
      this.fs.delete(f);
    };
  }

  /** Tell every listener, in the order they were added (one added meanwhile is told too, one removed is not). */
  emit(...args: A): void {
    for (const f of this.fs) f(...args);
  }

  clear(): void {
    this.fs.clear();
  }
}

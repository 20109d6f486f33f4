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

  /** Tell each listener there is now; one that adds or removes another meanwhile does not change who is told. */
  emit(...args: A): void {
    for (const f of [...this.fs]) f(...args);
  }

  clear(): void {
    this.fs.clear();
  }
}

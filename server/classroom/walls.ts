/**
 * The teachers' walls that follow a session live (server-sent events,
 * routes.ts): the whole wall after a session change, one table after a
 * stored move or seat change, and the session's deletion.
 */
import type { TableSummary, WallEvent } from '../../game/wire/classroom';

export type WallListener = (e: WallEvent) => void;

export class WallListeners {
  private readonly byCode = new Map<string, Set<WallListener>>();

  /** Follow a session's wall; returns the way to stop. */
  subscribe(code: string, listener: WallListener): () => void {
    let set = this.byCode.get(code);
    if (!set) this.byCode.set(code, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.byCode.delete(code);
    };
  }

  /** The walls watching a session (none: empty). */
  of(code: string): ReadonlySet<WallListener> {
    return this.byCode.get(code) ?? new Set();
  }

  send(code: string, e: WallEvent): void {
    for (const l of this.of(code)) l(e);
  }

  /** The session is gone: tell its walls, and let them go. */
  deleted(code: string): void {
    this.send(code, { kind: 'deleted' });
    this.byCode.delete(code);
  }

  /**
   * A table's match changed: walls watching its session get the table's new
   * summary (so a student shows online as soon as their seat's socket is up).
   * `summary` is made only when a wall watches.
   */
  tableChanged(code: string, summary: () => Promise<TableSummary>): void {
    if (!this.of(code).size) return;
    summary().then((table) => this.send(code, { kind: 'table', table }))
      .catch((err: unknown) => console.error('multipolar: classroom wall update', err));
  }
}

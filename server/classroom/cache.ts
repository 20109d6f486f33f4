/**
 * The sessions this process owns, read from the store at start and written
 * through on every change (service.ts), with the table each match is.
 */
import type { Session, Table } from './session';
import type { SessionStore } from './store';

export class SessionCache {
  private readonly sessions = new Map<string, Session>();
  private readonly byMatch = new Map<string, string>();

  /** Every stored session, in the order created; `remembered` runs for each. */
  async load(store: SessionStore, remembered: (s: Session) => void): Promise<void> {
    for (const code of await store.codes()) {
      const s = await store.get(code);
      if (s) {
        this.remember(s);
        remembered(s);
      }
    }
  }

  get(code: string): Session | undefined {
    return this.sessions.get(code);
  }

  has(code: string): boolean {
    return this.sessions.has(code);
  }

  remember(s: Session): void {
    this.sessions.set(s.code, s);
    for (const t of s.tables) this.byMatch.set(t.matchID, s.code);
  }

  /** A new table of a remembered session. */
  addTable(s: Session, t: Table): void {
    this.byMatch.set(t.matchID, s.code);
  }

  forget(s: Session): void {
    this.sessions.delete(s.code);
    for (const t of s.tables) this.byMatch.delete(t.matchID);
  }

  /** The session and table a match belongs to, if this process owns it. */
  ofMatch(matchID: string): { s: Session; table: Table } | null {
    const code = this.byMatch.get(matchID);
    const s = code ? this.sessions.get(code) : undefined;
    const table = s?.tables.find((t) => t.matchID === matchID);
    return s && table ? { s, table } : null;
  }
}

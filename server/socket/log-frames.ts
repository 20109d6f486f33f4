/**
 * Update frames carry only the log entries their socket does not hold yet.
 *
 * A view carries the latest `LOG_IN_VIEW` entries of the match's log (game/view.ts),
 * most of every frame. A socket receives its match's frames in order over one
 * connection, so after its sync (which carries the whole window) each update need
 * only carry the entries added since the last frame sent on it; the client joins
 * them onto the window it holds (`joinLog`). A new connection syncs afresh, so a
 * reconnecting client gets the whole window again. Seats see the same public log,
 * so a cut window shows nothing its whole window would not.
 */
import type { LogWindow } from '../../game';
import { logAfter, logEnd } from '../../game';

const isWindow = (G: unknown): G is LogWindow => {
  if (typeof G !== 'object' || G === null) return false;
  const w = G as { log?: unknown; logStart?: unknown };
  return Array.isArray(w.log) && Number.isSafeInteger(w.logStart);
};

type StateArg = { G?: unknown } | undefined;

/** One socket's record of the log it has been sent (one match at a time: a sync starts afresh). */
export class SentLog {
  private held: { matchID: unknown; end: number } | null = null;

  /** A sync frame was sent (`[matchID, { state }]`): the socket holds its view's whole window. */
  synced(args: readonly unknown[]): void {
    const G = (args[1] as { state?: StateArg } | undefined)?.state?.G;
    this.held = isWindow(G) ? { matchID: args[0], end: logEnd(G) } : null;
  }

  /** An update frame's arguments (`[matchID, state, deltalog]`), its view's log cut to what the socket lacks. */
  update(args: readonly unknown[]): unknown[] {
    const [matchID, state, ...rest] = args as [unknown, StateArg, ...unknown[]];
    const G = state?.G;
    if (!state || !isWindow(G)) return [...args];
    const held = this.held && this.held.matchID === matchID ? this.held.end : -1;
    this.held = { matchID, end: logEnd(G) };
    return [matchID, { ...state, G: { ...G, ...logAfter(G, held) } }, ...rest];
  }
}

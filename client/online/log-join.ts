/**
 * The server sends each update with only the log entries this page does not
 * hold yet (server/socket/log-frames.ts): join them onto the page's window
 * before boardgame.io's client takes the state, so every screen reads a view
 * with the latest entries, as a sync gives it.
 */
import type { LogWindow } from '../../game';
import { joinLog, logEnd } from '../../game';

/** What boardgame.io's socket transport hands its client. */
export interface TransportData {
  readonly type: string;
  readonly args: readonly unknown[];
}

type WireState = { readonly _stateID: number; readonly G: LogWindow };

const isWindow = (G: unknown): G is LogWindow =>
  typeof G === 'object' && G !== null && Array.isArray((G as { log?: unknown }).log) && Number.isSafeInteger((G as { logStart?: unknown }).logStart);

/**
 * `data` with its update's log joined onto `held` (the state the client holds),
 * and whether entries are missing between the two (the page should sync again).
 */
export function joinUpdateLog(held: { readonly G: unknown } | null | undefined, data: TransportData): { data: TransportData; gap: boolean } {
  if (data.type !== 'update') return { data, gap: false };
  const [matchID, state, ...rest] = data.args as [unknown, WireState | undefined, ...unknown[]];
  if (!state || !isWindow(state.G)) return { data, gap: false };
  const mine = held && isWindow(held.G) ? held.G : null;
  const gap = mine !== null && state.G.logStart > logEnd(mine);
  const G = { ...state.G, ...joinLog(mine, state.G) };
  return { data: { ...data, args: [matchID, { ...state, G }, ...rest] }, gap };
}

/**
 * Socket guards for two boardgame.io 0.50.2 defects (STACK-NOTES items 4, 6),
 * applied to every event on the game's namespace before boardgame.io sees it:
 * - an `update` whose action claims another seat than the one its credentials
 *   were checked for is dropped (the reducer trusts the action's playerID);
 * - a `sync` for a match that does not exist is dropped (boardgame.io would
 *   create an unlisted match with no credentials on the spot).
 */
import type { StorageAPI } from 'boardgame.io';

type Next = (err?: Error) => void;
interface GuardedSocket {
  use(fn: (packet: unknown[], next: Next) => void): void;
  on(event: 'error', fn: (err: Error) => void): void;
}
interface Namespace {
  on(event: 'connection', fn: (socket: GuardedSocket) => void): void;
}

/** Why an incoming socket event is refused, or null to let it through. */
export async function refusal(
  db: StorageAPI.Sync | StorageAPI.Async,
  event: unknown,
  args: readonly unknown[],
): Promise<string | null> {
  if (event === 'update') {
    const [action, , matchID, playerID] = args as [{ payload?: { playerID?: unknown } } | undefined, unknown, unknown, unknown];
    if (typeof matchID !== 'string' || typeof playerID !== 'string') return 'malformed update';
    if (action?.payload?.playerID !== playerID) return 'an update may only move for the seat it is authenticated as';
    return null;
  }
  if (event === 'sync') {
    const [matchID] = args;
    if (typeof matchID !== 'string') return 'malformed sync';
    const found = await db.fetch(matchID, { metadata: true });
    return found.metadata ? null : 'no such match';
  }
  return null;
}

export function guardNamespace(nsp: Namespace, db: StorageAPI.Sync | StorageAPI.Async): void {
  nsp.on('connection', (socket) => {
    // A refused event surfaces as an 'error' on the socket: log it, keep serving.
    socket.on('error', (err) => console.warn(`multipolar: refused socket event: ${err.message}`));
    socket.use(([event, ...args], next) => {
      refusal(db, event, args).then(
        (why) => next(why ? new Error(why) : undefined),
        () => next(new Error('refused')),
      );
    });
  });
}

/**
 * Socket guards for boardgame.io 0.50.2 defects (docs/boardgameio.md §3, 4, 6).
 * Incoming, applied to every event on the game's namespace before
 * boardgame.io sees it:
 * - an `update` whose action claims another seat than the one its credentials
 *   were checked for is dropped (the reducer trusts the action's playerID);
 * - a `sync` for a match that does not exist is dropped (boardgame.io would
 *   create an unlisted match with no credentials on the spot).
 * Outgoing: a `sync` frame carries the match's initial state unfiltered, with
 * the random plugin's seed (every shuffle predictable); it is passed through
 * the seat's view first, and the whole action log is left out.
 */
import type { State, StorageAPI } from 'boardgame.io';
import { viewFor } from '../game/view';
import type { MatchState } from '../game/state';

type Next = (err?: Error) => void;
interface GuardedSocket {
  use(fn: (packet: unknown[], next: Next) => void): void;
  emit(event: string, ...args: unknown[]): boolean;
  on(event: 'error', fn: (err: Error) => void): void;
  on(event: 'disconnect', fn: () => void): void;
  readonly connected: boolean;
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

/** A sync frame as a seat may receive it: the initial state seen through its view, no plugin secrets. */
export function redactSync(args: readonly unknown[], playerID: string | null | undefined): unknown[] {
  const [matchID, info, ...rest] = args as [unknown, { initialState?: State } | undefined, ...unknown[]];
  const initial = info?.initialState;
  if (!initial) return [...args];
  const { random: _seed, ...plugins } = initial.plugins ?? {};
  const initialState = { ...initial, G: viewFor(initial.G as MatchState, playerID), plugins };
  // boardgame.io's action log grows with every move (docs/boardgameio.md §12) and the
  // client never reads it (the rules keep their own log in G): a resync stays small.
  return [matchID, { ...info, initialState, log: [] }, ...rest];
}

interface Queue {
  add<T>(fn: () => Promise<T> | T): Promise<T>;
}

/** What the server learns about a socket's seat (cluster bookkeeping: server/presence.ts, server/app.ts). */
export interface SeatHooks {
  /** The socket is now among the match's clients; its sync carried state `stateID`. */
  synced?(matchID: string, seat: string | null, stateID: number): void;
  /** The socket that synced for this seat is gone (or synced for another). */
  left?(matchID: string, seat: string | null): void;
}

/** How long a sync may hold its match's queue when boardgame.io sends nothing (a refused seat). */
const SYNC_HOLD_MS = 2000;

/**
 * `queueFor` is boardgame.io's per-match queue. A sync is served inside it:
 * boardgame.io reads the state for a sync outside its queue, so a sync could
 * otherwise answer with a state older than an update the socket already has,
 * and leave that player looking at a move that is gone.
 */
export function guardNamespace(
  nsp: Namespace,
  db: StorageAPI.Sync | StorageAPI.Async,
  queueFor?: (matchID: string) => Queue,
  hooks: SeatHooks = {},
): void {
  nsp.on('connection', (socket) => {
    // A refused event surfaces as an 'error' on the socket: log it, keep serving.
    socket.on('error', (err) => console.warn(`multipolar: refused socket event: ${err.message}`));
    let seat: string | null | undefined = null;
    let release: (() => void) | null = null;
    let joined: { matchID: string; seat: string | null } | null = null;
    const leave = () => {
      if (joined) hooks.left?.(joined.matchID, joined.seat);
      joined = null;
    };
    socket.on('disconnect', leave);
    const emit = socket.emit.bind(socket);
    socket.emit = (event, ...args) => {
      if (event !== 'sync') return emit(event, ...args);
      const sent = emit(event, ...redactSync(args, seat));
      release?.();
      const [matchID, info] = args as [string, { state?: { _stateID?: number } } | undefined];
      const stateID = info?.state?._stateID;
      // boardgame.io sends a sync only to a seat whose credentials it accepted, and adds
      // the socket to the match's clients after this emit, a few ticks on.
      if (typeof stateID === 'number') {
        const who = { matchID, seat: seat ?? null };
        setImmediate(() => {
          if (!socket.connected) return;
          leave();
          joined = who;
          hooks.synced?.(who.matchID, who.seat, stateID);
        });
      }
      return sent;
    };
    socket.use(([event, ...args], next) => {
      if (event === 'sync') seat = typeof args[1] === 'string' ? args[1] : null;
      refusal(db, event, args).then(
        (why) => {
          if (why) return next(new Error(why));
          if (event !== 'sync' || !queueFor) return next();
          void queueFor(args[0] as string).add(
            () =>
              new Promise<void>((done) => {
                const timer = setTimeout(() => finish(), SYNC_HOLD_MS);
                const finish = () => {
                  clearTimeout(timer);
                  release = null;
                  done();
                };
                release = finish;
                next();
              }),
          );
        },
        () => next(new Error('refused')),
      );
    });
  });
}

/**
 * The fence around boardgame.io's socket namespace. Every incoming event:
 *  1. spends one of its socket's budget (a socket over budget is told once and disconnected);
 *  2. is admitted or refused (server/socket/admission.ts: schema, match, seat credentials),
 *     in the order the socket sent it, before it enters its match's queue;
 *  3. reaches boardgame.io as the parsed copy. A sync is served inside its match's
 *     queue (until its handler is done: the frame sent, the socket counted among the
 *     match's clients, the seat marked connected), so it is never older than an update
 *     the socket already has, and no move is broadcast past it or writes its seat back
 *     as it was. A disconnect's bookkeeping runs in the match's queue too.
 * A refusal is counted, logged by sample and answered (`REFUSED_EVENT`). boardgame.io's
 * own handlers are async and their failures would be unhandled rejections: each is
 * caught, logged by sample and answered, and the process goes on.
 */
import type { StorageAPI } from 'boardgame.io';
import type { Refusal } from '../../game/wire/moves';
import { REFUSED_EVENT } from '../../game/wire/moves';
import { BrokenMatch } from '../quarantine';
import { SampledLog } from '../sampled-log';
import type { Admission, RefusalReason } from './admission';
import { admit, MESSAGES, REASONS } from './admission';
import type { EventBudget } from './budget';
import { SentLog } from './log-frames';
import { redactSync } from './sync-frame';

type Next = (err?: Error) => void;
type Listener = (...args: unknown[]) => unknown;
export interface GuardedSocket {
  readonly id: string;
  readonly connected: boolean;
  use(fn: (packet: unknown[], next: Next) => void): void;
  emit(event: string, ...args: unknown[]): boolean;
  on(event: string, fn: Listener): unknown;
  listeners(event: string): Listener[];
  removeAllListeners(event: string): unknown;
  disconnect(close?: boolean): unknown;
}
export interface Namespace {
  on(event: 'connection', fn: (socket: GuardedSocket) => void): void;
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

export interface GuardOptions {
  readonly db: StorageAPI.Sync | StorageAPI.Async;
  /** boardgame.io's per-match queue. */
  readonly queueFor: (matchID: string) => Queue;
  readonly budget: EventBudget;
  readonly hooks?: SeatHooks;
}

/** How long a sync may hold its match's queue if boardgame.io's handler never sends it (the socket went away in between). */
const SYNC_HOLD_MS = 2000;
/** boardgame.io's handlers, wrapped so that a failure is caught; its chat handler is removed (the game has no chat). */
const HANDLED = ['update', 'sync', 'disconnect'] as const;

export interface Guard {
  /** Refused events by reason, and handler failures, since start (/healthz). */
  counts(): { refused: Record<string, number>; failed: Record<string, number> };
}

export function guardNamespace(nsp: Namespace, o: GuardOptions): Guard {
  const refusals = new SampledLog('refused a socket event');
  const failures = new SampledLog('a socket handler failed', 60_000, (line, err) => console.error(line, err));
  const hooks = o.hooks ?? {};

  nsp.on('connection', (socket) => {
    const tell = (refusal: Refusal) => {
      if (socket.connected) socket.emit(REFUSED_EVENT, refusal);
    };
    const refuse = (reason: RefusalReason, matchID?: string) => {
      refusals.note(reason, matchID === undefined ? undefined : { matchID });
      const code = REASONS[reason];
      tell({ code, message: MESSAGES[code] });
    };

    // The sync being served (one per socket at a time): the seat its frame is filtered for, and its release.
    let serving: { seat: string | null; done: () => void } | null = null;
    const failed = (event: string, err: unknown) => {
      if (err instanceof BrokenMatch) return refuse('broken-match', err.matchID);
      failures.note(`${event} handler`, err);
      refusals.note('handler-failed');
      tell({ code: 'failed', message: MESSAGES.failed });
    };
    for (const event of HANDLED) {
      const own = socket.listeners(event);
      socket.removeAllListeners(event);
      for (const listener of own) {
        socket.on(event, (...args: unknown[]) => {
          // The sync this call serves (socket.io calls it inside `next()`, below): its match's
          // queue is held until the handler is done, its connection bookkeeping included.
          const mine = event === 'sync' ? serving : null;
          const call = (): Promise<unknown> => {
            try {
              return Promise.resolve(listener.apply(socket, args));
            } catch (err) {
              return Promise.reject(err instanceof Error ? err : new Error('a socket handler threw a non-Error'));
            }
          };
          // A seat's connection change is a metadata write: in the match's queue, so that a move
          // (which writes back the metadata it read when it began) cannot undo it.
          const match = event === 'disconnect' ? joined?.matchID : undefined;
          const run = match === undefined ? call() : o.queueFor(match).add(call);
          void run.catch((err: unknown) => failed(event, err)).finally(() => mine?.done());
        });
      }
    }
    socket.removeAllListeners('chat');
    // Errors from other fences' middleware (a paused classroom table): counted, not logged one by one.
    socket.on('error', (err) => refusals.note('other-fence', err instanceof Error ? err.message.slice(0, 80) : undefined));

    let joined: { matchID: string; seat: string | null } | null = null;
    const leave = () => {
      if (joined) hooks.left?.(joined.matchID, joined.seat);
      joined = null;
    };
    socket.on('disconnect', () => {
      leave();
      serving?.done();
    });

    const emit = socket.emit.bind(socket);
    // Updates carry only the log entries this socket lacks (server/socket/log-frames.ts).
    const sentLog = new SentLog();
    socket.emit = (event, ...args) => {
      if (event === 'update') return emit(event, ...sentLog.update(args));
      if (event !== 'sync') return emit(event, ...args);
      const mine = serving;
      const seat = mine?.seat ?? null;
      const redacted = redactSync(args, seat);
      const sent = emit(event, ...redacted);
      sentLog.synced(redacted);
      const [matchID, info] = args as [string, { state?: { _stateID?: number } } | undefined];
      const stateID = info?.state?._stateID;
      // boardgame.io adds the socket to the match's clients after this emit, a few
      // ticks on, then marks the seat connected; the match's queue goes on once its
      // handler is done (above): a move let in before would be broadcast past this
      // socket, or write back the seat as it was before it connected.
      setImmediate(() => {
        if (typeof stateID !== 'number' || !socket.connected) return;
        leave();
        joined = { matchID, seat };
        hooks.synced?.(matchID, seat, stateID);
      });
      return sent;
    };

    /** Let an admitted event through; a sync waits in its match's queue until boardgame.io has sent it (or failed). */
    const pass = async (packet: unknown[], admitted: Admission & { ok: true }, next: Next): Promise<void> => {
      // boardgame.io gets the parsed copy, not the client's objects.
      packet.splice(1, packet.length - 1, ...admitted.args);
      if (admitted.event === 'update') return next();
      const [matchID, seat] = admitted.args;
      await o.queueFor(matchID).add(
        () =>
          new Promise<void>((done) => {
            const finish = () => {
              clearTimeout(timer);
              if (serving?.done === finish) serving = null;
              done();
            };
            const timer = setTimeout(finish, SYNC_HOLD_MS);
            serving = { seat: seat ?? null, done: finish };
            next();
          }),
      );
    };

    // Events are decided one after another, in the order the socket sent them.
    let chain: Promise<void> = Promise.resolve();
    let overBudget = false;
    socket.use((packet, next) => {
      if (overBudget) return;
      o.budget.spend(socket.id).then((ok) => {
        if (overBudget) return;
        if (!ok) {
          overBudget = true;
          refuse('over-budget');
          socket.disconnect(true);
          return;
        }
        chain = chain
          .then(async () => {
            if (!socket.connected) return;
            const [event, ...args] = packet;
            const admitted = await admit(o.db, event, args);
            if (!admitted.ok) return refuse(admitted.reason, admitted.matchID);
            await pass(packet, admitted, next);
          })
          .catch((err: unknown) => failed('admission', err));
      }, (err: unknown) => failed('budget', err));
    });
  });

  return { counts: () => ({ refused: refusals.totals(), failed: failures.totals() }) };
}

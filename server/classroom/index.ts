/**
 * Classroom sessions on the one-port server: the REST routes, the hold on
 * matches of a paused session (or a table not yet started) for both people's
 * socket moves and the server's bots, and live table summaries for walls.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import type Koa from 'koa';
import type { ServerConfig } from '../config';
import type { HitCounter } from '../lobby';
import type { SeatKeeper } from '../seat-keeper';
import type { Refusal } from '../../game/wire/moves';
import { REFUSED_EVENT } from '../../game/wire/moves';
import { MESSAGES } from '../socket/admission';
import { classroomRoutes } from './routes';
import { Classroom } from './service';
import type { SessionStore } from './store';
import type { Frame } from './tables';

type Next = (err?: Error) => void;
interface Socket {
  readonly connected: boolean;
  use(fn: (packet: unknown[], next: Next) => void): void;
  emit(event: string, ...args: unknown[]): unknown;
}
interface Namespace {
  on(event: 'connection', fn: (socket: Socket) => void): void;
}

export interface ClassroomMount {
  readonly app: { use(mw: Koa.Middleware): unknown };
  /** The game's socket.io namespace. */
  readonly nsp: Namespace;
  readonly db: StorageAPI.Sync | StorageAPI.Async;
  readonly config: ServerConfig;
  readonly keeper: SeatKeeper;
  readonly inQueue: <T>(matchID: string, fn: () => Promise<T> | T) => Promise<T>;
  readonly publish: (matchID: string, frame: Frame) => void;
  readonly originAllowed: (origin: string | undefined, host: string | undefined) => boolean;
  /** Counts rate-limited requests across processes (REDIS_URL). */
  readonly hits?: HitCounter;
  /** Where sessions are kept (shared with retention, which keeps their tables). */
  readonly store: SessionStore;
}

export const PAUSED = 'this table is paused by the teacher';
/** What a student whose move was held is told (the seat's page also learns of the pause by itself, within seconds). */
const HELD: Refusal = { code: 'held', message: MESSAGES.held };

export function mountClassroom(m: ClassroomMount): Classroom {
  const classroom = new Classroom({
    db: m.db,
    store: m.store,
    inQueue: m.inQueue,
    publish: m.publish,
    poke: (matchID) => m.keeper.poke(matchID, 0),
    ttlMs: m.config.classroomTtlMs,
    clockMinSec: m.config.classroomClockMinSec,
    moveNow: (matchID, seat, level) => m.keeper.moveNow(matchID, seat, level),
  });
  m.keeper.held = (matchID) => classroom.held(matchID);
  // Walls follow every stored state; the keeper's own look comes first.
  const stored = m.keeper.stateStored.bind(m.keeper);
  m.keeper.stateStored = (matchID: string, state: State) => {
    stored(matchID, state);
    classroom.stateStored(matchID, state);
  };
  const changed = m.keeper.metadataChanged.bind(m.keeper);
  m.keeper.metadataChanged = (matchID: string, metadata: Server.MatchData) => {
    changed(matchID, metadata);
    classroom.metadataStored(matchID, metadata);
  };
  m.nsp.on('connection', (socket) => {
    socket.use(([event, ...args], next) => {
      if (event !== 'update' || typeof args[2] !== 'string') return next();
      classroom.held(args[2]).then((held) => {
        // Said, not only refused: a move that silently does nothing looks like a broken page.
        if (held && socket.connected) socket.emit(REFUSED_EVENT, HELD);
        next(held ? new Error(PAUSED) : undefined);
      }, () => next(new Error('refused')));
    });
  });
  m.app.use(classroomRoutes(classroom, {
    createPerMinute: m.config.lobbyRatePerMinute,
    joinPerMinute: m.config.classroomJoinPerMinute,
    joinFailuresPerMinute: m.config.classroomJoinFailuresPerMinute,
    originAllowed: m.originAllowed,
    ...(m.hits ? { hits: m.hits } : {}),
  }));
  return classroom;
}

/**
 * The one-port server: boardgame.io's Server (Lobby API and sockets) plus the
 * built client and a health check, with the project's fences around
 * boardgame.io 0.50.2 (docs/boardgameio.md §3–9).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Game } from 'boardgame.io';
import { Server, SocketIO } from 'boardgame.io/server';
import serve from 'koa-static';
import { Multipolar } from '../game';
import type { ServerConfig } from './config';
import { LocalPubSub, PersistFirst, reportingStorage } from './durable';
import { faults } from './safety-net';
import { authenticateCredentials } from './socket/credentials';
import { eventBudget } from './socket/budget';
import { stateFrameParser } from './socket/encoder';
import { guardNamespace } from './socket/guard';
import { markBroken, quarantine } from './quarantine';
import { latestFrames, RedisPubSub, redisConnection } from './pubsub-redis';
import { SeatPresence } from './presence';
import { mountClassroom } from './classroom';
import { createSessionStore } from './classroom/store';
import { matchListRoute } from './match-list';
import { classroomTables, Retention } from './retention';
import { replayRoute } from './replay';
import { credentials, lobbyGuard, matchCode } from './lobby';
import { securityHeaders } from './http/headers';
import { logAppErrors } from './http/errors';
import { workerThinker } from './bots/thinker';
import { SeatKeeper } from './seat-keeper';
import { createStorage } from './storage';

type Frame = { readonly type: string; readonly args: readonly unknown[] };
const CHANNEL_PREFIX = 'MATCH-'; // boardgame.io's channel names
const channelOf = (matchID: string) => `${CHANNEL_PREFIX}${matchID}`;

/** `extraGames` are served beside Multipolar through the same code (the server benchmark's floor). */
export function createServer(config: ServerConfig, extraGames: readonly Game[] = []) {
  // A damaged stored state is never handed out: its match is marked broken instead (server/quarantine.ts).
  let markAsBroken: (matchID: string, reason: string) => void = () => undefined;
  const storage = quarantine(createStorage(config), { gameName: Multipolar.name!, onBroken: (id, why) => markAsBroken(id, why) });
  const persist = new PersistFirst();
  // Several processes share frames through Redis (REDIS_URL); still only once stored.
  const redis = config.redisUrl ? new RedisPubSub<Frame>({ url: config.redisUrl, latest: (channel) => latestFrames(storage, channel) }) : null;
  const pubSub = persist.pubSub(redis ?? new LocalPubSub<Frame>());
  let keeper: SeatKeeper | null = null;
  const db = reportingStorage(storage, {
    onState: (matchID, state) => {
      persist.noteStored(matchID, state._stateID);
      keeper?.stateStored(matchID, state);
    },
    onMetadata: (matchID, metadata) => keeper?.metadataChanged(matchID, metadata),
    // Several processes share PostgreSQL only with a shared pub/sub (REDIS_URL): then of two
    // moves on one state, exactly one is stored (docs/boardgameio.md §8).
    compareAndSet: Boolean(config.redisUrl),
    onLost: persist.noteLost,
  });

  const socketOpts = {
    cors: { origin: [...config.origins] },
    // State frames are encoded without socket.io's search for binary (server/socket/encoder.ts).
    parser: stateFrameParser,
    allowRequest: (req: { headers: Record<string, string | string[] | undefined> }, done: (err: null, ok: boolean) => void) =>
      done(null, originAllowed(req.headers.origin as string | undefined, req.headers.host as string | undefined, config.origins)),
  };
  // boardgame.io types both options wider than socket.io needs: the casts only narrow them.
  const transport = new SocketIO({ pubSub: pubSub as never, socketOpts: socketOpts as never });
  // Bots think on worker threads, never on the event loop every match shares (server/bots/thinker.ts).
  const thinker = workerThinker(config.botThreads);
  keeper = new SeatKeeper({
    game: Multipolar,
    db,
    queueFor: (matchID) => keeperQueue(transport, matchID),
    publish: (matchID, frame) => pubSub.publish(channelOf(matchID), frame),
    botDelayMs: config.botDelayMs,
    standInAfterMs: config.standInAfterMs,
    hardBudgetMs: config.hardBudgetMs,
    thinker,
    expertBudgetMs: config.expertBudgetMs,
    shared: Boolean(config.redisUrl),
  });

  const server = Server({
    games: [Multipolar, ...extraGames],
    db,
    transport,
    origins: [...config.origins],
    uuid: matchCode,
    generateCredentials: credentials,
    // Every seat needs its credentials, also while nobody has joined (docs/boardgameio.md).
    authenticateCredentials,
  });
  const io = (server.app as unknown as { _io: { of(name: string): Parameters<typeof guardNamespace>[0] } })._io;
  // With several processes a frame can still slip past a sync: another process stores a move after
  // this one read the state for the sync, and its frame arrives before boardgame.io has added the
  // socket to the match's clients. Once the socket is added, a newer stored state is sent again.
  const catchUp = (r: RedisPubSub<Frame>, matchID: string, sent: number) =>
    void keeperQueue(transport, matchID)
      .add(async () => {
        const { state } = await storage.fetch(matchID, { state: true });
        if (state && state._stateID > sent) await r.refresh(channelOf(matchID));
      })
      .catch((err: unknown) => console.error('multipolar: catching a socket up after its sync', err));
  // What a process that dies leaves undone is taken over by the others (server/presence.ts).
  const seatKeeper = keeper;
  const presence = redis && config.redisUrl
    ? new SeatPresence({
      redis: redisConnection(config.redisUrl, `presence-${redis.origin}`),
      origin: redis.origin,
      markAway: (id, seat) => seatKeeper.markAway(id, seat),
      markBack: (id, seat) => seatKeeper.markBack(id, seat),
      // It may have owed a bot move, or stored a state and died before sending it.
      gone: async () => redis.republish((await seatKeeper.resumeAll(Multipolar.name!)).map(channelOf)),
    })
    : null;
  markAsBroken = (matchID, reason) => {
    console.error(`multipolar: match ${matchID} is broken (${reason}): marked, its players are told, every other match goes on`);
    void keeperQueue(transport, matchID)
      .add(() => markBroken(db, matchID, reason))
      .catch((err: unknown) => console.error(`multipolar: marking match ${matchID} broken`, err));
  };
  const budgetRedis = config.redisUrl ? redisConnection(config.redisUrl, 'socket-budget') : null;
  const guard = guardNamespace(io.of(Multipolar.name!), {
    db,
    queueFor: (matchID) => keeperQueue(transport, matchID),
    budget: eventBudget(config.socketEventsPerSecond, budgetRedis ?? undefined),
    hooks: {
      synced: (matchID, seat, stateID) => {
        if (redis) catchUp(redis, matchID, stateID);
        presence?.joined(matchID, seat);
      },
      left: (matchID, seat) => presence?.left(matchID, seat),
    },
  });
  // First: every answer below gets the security and caching headers; errors are logged by kind.
  logAppErrors(server.app);
  // Per-client limits key on ctx.ip: behind a proxy, the address the proxy appended (docs/deploy.md).
  server.app.proxy = config.trustProxy;
  server.app.maxIpsCount = 1;
  server.app.use(securityHeaders());
  server.app.use(async (ctx, next) => {
    if (ctx.path === '/healthz') {
      ctx.body = { ok: true, pendingFrames: persist.pending, ...(redis && { redis: redis.redis, droppedFrames: redis.droppedFrames }), socket: guard.counts(), faults: faults.totals() };
      return;
    }
    await next();
  });
  // The public list, paged (boardgame.io's would answer every stored match at once).
  server.app.use(matchListRoute(storage, Multipolar.name!));
  server.app.use(lobbyGuard(db, Multipolar.name!, config.lobbyRatePerMinute, {
    seatsChanged: (id) => seatKeeper.poke(id, 0),
    originAllowed: (origin, host) => originAllowed(origin, host, config.origins),
    ...(redis ? { hits: redis } : {}),
    bodyDeadlineMs: config.requestTimeoutMs,
  }, extraGames.map((g) => g.name!)));
  // One store of classroom sessions: the classroom's, and retention's list of tables to keep.
  const sessions = createSessionStore(config);
  const classroom = mountClassroom({ store: sessions, app: server.app, nsp: io.of(Multipolar.name!), db, config, keeper: seatKeeper, inQueue: (id, fn) => keeperQueue(transport, id).add(fn), publish: (id, frame) => pubSub.publish(channelOf(id), frame), originAllowed: (o, h) => originAllowed(o, h, config.origins), ...(redis ? { hits: redis } : {}) });
  // Matches do not pile up: each process sweeps (deletes are safe when several do at once).
  const retention = new Retention({
    storage, db, settings: config.retention,
    inQueue: (id, fn) => keeperQueue(transport, id).add(fn),
    publish: (id, frame) => pubSub.publish(channelOf(id), frame),
    kept: classroomTables(sessions),
    expireSessions: () => classroom.expire(),
  });
  seatKeeper.runningMatches = (gameName) => retention.running(gameName);
  retention.start();
  const dir = resolve(config.clientDir);
  // Finished matches as records a replay steps through (refused while a match is played: hands are secret).
  server.app.use(replayRoute(db));
  if (existsSync(dir)) server.app.use(serve(dir, { index: 'index.html', maxage: 0 }));
  return {
    ...server,
    storage,
    keeper: seatKeeper,
    classroom,
    retention,
    /** Storage as boardgame.io sees it (writes reported, frames held until stored). */
    db,
    /** Run `fn` in a match's queue, after any move in flight (server-side edits: classroom). */
    inQueue: <T>(matchID: string, fn: () => Promise<T> | T) => keeperQueue(transport, matchID).add(fn),
    /** Stop bots and timers and close Redis and storage (the sockets' server is the caller's). */
    close: async () => {
      seatKeeper.stop();
      await thinker.close();
      await retention.stop();
      await sessions.close();
      await presence?.stop();
      await redis?.close();
      budgetRedis?.disconnect();
      await storage.close();
    },
    /** Send a frame to every socket of a match (after storage, like every state frame). */
    publish: (matchID: string, frame: Frame) => pubSub.publish(channelOf(matchID), frame),
  };
}

/** boardgame.io's per-match queue (one update at a time per match), which it keeps to itself. */
function keeperQueue(transport: SocketIO, matchID: string): { add<T>(fn: () => Promise<T> | T): Promise<T> } {
  return (transport as unknown as { getMatchQueue(id: string): { add<T>(fn: () => Promise<T> | T): Promise<T> } }).getMatchQueue(matchID);
}

/**
 * boardgame.io's `run()` listens on every interface and takes no host; the
 * socket transport has already swapped `app.listen` for its own server's, so
 * wrap it to bind the configured host (127.0.0.1 by default).
 */
export function listenOn(app: { listen: (...args: never[]) => unknown }, host: string): void {
  const listen = app.listen.bind(app) as (...args: unknown[]) => unknown;
  (app as { listen: (...args: unknown[]) => unknown }).listen = (port: unknown, ...rest: unknown[]) =>
    listen(port, host, ...rest);
}

/**
 * A browser request may come from the page's own origin or a configured one;
 * a request without an Origin header is not from a browser page and CORS does
 * not apply to it (credentials still guard every seat).
 */
export function originAllowed(origin: string | undefined, host: string | undefined, extra: readonly string[]): boolean {
  if (!origin) return true;
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return extra.includes(origin);
}

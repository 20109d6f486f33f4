/**
 * The fence in front of boardgame.io's Lobby router. Every request the router
 * could serve passes here first (server/lobby/path.ts): odd spellings of a
 * Lobby path are refused, actions come only by POST from an allowed origin,
 * create/join/playAgain are rate limited per client, every body is checked
 * by its closed schema (game/wire/lobby.ts) before boardgame.io sees it, and
 * every refusal is a 4xx with `{ error }`, never a 5xx.
 */
import { timingSafeEqual } from 'node:crypto';
import type Koa from 'koa';
import * as v from 'valibot';
import { LOBBY_SCHEMAS, lobbyIssue } from '../../game/wire/lobby';
import type { LobbyAction } from '../../game/wire/lobby';
import { refuse, respondError } from '../http/errors';
import { readLobbyBody, replayBody } from './body';
import { lobbyRoute } from './path';
import type { HitCounter } from './rate-limit';
import { RateLimiter } from './rate-limit';
import type { SeatsChanged, Storage } from './seating';
import { afterLobby } from './seating';

export interface LobbyHooks {
  readonly seatsChanged: SeatsChanged;
  /** Whether a request's Origin may act (CORS only hides answers; this refuses the action). */
  readonly originAllowed: (origin: string | undefined, host: string | undefined) => boolean;
  /** Counts rate-limited requests across processes (REDIS_URL); each process counts alone without. */
  readonly hits?: HitCounter;
  /** How long a body may take to arrive (REQUEST_TIMEOUT_MS). */
  readonly bodyDeadlineMs?: number;
}

const LIMITED: ReadonlySet<LobbyAction> = new Set(['create', 'join', 'playAgain']);
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Koa middleware in front of boardgame.io's Lobby router. `otherGames` (the benchmark's floor) pass unchecked. */
export function lobbyGuard(db: Storage, gameName: string, ratePerMinute: number, hooks: LobbyHooks, otherGames: readonly string[] = []): Koa.Middleware {
  const limiter = new RateLimiter(ratePerMinute, Date.now, hooks.hits);
  const games = [gameName, ...otherGames];
  const deadline = hooks.bodyDeadlineMs ?? 10_000;
  return async (ctx, next) => {
    const route = lobbyRoute(ctx.path, games);
    if (!route) return next();
    try {
      if (route.kind === 'refused') refuse(404, 'no such Lobby route');
      if (route.kind === 'games' || route.kind === 'game' || route.kind === 'match') {
        if (!READS.has(ctx.method)) refuse(405, 'this Lobby route is read with GET');
        return await next();
      }
      // CORS preflight: boardgame.io's cors middleware answers it.
      if (ctx.method === 'OPTIONS') return await next();
      if (ctx.method !== 'POST') refuse(405, 'Lobby actions are sent with POST');
      if (!hooks.originAllowed(ctx.get('Origin') || undefined, ctx.get('Host') || undefined)) refuse(403, 'this origin may not use the Lobby API');
      if (route.game !== gameName) return await next();
      if (route.kind === 'action' && route.verb === 'rename') refuse(410, 'rename is replaced by update');
      const verb: LobbyAction = route.kind === 'create' ? 'create' : (route.verb as LobbyAction);
      const matchID = route.kind === 'action' ? route.matchID : null;
      if (LIMITED.has(verb) && !(await limiter.allow(`lobby:${ctx.ip}:${verb}`))) refuse(429, 'too many requests: wait a minute and try again');
      const body = await readLobbyBody(ctx, deadline);
      if (Object.hasOwn(body, 'data')) refuse(403, 'player data is set by the server');
      const parsed = v.safeParse(LOBBY_SCHEMAS[verb], body, { abortEarly: true });
      if (!parsed.success) refuse(400, lobbyIssue(parsed.issues));
      const fields = parsed.output as Record<string, unknown>;
      if (verb === 'playAgain' && matchID) await finishedFirst(db, matchID, fields);
      replayBody(ctx, fields);
      await next();
      if (ctx.status < 300) await afterLobby(db, verb, matchID, fields, ctx.body, hooks.seatsChanged);
    } catch (err) {
      respondError(ctx, err, 'lobby');
    }
  };
}

/**
 * Play again starts the next match only once this one is over: a seated page
 * follows nextMatchID, so one offered mid-game would lead everyone away. A
 * request without the seat's credentials is left to boardgame.io (403/404).
 */
async function finishedFirst(db: Storage, matchID: string, body: Record<string, unknown>): Promise<void> {
  const { metadata } = await db.fetch(matchID, { metadata: true });
  const seat = typeof body.playerID === 'string' && metadata && Object.hasOwn(metadata.players, body.playerID) ? metadata.players[Number(body.playerID)] : undefined;
  if (!metadata || !seat || !sameSecret(seat.credentials, body.credentials)) return;
  if (metadata.gameover === undefined) refuse(409, 'the match is still being played: play again once it is over');
}

function sameSecret(held: unknown, presented: unknown): boolean {
  if (typeof held !== 'string' || typeof presented !== 'string') return false;
  const a = Buffer.from(held);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

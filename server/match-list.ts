/**
 * The public list of open matches, `GET /games/multipolar`, answered here
 * instead of by boardgame.io (which loads every stored match and answers them
 * all at once): open matches only (listed, not over, a seat free for a
 * person), newest first, MATCH_PAGE_SIZE at a time, from an indexed query.
 * The shape is boardgame.io's, `{ matches }`, plus `next`, the cursor of the
 * following page. Credentials are never in it.
 */
import type { Server } from 'boardgame.io';
import type Koa from 'koa';
import * as v from 'valibot';
import type { MatchPage } from '../game/wire/match-list';
import { CURSOR_PATTERN, MATCH_PAGE_SIZE } from '../game/wire/match-list';
import type { MatchStorage } from './storage';
import type { ListCursor, ListedMatch } from './storage/flags';

/** The query string: a cursor from an earlier page; `isGameover=false` as boardgame.io's clients send it. */
const ListQuery = v.strictObject({
  cursor: v.optional(v.pipe(v.string(), v.regex(CURSOR_PATTERN, 'cursor must be one a page of this list gave'))),
  isGameover: v.optional(v.literal('false', 'the list holds only matches that are not over: isGameover may only be false')),
});

/** A match as the list shows it: boardgame.io's listing, seats without credentials. */
export type ListedInfo = Omit<Server.MatchData, 'players'> & {
  readonly matchID: string;
  readonly players: readonly Omit<Server.PlayerMetadata, 'credentials'>[];
};

function shown(m: ListedMatch): ListedInfo {
  const { players, ...rest } = m.metadata;
  return { ...rest, matchID: m.id, players: Object.values(players).map(({ credentials: _secret, ...p }) => p) };
}

const cursorOf = (m: ListedMatch): string => `${m.createdAt}.${m.id}`;
function parseCursor(raw: string | undefined): ListCursor | undefined {
  if (raw === undefined) return undefined;
  const dot = raw.indexOf('.');
  return { createdAt: Number(raw.slice(0, dot)), id: raw.slice(dot + 1) };
}

/** Koa middleware for the list; mounted before the Lobby fence, which would pass it on to boardgame.io. */
export function matchListRoute(storage: MatchStorage, gameName: string): Koa.Middleware {
  // Only the canonical path: every other spelling koa-router would match is refused by the Lobby
  // fence behind this route (server/lobby/path.ts, docs/boardgameio.md §15).
  const path = `/games/${gameName}`;
  return async (ctx, next) => {
    if (ctx.path !== path || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const query = v.safeParse(ListQuery, { ...ctx.query });
    if (!query.success) {
      ctx.status = 400;
      const issue = query.issues[0];
      const key = issue.path?.[0]?.key;
      ctx.body = { error: `${typeof key === 'string' ? `${key}: ` : ''}${issue.message}` };
      return;
    }
    try {
      const rows = await storage.listOpen(gameName, MATCH_PAGE_SIZE + 1, parseCursor(query.output.cursor));
      const page = rows.slice(0, MATCH_PAGE_SIZE);
      const last = page[page.length - 1];
      const body: MatchPage<ListedInfo> = { matches: page.map(shown), next: rows.length > MATCH_PAGE_SIZE && last ? cursorOf(last) : null };
      ctx.body = body;
    } catch (err) {
      console.error('multipolar: listing matches', err);
      ctx.status = 500;
      ctx.body = { error: 'internal error' };
    }
  };
}

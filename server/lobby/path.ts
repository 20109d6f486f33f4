/**
 * Which Lobby route a request path is, decided the way boardgame.io's router
 * would reach it. koa-router matches case-insensitively, decodes its params
 * and takes a trailing slash (docs/boardgameio.md), so a fence that compared
 * the path literally could be walked round with `/GAMES/...`, `%6D`, `//` or
 * a trailing `/`. Here every path that lower-cased, percent-decoded and
 * slash-collapsed starts with `/games` is the Lobby's, and only the exact
 * canonical spellings are served; every other spelling is refused (404).
 */
import { MATCH_ID } from './codes';

export const VERBS = ['join', 'leave', 'playAgain', 'update', 'rename'] as const;
export type Verb = (typeof VERBS)[number];

export type LobbyRoute =
  | { readonly kind: 'games' }
  | { readonly kind: 'game'; readonly game: string }
  | { readonly kind: 'create'; readonly game: string }
  | { readonly kind: 'match'; readonly game: string; readonly matchID: string }
  | { readonly kind: 'action'; readonly game: string; readonly matchID: string; readonly verb: Verb }
  /** A Lobby path in a spelling boardgame.io might still serve: refused. */
  | { readonly kind: 'refused' };

/** Percent-decoded byte by byte (a malformed sequence stays as it is), lower-cased, slashes collapsed. */
export function canonicalPath(raw: string): string {
  let path = raw;
  // Decoding twice catches `%256D` should anything downstream decode again.
  for (let i = 0; i < 2; i++) path = path.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return path.toLowerCase().replace(/[/\\]+/g, '/');
}

export const isLobbyPath = (raw: string): boolean => canonicalPath(raw).startsWith('/games');

/**
 * The route of a raw request path (`ctx.path`, not decoded), or null when it is
 * not the Lobby's. `games` are the game names served, as boardgame.io spells them.
 */
export function lobbyRoute(raw: string, games: readonly string[]): LobbyRoute | null {
  if (!isLobbyPath(raw)) return null;
  const parts = raw.split('/');
  // Canonical: '' then 'games' then up to three plain segments, none empty.
  if (parts[0] !== '' || parts[1] !== 'games' || parts.length > 5 || parts.slice(2).some((p) => p === '')) return { kind: 'refused' };
  const [, , game, second, verb] = parts;
  if (game === undefined) return { kind: 'games' };
  if (!games.includes(game)) return { kind: 'refused' };
  if (second === undefined) return { kind: 'game', game };
  if (second === 'create') return verb === undefined ? { kind: 'create', game } : { kind: 'refused' };
  if (!MATCH_ID.test(second)) return { kind: 'refused' };
  if (verb === undefined) return { kind: 'match', game, matchID: second };
  const known = VERBS.find((v) => v === verb);
  return known ? { kind: 'action', game, matchID: second, verb: known } : { kind: 'refused' };
}

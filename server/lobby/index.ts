/**
 * The Lobby API as boardgame.io serves it, fenced: path spellings
 * (path.ts), bodies (body.ts, game/wire/lobby.ts), rate limits
 * (rate-limit.ts), routing and checks (routes.ts), and the server's own
 * seat data after each action (seating.ts).
 */
export { CODE_ALPHABET, CODE_LENGTH, MATCH_ID, credentials, matchCode } from './codes';
export { NAME_MAX } from '../../game/wire/names';
export { canonicalPath, isLobbyPath, lobbyRoute } from './path';
export type { LobbyRoute } from './path';
export { RateLimiter } from './rate-limit';
export type { HitCounter } from './rate-limit';
export { lobbyGuard } from './routes';
export type { LobbyHooks } from './routes';
export type { PlayerData, SeatChoice } from './seating';

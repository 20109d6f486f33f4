/**
 * The Lobby REST API (boardgame.io 0.50 routes) as the page uses it. Errors
 * come back as plain sentences a person can read: the server's own
 * `{ error }` message when it gives one.
 */
import type { BotLevel } from '../../game/bots';
import type { ScenarioId, Seat } from '../../game';
import type { MatchPage } from '../../game/wire/match-list';
import type { SeatData } from '../../game/wire/lobby';

export const GAME = 'multipolar';
/** Player names follow the one name policy the server applies too (game/wire/names.ts). */
export { NAME_MAX } from '../../game/wire/names';

export type SeatChoice = 'human' | BotLevel;

/** One seat as the Lobby API and the socket's matchData describe it. */
export interface PlayerMeta {
  readonly id: number;
  readonly name?: string;
  readonly isConnected?: boolean;
  readonly data?: SeatData | null;
}

export interface MatchInfo {
  readonly matchID: string;
  readonly players: readonly PlayerMeta[];
  readonly setupData?: { readonly scenario?: ScenarioId; readonly seats?: Partial<Record<Seat, SeatChoice>> };
  readonly gameover?: unknown;
  readonly nextMatchID?: string;
  readonly unlisted?: boolean;
  readonly createdAt?: number;
  readonly updatedAt?: number;
}

export interface CreateRequest {
  readonly scenario: ScenarioId;
  readonly seats: Readonly<Record<Seat, SeatChoice>>;
  readonly unlisted: boolean;
}

export interface Joined {
  readonly playerID: Seat;
  readonly credentials: string;
}

export class LobbyError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Plain words for a status when the server gave no sentence of its own. */
function fallback(status: number): string {
  if (status === 404) return 'No match with that code.';
  if (status === 409) return 'That seat has just been taken. Choose another.';
  if (status === 429) return 'Too many requests: wait a moment and try again.';
  if (status === 403) return 'This browser no longer holds that seat.';
  if (status >= 500) return 'The server had a problem. Try again in a moment.';
  return `The server refused the request (${status}).`;
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/games/${GAME}${path}`, body === undefined
      ? { headers: { accept: 'application/json' } }
      : { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new LobbyError(0, 'Cannot reach the server. Check your connection.');
  }
  const text = await res.text();
  if (!res.ok) {
    let message = '';
    try {
      const parsed = JSON.parse(text) as { error?: unknown };
      if (typeof parsed.error === 'string') message = parsed.error;
    } catch {
      // boardgame.io's own errors are plain text: "Player 1 not available" and the like.
    }
    throw new LobbyError(res.status, message || fallback(res.status));
  }
  return (text ? JSON.parse(text) : {}) as T;
}

const enc = encodeURIComponent;

/**
 * One page of the open public matches, newest first (the server pages them: MATCH_PAGE_SIZE
 * at a time); pass the previous page's `next` for the following one.
 */
export async function listMatches(cursor?: string): Promise<MatchPage<MatchInfo>> {
  const r = await call<Partial<MatchPage<MatchInfo>>>(cursor ? `?cursor=${enc(cursor)}` : '');
  return { matches: r.matches ?? [], next: typeof r.next === 'string' ? r.next : null };
}

export const getMatch = (matchID: string): Promise<MatchInfo> => call<MatchInfo>(`/${enc(matchID)}`);

export async function createMatch(req: CreateRequest): Promise<string> {
  const r = await call<{ matchID: string }>('/create', {
    numPlayers: 3,
    unlisted: req.unlisted,
    setupData: { scenario: req.scenario, seats: req.seats },
  });
  return r.matchID;
}

export async function joinMatch(matchID: string, playerName: string, playerID: Seat): Promise<Joined> {
  const r = await call<{ playerID: string; playerCredentials: string }>(`/${enc(matchID)}/join`, { playerName, playerID });
  return { playerID: r.playerID as Seat, credentials: r.playerCredentials };
}

export async function leaveMatch(matchID: string, seat: Joined): Promise<void> {
  await call(`/${enc(matchID)}/leave`, { playerID: seat.playerID, credentials: seat.credentials });
}

/** Start the next match from a finished one; everyone's page follows `nextMatchID`. */
export async function playAgain(matchID: string, seat: Joined, unlisted: boolean): Promise<string> {
  const r = await call<{ nextMatchID: string }>(`/${enc(matchID)}/playAgain`, { playerID: seat.playerID, credentials: seat.credentials, unlisted });
  return r.nextMatchID;
}

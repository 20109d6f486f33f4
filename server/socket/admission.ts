/**
 * Whether an incoming socket event may reach boardgame.io, decided before it
 * enters its match's queue: the message must parse with its schema
 * (game/wire/moves.ts), the match must exist and not be broken, and a seat
 * must show its own credentials (a spectator shows none and sees the public
 * view). What passes is the parsed copy, not what the client sent.
 */
import type { Server, StorageAPI } from 'boardgame.io';
import * as v from 'valibot';
import type { RefusalCode, SyncMessage, UpdateMessage } from '../../game/wire/moves';
import { SyncMessage as SyncSchema, UpdateMessage as UpdateSchema } from '../../game/wire/moves';
import { BROKEN_MESSAGE, BrokenMatch, brokenReason } from '../quarantine';
import { seatCredentialsMatch } from './credentials';

type Storage = StorageAPI.Sync | StorageAPI.Async;

/** Why an event was refused: a fixed word (a count in /healthz), never client input. */
export const REASONS = {
  'unknown-event': 'malformed',
  chat: 'malformed',
  'malformed-update': 'malformed',
  'malformed-sync': 'malformed',
  'no-such-match': 'match',
  'match-over': 'match',
  'another-seat': 'seat',
  'wrong-credentials': 'seat',
  'seat-not-taken': 'seat',
  'broken-match': 'broken',
  'over-budget': 'budget',
  'handler-failed': 'failed',
} as const satisfies Record<string, RefusalCode>;
export type RefusalReason = keyof typeof REASONS;

/** What the player is told, by code. */
export const MESSAGES: Readonly<Record<RefusalCode, string>> = {
  seat: 'The server did not accept you in this seat: its credentials do not match (or nobody has joined it). Join again from the lobby, or watch as a spectator.',
  broken: BROKEN_MESSAGE,
  match: 'There is no such match, or it is over.',
  budget: 'This page sent too many messages at once, so the server closed its connection. Reload the page to continue.',
  malformed: 'The server did not understand a message from this page.',
  failed: 'The server could not handle that request; it has been logged.',
  held: 'Your teacher has paused the game (or your table has not started): your move was not made. Wait for the signal to go on.',
};

export type Admission =
  | { readonly ok: true; readonly event: 'update'; readonly args: UpdateMessage }
  | { readonly ok: true; readonly event: 'sync'; readonly args: SyncMessage }
  | { readonly ok: false; readonly reason: RefusalReason; readonly matchID?: string };

const ABORT_EARLY = { abortEarly: true } as const;
const no = (reason: RefusalReason, matchID?: string): Admission => ({ ok: false, reason, ...(matchID ? { matchID } : {}) });

/**
 * The stored match for a decision: metadata, and the state when `state` (a sync shows it; a damaged
 * initial state is found by boardgame.io's own read, and answered from its handler).
 */
async function lookUp(db: Storage, matchID: string, state: boolean): Promise<{ metadata?: Server.MatchData } | RefusalReason> {
  try {
    const found = await db.fetch(matchID, { metadata: true, state });
    return found;
  } catch (err) {
    if (err instanceof BrokenMatch) return 'broken-match';
    throw err;
  }
}

export async function admit(db: Storage, event: unknown, args: readonly unknown[]): Promise<Admission> {
  if (event === 'update') {
    const parsed = v.safeParse(UpdateSchema, args, ABORT_EARLY);
    if (!parsed.success) return no('malformed-update');
    const [action, , matchID, seat] = parsed.output;
    // boardgame.io authenticates the playerID argument but moves for the action's (docs/boardgameio.md).
    if (action.payload.playerID !== seat) return no('another-seat', matchID);
    const found = await lookUp(db, matchID, false);
    if (typeof found === 'string') return no(found, matchID);
    const refused = seatRefusal(found.metadata, seat, action.payload.credentials);
    if (refused) return no(refused, matchID);
    // A match the server ended (abandoned by retention) is over for moves too, whatever its state says.
    return found.metadata?.gameover !== undefined ? no('match-over', matchID) : { ok: true, event, args: parsed.output };
  }
  if (event === 'sync') {
    const parsed = v.safeParse(SyncSchema, args, ABORT_EARLY);
    if (!parsed.success) return no('malformed-sync');
    const [matchID, seat, credentials] = parsed.output;
    // The state is read here too, so a damaged one is refused before the match's queue.
    const found = await lookUp(db, matchID, true);
    if (typeof found === 'string') return no(found, matchID);
    if (seat === null || seat === undefined) {
      const refused = matchRefusal(found.metadata);
      return refused ? no(refused, matchID) : { ok: true, event, args: parsed.output };
    }
    const refused = seatRefusal(found.metadata, seat, credentials);
    return refused ? no(refused, matchID) : { ok: true, event, args: parsed.output };
  }
  return no(event === 'chat' ? 'chat' : 'unknown-event');
}

function matchRefusal(metadata: Server.MatchData | undefined): RefusalReason | null {
  if (!metadata || typeof metadata !== 'object') return 'no-such-match';
  if (brokenReason(metadata)) return 'broken-match';
  if (typeof metadata.players !== 'object' || metadata.players === null) return 'broken-match';
  return null;
}

function seatRefusal(metadata: Server.MatchData | undefined, seat: string, credentials: string | null | undefined): RefusalReason | null {
  const refused = matchRefusal(metadata);
  if (refused || !metadata) return refused ?? 'no-such-match';
  const stored = Object.hasOwn(metadata.players, seat) ? metadata.players[Number(seat)]?.credentials : undefined;
  if (typeof stored !== 'string' || stored === '') return 'seat-not-taken';
  return seatCredentialsMatch(metadata, seat, credentials) ? null : 'wrong-credentials';
}

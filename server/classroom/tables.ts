/**
 * A classroom table is an ordinary boardgame.io match, created as the Lobby
 * creates one (boardgame.io's createMatch, a 6-character code as its id, bot
 * seats taken by bots with server-held credentials), so the online play
 * screen, the seat keeper and the socket guards serve it unchanged.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { Multipolar } from '../../game';
import type { MatchState } from '../../game';
import type { ScenarioId, Seat } from '../../game';
import { SEATS } from '../../game';
import type { PlayerData, SeatChoice } from '../lobby';
import { credentials, matchCode } from '../lobby';

type Storage = StorageAPI.Sync | StorageAPI.Async;
export type Frame = { readonly type: string; readonly args: readonly unknown[] };

/** The bot that fills a seat nobody takes. */
export const FILL_BOT = 'normal' as const;
const BOT_NAME = 'Normal bot';

export async function createTable(db: Storage, scenario: ScenarioId, people: readonly Seat[]): Promise<string> {
  const seats = Object.fromEntries(SEATS.map((s) => [s, people.includes(s) ? 'human' : FILL_BOT])) as Record<Seat, SeatChoice>;
  const match = createMatch({ game: Multipolar, numPlayers: 3, setupData: { scenario, seats }, unlisted: true });
  if ('setupDataError' in match) throw new Error(String(match.setupDataError));
  for (const seat of SEATS) if (seats[seat] !== 'human') botSeat(match.metadata.players[Number(seat)]!);
  for (let attempt = 0; ; attempt++) {
    const matchID = matchCode();
    const { metadata } = await db.fetch(matchID, { metadata: true });
    if (metadata && attempt < 20) continue;
    await db.createMatch(matchID, match);
    return matchID;
  }
}

/** A seat the server plays from now on. */
export function botSeat(p: Server.PlayerMetadata): void {
  p.name = BOT_NAME;
  p.credentials = credentials();
  p.data = { bot: FILL_BOT } satisfies PlayerData;
  delete p.isConnected;
}

/** A seat for a person: new credentials (any older ones stop working). */
export function personSeat(p: Server.PlayerMetadata, name: string): string {
  const secret = credentials();
  p.name = name;
  p.credentials = secret;
  delete p.data;
  delete p.isConnected;
  return secret;
}

export function emptySeat(p: Server.PlayerMetadata): void {
  delete p.name;
  delete p.credentials;
  delete p.data;
  delete p.isConnected;
}

/** The frame that tells every socket of a match who sits where (never the credentials). */
export const matchDataFrame = (matchID: string, metadata: Server.MatchData): Frame => ({
  type: 'matchData',
  args: [matchID, Object.values(metadata.players).map(({ credentials: _secret, ...p }) => p)],
});

/** The frame of a state written by the server (the transport filters it per seat). */
export const updateFrame = (matchID: string, state: State): Frame => ({ type: 'update', args: [matchID, state] });

export const matchStateOf = (state: State): MatchState => state.G as MatchState;

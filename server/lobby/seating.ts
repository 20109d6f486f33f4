/**
 * Server-owned seat data after a successful Lobby action: seats the creator
 * gave to bots are taken by them at once (with credentials only the server
 * holds), a player who leaves gets a stand-in, one who joins plays in person.
 */
import type { Server, StorageAPI } from 'boardgame.io';
import type { SeatChoice, SeatData } from '../../game/wire/lobby';
import { credentials } from './codes';

export type Storage = StorageAPI.Sync | StorageAPI.Async;
export type { SeatChoice };

export type PlayerData = SeatData;

/** A seat's record of its stand-in's moves, alone (what outlasts a person leaving or joining). */
const keptMoves = (data: unknown): PlayerData => {
  const moves = (data as PlayerData | undefined)?.standIns;
  return moves?.length ? { standIns: moves } : {};
};

/** A match's seats changed in a way the seat keeper must look at (bots seated, a player left). */
export type SeatsChanged = (matchID: string) => void;

export async function afterLobby(
  db: Storage,
  verb: string,
  matchID: string | null,
  body: Record<string, unknown>,
  response: unknown,
  seatsChanged: SeatsChanged,
): Promise<void> {
  const res = (response ?? {}) as { matchID?: unknown; nextMatchID?: unknown; playerID?: unknown };
  if (verb === 'create' && typeof res.matchID === 'string') await seatBots(db, res.matchID, seatsChanged);
  if (verb === 'playAgain' && typeof res.nextMatchID === 'string') await seatBots(db, res.nextMatchID, seatsChanged);
  if (verb === 'leave' && matchID) await updatePlayer(db, matchID, String(body.playerID), (p) => ({ ...p, data: { ...keptMoves(p.data), standIn: 'normal' } }), seatsChanged);
  if (verb === 'join' && matchID && typeof res.playerID === 'string') await updatePlayer(db, matchID, res.playerID, ({ data, ...p }) => (keptMoves(data).standIns ? { ...p, data: keptMoves(data) } : p), seatsChanged);
}

/** Give each seat the creator assigned to a bot to that bot, with credentials only the server holds. */
async function seatBots(db: Storage, matchID: string, seatsChanged: SeatsChanged): Promise<void> {
  const { metadata } = await db.fetch(matchID, { metadata: true });
  if (!metadata) return;
  const seats = ((metadata.setupData as { seats?: Record<string, SeatChoice> } | undefined)?.seats ?? {});
  let changed = false;
  for (const [seat, choice] of Object.entries(seats)) {
    const player = metadata.players[Number(seat)];
    if (!player || choice === 'human' || player.name) continue;
    player.name = `${choice[0]!.toUpperCase()}${choice.slice(1)} bot`;
    player.credentials = credentials();
    player.data = { bot: choice } satisfies PlayerData;
    changed = true;
  }
  if (changed) await db.setMetadata(matchID, metadata);
  seatsChanged(matchID);
}

async function updatePlayer(
  db: Storage,
  matchID: string,
  seat: string,
  f: (p: Server.PlayerMetadata) => Server.PlayerMetadata,
  seatsChanged: SeatsChanged,
): Promise<void> {
  const { metadata } = await db.fetch(matchID, { metadata: true });
  const player = metadata?.players[Number(seat)];
  if (!metadata || !player || metadata.gameover !== undefined) return;
  metadata.players[Number(seat)] = f(player);
  await db.setMetadata(matchID, metadata);
  seatsChanged(matchID);
}

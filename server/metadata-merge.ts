/**
 * Match metadata (seats, names, credentials, connection flags, updatedAt) is
 * one JSON value that boardgame.io reads, changes and writes back whole. When
 * several processes share storage, two such writes for one match (a player
 * joining on one process while a move or a socket connects on another) would
 * lose one change. So a write applies only what its writer changed since its
 * own read, onto the newest stored metadata: per top-level field, and per seat
 * and field for `players`.
 */
import type { Server } from 'boardgame.io';

type Json = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Apply the changes from `base` to `mine` onto `fresh`; returns the metadata to store. */
export function mergeMetadata(base: Server.MatchData, mine: Server.MatchData, fresh: Server.MatchData): Server.MatchData {
  const out = structuredClone(fresh) as unknown as Json;
  const b = base as unknown as Json;
  const m = mine as unknown as Json;
  for (const key of new Set([...Object.keys(b), ...Object.keys(m)])) {
    if (key === 'players' || same(b[key], m[key])) continue;
    if (m[key] === undefined) delete out[key];
    else out[key] = m[key];
  }
  const players = out.players as Record<string, Json>;
  const basePlayers = base.players as unknown as Record<string, Json>;
  for (const [seat, p] of Object.entries(mine.players as unknown as Record<string, Json>)) {
    const was = basePlayers[seat] ?? {};
    const into = (players[seat] ??= {});
    for (const key of new Set([...Object.keys(was), ...Object.keys(p)])) {
      if (same(was[key], p[key])) continue;
      if (p[key] === undefined) delete into[key];
      else into[key] = p[key];
    }
  }
  return out as unknown as Server.MatchData;
}

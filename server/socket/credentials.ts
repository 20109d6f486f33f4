/**
 * A seat's credentials, checked against the stored metadata: every seat needs
 * its own, always (boardgame.io 0.50.2 skips the check while no seat of a match
 * holds credentials, docs/boardgameio.md). A seat nobody has joined has none
 * and can only be watched. Compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Server } from 'boardgame.io';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Do `given` credentials open `seat` of this match? */
export function seatCredentialsMatch(metadata: Server.MatchData, seat: string, given: string | null | undefined): boolean {
  const players = metadata.players as unknown;
  if (typeof players !== 'object' || players === null || !Object.hasOwn(players, seat)) return false;
  const stored = (players as Record<string, { credentials?: unknown } | undefined>)[seat]?.credentials;
  if (typeof stored !== 'string' || stored === '' || typeof given !== 'string' || given === '') return false;
  // Equal-length digests: the comparison takes the same time whatever was sent.
  return timingSafeEqual(digest(stored), digest(given));
}

/** For boardgame.io's own checks (Server's `authenticateCredentials`): the same rule. */
export function authenticateCredentials(credentials: unknown, player: Server.PlayerMetadata | undefined): boolean {
  const stored = player?.credentials;
  if (typeof stored !== 'string' || stored === '' || typeof credentials !== 'string' || credentials === '') return false;
  return timingSafeEqual(digest(stored), digest(credentials));
}

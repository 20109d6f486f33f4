/**
 * Outgoing `sync` frames. boardgame.io 0.50.2 sends the match's initial state
 * unfiltered, with the random plugin's seed (every shuffle predictable), and
 * its whole action log (docs/boardgameio.md): the initial state is passed
 * through the seat's view, the seed and the log are left out.
 */
import type { State } from 'boardgame.io';
import type { MatchState } from '../../game';
import { viewFor } from '../../game';

/** A sync frame as a seat may receive it: the initial state seen through its view, no plugin secrets. */
export function redactSync(args: readonly unknown[], playerID: string | null | undefined): unknown[] {
  const [matchID, info, ...rest] = args as [unknown, { initialState?: State } | undefined, ...unknown[]];
  const initial = info?.initialState;
  if (!initial) return [...args];
  const { random: _seed, ...plugins } = initial.plugins ?? {};
  const initialState = { ...initial, G: viewFor(initial.G as MatchState, playerID), plugins };
  // boardgame.io's action log grows with every move and the client never reads
  // it (the rules keep their own log in G): a resync stays small.
  return [matchID, { ...info, initialState, log: [] }, ...rest];
}

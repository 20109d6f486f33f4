/**
 * What a seat may see (boardgame.io `playerView`): its own hand, only the
 * sizes of the others, never the order of either pile. Spectators see no hand.
 */
import type { MatchState, MatchView } from './state';
import type { Power } from './types';
import { POWERS, powerOf } from './types';

/** Log entries a view carries: a few rounds' worth, enough for the scrolling log. */
export const LOG_IN_VIEW = 60;

export function viewFor(G: MatchState, seat: string | null | undefined): MatchView {
  const me = seat == null ? undefined : powerOf(seat);
  const { hands, deck, eventDeck, log, ...open } = G;
  const logStart = Math.max(0, log.length - LOG_IN_VIEW);
  const handSizes = Object.fromEntries(POWERS.map((p) => [p, hands[p].length])) as Record<Power, number>;
  return {
    ...open,
    log: logStart ? log.slice(logStart) : log,
    logStart,
    hands: me ? { [me]: [...hands[me]] } : {},
    handSizes,
    deckSize: deck.length,
    eventDeckSize: eventDeck.length,
  };
}

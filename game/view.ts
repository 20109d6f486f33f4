/**
 * What a seat may see (boardgame.io `playerView`): its own hand, only the
 * sizes of the others, never the order of either pile. Spectators see no hand.
 */
import type { MatchState, MatchView } from './state';
import type { Power } from './types';
import { POWERS, powerOf } from './types';

export function viewFor(G: MatchState, seat: string | null | undefined): MatchView {
  const me = seat == null ? undefined : powerOf(seat);
  const { hands, deck, eventDeck, ...open } = G;
  const handSizes = Object.fromEntries(POWERS.map((p) => [p, hands[p].length])) as Record<Power, number>;
  return {
    ...open,
    hands: me ? { [me]: [...hands[me]] } : {},
    handSizes,
    deckSize: deck.length,
    eventDeckSize: eventDeck.length,
  };
}

/** Dealing, drawing and discarding cards; drawing world events. */
import { card, CARDS, cardYear, worldEvent, WORLD_EVENTS } from '../content';
import type { CardId, EventId } from '../content/types';
import type { MatchState } from '../state';
import { POWERS } from '../types';
import { applyEffects } from './effects';
import { log } from './log';
import type { Rng } from './rng';

export const HAND_SIZE = 5;

/** Cards in play for a scenario: one-time events dated before its start have already happened. */
export function scenarioDeck(startYear: number): CardId[] {
  return CARDS.filter((c) => !(c.once && (cardYear(c) ?? startYear) < startYear)).map((c) => c.id);
}

/** The opening deal: shuffle both piles and fill every hand. */
export function deal(s: MatchState, rng: Rng): void {
  s.deck = rng.shuffle(scenarioDeck(s.startYear));
  s.eventDeck = rng.shuffle(WORLD_EVENTS.map((e) => e.id));
  refillHands(s, rng);
}

function drawCard(s: MatchState, rng: Rng): CardId | undefined {
  if (s.deck.length === 0 && s.discard.length > 0) {
    s.deck = rng.shuffle(s.discard);
    s.discard = [];
  }
  return s.deck.pop();
}

export function refillHands(s: MatchState, rng: Rng): void {
  for (const p of POWERS) {
    const hand = s.hands[p];
    while (hand.length < HAND_SIZE) {
      const c = drawCard(s, rng);
      if (!c) break;
      hand.push(c);
    }
  }
}

/** A played card goes to the discard pile, or leaves the game after a one-time event. */
export function discardPlayed(s: MatchState, id: CardId, forEvent: boolean): void {
  if (forEvent && card(id).once) s.removed.push(id);
  else s.discard.push(id);
}

/** Draw and resolve the round's world event (docs/design.md §4, step 1). */
export function drawWorldEvent(s: MatchState, rng: Rng): void {
  let id: EventId | undefined = s.pushedEvents.shift();
  if (!id) {
    if (s.eventDeck.length === 0) s.eventDeck = rng.shuffle(WORLD_EVENTS.map((e) => e.id));
    id = s.eventDeck.pop();
  }
  if (id) resolveWorldEvent(s, id);
}

/** The round's world event resolves for everyone (also how a forecast tries each possible draw). */
export function resolveWorldEvent(s: MatchState, id: EventId): void {
  const e = worldEvent(id);
  s.currentEvent = id;
  log(s, null, `World event — ${e.title}: ${e.text}`, e.cite, true);
  applyEffects(s, e.effects, { self: null, culprit: null, cause: `“${e.title}”` });
}

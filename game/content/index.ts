/** Lookup tables over the content. */
import { CARDS } from './cards';
import { WORLD_EVENTS } from './events';
import type { CardId, EventId, StrategyCard, WorldEvent } from './types';

export { CARDS, WORLD_EVENTS };
export type * from './types';

const cardIndex = new Map<CardId, StrategyCard>(CARDS.map((c) => [c.id, c]));
const eventIndex = new Map<EventId, WorldEvent>(WORLD_EVENTS.map((e) => [e.id, e]));

export function card(id: CardId): StrategyCard {
  const c = cardIndex.get(id);
  if (!c) throw new Error(`unknown card ${id}`);
  return c;
}
export function worldEvent(id: EventId): WorldEvent {
  const e = eventIndex.get(id);
  if (!e) throw new Error(`unknown world event ${id}`);
  return e;
}
export const isCardId = (x: unknown): x is CardId => typeof x === 'string' && cardIndex.has(x as CardId);

/** The year a card depicts, when it depicts a dated event. */
export function cardYear(c: StrategyCard): number | null {
  return c.year ?? null;
}

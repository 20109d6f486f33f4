import { CARDS } from '../../game/content';
import type { StrategyCard } from '../../game/content/types';

/** The first card matching `pred` (tests pick cards by property, not by id). */
export function findCard(pred: (c: StrategyCard) => boolean, what = 'a matching card'): StrategyCard {
  const c = CARDS.find(pred);
  if (!c) throw new Error(`the deck has no ${what}`);
  return c;
}

/** A bot seat that decides asynchronously (BotTurns awaits it): Hard or Expert, thinking in a worker. */
import type { Action, MatchView, Power } from '../../game';
import { makePageBot } from '../../game/bots';
import type { Bot, BotLevel, DecisionTrace } from '../../game/bots';

export interface Decision {
  readonly action: Action;
  readonly trace: DecisionTrace | null;
}

export interface Thinker {
  think(view: MatchView, power: Power, legal: readonly Action[]): Promise<Decision>;
  stop(): void;
}

export const isThinker = (b: Bot | Thinker): b is Thinker => typeof (b as Partial<Thinker>).think === 'function';

/**
 * A Hard or Expert seat whose code (searchThinker.ts and its worker) loads when the seat first
 * thinks, off the board's first load.
 */
export function lazySearch(level: 'hard' | 'expert', seed: string): Thinker {
  const made = import('./searchThinker').then((m) => m.searchThinker(level, seed));
  return {
    think: (view, power, legal) => made.then((t) => t.think(view, power, legal)),
    stop: () => void made.then((t) => t.stop(), (e: unknown) => console.warn('multipolar: bot thinker', e)),
  };
}

/** A seat's bot on this device: Easy and Normal decide on the page, Hard and Expert in a worker. */
export function pageBot(level: BotLevel, seed: string): Bot | Thinker {
  return level === 'hard' || level === 'expert' ? lazySearch(level, seed) : makePageBot(level, seed);
}

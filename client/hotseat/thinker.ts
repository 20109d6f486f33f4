/** A bot seat that decides asynchronously (BotTurns awaits it): Expert, thinking in a worker. */
import type { Action, MatchView, Power } from '../../game';
import { makeQuickBot } from '../../game/bots';
import type { Bot, DecisionTrace } from '../../game/bots';

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
 * An Expert seat whose code (expertThinker.ts and its worker) loads when the seat is made, off the
 * board's first load. Where workers fail, Hard stands in on the page: a second's search there
 * would stall the page.
 */
export function lazyExpert(seed: string): Thinker {
  const made = import('./expertThinker').then((m) => m.expertThinker(seed, makeQuickBot));
  return {
    think: (view, power, legal) => made.then((t) => t.think(view, power, legal)),
    stop: () => void made.then((t) => t.stop(), (e: unknown) => console.warn('multipolar: expert', e)),
  };
}

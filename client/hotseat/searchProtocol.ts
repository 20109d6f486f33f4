/** What the page and the searching bots' worker (searchWorker.ts) say to each other. */
import type { Action, MatchView, Power } from '../../game';
import type { DecisionTrace } from '../../game/bots';

/** The levels that search: they think in a worker, off the page's thread. */
export type SearchLevel = 'hard' | 'expert';

export interface SearchRequest {
  readonly id: number;
  readonly level: SearchLevel;
  /** The bot's seed: one bot per seed lives in the worker, so its guesses go on where they left off. */
  readonly seed: string;
  readonly budgetMs: number;
  readonly view: MatchView;
  readonly power: Power;
  readonly legal: readonly Action[];
}

export type SearchReply =
  | { readonly id: number; readonly action: Action; readonly trace: DecisionTrace | null }
  | { readonly id: number; readonly error: string };

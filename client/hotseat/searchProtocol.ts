/** What the page and Expert's worker (expertWorker.ts) say to each other. */
import type { Action, MatchView, Power } from '../../game';
import type { DecisionTrace } from '../../game/bots';

export interface ExpertRequest {
  readonly id: number;
  /** The bot's seed: one Expert per seed lives in the worker, so its guesses go on where they left off. */
  readonly seed: string;
  readonly budgetMs: number;
  readonly view: MatchView;
  readonly power: Power;
  readonly legal: readonly Action[];
}

export type ExpertReply =
  | { readonly id: number; readonly action: Action; readonly trace: DecisionTrace | null }
  | { readonly id: number; readonly error: string };

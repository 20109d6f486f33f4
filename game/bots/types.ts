/** What every bot level offers: a decision from its own seat's view only. */
import type { Action } from '../rules/actions';
import type { MatchView } from '../state';
import type { MatchState } from '../state';
import type { Power } from '../types';
import type { Judgement } from './evaluate';

export const BOT_LEVELS = ['easy', 'normal', 'hard', 'expert'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

export interface Bot {
  readonly level: BotLevel;
  /** Choose one of `legal` (never empty) from `view`, the bot's own seat's view. */
  readonly decide: (view: MatchView, power: Power, legal: readonly Action[]) => Action;
  /**
   * What its last decision weighed, kept (not copied) for `explain` (reasons.ts), which turns it
   * into words only when asked: bots nobody watches (the simulator, the balance runs) pay
   * nothing, and the words load only where they are shown. Null when it had no choice.
   */
  readonly trace: () => DecisionTrace | null;
}

/**
 * A decision's evidence: the states the chosen action and the runner-up led to (Normal: one each,
 * after its one-ply look-ahead; Hard and Expert: the end of each playout), or, for Easy, which ranks nothing,
 * the pick itself.
 */
export type DecisionTrace =
  | {
    readonly kind: 'compared';
    readonly power: Power;
    readonly chosen: readonly MatchState[];
    readonly next: readonly MatchState[];
    /** The judgement the states were weighed by: the terms that separated them are its terms. */
    readonly judgement: Judgement;
  }
  | { readonly kind: 'picked'; readonly power: Power; readonly view: MatchView; readonly chosen: Action; readonly legal: readonly Action[] };

/** What every bot level offers: a decision from its own seat's view only. */
import type { Action } from '../rules/actions';
import type { MatchView } from '../state';
import type { Power } from '../types';
import type { Reason } from './reasons';

export const BOT_LEVELS = ['easy', 'normal', 'hard'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

export interface Bot {
  readonly level: BotLevel;
  /** Choose one of `legal` (never empty) from `view`, the bot's own seat's view. */
  readonly decide: (view: MatchView, power: Power, legal: readonly Action[]) => Action;
  /**
   * Why its last decision (reasons.ts): worked out only when asked, so bots that nobody
   * watches (the simulator, the balance runs) pay nothing for it. Empty when it had no choice.
   */
  readonly explain: () => readonly Reason[];
}

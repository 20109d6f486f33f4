/** What every bot level offers: a decision from its own seat's view only. */
import type { Action } from '../rules/actions';
import type { MatchView } from '../state';
import type { Power } from '../types';

export const BOT_LEVELS = ['easy', 'normal', 'hard'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

export interface Bot {
  readonly level: BotLevel;
  /** Choose one of `legal` (never empty) from `view`, the bot's own seat's view. */
  readonly decide: (view: MatchView, power: Power, legal: readonly Action[]) => Action;
}

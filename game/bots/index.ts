/** Bots at four levels, all deciding from their own seat's view only. */
import { legalActions } from '../rules/actions';
import type { Action } from '../rules/actions';
import type { MatchView } from '../state';
import type { Power } from '../types';
import { easyBot } from './easy';
import { expertBot } from './expert';
import type { ExpertOptions } from './expert';
import type { Judgement } from './evaluate';
import { hardBot } from './hard';
import type { HardOptions } from './hard';
import { normalBot } from './normal';
import type { Bot, BotLevel } from './types';

export { BOT_LEVELS } from './types';
export type { Bot, BotLevel, DecisionTrace } from './types';
export type { ExpertOptions } from './expert';
export { EXPERT_MAX_PLAYOUTS, EXPERT_MS, EXPERT_PLAYOUTS, expertBot } from './expert';
export { BEST_JUDGEMENT, JUDGEMENT_TERMS, judgementFor, STANDARD } from './evaluate';
export type { Judgement, JudgementTerms } from './evaluate';
export { hardBot } from './hard';
export { makePageBot } from './page';

/**
 * What a bot plays for `power` from its own seat's view: its choice among the legal actions, or
 * null when it has none. Hot-seat (client/hotseat) and the server's seats (server/seat-keeper.ts)
 * both drive their bots through this.
 */
export function nextBotAction(bot: Bot, view: MatchView, power: Power): Action | null {
  const legal = legalActions(view, power);
  return legal.length > 0 ? bot.decide(view, power, legal) : null;
}

/** A bot of `level`; `judgement`, when given, replaces how it weighs a position (Easy weighs nothing). */
export function makeBot(level: BotLevel, seed: string | number, hard?: HardOptions, expert?: ExpertOptions, judgement?: Judgement): Bot {
  switch (level) {
    case 'easy': return easyBot(seed);
    case 'normal': return normalBot(seed, judgement);
    case 'hard': return hardBot(seed, judgement ? { ...hard, judgement } : hard);
    case 'expert': return expertBot(seed, judgement ? { ...expert, judgement } : expert);
  }
}


/** A Chooser (game/sim/match.ts) that plays each power with its own bot. */
export function botChooser(levels: Readonly<Record<Power, BotLevel>>, seed: string | number, hard?: HardOptions, expert?: ExpertOptions, judgement: Readonly<Partial<Record<Power, Judgement>>> = {}) {
  const bots = {
    us: makeBot(levels.us, `${seed}:us`, hard, expert, judgement.us),
    china: makeBot(levels.china, `${seed}:china`, hard, expert, judgement.china),
    russia: makeBot(levels.russia, `${seed}:russia`, hard, expert, judgement.russia),
  };
  return {
    us: bots.us.decide,
    china: bots.china.decide,
    russia: bots.russia.decide,
  };
}

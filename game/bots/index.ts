/** Bots at three levels, all deciding from their own seat's view only. */
import type { Power } from '../types';
import { easyBot } from './easy';
import { hardBot } from './hard';
import type { HardOptions } from './hard';
import { normalBot } from './normal';
import type { Bot, BotLevel } from './types';

export { BOT_LEVELS } from './types';
export type { Bot, BotLevel } from './types';

export function makeBot(level: BotLevel, seed: string | number, hard?: HardOptions): Bot {
  switch (level) {
    case 'easy': return easyBot(seed);
    case 'normal': return normalBot(seed);
    case 'hard': return hardBot(seed, hard);
  }
}

/** A Chooser (game/sim/match.ts) that plays each power with its own bot. */
export function botChooser(levels: Readonly<Record<Power, BotLevel>>, seed: string | number, hard?: HardOptions) {
  const bots = {
    us: makeBot(levels.us, `${seed}:us`, hard),
    china: makeBot(levels.china, `${seed}:china`, hard),
    russia: makeBot(levels.russia, `${seed}:russia`, hard),
  };
  return {
    us: bots.us.decide,
    china: bots.china.decide,
    russia: bots.russia.decide,
  };
}

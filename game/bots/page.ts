/**
 * The bots a page runs on its own thread: Easy and Normal decide in a few ms. Hard and Expert
 * search for a fifth of a second and a second, so the browser runs them in a worker
 * (client/hotseat/searchThinker.ts); this module keeps their code off the board's first load.
 */
import { easyBot } from './easy';
import { normalBot } from './normal';
import type { Bot } from './types';

export function makePageBot(level: 'easy' | 'normal', seed: string | number): Bot {
  return level === 'easy' ? easyBot(seed) : normalBot(seed);
}

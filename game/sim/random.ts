/** The simplest player: uniformly random legal play, seeded. */
import type { Chooser } from './match';
import { prng } from './prng';

export function randomChooser(seed: string | number): Chooser {
  const r = prng(seed);
  return (_view, _power, legal) => r.pick(legal);
}

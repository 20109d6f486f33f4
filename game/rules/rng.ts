/**
 * The randomness the rules need. In a match it is boardgame.io's random
 * plugin (seeded, reproducible); tests may pass any implementation.
 */
export interface Rng {
  shuffle<T>(items: readonly T[]): T[];
}

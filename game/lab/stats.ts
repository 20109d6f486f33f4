/**
 * The statistics the lab's verdict rests on, pure and small enough to check
 * by hand (tests/lab.test.ts does, against textbook values):
 *  - Wilson score intervals for a rate, which stay inside 0–1 and keep a
 *    sensible width at 0 % and 100 %, where the normal approximation fails;
 *  - McNemar's test for two strategies played on the same seeds (game i
 *    under A against game i under B), exact binomial when the discordant
 *    games are few;
 *  - Holm's step-down correction across the declared comparisons.
 */

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** The significance level after correction. */
export const ALPHA = 0.05;

/** Below this many discordant games McNemar's test is exact (binomial), at or above it χ². */
export const EXACT_BELOW = 25;

export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** Wilson score interval for x successes in n trials (Wilson 1927; Newcombe 1998, method 3). */
export function wilson(x: number, n: number, z = Z95): Interval {
  if (n <= 0) return { lo: 0, hi: 1 };
  const p = x / n;
  const z2 = z * z;
  const den = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / den;
  const half = (z / den) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** ln C(n, k), by summing logs (n is at most a few thousand games here). */
function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}

/** Two-sided exact binomial p for k of n under p = ½: twice the smaller tail, at most 1. */
export function binomialTwoSided(k: number, n: number): number {
  if (n === 0) return 1;
  const m = Math.min(k, n - k);
  let tail = 0;
  for (let i = 0; i <= m; i++) tail += Math.exp(logChoose(n, i) - n * Math.LN2);
  return Math.min(1, 2 * tail);
}

/**
 * erfc(x) for x ≥ 0, fractional error below 1.2e-7 (the Chebyshev fit of
 * Numerical Recipes, §6.2) — ample for a p-value read to two figures.
 */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
    + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return y;
}

/** Upper tail of χ² with one degree of freedom. */
export function chiSquare1Tail(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

export interface McNemar {
  /** Games where only A reached the outcome, and where only B did. */
  readonly onlyA: number;
  readonly onlyB: number;
  readonly method: 'exact' | 'chi2';
  /** χ² (no continuity correction) when method is chi2. */
  readonly statistic: number | null;
  readonly p: number;
}

/**
 * McNemar's test from the discordant pairs: exact binomial below
 * EXACT_BELOW discordant games, otherwise χ² = (b − c)² / (b + c), 1 df.
 */
export function mcnemar(onlyA: number, onlyB: number): McNemar {
  const n = onlyA + onlyB;
  if (n < EXACT_BELOW) return { onlyA, onlyB, method: 'exact', statistic: null, p: binomialTwoSided(onlyA, n) };
  const statistic = (onlyA - onlyB) ** 2 / n;
  return { onlyA, onlyB, method: 'chi2', statistic, p: chiSquare1Tail(statistic) };
}

/** McNemar's test on paired outcomes: a[i] and b[i] are game i under each strategy. */
export function pairedTest(a: readonly boolean[], b: readonly boolean[]): McNemar {
  if (a.length !== b.length) throw new Error('paired outcomes need the same games under both strategies');
  let onlyA = 0;
  let onlyB = 0;
  a.forEach((x, i) => {
    if (x && !b[i]) onlyA += 1;
    else if (!x && b[i]) onlyB += 1;
  });
  return mcnemar(onlyA, onlyB);
}

/**
 * Holm's step-down adjusted p-values (Holm 1979), in the order given:
 * the i-th smallest is multiplied by (m − i + 1), kept monotone, capped at 1.
 * A test is significant when its adjusted p is below ALPHA.
 */
export function holm(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p || x.i - y.i);
  const out = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    out[i] = running;
  });
  return out;
}

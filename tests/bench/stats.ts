/** Small statistics helpers for the benchmark scripts. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))));
  return s[i] as number;
}
export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
export const fmt = (n: number, digits = 2): string => n.toFixed(digits);

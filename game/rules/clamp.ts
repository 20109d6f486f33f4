export const clamp = (lo: number, hi: number, v: number): number => Math.max(lo, Math.min(hi, v));

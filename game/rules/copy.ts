/**
 * A plain, mutable copy of the state for one move to write on. The log,
 * history and crisis records are append-only, so their entries are shared
 * and only the arrays are copied; everything else is small and copied deep.
 */
import type { MatchState } from '../state';

function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as T;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k in v) out[k] = deepCopy((v as Record<string, unknown>)[k]);
    return out as T;
  }
  return v;
}

export function workingCopy(s: MatchState): MatchState {
  const { log, history, crises, ...rest } = s;
  return { ...deepCopy(rest), log: [...log], history: [...history], crises: [...crises] };
}

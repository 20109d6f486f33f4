/**
 * A plain, mutable copy of the state for one move to write on. The log,
 * history and crisis records are append-only and shared as they are (frozen):
 * `append` copies one only when a move adds to it. Everything else is small
 * and copied deep. Arrays are copied by spreading, not `slice()`: the states
 * boardgame.io hands over are frozen, and V8 slices a frozen array some fifty
 * times slower (1.7 µs for 18 cards against 0.04).
 */
import type { MatchState } from '../state';
import type { Power, RegionId } from '../types';
import { REGIONS } from '../types';

type AppendOnly = 'log' | 'history' | 'crises';
const APPEND_ONLY: readonly AppendOnly[] = ['log', 'history', 'crises'];

function deepCopy<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = [...v];
    for (let i = 0; i < out.length; i++) if (out[i] !== null && typeof out[i] === 'object') out[i] = deepCopy(out[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    out[k] = x !== null && typeof x === 'object' ? deepCopy(x) : x;
  }
  return out as T;
}

/**
 * Field by field rather than by a generic walk: the bots copy the state once
 * per candidate move, thousands of times a game. tests/lab.test.ts checks that
 * the copy shares no object but the append-only lists, so a field added to
 * MatchState without a line here fails a test instead of leaking writes.
 */
export function workingCopy(s: MatchState): MatchState {
  // The copy shares the append-only lists: freeze them first, so that `append`
  // on either side copies before writing. A list a previous move copied is
  // unfrozen, and sharing it as it is let every look-ahead from one state push
  // its log lines and crises onto the lists of the state and its siblings.
  for (const key of APPEND_ONLY) if (!Object.isFrozen(s[key])) Object.freeze(s[key]);
  const influence = {} as Record<RegionId, Record<Power, number>>;
  for (const r of REGIONS) influence[r] = { ...s.influence[r] };
  const { hands, forces, prestigeBySource: by } = s;
  return {
    ...s,
    step: deepCopy(s.step),
    tracks: { ...s.tracks },
    hostility: { ...s.hostility },
    accommodated: { ...s.accommodated },
    flags: { ...s.flags },
    theaterTension: { ...s.theaterTension },
    crisisTrigger: { ...s.crisisTrigger },
    influence,
    forces: { china: { ...forces.china }, russia: { ...forces.russia } },
    prestige: { ...s.prestige },
    prestigeBySource: { us: { ...by.us }, china: { ...by.china }, russia: { ...by.russia } },
    techMilestones: [...s.techMilestones],
    crisesStarted: { ...s.crisesStarted },
    hands: { us: [...hands.us], china: [...hands.china], russia: [...hands.russia] },
    deck: [...s.deck],
    discard: [...s.discard],
    removed: [...s.removed],
    eventDeck: [...s.eventDeck],
    pushedEvents: [...s.pushedEvents],
    outcome: deepCopy(s.outcome),
  };
}

/** Add a record to one of the append-only lists, copying it first if it is still shared. */
export function append<K extends AppendOnly>(s: MatchState, key: K, entry: MatchState[K][number]): void {
  if (Object.isFrozen(s[key])) (s as Record<AppendOnly, unknown[]>)[key] = [...s[key]];
  (s[key] as MatchState[K][number][]).push(entry);
}

/**
 * Freeze a state made by `workingCopy` once a move is done with it. Immer
 * (inside boardgame.io) skips frozen values when it finalises a move's
 * result, so freezing here, with a walk that stops at already-frozen shared
 * entries, is far cheaper than letting immer walk and freeze it.
 */
export function freezeDeep<T>(v: T): T {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return v;
  Object.freeze(v);
  if (Array.isArray(v)) {
    // Arrays of records (log, history, crises) only grow at the end: walk
    // back from it and stop at the first entry an earlier move froze.
    for (let i = v.length - 1; i >= 0; i--) {
      const x: unknown = v[i];
      if (x !== null && typeof x === 'object') {
        if (Object.isFrozen(x)) break;
        freezeDeep(x);
      }
    }
  } else {
    for (const k in v) freezeDeep((v as Record<string, unknown>)[k]);
  }
  return v;
}

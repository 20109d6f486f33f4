/**
 * A plain, mutable copy of the state for one move to write on. The log,
 * history and crisis records are append-only and shared as they are (frozen):
 * `append` copies one only when a move adds to it. The step and the outcome are
 * readonly values a move replaces, never edits, so they are shared too (frozen,
 * so a write in place would throw). Everything else is small and copied deep.
 * Arrays are copied by spreading, not `slice()`: the states boardgame.io hands
 * over are frozen, and V8 slices a frozen array some fifty times slower (1.7 µs
 * for 18 cards against 0.04).
 */
import type { MatchState } from '../state';
import type { Power, RegionId } from '../types';
import { REGIONS } from '../types';

type AppendOnly = 'log' | 'history' | 'crises';
const APPEND_ONLY: readonly AppendOnly[] = ['log', 'history', 'crises'];

const perPower = (x: Readonly<Record<Power, number>>): Record<Power, number> => ({ us: x.us, china: x.china, russia: x.russia });

/**
 * Field by field rather than by a generic walk: the bots copy the state once
 * per candidate move, millions of times a game of Hard bots. A field added to
 * MatchState without a line here does not compile, and tests/lab.test.ts checks
 * that the copy shares no object but the append-only lists and the frozen step.
 */
export function workingCopy(s: MatchState): MatchState {
  // The copy shares the append-only lists: freeze them first, so that `append`
  // on either side copies before writing. A list a previous move copied is
  // unfrozen, and sharing it as it is let every look-ahead from one state push
  // its log lines and crises onto the lists of the state and its siblings.
  for (const key of APPEND_ONLY) if (!Object.isFrozen(s[key])) Object.freeze(s[key]);
  freezeDeep(s.step);
  freezeDeep(s.outcome);
  const influence = {} as Record<RegionId, Record<Power, number>>;
  for (const r of REGIONS) influence[r] = perPower(s.influence[r]);
  const { tracks: t, hands, forces, prestigeBySource: by } = s;
  // Every field by name, no spreads of fixed records: states reach here in several shapes
  // (boardgame.io's, the bots' guesses), and V8 spreads mixed shapes slowly (2.8 µs a copy
  // with `...s` and the step copied deep, 1.2 now; docs/performance.md).
  return {
    scenario: s.scenario,
    round: s.round,
    lastRound: s.lastRound,
    startYear: s.startYear,
    step: s.step,
    tracks: { economic: t.economic, technological: t.technological, political: t.political, military: t.military },
    treaty: s.treaty,
    hostility: { china: s.hostility.china, russia: s.hostility.russia },
    focus: s.focus,
    dependency: s.dependency,
    standing: s.standing,
    chinaTech: s.chinaTech,
    exportControls: s.exportControls,
    accommodated: { china: s.accommodated.china, russia: s.accommodated.russia },
    flags: { ...s.flags },
    globalTension: s.globalTension,
    theaterTension: { pacific: s.theaterTension.pacific, europe: s.theaterTension.europe },
    crisisTrigger: { pacific: s.crisisTrigger.pacific, europe: s.crisisTrigger.europe },
    influence,
    forces: {
      china: { pacific: forces.china.pacific, europe: forces.china.europe },
      russia: { pacific: forces.russia.pacific, europe: forces.russia.europe },
    },
    usPool: s.usPool,
    prestige: perPower(s.prestige),
    prestigeBySource: { us: { ...by.us }, china: { ...by.china }, russia: { ...by.russia } },
    techMilestones: [...s.techMilestones],
    crisesStarted: perPower(s.crisesStarted),
    tieOrder: s.tieOrder, // frozen, replaced by the deal and never edited
    crises: s.crises,
    hands: { us: [...hands.us], china: [...hands.china], russia: [...hands.russia] },
    deck: [...s.deck],
    discard: [...s.discard],
    removed: [...s.removed],
    eventDeck: [...s.eventDeck],
    currentEvent: s.currentEvent,
    pushedEvents: [...s.pushedEvents],
    log: s.log,
    history: s.history,
    outcome: s.outcome,
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

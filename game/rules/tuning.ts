/**
 * The rules' tunable numbers in one table (docs/lab.md, "Tuning"). The rules read them through
 * `tuning()`; the game always plays with DEFAULT_TUNING. Only the tuning tool (server/cli/tune.ts)
 * and tests swap in another table, for the length of a run (`withTuning`), so one command can
 * judge a design change over many seeds and scenarios.
 */

export interface TuningEntry {
  readonly value: number;
  /** What the number does, for `npm run tune -- --help` and the docs. */
  readonly what: string;
}

const ENTRIES = {
  // The threat (docs/design.md §8).
  hostileAt: { value: 3, what: 'threat toward a partner at which it counts as threatened; both threatened = driven together (P16)' },
  focusThreat: { value: 1, what: 'threat the Eye of Sauron adds to the partner it rests on (P5)' },
  hostilityEase: { value: 1, what: 'US hostility toward each partner eases by this much at every round’s end: a threat fades unless renewed (P16)' },
  crisisHostility: { value: 1, what: 'a crisis raises US hostility toward the partner it was fought with (P13)' },
  controlsThreat: { value: 1, what: 'threat toward China while US export controls are in force (P9)' },
  drivenStepBonus: { value: 1, what: 'extra track gain of an accepted step while driven together (P16)' },
  drivenDrift: { value: 0, what: 'the weakest track rises by this much at a round’s end while driven together' },
  calmDecay: { value: 3, what: 'at a round’s end the highest track falls by this much for each partner not threatened (P4, P16)' },
  // What cooperation pays (docs/design.md §8).
  cooperationPrestige: { value: 0, what: 'prestige to the proposer of an accepted step' },
  cooperationNeedsThreat: { value: 1, what: '1: cooperation (a step’s proposer, a cooperation card’s prestige) pays a partner only while it is threatened; 0: always' },
  alliancePrestige: { value: 1, what: 'prestige to each partner a round from De facto up' },
  allianceNeedsThreat: { value: 1, what: '1: a partner scores the alliance only while it is threatened; 0: always' },
  calmPrestige: { value: 1, what: 'prestige to each partner a round it is not threatened: relations with Washington still manageable (P4)' },
  chinaCaution: { value: 1, what: 'prestige China loses for an accepted step while it is not threatened: Beijing’s caution (P4)' },
  // Scoring.
  leveragePrestige: { value: 0, what: 'China’s prestige each round Russia is resentful (P14)' },
  tech3Prestige: { value: 3, what: 'China’s prestige for reaching technology level 3 (P9)' },
  tech5Prestige: { value: 4, what: 'China’s prestige for reaching technology level 5 (P9)' },
  tech6Prestige: { value: 4, what: 'China’s prestige for technological self-reliance, level 6: the answer to the Western blockade (P9)' },
  standingMargin: { value: 0, what: 'how far Standing must exceed Dependency for Russia’s Standing prestige (P14)' },
  standingPrestige: { value: 1, what: 'Russia’s prestige each round its Standing is far enough above its Dependency' },
  noTreatyPrestige: { value: 1, what: 'the US’s prestige each round the treaty is unsigned (P12)' },
  noTreatyFrom: { value: 0, what: 'the lowest rung at which the US scores for no treaty: 0 always, 1 from Quasi-alliance, 2 from De facto (the treaty within reach)' },
  apartPrestige: { value: 0, what: 'the US’s prestige each round the partners are not driven together (P16)' },
  wedgePrestige: { value: 0, what: 'the US’s prestige for fostering distrust that works (P16)' },
  accommodationCut: { value: 3, what: 'hostility cut by a durable accommodation (P16)' },
  accommodationPrestige: { value: 0, what: 'the US’s prestige for a durable accommodation (P16)' },
  accommodatedPrestige: { value: 0, what: 'prestige to the partner the US reaches a durable accommodation with: recognised as a great power, not a defeated adversary (P2, P16)' },
  crisisWinPrestige: { value: 2, what: 'prestige for winning a crisis' },
  crisisLossPrestige: { value: 1, what: 'prestige lost with a crisis' },
  usCrisisWear: { value: 2, what: 'US forces each crisis wears from the global pool, won or lost (P13)' },
  challengerCrisisWear: { value: 1, what: 'forces each crisis wears from the challenger in the theater, won or lost (P13)' },
  bargainPrestige: { value: 2, what: 'prestige to each partner for the spheres bargain (P11)' },
  treatyPrestige: { value: 3, what: 'prestige to each partner for signing the treaty (P12)' },
  // The bots' judgement of the threat (game/bots/evaluate.ts).
  usDrivenPenalty: { value: 1.5, what: 'how much worse the US bots judge a state where the partners are driven together' },
  usThreatPenalty: { value: 0, what: 'how much worse the US bots judge a state for each partner it threatens' },
  maxStep: { value: 2, what: 'the most an accepted step raises its track' },
} as const satisfies Record<string, TuningEntry>;

export type TuningKey = keyof typeof ENTRIES;
export type Tuning = Readonly<Record<TuningKey, number>>;

export const TUNING_KEYS = Object.keys(ENTRIES) as TuningKey[];
export const TUNING_HELP: Readonly<Record<TuningKey, string>> = Object.freeze(
  Object.fromEntries(TUNING_KEYS.map((k) => [k, ENTRIES[k].what])) as Record<TuningKey, string>,
);
/** The numbers the game plays with. */
export const DEFAULT_TUNING: Tuning = Object.freeze(
  Object.fromEntries(TUNING_KEYS.map((k) => [k, ENTRIES[k].value])) as Record<TuningKey, number>,
);

export const isTuningKey = (k: string): k is TuningKey => Object.hasOwn(ENTRIES, k);

let current: Tuning = DEFAULT_TUNING;

/** The table the rules read now: DEFAULT_TUNING except inside `withTuning`. */
export const tuning = (): Tuning => current;

/** The defaults with some numbers replaced (unknown keys are refused). */
export function tuned(overrides: Readonly<Partial<Record<string, number>>>): Tuning {
  const out: Record<TuningKey, number> = { ...DEFAULT_TUNING };
  for (const [k, v] of Object.entries(overrides)) {
    if (!isTuningKey(k)) throw new Error(`unknown tuning key "${k}"`);
    if (v === undefined || !Number.isFinite(v)) throw new Error(`tuning key "${k}" needs a finite number`);
    out[k] = v;
  }
  return Object.freeze(out);
}

/** Run `fn` with the rules reading `table`, then put the previous table back. */
export function withTuning<T>(table: Tuning, fn: () => T): T {
  const before = current;
  current = table;
  try {
    return fn();
  } finally {
    current = before;
  }
}

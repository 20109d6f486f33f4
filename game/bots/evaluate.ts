/**
 * How good a state looks to one power, from its victory conditions
 * (docs/design.md §4 scoring): prestige now, the prestige its position will earn
 * in the rounds left, and the risks it runs — above all the Brink.
 */
import { BOARD, CHALLENGER, FLASHPOINT, MAX_INFLUENCE } from '../board';
import { alignment, alignmentRank, drivenTogether, regionController, resentful, threatened } from '../rules/derived';
import { earnsStanding, regionScore, scoresNoTreaty } from '../rules/round';
import { alliancePays } from '../rules/threat-pay';
import { tuning } from '../rules/tuning';
import { CRISIS_THRESHOLD } from '../rules/tension';
import type { RulesState } from '../state';
import type { Power, RegionId, Theater } from '../types';
import { POWERS, REGIONS } from '../types';

export const WIN = 1000;

type Controllers = readonly (Power | null)[];

/** What each region is worth to each power, in REGIONS order (the board never changes: looked up, not worked out, on the hot path). */
const WORTH: Readonly<Record<Power, readonly number[]>> = {
  us: REGIONS.map((r) => regionScore('us', r)),
  china: REGIONS.map((r) => regionScore('china', r)),
  russia: REGIONS.map((r) => regionScore('russia', r)),
};

/** Who controls each region, in REGIONS order: worked out once per evaluation. */
const controllers = (s: RulesState): Controllers => REGIONS.map((r) => regionController(s, r));

function income(s: RulesState, ctrl: Controllers, rank: number, p: Power): number {
  let n = 0;
  const worth = WORTH[p];
  for (let i = 0; i < REGIONS.length; i++) if (ctrl[i] === p) n += worth[i] as number;
  const t = tuning();
  if (p === 'us') n += scoresNoTreaty(rank) ? t.noTreatyPrestige : 0;
  else n += rank >= 2 && alliancePays(s, p) ? t.alliancePrestige : 0;
  if (p !== 'us' && !threatened(s, p)) n += t.calmPrestige;
  if (p === 'russia' && earnsStanding(s)) n += t.standingPrestige;
  if (p === 'china' && resentful(s)) n += t.leveragePrestige;
  return n;
}

/** Prestige a power will collect per round from the position as it stands. */
export function incomePerRound(s: RulesState, p: Power): number {
  return income(s, controllers(s), alignmentRank(alignment(s)), p);
}

/** Progress toward controlling the regions a power values (0–1 each). */
function reach(s: RulesState, ctrl: Controllers, p: Power): number {
  let n = 0;
  const worths = WORTH[p];
  for (let i = 0; i < REGIONS.length; i++) {
    const r = REGIONS[i] as RegionId;
    const worth = worths[i] as number;
    if (!worth || ctrl[i] === p) continue;
    const row = s.influence[r];
    const rival = p === 'us' ? Math.max(row.china, row.russia) : p === 'china' ? Math.max(row.us, row.russia) : Math.max(row.us, row.china);
    const need = rival + BOARD[r].stability;
    n += worth * Math.min(1, row[p] / Math.min(MAX_INFLUENCE, need));
  }
  return n;
}

/**
 * The weights of a judgement: how much the position's income and reach count beside prestige
 * in hand, how much the rival ahead counts against it, and the two partners' own concerns.
 */
export const JUDGEMENT_TERMS = ['income', 'reach', 'rival', 'standing', 'tech'] as const;
export type Judgement = Readonly<Record<(typeof JUDGEMENT_TERMS)[number], number>>;

/**
 * The weights China and Russia play by at every level, and the ones every bot's playouts model
 * the other powers with: changing them changes every bot's games.
 */
export const STANDARD: Judgement = { income: 0.8, reach: 0.6, rival: 1, standing: 0.3, tech: 0.3 };

/**
 * The judgement each power plays by at every level (Normal, Hard, Expert) and hints rank by: the
 * one it wins most by, as measured (docs/decisions/expert-judgement.md,
 * docs/decisions/partners-judgement.md). The US gains by building its own position rather than by
 * pulling the leader down; against that US, China and Russia gain by leaving their own concerns
 * (technology, the Standing margin) to the income they bring. The rules are balanced against these
 * judgements (docs/decisions/us-judgement-everywhere.md, docs/decisions/partners-judgement.md).
 */
export const BEST_JUDGEMENT: Readonly<Record<Power, Judgement>> = {
  us: { ...STANDARD, rival: 0.35, income: 0.65, reach: 0.3 },
  china: { ...STANDARD, tech: 0 },
  russia: { ...STANDARD, standing: 0 },
};

/** Some terms of a judgement, to replace those of a level's own (a measurement's --judgement). */
export type JudgementTerms = Readonly<Partial<Judgement>>;

/** The judgement a bot plays `power` by, with `terms` replacing some of its weights (every level the same). */
export function judgementFor(power: Power, terms: JudgementTerms = {}): Judgement {
  return { ...BEST_JUDGEMENT[power], ...terms };
}

/** Prestige now, what the position will earn in the rounds left, and progress toward more. */
function outlook(s: RulesState, ctrl: Controllers, rank: number, roundsLeft: number, q: Power, w: Judgement): number {
  return s.prestige[q] + income(s, ctrl, rank, q) * roundsLeft * w.income + reach(s, ctrl, q) * w.reach;
}

/**
 * The named terms of an evaluation (terms.ts gives each its words and paragraph). A term that
 * concerns one theater carries it, so the two theaters' crises are told apart.
 */
export type TermId =
  | 'outcome' | 'prestige' | 'income' | 'reach' | 'rival'
  | 'crisis-start' | 'crisis-edge' | 'crisis-blame'
  | 'driven-together' | 'threatened' | 'standing' | 'tech';

export interface Term {
  readonly id: TermId;
  readonly theater?: Theater;
  readonly value: number;
  /** For 'rival': the rival whose outlook it is (the one ahead of the others). */
  readonly rival?: Power;
}

/**
 * Told each term as it is added. Null on the bots' hot path, where nothing is told; the terms,
 * added in the order they are told starting from 0, give exactly the evaluation (each is added
 * as the total was always built: a subtraction is the addition of its negation, exactly).
 */
type Sink = ((id: TermId, value: number, theater?: Theater, rival?: Power) => void) | null;

function score(s: RulesState, p: Power, sink: Sink, w: Judgement): number {
  const o = s.outcome;
  if (o) {
    const end = o.kind === 'brink' && o.loser === p ? -WIN : o.winner === p ? WIN : -WIN / 2;
    sink?.('outcome', end);
    return end;
  }
  const roundsLeft = s.lastRound - s.round + 1;
  const ctrl = controllers(s);
  const rank = alignmentRank(alignment(s));
  let best = -Infinity;
  let leader: Power = p;
  for (const q of POWERS) {
    if (q === p) continue;
    const o = outlook(s, ctrl, rank, roundsLeft, q, w);
    if (o > best) { best = o; leader = q; }
  }
  let v: number;
  if (sink) {
    // outlook() spelled out term by term, added in the same order: the same number.
    const now = s.prestige[p];
    const later = income(s, ctrl, rank, p) * roundsLeft * w.income;
    const toward = reach(s, ctrl, p) * w.reach;
    const rival = -best * w.rival;
    sink('prestige', now);
    sink('income', later);
    sink('reach', toward);
    sink('rival', rival, undefined, leader);
    v = now + later + toward + rival;
  } else v = outlook(s, ctrl, rank, roundsLeft, p, w) - best * w.rival;
  // The Brink: crises resolve Pacific first, each adding 1 to global tension;
  // the one this power started must not be the one that reaches 5.
  let projected = s.globalTension;
  for (const t of ['pacific', 'europe'] as const) {
    if (s.theaterTension[t] < CRISIS_THRESHOLD) continue;
    projected += 1;
    if (s.crisisTrigger[t] === p) {
      const cost = projected >= 5 ? WIN / 2 : projected === 4 ? 6 : 2;
      sink?.('crisis-start', -cost, t);
      v -= cost;
    }
  }
  for (const t of ['pacific', 'europe'] as const) {
    // Crises a power can win are worth courting; ones it would lose are not.
    if (s.theaterTension[t] >= CRISIS_THRESHOLD - 1) {
      const fp = FLASHPOINT[t];
      const ch = CHALLENGER[t];
      const edge = s.usPool + s.influence[fp].us - (s.forces[ch][t] + s.influence[fp][ch]);
      if (p === 'us') {
        sink?.('crisis-edge', Math.sign(edge), t);
        v += Math.sign(edge);
      }
      if (p === ch) {
        sink?.('crisis-edge', -Math.sign(edge), t);
        v -= Math.sign(edge);
      }
      // A partner that pushed the other's theater into crisis answers for the loss.
      else if (p !== 'us' && s.crisisTrigger[t] === p && edge > 0) {
        sink?.('crisis-blame', -1, t);
        v -= 1;
      }
    }
  }
  if (p === 'us') {
    const t = tuning();
    if (drivenTogether(s)) {
      sink?.('driven-together', -t.usDrivenPenalty);
      v -= t.usDrivenPenalty;
    }
    if (t.usThreatPenalty) {
      const cost = t.usThreatPenalty * ((threatened(s, 'china') ? 1 : 0) + (threatened(s, 'russia') ? 1 : 0));
      sink?.('threatened', -cost);
      v -= cost;
    }
  }
  if (p === 'russia') {
    const margin = (s.standing - s.dependency) * w.standing;
    sink?.('standing', margin);
    v += margin;
  }
  if (p === 'china') {
    const tech = s.chinaTech * w.tech;
    sink?.('tech', tech);
    v += tech;
  }
  return v;
}

/** How good `s` looks to `p`: the bots' judgement, called millions of times a game. */
export function evaluate(s: RulesState, p: Power, w: Judgement = STANDARD): number {
  return score(s, p, null, w);
}

/** The same evaluation as its named terms, in the order they add up to `total` (=== evaluate(s, p)). */
export function evaluateTerms(s: RulesState, p: Power, w: Judgement = STANDARD): { readonly total: number; readonly terms: readonly Term[] } {
  const terms: Term[] = [];
  const total = score(s, p, (id, value, theater, rival) => {
    terms.push({ id, value, ...(theater ? { theater } : {}), ...(rival ? { rival } : {}) });
  }, w);
  return { total, terms };
}

/**
 * The bots' evaluation exactly as it was before it was split into named terms
 * (game/bots/evaluate.ts): the reference its terms must add up to, for every state.
 */
import { BOARD, CHALLENGER, FLASHPOINT, MAX_INFLUENCE } from '../../game/board';
import { alignment, alignmentRank, drivenTogether, regionController, resentful, threatened } from '../../game/rules/derived';
import { earnsStanding, regionScore } from '../../game/rules/round';
import { alliancePays } from '../../game/rules/threat-pay';
import { tuning } from '../../game/rules/tuning';
import { CRISIS_THRESHOLD } from '../../game/rules/tension';
import type { RulesState } from '../../game/state';
import type { Power, RegionId } from '../../game/types';
import { POWERS, REGIONS } from '../../game/types';

export const WIN = 1000;

type Controllers = readonly (Power | null)[];

/** Who controls each region, in REGIONS order: worked out once per evaluation. */
const controllers = (s: RulesState): Controllers => REGIONS.map((r) => regionController(s, r));

function income(s: RulesState, ctrl: Controllers, rank: number, p: Power): number {
  let n = 0;
  for (let i = 0; i < REGIONS.length; i++) if (ctrl[i] === p) n += regionScore(p, REGIONS[i] as RegionId);
  const t = tuning();
  if (p === 'us') n += rank < 3 ? t.noTreatyPrestige : 0;
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
  for (let i = 0; i < REGIONS.length; i++) {
    const r = REGIONS[i] as RegionId;
    const worth = regionScore(p, r);
    if (!worth || ctrl[i] === p) continue;
    const row = s.influence[r];
    const rival = p === 'us' ? Math.max(row.china, row.russia) : p === 'china' ? Math.max(row.us, row.russia) : Math.max(row.us, row.china);
    const need = rival + BOARD[r].stability;
    n += worth * Math.min(1, row[p] / Math.min(MAX_INFLUENCE, need));
  }
  return n;
}

/** Prestige now, what the position will earn in the rounds left, and progress toward more. */
function outlook(s: RulesState, ctrl: Controllers, rank: number, roundsLeft: number, q: Power): number {
  return s.prestige[q] + income(s, ctrl, rank, q) * roundsLeft * 0.8 + reach(s, ctrl, q) * 0.6;
}

export function evaluate(s: RulesState, p: Power): number {
  const o = s.outcome;
  if (o) {
    if (o.kind === 'brink' && o.loser === p) return -WIN;
    return o.winner === p ? WIN : -WIN / 2;
  }
  const roundsLeft = s.lastRound - s.round + 1;
  const ctrl = controllers(s);
  const rank = alignmentRank(alignment(s));
  const mine = outlook(s, ctrl, rank, roundsLeft, p);
  let best = -Infinity;
  for (const q of POWERS) if (q !== p) best = Math.max(best, outlook(s, ctrl, rank, roundsLeft, q));
  let v = mine - best;
  // The Brink: crises resolve Pacific first, each adding 1 to global tension;
  // the one this power started must not be the one that reaches 5.
  let projected = s.globalTension;
  for (const t of ['pacific', 'europe'] as const) {
    if (s.theaterTension[t] < CRISIS_THRESHOLD) continue;
    projected += 1;
    if (s.crisisTrigger[t] === p) v -= projected >= 5 ? WIN / 2 : projected === 4 ? 6 : 2;
  }
  for (const t of ['pacific', 'europe'] as const) {
    // Crises a power can win are worth courting; ones it would lose are not.
    if (s.theaterTension[t] >= CRISIS_THRESHOLD - 1) {
      const fp = FLASHPOINT[t];
      const ch = CHALLENGER[t];
      const edge = s.usPool + s.influence[fp].us - (s.forces[ch][t] + s.influence[fp][ch]);
      if (p === 'us') v += Math.sign(edge);
      if (p === ch) v -= Math.sign(edge);
      // A partner that pushed the other's theater into crisis answers for the loss.
      else if (p !== 'us' && s.crisisTrigger[t] === p && edge > 0) v -= 1;
    }
  }
  if (p === 'us') {
    const t = tuning();
    if (drivenTogether(s)) v -= t.usDrivenPenalty;
    if (t.usThreatPenalty) v -= t.usThreatPenalty * ((threatened(s, 'china') ? 1 : 0) + (threatened(s, 'russia') ? 1 : 0));
  }
  if (p === 'russia') v += (s.standing - s.dependency) * 0.3;
  if (p === 'china') v += s.chinaTech * 0.3;
  return v;
}

/** Aggregate many match results into the simulator's report. */
import type { Alignment, Power, PrestigeSource, RegionId, ScenarioId } from '../types';
import { ALIGNMENTS, POWERS, PRESTIGE_SOURCES, REGIONS } from '../types';
import type { MatchResult } from './match';

export interface SimulationReport {
  games: number;
  scenario: ScenarioId;
  seed: string;
  wins: Record<Power, number>;
  brink: number;
  rounds: { mean: number };
  alignmentAtEnd: Record<Alignment, number>;
  crises: { pacific: number; europe: number; twoFront: number };
  /** Average prestige per game by power and source: where a power's wins come from. */
  prestigeBySource: Record<Power, Partial<Record<PrestigeSource, number>>>;
  /**
   * Round ends a game each region was held, by power (the rounds its regions scored): with the
   * board's worth of a region to its holder, they add up to `prestigeBySource[p].regions`.
   */
  regionsHeld: Record<RegionId, Partial<Record<Power, number>>>;
  /** Games by the round the treaty was signed in ("6": 120, …); the last round's count shows a late grab. */
  treatyRound: Record<string, number>;
  /**
   * Games by each power's final lead over its best rival ("-1": one point short; "0": level, settled by
   * the tie-break; the ends gather ±8 and beyond). Brink endings are left out. How close games are
   * says what a rule worth one point would do: prestige is whole, so it flips the "-1" and "0" games.
   */
  margin: Record<Power, Record<string, number>>;
  /** Victories settled by a tie-break, by winner and by which tie-break settled them (fewer crises started, or lot). */
  tieBreaks: Record<Power, { crises: number; lot: number }>;
  invalidMoves: number;
  errors: number;
  msPerGame: number;
}

/** The round whose end first found the De jure alliance, if the treaty was signed. */
function treatySignedIn(r: MatchResult): number | undefined {
  const signed = r.final.history.find((h) => h.alignment === 'dejure');
  if (signed) return signed.round;
  // A game that ends at the Brink has no record for its last round.
  return r.alignment === 'dejure' ? r.final.round : undefined;
}

/** Leads beyond this many points are counted with it: the tails say little about a one-point rule. */
const MARGIN_CLIP = 8;

function margins(results: readonly MatchResult[]): SimulationReport['margin'] {
  const out = Object.fromEntries(POWERS.map((p) => [p, {}])) as SimulationReport['margin'];
  for (const r of results) {
    if (!r.outcome || r.outcome.kind === 'brink') continue;
    const prestige = r.final.prestige;
    for (const p of POWERS) {
      const rival = Math.max(...POWERS.filter((q) => q !== p).map((q) => prestige[q]));
      const key = String(Math.max(-MARGIN_CLIP, Math.min(MARGIN_CLIP, prestige[p] - rival)));
      out[p][key] = (out[p][key] ?? 0) + 1;
    }
  }
  return out;
}

function averageSources(results: readonly MatchResult[]): SimulationReport['prestigeBySource'] {
  const n = results.length || 1;
  const out = Object.fromEntries(POWERS.map((p) => [p, {}])) as SimulationReport['prestigeBySource'];
  for (const p of POWERS) {
    for (const source of PRESTIGE_SOURCES) {
      let total = 0;
      for (const r of results) total += r.final.prestigeBySource[p][source] ?? 0;
      if (total !== 0) out[p][source] = Number((total / n).toFixed(2));
    }
  }
  return out;
}

function averageHeld(results: readonly MatchResult[]): SimulationReport['regionsHeld'] {
  const n = results.length || 1;
  const count = Object.fromEntries(REGIONS.map((r) => [r, {}])) as Record<RegionId, Partial<Record<Power, number>>>;
  for (const r of results) {
    for (const row of r.final.history) {
      for (const [region, p] of Object.entries(row.held ?? {}) as [RegionId, Power][]) count[region][p] = (count[region][p] ?? 0) + 1;
    }
  }
  for (const region of REGIONS) for (const p of POWERS) if (count[region][p] !== undefined) count[region][p] = Number((count[region][p] / n).toFixed(3));
  return count;
}

export function summarise(results: readonly MatchResult[], scenario: ScenarioId, seed: string, ms: number): SimulationReport {
  const wins = Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<Power, number>;
  const alignmentAtEnd = Object.fromEntries(ALIGNMENTS.map((a) => [a, 0])) as Record<Alignment, number>;
  const crises = { pacific: 0, europe: 0, twoFront: 0 };
  let brink = 0;
  let rounds = 0;
  let invalidMoves = 0;
  let errors = 0;
  const treatyRound: Record<string, number> = {};
  const tieBreaks = Object.fromEntries(POWERS.map((p) => [p, { crises: 0, lot: 0 }])) as SimulationReport['tieBreaks'];
  for (const r of results) {
    if (r.outcome?.kind === 'victory' && r.outcome.tieBreak && r.outcome.tieBreak !== 'order') tieBreaks[r.outcome.winner][r.outcome.tieBreak] += 1;
    const signed = treatySignedIn(r);
    if (signed !== undefined) treatyRound[signed] = (treatyRound[signed] ?? 0) + 1;
    if (r.error) errors += 1;
    invalidMoves += r.invalidMoves;
    rounds += r.rounds;
    alignmentAtEnd[r.alignment] += 1;
    if (r.outcome) wins[r.outcome.winner] += 1;
    if (r.outcome?.kind === 'brink') brink += 1;
    for (const c of r.crises) {
      crises[c.theater] += 1;
      if (c.twoFront && c.theater === 'pacific') crises.twoFront += 1;
    }
  }
  const n = results.length || 1;
  return {
    games: results.length,
    scenario,
    seed,
    wins,
    brink,
    rounds: { mean: Number((rounds / n).toFixed(2)) },
    alignmentAtEnd: {
      partnership: alignmentAtEnd.partnership,
      quasi: alignmentAtEnd.quasi,
      defacto: alignmentAtEnd.defacto,
      dejure: alignmentAtEnd.dejure,
    },
    crises,
    prestigeBySource: averageSources(results),
    regionsHeld: averageHeld(results),
    treatyRound,
    margin: margins(results),
    tieBreaks,
    invalidMoves,
    errors,
    msPerGame: Number((ms / n).toFixed(3)),
  };
}

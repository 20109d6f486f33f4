/** Aggregate many match results into the simulator's report. */
import type { Alignment, Power, ScenarioId } from '../types';
import { ALIGNMENTS, POWERS } from '../types';
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
  invalidMoves: number;
  errors: number;
  msPerGame: number;
}

export function summarise(results: readonly MatchResult[], scenario: ScenarioId, seed: string, ms: number): SimulationReport {
  const wins = Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<Power, number>;
  const alignmentAtEnd = Object.fromEntries(ALIGNMENTS.map((a) => [a, 0])) as Record<Alignment, number>;
  const crises = { pacific: 0, europe: 0, twoFront: 0 };
  let brink = 0;
  let rounds = 0;
  let invalidMoves = 0;
  let errors = 0;
  for (const r of results) {
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
    invalidMoves,
    errors,
    msPerGame: Number((ms / n).toFixed(3)),
  };
}

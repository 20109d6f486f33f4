/**
 * The thesis lab: many bot games under a chosen US strategy, aggregated into
 * the figures that test P16. `runLab` is pure and synchronous; the browser
 * splits the same games across Web Workers with `playLabGame` and
 * `summariseLab`, and gets the same answer.
 */
import { SCENARIOS } from '../scenarios';
import type { GameRow, LabConfig } from './play';
import { playLabGame } from './play';
import type { LabSummary } from './summary';
import { summariseLab } from './summary';

export { STRATEGIES, STRATEGY, isStrategyId } from './strategies';
export type { Strategy, StrategyId } from './strategies';
export { playLabGame, gameSeed, US_MOVES, LEVELS_ABOVE } from './play';
export type { GameRow, LabConfig, UsMove, LevelAbove } from './play';
export { summariseLab } from './summary';
export type { LabSummary, LevelFigures } from './summary';
export { p16Verdict } from './verdict';
export type { Verdict, Claim, ClaimStatus } from './verdict';
export { toCsv } from './csv';

export interface LabOptions extends LabConfig {
  readonly games: number;
}

export interface LabResult {
  readonly summary: LabSummary;
  readonly rows: readonly GameRow[];
}

/** Summarise rows (any order) of one run. */
export function labSummary(cfg: LabConfig, rows: readonly GameRow[]): LabSummary {
  const sorted = [...rows].sort((a, b) => a.game - b.game);
  const { scenario, strategy, levels, seed } = cfg;
  return summariseLab(sorted, { scenario, strategy, levels, seed }, SCENARIOS[scenario].rounds);
}

export function runLab(opts: LabOptions): LabResult {
  const rows = Array.from({ length: opts.games }, (_, i) => playLabGame(opts, i).row);
  return { summary: labSummary(opts, rows), rows };
}

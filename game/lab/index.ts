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
import type { LabRun } from './verdict';

export { STRATEGIES, STRATEGY, isStrategyId } from './strategies';
export type { Strategy, StrategyId } from './strategies';
export { playLabGame, labSeats, gameSeed, US_MOVES, LEVELS_ABOVE } from './play';
export type { GameRow, LabConfig, UsMove, LevelAbove } from './play';
export { summariseLab } from './summary';
export type { LabSummary, LevelFigures } from './summary';
export { p16Verdict, DECLARED, LEVEL_NAME, TESTED_LEVELS, pText } from './verdict';
export type { Verdict, Comparison, Declared, LabRun, TestedLevel } from './verdict';
export { wilson, mcnemar, pairedTest, holm, binomialTwoSided, chiSquare1Tail, ALPHA, EXACT_BELOW } from './stats';
export type { Interval, McNemar } from './stats';
export { MECHANISM } from './mechanism';
export type { MechanismRule } from './mechanism';
export { toCsv } from './csv';

export interface LabOptions extends LabConfig {
  readonly games: number;
}

/** One strategy's run (verdict.ts pairs runs game by game). */
export type LabResult = LabRun;

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
export { figuresOf, pctCi, playJob, settingName, settingsOf } from './tune';
export type { RunFigures, Setting, Share, TuneJob, TuneRow } from './tune';
export { DEFAULT_TUNING, isTuningKey, tuned, tuning, TUNING_HELP, TUNING_KEYS, withTuning } from '../rules/tuning';
export type { Tuning, TuningKey } from '../rules/tuning';
export { HARD_PLAYOUTS } from '../bots/hard';
export { EXPERT_PLAYOUTS } from '../bots/expert';

/**
 * The thesis lab from a position: N games from one state of a replay under a
 * US strategy, with the lab's own strategies, steering, figures and paired
 * verdict (game/lab): the lab's seats and row, played on from the state with
 * `playOn` instead of from the deal; game i of every
 * strategy shares its seed, so runs pair game by game as in the lab.
 */
import type { BotLevel } from '../bots';
import type { GameRow, LabConfig } from '../lab';
import { gameSeed, labSeats, labSummary, p16Verdict } from '../lab';
import type { LabRun, StrategyId, Verdict } from '../lab';
import type { MatchState } from '../state';
import type { Power } from '../types';
import { playOn } from './playOn';

/** One game of a lab run from `from`: the lab's seats and row (game/lab/play.ts), played on from the state. */
export function playLabGameFrom(from: MatchState, cfg: LabConfig, i: number): GameRow {
  const seed = gameSeed(cfg.seed, i);
  const seats = labSeats(cfg, seed);
  const r = playOn(from, { choose: seats.choose, seed, reshuffle: true, observe: seats.observe });
  return seats.row(i, r.final, r.error);
}

export interface LabFromOptions {
  readonly strategies: readonly StrategyId[];
  readonly games: number;
  readonly levels: Readonly<Record<Power, BotLevel>>;
  readonly seed: string;
}

/** The config of one strategy's run from a position (the scenario is the state's). */
export const labFromConfig = (from: MatchState, o: LabFromOptions, strategy: StrategyId): LabConfig =>
  ({ scenario: from.scenario, strategy, levels: o.levels, seed: o.seed });

/** Runs (summary and rows) from rows played anywhere, and the lab's verdict on them. */
export function compareFrom(from: MatchState, o: LabFromOptions, rows: readonly (readonly GameRow[])[]): { runs: LabRun[]; verdict: Verdict } {
  const runs = o.strategies.map((s, k) => ({ summary: labSummary(labFromConfig(from, o, s), rows[k] ?? []), rows: [...(rows[k] ?? [])].sort((a, b) => a.game - b.game) }));
  return { runs, verdict: p16Verdict(runs) };
}

/** Everything in one thread (tests, Node): every strategy's games, then the comparison. */
export function runLabFrom(from: MatchState, o: LabFromOptions): { runs: LabRun[]; verdict: Verdict } {
  const rows = o.strategies.map((s) => Array.from({ length: o.games }, (_, i) => playLabGameFrom(from, labFromConfig(from, o, s), i)));
  return compareFrom(from, o, rows);
}

/** Aggregate a lab run's game rows into the figures the lab plots. */
import type { BotLevel } from '../bots';
import type { Power, ScenarioId } from '../types';
import { POWERS } from '../types';
import type { GameRow, LevelAbove, UsMove } from './play';
import { LEVELS_ABOVE, US_MOVES } from './play';
import type { StrategyId } from './strategies';

export interface LevelFigures {
  /** Games in which the level was reached at some point. */
  readonly games: number;
  readonly rate: number;
  /** Mean round it was first reached in, over the games that reached it (null: none did). */
  readonly meanRound: number | null;
  /** Share of games that had reached it by the end of round r (index r − 1). */
  readonly byRound: readonly number[];
}

export interface LabSummary {
  readonly scenario: ScenarioId;
  readonly strategy: StrategyId;
  readonly levels: Readonly<Record<Power, BotLevel>>;
  readonly seed: string;
  readonly games: number;
  readonly wins: Readonly<Record<Power, number>>;
  readonly winRate: Readonly<Record<Power, number>>;
  readonly alignment: Readonly<Record<LevelAbove, LevelFigures>>;
  readonly tension: {
    /** Mean over games of each game's mean global tension. */
    readonly mean: number;
    /** Mean over games of each game's peak. */
    readonly meanPeak: number;
    readonly max: number;
    readonly brink: number;
    readonly brinkRate: number;
    /** Games ended at the Brink, by the power that pushed the world there (and so lost). */
    readonly brinkBy: Readonly<Record<Power, number>>;
  };
  /** Games in which crises erupted in both theaters at once (the two-front war the US cannot fight, P13). */
  readonly twoFront: { readonly games: number; readonly rate: number };
  /** Mean US card plays per game, by what they did. */
  readonly usMoves: Readonly<Record<UsMove, number>>;
  /** Games where the US reached a durable accommodation with anyone. */
  readonly accommodatedRate: number;
  readonly errors: number;
}

/** Rounded so the same games print the same figures everywhere. */
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function summariseLab(
  rows: readonly GameRow[],
  cfg: { scenario: ScenarioId; strategy: StrategyId; levels: Readonly<Record<Power, BotLevel>>; seed: string },
  lastRound: number,
): LabSummary {
  const n = rows.length || 1;
  const wins = Object.fromEntries(POWERS.map((p) => [p, rows.filter((r) => r.winner === p).length])) as Record<Power, number>;
  const level = (l: LevelAbove): LevelFigures => {
    const rounds = rows.map((r) => r.reached[l]).filter((x): x is number => x !== null);
    return {
      games: rounds.length,
      rate: round4(rounds.length / n),
      meanRound: rounds.length ? round4(rounds.reduce((x, y) => x + y, 0) / rounds.length) : null,
      byRound: Array.from({ length: lastRound }, (_, i) => round4(rounds.filter((x) => x <= i + 1).length / n)),
    };
  };
  const brink = rows.filter((r) => r.brinkLoser !== null).length;
  return {
    ...cfg,
    games: rows.length,
    wins,
    winRate: Object.fromEntries(POWERS.map((p) => [p, round4(wins[p] / n)])) as Record<Power, number>,
    alignment: Object.fromEntries(LEVELS_ABOVE.map((l) => [l, level(l)])) as Record<LevelAbove, LevelFigures>,
    tension: {
      mean: round4(rows.reduce((x, r) => x + r.meanTension, 0) / n),
      meanPeak: round4(rows.reduce((x, r) => x + r.maxTension, 0) / n),
      max: rows.reduce((x, r) => Math.max(x, r.maxTension), 0),
      brink,
      brinkRate: round4(brink / n),
      brinkBy: Object.fromEntries(POWERS.map((p) => [p, rows.filter((r) => r.brinkLoser === p).length])) as Record<Power, number>,
    },
    twoFront: (() => {
      const games = rows.filter((r) => r.twoFront > 0).length;
      return { games, rate: round4(games / n) };
    })(),
    usMoves: Object.fromEntries(US_MOVES.map((m) => [m, round4(rows.reduce((x, r) => x + r.us[m], 0) / n)])) as Record<UsMove, number>,
    accommodatedRate: round4(rows.filter((r) => r.accommodated !== 'none').length / n),
    errors: rows.filter((r) => r.error !== null).length,
  };
}

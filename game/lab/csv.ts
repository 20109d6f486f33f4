/** The lab's per-game rows as CSV (RFC 4180), one row per game and strategy. */
import type { GameRow } from './play';
import { LEVELS_ABOVE, US_MOVES } from './play';
import { POWERS } from '../types';
import { csvLine } from '../csv';

export const CSV_COLUMNS = [
  'strategy', 'scenario', 'game', 'seed', 'winner', 'brink_loser', 'rounds', 'final_alignment',
  ...LEVELS_ABOVE.map((l) => `reached_${l}_round`),
  'mean_tension', 'max_tension', 'crises', 'two_front',
  ...POWERS.map((p) => `prestige_${p}`),
  ...US_MOVES.map((m) => `us_${m}`),
  'accommodated', 'error',
] as const;

export function csvRow(strategy: string, scenario: string, r: GameRow): string {
  return csvLine([
    strategy, scenario, r.game, r.seed, r.winner, r.brinkLoser, r.rounds, r.finalAlignment,
    ...LEVELS_ABOVE.map((l) => r.reached[l]),
    Number(r.meanTension.toFixed(4)), r.maxTension, r.crises, r.twoFront,
    ...POWERS.map((p) => r.prestige[p]),
    ...US_MOVES.map((m) => r.us[m]),
    r.accommodated, r.error,
  ]);
}

export function toCsv(runs: readonly { strategy: string; scenario: string; rows: readonly GameRow[] }[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const run of runs) for (const r of run.rows) lines.push(csvRow(run.strategy, run.scenario, r));
  return `${lines.join('\r\n')}\r\n`;
}

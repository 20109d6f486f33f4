/**
 * The after-action report as CSV: a row per table (with its turn times), a
 * file of per-round figures (one row per table and round, every field of the
 * round's record and the round's turn times), and a row per reflection.
 * Written by the game's one CSV writer (game/csv.ts).
 */
import type { Power, RoundRecord } from '../../game';
import { csvDocument, DOMAINS, PARTNERS, POWER_NAMES, POWERS, PRESTIGE_SOURCES } from '../../game';
import type { Report, TableReport } from './api';
import { studentTurns, turnStats } from './turns';

const playerOf = (t: TableReport, p: Power) => t.seats.find((s) => s.power === p)?.name ?? '';

function timesRow(r: Report, t: TableReport) {
  const x = turnStats(studentTurns(t.turns));
  return [r.clockSec ?? '', x.turns, x.medianS, x.p90S, x.longestS, x.clock];
}

export function tablesCsv(r: Report): string {
  const head = ['session', 'table', 'scenario', 'rounds_played', 'last_round', 'winner', 'result', 'brink_loser', 'alignment_reached', 'final_tension',
    ...POWERS.map((p) => `${p}_player`), ...POWERS.map((p) => `${p}_prestige`), 'crises', 'turning_points',
    'clock_seconds', 'student_turns', 'turn_median_s', 'turn_p90_s', 'turn_longest_s', 'clock_turns', 'hints_on', ...POWERS.map((p) => `${p}_hints_used`)];
  const rows = r.tables.map((t) => [
    r.code, t.number, t.scenario, t.history.length, t.lastRound,
    t.outcome ? POWER_NAMES[t.outcome.winner] : '', t.outcome?.kind ?? 'unfinished', t.outcome?.kind === 'brink' ? POWER_NAMES[t.outcome.loser] : '',
    t.alignmentReached, t.finalTension, ...POWERS.map((p) => playerOf(t, p)), ...POWERS.map((p) => t.prestige[p]), t.crises.length, t.turningPoints.length,
    ...timesRow(r, t), r.hints ? 'yes' : 'no', ...POWERS.map((p) => t.hintsUsed[p]),
  ]);
  return csvDocument(head, rows);
}

/** Every source's column, per power: `us_gain_regions` … */
const GAIN_COLUMNS = POWERS.flatMap((p) => PRESTIGE_SOURCES.map((src) => [p, src] as const));

export const ROUNDS_HEAD: readonly string[] = [
  'session', 'table', 'round', 'global_tension', ...DOMAINS, 'alignment', ...POWERS.map((p) => `${p}_prestige`), 'crises',
  ...PARTNERS.map((p) => `hostility_${p}`), 'focus', 'driven_together', 'dependency', 'standing', 'export_controls',
  'accommodations', 'wedges_worked', 'wedges_failed', 'proposals_declined',
  ...POWERS.map((p) => `${p}_gain`), ...GAIN_COLUMNS.map(([p, src]) => `${p}_gain_${src}`),
  'round_seconds', 'student_turns', 'student_turn_median_s', 'clock_turns',
];

const roundRow = (code: string, t: TableReport, h: RoundRecord) => [
  code, t.number, h.round, h.globalTension, ...DOMAINS.map((d) => h.tracks[d]), h.alignment, ...POWERS.map((p) => h.prestige[p]), h.crises.join(' '),
  ...PARTNERS.map((p) => h.hostility[p]), h.focus ?? '', h.drivenTogether ? 1 : 0, h.dependency, h.standing, h.exportControls ? 1 : 0,
  h.accommodations.join(' '), h.wedges.worked, h.wedges.failed, h.declined,
  ...POWERS.map((p) => Object.values(h.gains[p]).reduce((n, v) => n + v, 0)),
  ...GAIN_COLUMNS.map(([p, src]) => h.gains[p][src] ?? 0),
  ...roundTimes(t, h.round),
];

/** The round's measured time (every turn, bots' too) and its students' turns. */
function roundTimes(t: TableReport, round: number) {
  const all = t.turns.filter((x) => x.round === round);
  const x = turnStats(studentTurns(all));
  return [Math.round(all.reduce((n, y) => n + y.ms, 0) / 100) / 10, x.turns, x.medianS, x.clock];
}

export function roundsCsv(r: Report): string {
  return csvDocument(ROUNDS_HEAD, r.tables.flatMap((t) => t.history.map((h) => roundRow(r.code, t, h))));
}

export const REFLECTIONS_HEAD: readonly string[] = ['session', 'table', 'power', 'nickname', 'prompt_1', 'answer_1', 'prompt_2', 'answer_2', 'answered_at'];

/** A row per student's reflection: their table, power, nickname, both prompts and answers. */
export function reflectionsCsv(r: Report): string {
  return csvDocument(REFLECTIONS_HEAD, r.tables.flatMap((t) => t.reflections.map((x) => [
    r.code, t.number, x.power, x.nickname, x.prompts[0], x.answers[0], x.prompts[1], x.answers[1], new Date(x.at).toISOString(),
  ])));
}

/** Hand the browser a file to save. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

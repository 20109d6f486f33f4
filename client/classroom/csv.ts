/**
 * The after-action report as CSV: a row per table, and a file of per-round
 * figures (one row per table and round). RFC 4180 quoting; a cell that a
 * spreadsheet would read as a formula is prefixed with a quote mark.
 */
import type { Power } from '../../game';
import { DOMAINS, POWER_NAMES, POWERS } from '../../game';
import type { Report, TableReport } from './api';

function cell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const line = (cells: readonly (string | number | null)[]) => cells.map(cell).join(',');

const playerOf = (t: TableReport, p: Power) => t.seats.find((s) => s.power === p)?.name ?? '';

export function tablesCsv(r: Report): string {
  const head = ['session', 'table', 'scenario', 'rounds_played', 'last_round', 'winner', 'result', 'brink_loser', 'alignment_reached', 'final_tension',
    ...POWERS.map((p) => `${p}_player`), ...POWERS.map((p) => `${p}_prestige`), 'crises', 'turning_points'];
  const rows = r.tables.map((t) => line([
    r.code, t.number, t.scenario, t.history.length, t.lastRound,
    t.outcome ? POWER_NAMES[t.outcome.winner] : '', t.outcome?.kind ?? 'unfinished', t.outcome?.kind === 'brink' ? POWER_NAMES[t.outcome.loser] : '',
    t.alignmentReached, t.finalTension, ...POWERS.map((p) => playerOf(t, p)), ...POWERS.map((p) => t.prestige[p]), t.crises.length, t.turningPoints.length,
  ]));
  return [line(head), ...rows].join('\r\n') + '\r\n';
}

export function roundsCsv(r: Report): string {
  const head = ['session', 'table', 'round', 'global_tension', ...DOMAINS, 'alignment', ...POWERS.map((p) => `${p}_prestige`), 'crises'];
  const rows = r.tables.flatMap((t) => t.history.map((h) => line([
    r.code, t.number, h.round, h.globalTension, ...DOMAINS.map((d) => h.tracks[d]), h.alignment, ...POWERS.map((p) => h.prestige[p]), h.crises.join(' '),
  ])));
  return [line(head), ...rows].join('\r\n') + '\r\n';
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

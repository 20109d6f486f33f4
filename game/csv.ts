/**
 * The one CSV writer (RFC 4180) for every file the game hands out: the
 * thesis lab's games and the classroom's after-action report. A text cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, return first) gets a
 * quote mark in front; numbers are written as they are, negative ones too.
 */
export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: readonly CsvCell[]): string => cells.map(csvCell).join(',');

/** A header and its rows, each line ended by CRLF. */
export const csvDocument = (head: readonly string[], rows: readonly (readonly CsvCell[])[]): string =>
  [csvLine(head), ...rows.map(csvLine)].join('\r\n') + '\r\n';

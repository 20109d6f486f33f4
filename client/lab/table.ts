/** The lab's figures as a table: the text equivalent of every chart. */
import type { LabSummary } from '../../game/lab';
import { LEVELS_ABOVE, STRATEGY } from '../../game/lab';
import { ALIGNMENT_NAMES, POWER_NAMES, POWERS } from '../../game';
import { h } from '../ui/dom';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function summaryTable(runs: readonly LabSummary[]): HTMLTableElement {
  const cols: { head: string; cell: (r: LabSummary) => string }[] = [
    { head: 'Games', cell: (r) => String(r.games) },
    ...POWERS.map((p) => ({ head: `${POWER_NAMES[p]} wins`, cell: (r: LabSummary) => pct(r.winRate[p]) })),
    ...LEVELS_ABOVE.map((l) => ({
      head: `${ALIGNMENT_NAMES[l]} reached (mean round)`,
      cell: (r: LabSummary) => {
        const f = r.alignment[l];
        return `${pct(f.rate)}${f.meanRound === null ? '' : ` (${f.meanRound.toFixed(1)})`}`;
      },
    })),
    { head: 'Mean global tension', cell: (r) => r.tension.mean.toFixed(2) },
    { head: 'Mean peak tension', cell: (r) => r.tension.meanPeak.toFixed(2) },
    { head: 'Ended at the Brink', cell: (r) => pct(r.tension.brinkRate) },
    { head: 'US accommodated someone', cell: (r) => pct(r.accommodatedRate) },
    { head: 'US pressure + sanctions per game', cell: (r) => (r.usMoves.pressure + r.usMoves.sanction).toFixed(1) },
    { head: 'US wedges per game', cell: (r) => r.usMoves.wedge.toFixed(1) },
  ];
  return h('table', { class: 'lab-table' },
    h('caption', {}, 'Results per US strategy (the charts above, in text)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'US strategy'), cols.map((c) => h('th', { scope: 'col' }, c.head)))),
    h('tbody', {}, runs.map((r) => h('tr', {}, h('th', { scope: 'row' }, STRATEGY[r.strategy].name), cols.map((c) => h('td', {}, c.cell(r)))))),
  );
}

/** The lab's figures as a table: the text equivalent of every chart. */
import type { Comparison, LabSummary } from '../../game/lab';
import { LEVEL_NAME, LEVELS_ABOVE, pText, STRATEGY } from '../../game/lab';
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
    { head: 'Brink pushed by US / China / Russia', cell: (r) => POWERS.map((p) => r.tension.brinkBy[p]).join(' / ') },
    { head: 'Two fronts erupted', cell: (r) => pct(r.twoFront.rate) },
    { head: 'US accommodated someone', cell: (r) => pct(r.accommodatedRate) },
    { head: 'US pressure + sanctions per game', cell: (r) => (r.usMoves.pressure + r.usMoves.sanction).toFixed(1) },
    { head: 'US wedges per game', cell: (r) => r.usMoves.wedge.toFixed(1) },
  ];
  return h('table', { class: 'lab-table', id: 'lab-summary' },
    h('caption', {}, 'Results per US strategy (the charts above, in text)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'US strategy'), cols.map((c) => h('th', { scope: 'col' }, c.head)))),
    h('tbody', {}, runs.map((r) => h('tr', {}, h('th', { scope: 'row' }, STRATEGY[r.strategy].name), cols.map((c) => h('td', {}, c.cell(r)))))),
  );
}

/** The declared paired comparisons, one row per pair and level, with raw and Holm-adjusted p. */
export function comparisonTable(cs: readonly Comparison[]): HTMLTableElement {
  const heads = ['Comparison', 'Level', 'Rate (95% CI) first', 'Rate (95% CI) second', 'Difference', 'Discordant games (first only / second only)', 'Test', 'p', 'p after Holm', 'Significant'];
  const rate = (x: number, lo: number, hi: number) => `${pct(x)} (${pct(lo)}–${pct(hi)})`;
  return h('table', { class: 'lab-table', id: 'lab-comparisons' },
    h('caption', {}, 'Declared comparisons: the same games under two strategies (McNemar), Holm-corrected'),
    h('thead', {}, h('tr', {}, heads.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, cs.map((c) => h('tr', {},
      h('th', { scope: 'row' }, `${STRATEGY[c.a].name} vs ${STRATEGY[c.b].name}`),
      h('td', {}, LEVEL_NAME[c.level]),
      h('td', {}, rate(c.rateA, c.ciA.lo, c.ciA.hi)),
      h('td', {}, rate(c.rateB, c.ciB.lo, c.ciB.hi)),
      h('td', {}, `${c.diff > 0 ? '+' : c.diff < 0 ? '−' : ''}${(Math.abs(c.diff) * 100).toFixed(1)} points`),
      h('td', {}, `${c.test.onlyA} / ${c.test.onlyB}`),
      h('td', {}, c.test.method === 'exact' ? 'exact binomial' : 'χ² (1 df)'),
      h('td', {}, pText(c.test.p).replace(/^= /, '')),
      h('td', {}, pText(c.pAdjusted).replace(/^= /, '')),
      h('td', {}, c.significant ? 'yes' : 'no')))),
  );
}

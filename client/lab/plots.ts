/**
 * The lab's charts as inline SVG, one per question, strategies side by side.
 * Colour is never the only signal: every bar carries its value, series have
 * patterns and names, lines have their own dash, marker and end label. Each
 * chart is an image with a title; the table (table.ts) says the same in text.
 */
import type { LabSummary, StrategyId } from '../../game/lab';
import { STRATEGY } from '../../game/lab';
import { s } from './svg';

export interface Series {
  readonly name: string;
  readonly color: string;
  /** An SVG pattern id drawn over the colour, or none. */
  readonly pattern?: string;
}

const W = 560;
const H = 250;
const PAD = { l: 44, r: 12, t: 36, b: 72 };
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Hatch patterns shared by every chart on the page (one <svg> of <defs>). */
export function patternDefs(): SVGSVGElement {
  const hatch = (id: string, d: string) =>
    s('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, s('path', { d, stroke: '#0008', 'stroke-width': 1.5 }));
  return s('svg', { width: 0, height: 0, 'aria-hidden': 'true', style: 'position:absolute' },
    s('defs', {}, hatch('lab-diag', 'M0,6 L6,0'), hatch('lab-cross', 'M0,3 L6,3 M3,0 L3,6'), hatch('lab-dots', 'M2,2 L2.5,2.5')));
}

/**
 * Axes and grid; `below` adds room under the plot for a longer legend, `width` for more groups.
 * A chart shrinks with the page down to 70 % of its drawn size, then scrolls sideways in its
 * box (.lab-chart-wrap), so a phone keeps its labels readable.
 */
function frame(title: string, yMax: number, yFmt: (v: number) => string, below = 0, width = W): { svg: SVGSVGElement; y: (v: number) => number } {
  const y = (v: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / yMax);
  const svg = s('svg', { viewBox: `0 0 ${width} ${H + below}`, role: 'img', 'aria-label': title, class: 'lab-chart', style: `min-width: ${Math.round(width * 0.7)}px` }, s('title', {}, title));
  svg.append(s('text', { x: PAD.l, y: 16, class: 'chart-title' }, title));
  // Whole-number ticks on the tension scale, quarters on shares.
  const steps = yMax === 5 ? 5 : 4;
  for (let i = 0; i <= steps; i++) {
    const v = (yMax * i) / steps;
    svg.append(
      s('line', { x1: PAD.l, x2: width - PAD.r, y1: y(v), y2: y(v), class: 'grid' }),
      s('text', { x: PAD.l - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, yFmt(v)),
    );
  }
  return { svg, y };
}

/** Bars grouped by strategy; one bar per series, each labelled with its value. */
export function groupedBars(
  title: string,
  runs: readonly LabSummary[],
  series: readonly Series[],
  value: (r: LabSummary, i: number) => number,
  opts: { yMax: number; fmt: (v: number) => string; note?: (r: LabSummary) => string },
): SVGSVGElement {
  // Room for each group's name and bar labels: wider than the default for many strategies.
  const width = Math.max(W, PAD.l + PAD.r + runs.length * 96);
  const { svg, y } = frame(title, opts.yMax, opts.fmt, 0, width);
  const gw = (width - PAD.l - PAD.r) / Math.max(1, runs.length);
  const bw = Math.min(34, (gw - 14) / series.length);
  runs.forEach((r, g) => {
    const x0 = PAD.l + g * gw + (gw - bw * series.length) / 2;
    series.forEach((se, i) => {
      const v = value(r, i);
      const x = x0 + i * bw;
      const top = y(Math.min(opts.yMax, v));
      const hgt = Math.max(0, y(0) - top);
      svg.append(s('rect', { x: x + 1, y: top, width: bw - 2, height: hgt, fill: se.color }, s('title', {}, `${STRATEGY[r.strategy].name} — ${se.name}: ${opts.fmt(v)}`)));
      if (se.pattern) svg.append(s('rect', { x: x + 1, y: top, width: bw - 2, height: hgt, fill: `url(#${se.pattern})` }));
      svg.append(s('text', { x: x + bw / 2, y: top - 3, class: 'val', 'text-anchor': 'middle' }, opts.fmt(v)));
    });
    // The name on two lines (first word, then the rest) so five groups never collide.
    const cx = PAD.l + g * gw + gw / 2;
    const [first = '', ...rest] = STRATEGY[r.strategy].name.split(' ');
    svg.append(s('text', { x: cx, y: H - PAD.b + 16, class: 'group', 'text-anchor': 'middle' }, first));
    if (rest.length) svg.append(s('text', { x: cx, y: H - PAD.b + 29, class: 'group', 'text-anchor': 'middle' }, rest.join(' ')));
    if (opts.note) svg.append(s('text', { x: cx, y: H - PAD.b + 43, class: 'note', 'text-anchor': 'middle' }, opts.note(r)));
  });
  // Legend: swatch (colour and pattern) and name.
  let lx = PAD.l;
  for (const se of series) {
    svg.append(s('rect', { x: lx, y: H - 16, width: 12, height: 12, fill: se.color }));
    if (se.pattern) svg.append(s('rect', { x: lx, y: H - 16, width: 12, height: 12, fill: `url(#${se.pattern})` }));
    const label = s('text', { x: lx + 16, y: H - 6, class: 'legend' }, se.name);
    svg.append(label);
    lx += 24 + se.name.length * 6.5;
  }
  return svg;
}

type Marker = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'ring' | 'plus';

/** Each strategy's own look, the same in every run and chart: no two share colour, dash and marker. */
export const STRATEGY_STYLE: Readonly<Record<StrategyId, { color: string; dash: string; marker: Marker }>> = {
  'unsteered': { color: '#cbd5e1', dash: '', marker: 'ring' },
  'pressure-both': { color: '#f87171', dash: '', marker: 'circle' },
  'wedge-russia': { color: '#fbbf24', dash: '6 3', marker: 'square' },
  'accommodate-russia': { color: '#60a5fa', dash: '2 3', marker: 'diamond' },
  'accommodate-china': { color: '#34d399', dash: '8 3 2 3', marker: 'triangle' },
  'restraint': { color: '#c084fc', dash: '1 5', marker: 'cross' },
  'mixed': { color: '#f472b6', dash: '10 4', marker: 'plus' },
};

function marker(kind: Marker, x: number, y: number, color: string): SVGElement {
  switch (kind) {
    case 'circle': return s('circle', { cx: x, cy: y, r: 3.5, fill: color });
    case 'square': return s('rect', { x: x - 3.5, y: y - 3.5, width: 7, height: 7, fill: color });
    case 'diamond': return s('path', { d: `M${x},${y - 4.5} L${x + 4.5},${y} L${x},${y + 4.5} L${x - 4.5},${y} Z`, fill: color });
    case 'triangle': return s('path', { d: `M${x},${y - 4.5} L${x + 4.5},${y + 3.5} L${x - 4.5},${y + 3.5} Z`, fill: color });
    case 'cross': return s('path', { d: `M${x - 4},${y - 4} L${x + 4},${y + 4} M${x - 4},${y + 4} L${x + 4},${y - 4}`, stroke: color, 'stroke-width': 2 });
    case 'ring': return s('circle', { cx: x, cy: y, r: 3.5, fill: 'none', stroke: color, 'stroke-width': 2 });
    case 'plus': return s('path', { d: `M${x - 4.5},${y} L${x + 4.5},${y} M${x},${y - 4.5} L${x},${y + 4.5}`, stroke: color, 'stroke-width': 2 });
  }
}

/** Share of games that had reached a level by the end of each round, one line per strategy. */
export function reachedByRound(title: string, runs: readonly LabSummary[], curve: (r: LabSummary) => readonly number[]): SVGSVGElement {
  const legendRows = Math.ceil(runs.length / 2);
  const { svg, y } = frame(title, 1, pct, Math.max(0, legendRows - 1) * 15);
  const rounds = Math.max(1, ...runs.map((r) => curve(r).length));
  const x = (i: number) => PAD.l + 14 + ((W - PAD.l - PAD.r - 28) * i) / Math.max(1, rounds - 1);
  for (let i = 0; i < rounds; i++) svg.append(s('text', { x: x(i), y: H - PAD.b + 16, class: 'tick', 'text-anchor': 'middle' }, String(i + 1)));
  svg.append(s('text', { x: PAD.l - 6, y: H - PAD.b + 16, class: 'note', 'text-anchor': 'end' }, 'round'));
  // Legend below, two per line: dash, marker, name and the share at the end.
  runs.forEach((r, k) => {
    const st = STRATEGY_STYLE[r.strategy];
    const c = curve(r);
    const pts = c.map((v, i) => [x(i), y(v)] as const);
    svg.append(s('polyline', { points: pts.map((p) => p.join(',')).join(' '), fill: 'none', stroke: st.color, 'stroke-width': 2.5, 'stroke-dasharray': st.dash || undefined }));
    for (const [px, py] of pts) svg.append(marker(st.marker, px, py, st.color));
    const lx = PAD.l + (k % 2) * 250;
    const ly = H - 22 + Math.floor(k / 2) * 15;
    svg.append(
      s('line', { x1: lx, x2: lx + 22, y1: ly - 4, y2: ly - 4, stroke: st.color, 'stroke-width': 2.5, 'stroke-dasharray': st.dash || undefined }),
      marker(st.marker, lx + 11, ly - 4, st.color),
      s('text', { x: lx + 28, y: ly, class: 'legend' }, `${STRATEGY[r.strategy].name} ${pct(c[c.length - 1] ?? 0)}`),
    );
  });
  return svg;
}

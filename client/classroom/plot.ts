/** A small line plot as inline SVG (prints and scales; no canvas, no library). */
const NS = 'http://www.w3.org/2000/svg';

export interface Series {
  readonly label: string;
  /** A CSS colour. */
  readonly color: string;
  /** Dashes as well as colour, so series differ without colour too. */
  readonly dash?: string;
  readonly values: readonly number[];
}

const W = 320;
const H = 160;
const PAD = { left: 28, right: 8, top: 10, bottom: 22 };
const INSET = 10;
/** Height of the row of round notes above a plot that has them. */
const NOTE_ROW = 12;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** What a plot marks per round beside its lines. */
export interface RoundMarks {
  /** Rounds shaded behind the lines (e.g. the pair driven together), and what the shading means. */
  readonly bands?: { readonly label: string; readonly on: readonly boolean[] };
  /** A short note above each round's label (e.g. where the focus was), and what the notes mean. */
  readonly notes?: { readonly label: string; readonly text: readonly string[] };
}

/** Rounds 1..n along x, `min`..`max` up y. */
export function linePlot(title: string, rounds: readonly number[], series: readonly Series[], min: number, max: number, marks: RoundMarks = {}): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'plot' });
  const t = el('title', {});
  const said = [
    ...series.map((s) => `${s.label} ${s.values.join(', ')}`),
    ...(marks.bands ? [`${marks.bands.label} in round${rounds.filter((_, i) => marks.bands!.on[i]).length === 1 ? '' : 's'} ${rounds.filter((_, i) => marks.bands!.on[i]).join(', ') || 'none'}`] : []),
    ...(marks.notes ? [`${marks.notes.label} ${marks.notes.text.join(', ')}`] : []),
  ];
  t.textContent = `${title}: ${said.join('; ')}`;
  svg.append(t);
  // Rounds sit INSET in from the plot's edges (a lone round in the middle), so the first round's
  // note and points stay clear of the y axis's labels.
  const inner = W - PAD.left - PAD.right - 2 * INSET;
  const step = rounds.length <= 1 ? inner : inner / (rounds.length - 1);
  const x = (i: number) => PAD.left + INSET + (rounds.length <= 1 ? inner / 2 : i * step);
  // Notes get a row of their own above the plot area, clear of the lines and the axis's top label.
  const top = marks.notes ? PAD.top + NOTE_ROW : PAD.top;
  const y = (v: number) => top + ((max - v) * (H - top - PAD.bottom)) / Math.max(1, max - min);
  marks.bands?.on.forEach((on, i) => {
    if (!on) return;
    // Half a round either side of the round, inside the plot area.
    const from = Math.max(PAD.left, x(i) - step / 2);
    const to = Math.min(W - PAD.right, x(i) + step / 2);
    svg.append(el('rect', { x: from, y: top, width: Math.max(1, to - from), height: H - top - PAD.bottom, class: 'band' }));
  });
  marks.notes?.text.forEach((n, i) => {
    const l = el('text', { x: x(i), y: PAD.top + 6, 'text-anchor': 'middle', class: 'note' });
    l.textContent = n;
    svg.append(l);
  });
  for (const v of [min, Math.round((min + max) / 2), max]) {
    svg.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid' }));
    const l = el('text', { x: PAD.left - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' });
    l.textContent = String(v);
    svg.append(l);
  }
  rounds.forEach((r, i) => {
    const l = el('text', { x: x(i), y: H - 6, 'text-anchor': 'middle', class: 'axis' });
    l.textContent = `R${r}`;
    svg.append(l);
  });
  for (const s of series) {
    const pts = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    svg.append(el('polyline', { points: pts, fill: 'none', stroke: s.color, 'stroke-width': 2.5, ...(s.dash ? { 'stroke-dasharray': s.dash } : {}) }));
    s.values.forEach((v, i) => svg.append(el('circle', { cx: x(i), cy: y(v), r: 2.5, fill: s.color })));
  }
  return svg;
}

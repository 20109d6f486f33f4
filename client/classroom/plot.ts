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
  const x = (i: number) => PAD.left + (rounds.length <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (rounds.length - 1));
  const y = (v: number) => PAD.top + ((max - v) * (H - PAD.top - PAD.bottom)) / Math.max(1, max - min);
  const step = rounds.length <= 1 ? W - PAD.left - PAD.right : (W - PAD.left - PAD.right) / (rounds.length - 1);
  marks.bands?.on.forEach((on, i) => {
    if (!on) return;
    // Half a round either side of the round, inside the plot area.
    const from = Math.max(PAD.left, x(i) - step / 2);
    const to = Math.min(W - PAD.right, x(i) + step / 2);
    svg.append(el('rect', { x: from, y: PAD.top, width: Math.max(1, to - from), height: H - PAD.top - PAD.bottom, class: 'band' }));
  });
  marks.notes?.text.forEach((n, i) => {
    const l = el('text', { x: x(i), y: PAD.top + 8, 'text-anchor': 'middle', class: 'note' });
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

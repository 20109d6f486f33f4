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

/** Rounds 1..n along x, `min`..`max` up y. */
export function linePlot(title: string, rounds: readonly number[], series: readonly Series[], min: number, max: number): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'plot' });
  const t = el('title', {});
  t.textContent = `${title}: ${series.map((s) => `${s.label} ${s.values.join(', ')}`).join('; ')}`;
  svg.append(t);
  const x = (i: number) => PAD.left + (rounds.length <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (rounds.length - 1));
  const y = (v: number) => PAD.top + ((max - v) * (H - PAD.top - PAD.bottom)) / Math.max(1, max - min);
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

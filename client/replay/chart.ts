/**
 * The win-chance graph: one line per power over the steps of the match (each
 * with its own dash, not colour alone), the step on screen marked; a click or
 * tap anywhere on it jumps the replay to the nearest step. Screen readers get
 * the same figures as a table (chancesTable).
 */
import type { StepChances } from '../../game/analysis';
import type { Power } from '../../game';
import { POWER_NAMES, POWERS } from '../../game';
import { s } from '../lab/svg';
import { h } from '../ui/dom';

const W = 320;
const H = 140;
const PAD = { left: 30, right: 8, top: 8, bottom: 20 };
const DASH: Readonly<Record<Power, string | undefined>> = { us: undefined, china: '6 3', russia: '2 3' };

export interface Chart {
  readonly el: HTMLElement;
  /** Redraw with the chances known so far (a step still missing leaves a gap). */
  update(chances: readonly (StepChances | undefined)[]): void;
  /** Move the marker to the step on screen. */
  mark(step: number): void;
}

export const pctText = (x: number): string => `${Math.round(x * 100)}%`;

/** `rounds`: the first step of each round after the first, with its round, for the ticks. */
export function chancesChart(last: number, rounds: readonly { step: number; round: number }[], onPick: (step: number) => void): Chart {
  const x = (k: number) => PAD.left + (last === 0 ? 0 : (k / last) * (W - PAD.left - PAD.right));
  const y = (c: number) => PAD.top + (1 - c) * (H - PAD.top - PAD.bottom);
  const grid = [0, 0.5, 1].map((c) => s('g', {},
    s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(c), y2: y(c), class: 'chances-grid' }),
    s('text', { x: PAD.left - 4, y: y(c) + 3, 'text-anchor': 'end', class: 'chances-axis' }, pctText(c))));
  const ticks = rounds.map(({ step, round }) => s('g', {},
    s('line', { x1: x(step), x2: x(step), y1: PAD.top, y2: H - PAD.bottom, class: 'chances-round' }),
    s('text', { x: x(step) + 2, y: PAD.top + 8, class: 'chances-axis' }, `R${round}`)));
  const axis = s('text', { x: (PAD.left + W - PAD.right) / 2, y: H - 4, 'text-anchor': 'middle', class: 'chances-axis' }, `Step (0–${last})`);
  const lines = s('g');
  const marker = s('line', { y1: PAD.top, y2: H - PAD.bottom, class: 'chances-marker' });
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chances-svg', 'aria-hidden': 'true' }, ...grid, ...ticks, axis, lines, marker);
  svg.addEventListener('click', (ev) => {
    const box = svg.getBoundingClientRect();
    if (box.width === 0) return;
    const vx = ((ev.clientX - box.left) / box.width) * W;
    const k = Math.round(((vx - PAD.left) / (W - PAD.left - PAD.right)) * last);
    onPick(Math.max(0, Math.min(last, k)));
  });
  const legend = h('ul', { class: 'chances-legend', 'aria-hidden': 'true' },
    POWERS.map((p) => h('li', {}, h('span', { class: `chances-key key-${p}` }), POWER_NAMES[p])));
  const el = h('figure', { class: 'chances-chart' }, svg, legend);

  return {
    el,
    update(chances) {
      lines.replaceChildren(...POWERS.map((p) => {
        // One polyline per unbroken run of known steps.
        const runs: string[][] = [];
        let run: string[] = [];
        chances.forEach((c, k) => {
          if (!c) {
            if (run.length) runs.push(run);
            run = [];
            return;
          }
          run.push(`${x(k).toFixed(1)},${y(c.chances[p]).toFixed(1)}`);
        });
        if (run.length) runs.push(run);
        return s('g', { class: `chances-line line-${p}` }, ...runs.map((pts) => pts.length === 1
          ? s('circle', { cx: (pts[0] as string).split(',')[0], cy: (pts[0] as string).split(',')[1], r: 1.5 })
          : s('polyline', { points: pts.join(' '), 'stroke-dasharray': DASH[p] })));
      }));
    },
    mark(step) {
      marker.setAttribute('x1', x(step).toFixed(1));
      marker.setAttribute('x2', x(step).toFixed(1));
    },
  };
}

/** The chances as a table, each step a button to show it: the graph for keyboards and screen readers. */
export function chancesTable(chances: readonly StepChances[], roundOf: (step: number) => number, onPick: (step: number) => void): HTMLElement {
  return h('details', { class: 'chances-table' },
    h('summary', {}, 'Chances as a table'),
    h('table', {},
      h('caption', {}, 'Each power’s chance of winning after every step'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Step'), h('th', { scope: 'col' }, 'Round'), POWERS.map((p) => h('th', { scope: 'col' }, POWER_NAMES[p])))),
      h('tbody', {}, chances.map((c) => {
        const go = h('button', { type: 'button', class: 'link-btn', 'aria-label': `Show step ${c.step}` }, String(c.step));
        go.addEventListener('click', () => onPick(c.step));
        return h('tr', {}, h('th', { scope: 'row' }, go), h('td', {}, String(roundOf(c.step))), POWERS.map((p) => h('td', {}, pctText(c.chances[p]))));
      }))));
}

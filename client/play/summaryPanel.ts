/**
 * The round summary, over the board at the end of each round: the world
 * event, each crisis with both strengths, what the plays, crises and the
 * round's end scored, line by line, and each power's gain by source. The
 * player dismisses it, whether or not they act next; on a screen nobody plays
 * on (bots only, a spectator) it passes on by itself.
 */
import type { Power } from '../../game';
import { POWER_NAMES, POWERS, signed } from '../../game';
import { h } from '../ui/dom';
import type { RoundSummary } from './accounting';
import { renderCrisis } from './crisis';

/** How long a summary stays when nobody here is to act. */
export const SUMMARY_PASSES_MS = 6000;

export interface SummaryOptions {
  /** A coach's words about this summary, shown first (the tutorial on a phone, where the summary covers its box). */
  readonly guide?: HTMLElement | null;
  /** Told when the person folds it (Hide). */
  readonly onFold?: () => void;
  /** Opens folded to its title (a replay's summaries, passed while scrubbing). */
  readonly folded?: boolean;
}

/** The next round's world event, already scored: why the board's totals differ from the table's. */
function nextLine(round: number, next: NonNullable<RoundSummary['next']>): string {
  const moved = POWERS.filter((p) => next.prestige[p] !== 0).map((p) => `${POWER_NAMES[p]} ${signed(next.prestige[p])}`).join(', ');
  return `Round ${round + 1} has opened with its world event${next.event ? ` (${next.event})` : ''}: ${moved} prestige, already in the scores at the top.`;
}

export function renderRoundSummary(s: RoundSummary, onClose: () => void, { guide = null, onFold = () => undefined, folded: startFolded = false }: SummaryOptions = {}): HTMLElement {
  const ok = h('button', { type: 'button', class: 'summary-ok primary', id: 'summary-ok' }, s.over ? 'See the result' : `On to round ${s.round + 1}`);
  ok.addEventListener('click', onClose);
  const sources = [...new Set(POWERS.flatMap((p) => s.gains[p].map((r) => r.name)))];
  const cell = (p: Power, name: string): string => {
    const v = s.gains[p].find((r) => r.name === name)?.value ?? 0;
    return v ? signed(v) : '·';
  };
  // Folded to its title and button, the summary leaves the board it sits over to be checked against it.
  const fold = h('button', { type: 'button', class: 'summary-fold', id: 'summary-fold', 'aria-expanded': 'true', 'aria-controls': 'round-summary' }, 'Hide');
  const el = h('section', { class: 'round-summary', id: 'round-summary', role: 'region', 'aria-labelledby': 'summary-title', tabindex: '-1' },
    guide ?? '',
    h('div', { class: 'summary-head' },
      h('h2', { id: 'summary-title' }, s.over ? `Round ${s.round} is over: the game ends` : `Round ${s.round} is over`),
      fold),
    s.ending ? h('p', { class: 'summary-ending' }, h('strong', {}, 'Before the round’s end: '), s.ending) : '',
    s.event ? h('p', { class: 'summary-event' }, h('strong', {}, 'World event: '), s.event) : '',
    s.crises.length ? s.crises.map((c) => renderCrisis(c, 'h3')) : h('p', { class: 'hint' }, 'No crisis erupted.'),
    s.crises.length ? h('p', { class: 'hint' }, 'Strength = forces in the theater (the US: its pool, or its share of a split) + influence at the flashpoint + the partner’s forces there from De facto alliance up.') : '',
    s.plays.length ? h('div', { class: 'summary-end summary-plays' }, h('h3', {}, 'Plays, events and crises'), h('ul', {}, s.plays.map((l) => h('li', {}, l)))) : '',
    s.end.length ? h('div', { class: 'summary-end' }, h('h3', {}, 'At the round’s end'), h('ul', {}, s.end.map((l) => h('li', {}, l)))) : '',
    h('table', { class: 'prestige summary-gains' },
      h('caption', {}, 'Prestige this round, by source'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Source'), POWERS.map((p) => h('th', { scope: 'col' }, POWER_NAMES[p])))),
      h('tbody', {},
        sources.map((name) => h('tr', {}, h('th', { scope: 'row' }, name), POWERS.map((p) => h('td', {}, cell(p, name))))),
        h('tr', { class: 'total' }, h('th', { scope: 'row' }, 'This round (total at its end)'),
          POWERS.map((p) => h('td', {}, `${signed(s.totals[p])} (${s.prestige[p]})`))))),
    s.next ? h('p', { class: 'hint summary-next' }, nextLine(s.round, s.next)) : '',
    h('div', { class: 'row summary-row' }, ok),
  );
  const setFolded = (folded: boolean): void => {
    el.classList.toggle('folded', folded);
    fold.setAttribute('aria-expanded', String(!folded));
    fold.textContent = folded ? 'Show' : 'Hide';
  };
  fold.addEventListener('click', () => {
    const folded = !el.classList.contains('folded');
    setFolded(folded);
    if (folded) onFold();
  });
  if (startFolded) setFolded(true);
  return el;
}

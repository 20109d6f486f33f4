/** The guide's box at the top of the panel: the step, its quote, and what moves it on. */
import { h } from '../ui/dom';
import type { TutorialStep } from './steps';

export interface CoachProps {
  readonly step: TutorialStep;
  readonly index: number;
  readonly total: number;
  /** For watch steps: whether the bots have got there yet. */
  readonly ready: boolean;
  /** For play and answer steps: whether it is the player's move yet. */
  readonly due: boolean;
  /** Who answers the player's proposals and proposes to them ("China"; none for the US). */
  readonly partnerName: string | null;
  readonly onNext: () => void;
  readonly onSkip: () => void;
  readonly onPlayOn: () => void;
  /** On a small screen, where the board is a view of its own: show it (null when the board is beside the panel). */
  readonly onShowBoard: (() => void) | null;
}

/** On a small screen, a way to the board part the step points at. */
function boardButton(p: CoachProps): HTMLElement | null {
  if (!p.onShowBoard || !p.step.highlight.some((x) => 'board' in x)) return null;
  const b = h('button', { type: 'button', class: 'tut-show', id: 'tut-show' }, 'Show me on the board');
  b.addEventListener('click', p.onShowBoard);
  return b;
}

function nextButton(p: CoachProps): HTMLElement | null {
  const a = p.step.advance;
  if (a.kind === 'play') {
    return p.due
      ? h('p', { class: 'tut-do' }, 'Your move: choose a card, then an action in Actions.')
      : h('p', { class: 'tut-wait' }, 'Watching the bots… your move comes next.');
  }
  if (a.kind === 'answer') {
    const who = p.partnerName ?? 'the partner';
    return p.due
      ? h('p', { class: 'tut-do' }, `Your move: accept or decline ${who}’s proposal in Actions.`)
      : h('p', { class: 'tut-wait' }, `Waiting for ${who}’s move…`);
  }
  if (a.kind === 'finish') {
    const on = h('button', { type: 'button', class: 'primary', id: 'tut-playon' }, 'Play on');
    on.addEventListener('click', p.onPlayOn);
    return h('div', { class: 'tut-buttons', id: 'tut-done' }, on, h('a', { href: '#/', id: 'tut-menu' }, 'Back to the menu'));
  }
  const waiting = a.kind !== 'next' && !p.ready;
  const b = h('button', { type: 'button', class: 'primary', id: 'tut-next', disabled: waiting }, waiting ? 'Watching the bots…' : 'Next');
  b.addEventListener('click', p.onNext);
  return b;
}

export function renderCoach(p: CoachProps): HTMLElement {
  const skip = h('button', { type: 'button', class: 'tut-skip', id: 'tut-skip' }, 'Skip the tutorial');
  skip.addEventListener('click', p.onSkip);
  return h('section', { class: 'tut-coach', role: 'region', 'aria-label': 'Tutorial', 'data-step': p.step.id },
    h('div', { class: 'tut-head' },
      h('span', { class: 'tut-count' }, `Tutorial ${p.index + 1} of ${p.total}`),
      p.step.advance.kind === 'finish' ? '' : skip),
    h('h2', { id: 'tut-title', 'aria-live': 'polite' }, p.step.title),
    h('p', { class: 'tut-text' }, p.step.text),
    h('blockquote', { class: 'tut-quote' },
      h('p', {}, `“${p.step.quote.text}”`),
      h('footer', { class: 'cite' }, `Lukin, ${p.step.quote.cite}`)),
    boardButton(p),
    nextButton(p),
  );
}

/** The tutorials on the home screen: one entry offering the three powers (each marked once done) and, for newcomers, an offer. */
import './tutorial.css';
import type { Power } from '../../game';
import { h } from '../ui/dom';
import { rememberTutorial, tutorialMemory } from './memory';

/** The three tutorials, in seat order; the US one keeps the plain #/tutorial route. */
const TUTORIALS: readonly (readonly [Power, string, string])[] = [
  ['us', 'United States', '#/tutorial'],
  ['china', 'China', '#/tutorial/china'],
  ['russia', 'Russia', '#/tutorial/russia'],
];

export function tutorialEntry(): HTMLElement {
  return h('div', { class: 'mode tut-entry', id: 'mode-tutorial' },
    h('strong', {}, 'Tutorials'),
    h('span', {}, 'A guided first round of 2019 as one power, about 10 minutes:'),
    h('div', { class: 'tut-powers' }, TUTORIALS.map(([power, name, href]) => {
      const done = tutorialMemory(power) === 'done';
      return h('a', { href, id: `tut-${power}`, class: done ? 'done' : '', 'aria-label': done ? `${name} (done)` : name }, done ? `${name} ✓` : name);
    })));
}

/** Shown until a tutorial has been finished or declined once. */
export function tutorialOffer(): HTMLElement | null {
  if (TUTORIALS.some(([power]) => tutorialMemory(power))) return null;
  const no = h('button', { type: 'button', id: 'tut-decline' }, 'No thanks');
  const offer = h('section', { class: 'tut-offer', 'aria-label': 'Tutorial offer' },
    h('p', {}, h('strong', {}, 'New to Multipolar? '), 'Learn by playing a guided first round, with the article behind each idea.'),
    h('div', { class: 'tut-buttons' }, h('a', { href: '#/tutorial', class: 'primary', id: 'tut-start' }, 'Start the tutorial'), no));
  no.addEventListener('click', () => {
    rememberTutorial('us', 'skipped');
    offer.remove();
  });
  return offer;
}

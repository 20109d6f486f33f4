/** The tutorials on the home screen: one entry offering the three powers (each marked once done) and, for newcomers, an offer. */
import './tutorial.css';
import { h } from '../ui/dom';
import { rememberTutorial, tutorialMemory } from './memory';

/** The three tutorials, in seat order: power, name, route after #/tutorial (the US one keeps the plain route). */
const TUTORIALS = [['us', 'United States', ''], ['china', 'China', '/china'], ['russia', 'Russia', '/russia']] as const;

export function tutorialEntry(): HTMLElement {
  return h('div', { class: 'mode tut-entry', id: 'mode-tutorial' },
    h('strong', {}, 'Tutorials'),
    h('span', {}, 'A guided first round of 2019, about 10 minutes, as:'),
    h('div', { class: 'tut-powers' }, TUTORIALS.map(([power, name, path]) => {
      const done = tutorialMemory(power) === 'done';
      return h('a', { href: `#/tutorial${path}`, id: `tut-${power}`, class: done ? 'done' : '' }, done ? `${name} (done)` : name);
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

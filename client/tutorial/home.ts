/** The tutorial on the home screen: its entry (marked once done) and, for newcomers, an offer. */
import './tutorial.css';
import { h } from '../ui/dom';
import { rememberTutorial, tutorialMemory } from './memory';

export function tutorialEntry(): HTMLElement {
  const done = tutorialMemory() === 'done';
  return h('a', { class: 'mode', href: '#/tutorial', id: 'mode-tutorial' },
    h('strong', {}, done ? 'Tutorial (done)' : 'Tutorial'),
    h('span', {}, done ? 'Play the guided first round again.' : 'A guided first round as the United States, about 10 minutes.'));
}

/** Shown until the tutorial has been finished or declined once. */
export function tutorialOffer(): HTMLElement | null {
  if (tutorialMemory()) return null;
  const no = h('button', { type: 'button', id: 'tut-decline' }, 'No thanks');
  const offer = h('section', { class: 'tut-offer', 'aria-label': 'Tutorial offer' },
    h('p', {}, h('strong', {}, 'New to Multipolar? '), 'Learn by playing a guided first round, with the article behind each idea.'),
    h('div', { class: 'tut-buttons' }, h('a', { href: '#/tutorial', class: 'primary', id: 'tut-start' }, 'Start the tutorial'), no));
  no.addEventListener('click', () => {
    rememberTutorial('skipped');
    offer.remove();
  });
  return offer;
}

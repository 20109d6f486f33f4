/** The first screen: what to play. What is not built yet says so plainly. */
import { resumeOffer } from '../hotseat/resumeOffer';
import { finishedList } from '../replay/finishedList';
import { tutorialEntry, tutorialOffer } from '../tutorial/home';
import { h } from '../ui/dom';

const MODES: readonly { id: string; title: string; text: string; href?: string }[] = [
  { id: 'hotseat', title: 'Hot-seat', text: '1–3 people at one screen; bots take the empty seats.', href: '#/hotseat' },
  { id: 'online', title: 'Play online', text: 'Create a match and share its code, join one, or watch.', href: '#/online' },
  { id: 'classroom', title: 'Classroom', text: 'A teacher runs many tables with one join code; students join with a nickname.', href: '#/classroom' },
  { id: 'lab', title: 'Thesis lab', text: 'Run hundreds of bot games under a US strategy and see what they say about the article’s argument.', href: '#/lab' },
  { id: 'rules', title: 'How to play', text: 'The goal, a turn, the limits, crises and the Brink — written for players.', href: '#/help' },
];

export function showHome(root: HTMLElement): () => void {
  root.append(
    h('main', { class: 'home' },
      h('header', { class: 'home-head' },
        h('h1', {}, 'Multipolar'),
        h('p', { class: 'tagline' }, 'The United States, China and Russia — will Moscow and Beijing turn their partnership into a true alliance?'),
      ),
      resumeOffer(),
      tutorialOffer(),
      h('nav', { 'aria-label': 'Modes', class: 'modes' },
        MODES.map((m) =>
          m.href
            ? h('a', { class: 'mode', href: m.href, id: `mode-${m.id}` }, h('strong', {}, m.title), h('span', {}, m.text))
            : h('div', { class: 'mode mode-soon', id: `mode-${m.id}`, 'aria-disabled': 'true' }, h('strong', {}, m.title), h('span', {}, m.text)),
        ),
        tutorialEntry(),
      ),
      finishedList(),
      h('footer', { class: 'credit' },
        'Based on Artyom Lukin, ', h('a', { href: '#/article', id: 'article-link' }, '“The Implications of a True Russia-China Alliance”'), ' (Creative Commons, republished with attribution).'),
    ),
  );
  return () => undefined;
}

/** How to play (#/help), for players; the top bar's link on the play screen opens it. */
import { helpContents } from '../help/howToPlay';
import { HELP_WINDOW } from '../help/window';
import { h } from '../ui/dom';

export function showHelp(root: HTMLElement): () => void {
  const article = helpContents();
  // In-page links: the hash is the router's, so scroll instead of navigating.
  article.addEventListener('click', (ev) => {
    const a = (ev.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-anchor]');
    if (!a) return;
    ev.preventDefault();
    document.getElementById(a.dataset.anchor ?? '')?.scrollIntoView({ block: 'start' });
  });
  const menu = h('a', { href: '#/' }, '← Back to the menu');
  // Opened from a game's top bar, in a tab of its own: the way back is that game, not the menu.
  const top = window.name === HELP_WINDOW ? backToGame(menu) : h('p', {}, menu);
  root.append(h('main', { class: 'rules-page help-page' }, top, article));
  return () => undefined;
}

function backToGame(menu: HTMLElement): HTMLElement {
  return h('p', {}, h('strong', { id: 'help-game-open' }, 'Your game is still open in the tab you came from: switch back to it when you are done.'), ' ', menu);
}

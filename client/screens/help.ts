/** How to play (#/help), for players; the top bar's link on the play screen opens it. */
import { helpContents } from '../help/howToPlay';
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
  root.append(h('main', { class: 'rules-page help-page' }, h('p', {}, h('a', { href: '#/' }, '← Back to the menu')), article));
  return () => undefined;
}

/** The full rules reference (docs/rules.md), rendered in the page; players start at How to play (#/help). */
import { marked } from 'marked';
import rulesText from '../../docs/rules.md?raw';
import { h } from '../ui/dom';

/** The documents the game shows itself, by the file names their links use. */
const IN_GAME: Readonly<Record<string, string>> = { 'article.md': '#/article', 'rules.md': '#/rules' };

/**
 * Links between the docs are relative file names the page does not serve:
 * point those the game shows at its own screens, and leave the others as text.
 */
export function playerLinks(root: HTMLElement): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (/^(https?:|#)/.test(href)) continue;
    const file = href.split('#')[0]?.split('/').pop() ?? '';
    if (Object.hasOwn(IN_GAME, file)) a.setAttribute('href', IN_GAME[file] as string);
    else a.replaceWith(document.createTextNode(a.textContent ?? ''));
  }
}

/** The rules without the blocks marked for the game's developers (`<!-- developers -->` … `<!-- /developers -->`). */
export const forPlayers = (md: string): string => md.replace(/<!-- developers -->[\s\S]*?<!-- \/developers -->\n?/g, '');

export function showRules(root: HTMLElement): () => void {
  const article = h('article', { class: 'rules' });
  // The rules are the project's own Markdown, not user input.
  article.innerHTML = marked.parse(forPlayers(rulesText), { async: false });
  playerLinks(article);
  root.append(h('main', { class: 'rules-page' },
    h('p', {}, h('a', { href: '#/' }, '← Back to the menu'), ' · ', h('a', { href: '#/help' }, 'How to play'), ' (for players) · ', h('a', { href: '#/article' }, 'The source article')),
    article));
  return () => undefined;
}

/** The source article (#/article): docs/article.md, rendered in the game. */
import { marked } from 'marked';
import articleText from '../../docs/article.md?raw';
import { h } from '../ui/dom';
import { playerLinks } from './rules';

export function showArticle(root: HTMLElement): () => void {
  const article = h('article', { class: 'rules source-article' });
  // The article is the project's own Markdown, not user input.
  article.innerHTML = marked.parse(articleText, { async: false });
  playerLinks(article);
  root.append(h('main', { class: 'rules-page' }, h('p', {}, h('a', { href: '#/' }, '← Back to the menu'), ' · ', h('a', { href: '#/help' }, 'How to play')), article));
  return () => undefined;
}

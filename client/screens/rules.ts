/** The rules as built (docs/rules.md), rendered in the page. */
import { marked } from 'marked';
import rulesText from '../../docs/rules.md?raw';
import { h } from '../ui/dom';

export function showRules(root: HTMLElement): () => void {
  const article = h('article', { class: 'rules' });
  // The rules are the project's own Markdown, not user input.
  article.innerHTML = marked.parse(rulesText, { async: false });
  root.append(h('main', { class: 'rules-page' }, h('p', {}, h('a', { href: '#/' }, '← Back to the menu')), article));
  return () => undefined;
}

/** A classroom page that only says something (no seat, no teacher link, an error), with the way back. */
import { h } from '../ui/dom';

export function notice(root: HTMLElement, text: string): () => void {
  root.replaceChildren(h('main', { class: 'classroom-page' }, h('p', { class: 'error', role: 'alert' }, text), h('p', {}, h('a', { href: '#/classroom' }, '← Classroom'))));
  return () => undefined;
}

/** "Your match in progress": a link back to the saved hot-seat match, on the home and set-up screens. */
import { h } from '../ui/dom';
import { describeSaved, RESUME_HASH, savedHotseat } from './saved';

export function resumeOffer(note?: string): HTMLElement | null {
  const saved = savedHotseat();
  if (!saved || saved.over) return null;
  return h('section', { class: 'resume', 'aria-labelledby': 'resume-title' },
    h('h2', { id: 'resume-title' }, 'Your match in progress'),
    h('p', {}, describeSaved(saved), note ? ` ${note}` : ''),
    h('a', { href: RESUME_HASH, class: 'button primary', id: 'resume-match' }, 'Resume the match'));
}

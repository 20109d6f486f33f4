/** "Your finished matches" on the home screen: each opens its replay. */
import './replay.css';
import { SCENARIO_DATA } from '../../game';
import { h } from '../ui/dom';
import { finishedMatches, replayHash } from './store';

export function finishedList(): HTMLElement | null {
  const list = finishedMatches();
  if (list.length === 0) return null;
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return h('section', { class: 'finished', 'aria-labelledby': 'finished-title' },
    h('h2', { id: 'finished-title' }, 'Your finished matches'),
    h('ul', {}, list.map((m) => {
      const s = SCENARIO_DATA[m.scenario];
      return h('li', {},
        h('a', { href: replayHash(m.code), class: 'finished-replay' }, `Replay ${s.startYear} “${s.title}”`),
        h('span', {}, ` — ${m.summary} `),
        h('span', { class: 'hint' }, `${m.seats} · ${when.format(new Date(m.finishedAt))}`));
    })),
  );
}

/** Hot-seat set-up: a scenario and, for each power, a person or a bot. */
import { SCENARIO_DATA } from '../../game';
import type { Power, ScenarioId } from '../../game';
import { POWER_NAMES, POWERS, SCENARIOS } from '../../game';
import type { HotseatOptions, SeatKind } from '../hotseat/match';
import { h, formText } from '../ui/dom';
import { botDelayMs } from '../play/settings';
import { resumeOffer } from '../hotseat/resumeOffer';
import { showPlay } from './play';

const SEAT_CHOICES: readonly { value: SeatKind; label: string }[] = [
  { value: 'human', label: 'Person' },
  { value: 'easy', label: 'Bot (easy)' },
  { value: 'normal', label: 'Bot (normal)' },
  { value: 'hard', label: 'Bot (hard)' },
  { value: 'expert', label: 'Bot (expert)' },
];

/** One person against two bots unless told otherwise: the commonest game, and one nobody plays alone by mistake. */
const DEFAULT_SEATS: Readonly<Record<Power, SeatKind>> = { us: 'human', china: 'normal', russia: 'normal' };

/** What a shared seed may look like: short and printable, so it reads well in a link. */
const SEED = /^[\w-]{1,32}$/;

/**
 * `#/hotseat?start=1&scenario=2019&us=human&china=easy&russia=normal` skips
 * the form: a link a teacher can hand out, and what the benchmarks open.
 * `&seed=lesson3` fixes the shuffle (and the bots' dice), so every screen
 * that opens the link deals the same game; tests use it to replay a known match.
 */
function quickStart(q: URLSearchParams): HotseatOptions | null {
  if (!q.has('start')) return null;
  const scenario = (SCENARIOS as readonly string[]).includes(q.get('scenario') ?? '') ? (q.get('scenario') as ScenarioId) : '2019';
  const kinds = SEAT_CHOICES.map((c) => c.value) as readonly string[];
  const seat = (p: Power): SeatKind => (kinds.includes(q.get(p) ?? '') ? (q.get(p) as SeatKind) : 'human');
  const seed = q.get('seed') ?? '';
  return {
    scenario,
    seats: { us: seat('us'), china: seat('china'), russia: seat('russia') },
    botDelayMs: botDelayMs(),
    ...(SEED.test(seed) ? { seed } : {}),
  };
}


export function showSetup(root: HTMLElement, query = new URLSearchParams()): () => void {
  const quick = quickStart(query);
  if (quick) return showPlay(root, quick);
  const form = h('form', { class: 'setup', 'aria-labelledby': 'setup-title' },
    h('h1', { id: 'setup-title' }, 'Hot-seat match'),
    h('fieldset', {},
      h('legend', {}, 'Scenario'),
      SCENARIOS.map((id, i) => {
        const s = SCENARIO_DATA[id];
        return h('label', { class: 'choice' },
          h('input', { type: 'radio', name: 'scenario', value: id, checked: i === 0 }),
          h('span', {}, h('strong', {}, `${s.startYear} “${s.title}”`), ` — ${s.rounds} rounds. ${s.blurb}`));
      }),
    ),
    h('fieldset', {},
      h('legend', {}, 'Who plays each power'),
      POWERS.map((p) =>
        h('label', { class: `seat seat-${p}` },
          h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]),
          h('select', { name: `seat-${p}`, 'aria-label': `${POWER_NAMES[p]} is played by` },
            SEAT_CHOICES.map((c) => h('option', { value: c.value, selected: c.value === DEFAULT_SEATS[p] }, c.label))),
        ),
      ),
    ),
    h('div', { class: 'row' },
      h('a', { href: '#/' }, '← Back'),
      h('button', { type: 'submit', class: 'primary', id: 'start' }, 'Start the match'),
    ),
  );
  let stop: (() => void) | null = null;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const scenario = formText(data, 'scenario') as ScenarioId;
    const seats = Object.fromEntries(POWERS.map((p) => [p, formText(data, `seat-${p}`) as SeatKind])) as Record<Power, SeatKind>;
    root.replaceChildren();
    stop = showPlay(root, { scenario, seats, botDelayMs: botDelayMs() });
  });
  // A match in progress is offered under the heading: starting another replaces it.
  const offer = resumeOffer('Starting a new match replaces it.');
  if (offer) form.querySelector('h1')?.after(offer);
  root.append(h('main', { class: 'setup-page' }, form));
  return () => stop?.();
}

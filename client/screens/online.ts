/**
 * The online lobby (#/online): create a match, join one by code or link, the
 * matches this browser holds a seat in, and the open public matches.
 */
import { SCENARIO_DATA } from '../../game';
import type { Power, ScenarioId, Seat } from '../../game';
import { POWER_NAMES, POWERS, powerOf, SCENARIOS, seatOf } from '../../game';
import type { MatchInfo, SeatChoice } from '../online/lobby';
import { createMatch, joinMatch, listMatches, NAME_MAX } from '../online/lobby';
import { openSeats, parseCode, seatLine, seatStates } from '../online/seats';
import { heldSeats, holdSeat, rememberedName } from '../online/store';
import type { MatchPage } from '../../game/wire/match-list';
import { cleanName, NAME_RULE } from '../../game/wire/names';
import { h, formText } from '../ui/dom';

const SEAT_CHOICES: readonly { value: SeatChoice; label: string }[] = [
  { value: 'human', label: 'Person' },
  { value: 'easy', label: 'Bot (easy)' },
  { value: 'normal', label: 'Bot (normal)' },
  { value: 'hard', label: 'Bot (hard)' },
  { value: 'expert', label: 'Bot (expert)' },
];

/** How many of this browser's matches the lobby lists, newest first. */
const HELD_SHOWN = 8;

export const scenarioTitle = (id: ScenarioId | undefined): string => {
  const s = SCENARIO_DATA[id ?? '2019'];
  return `${s.startYear} “${s.title}”`;
};

/** A player name field: the one name policy (game/wire/names.ts), checked here and again by the server. */
export function nameField(id: string): HTMLInputElement {
  return h('input', {
    id, name: 'name', type: 'text', required: true, minlength: 1, maxlength: NAME_MAX,
    autocomplete: 'nickname', spellcheck: 'false', value: rememberedName(),
  });
}

/** The label of a name field made by `nameField`. */
export function nameLabel(id: string): HTMLLabelElement {
  return h('label', { for: id }, `Your name (1–${NAME_MAX} characters, shown to the other players)`);
}

/**
 * A form with a name field: on submit the name is checked first (what is wrong with it goes
 * to `error`, and focus back to the field); a good one reaches `then` as the server will keep it.
 */
export function onNamedSubmit(form: HTMLFormElement, field: HTMLInputElement, error: HTMLElement, then: (data: FormData, name: string) => void): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const name = cleanName(formText(data, field.name));
    if (name === null) {
      error.textContent = `Enter a name: ${NAME_RULE}.`;
      field.focus();
      return;
    }
    then(data, name);
  });
}

export function showOnline(root: HTMLElement): () => void {
  let alive = true;
  const openList = h('div', { class: 'open-list', 'aria-live': 'polite' });
  const refresh = h('button', { type: 'button', id: 'refresh-open' }, 'Refresh');
  refresh.addEventListener('click', () => void loadOpen());
  // The server sends the open matches a page at a time, newest first; "More" appends the next page.
  const rows = h('ul', { class: 'match-list' });
  const more = h('button', { type: 'button', id: 'more-open', class: 'more-open' }, 'More open matches');
  const moreError = h('p', { class: 'error', role: 'alert' });
  let next: string | null = null;
  let loading = 0; // which load is current: a Refresh during "More" wins
  more.addEventListener('click', () => void loadMore());

  function show(page: MatchPage<MatchInfo>, append: boolean): void {
    const shown = new Set([...rows.querySelectorAll('li')].map((li) => li.dataset.match));
    const fresh = page.matches.filter((m) => !m.gameover && !m.nextMatchID && !shown.has(m.matchID));
    if (append) rows.append(...fresh.map(openRow));
    else rows.replaceChildren(...fresh.map(openRow));
    next = page.next;
    more.hidden = next === null;
    more.disabled = false;
    moreError.textContent = '';
    openList.replaceChildren(rows.childElementCount
      ? h('div', {}, rows, more, moreError)
      : h('p', { class: 'hint' }, 'No public match is open right now. Create one, or join with a code.'));
  }

  async function loadOpen(): Promise<void> {
    const mine = ++loading;
    openList.replaceChildren(h('p', { class: 'hint' }, 'Looking for open matches…'));
    try {
      const page = await listMatches();
      if (alive && mine === loading) show(page, false);
    } catch (e) {
      if (alive && mine === loading) openList.replaceChildren(h('p', { class: 'error', role: 'alert' }, (e as Error).message));
    }
  }

  async function loadMore(): Promise<void> {
    if (next === null) return;
    const mine = loading;
    more.disabled = true;
    try {
      const page = await listMatches(next);
      if (alive && mine === loading) show(page, true);
    } catch (e) {
      if (!alive || mine !== loading) return;
      more.disabled = false;
      moreError.textContent = (e as Error).message;
    }
  }

  root.append(
    h('main', { class: 'online-page' },
      h('p', {}, h('a', { href: '#/' }, '← Back to the menu')),
      h('h1', {}, 'Play online'),
      heldSection(),
      h('div', { class: 'online-grid' },
        createForm(),
        h('div', { class: 'online-col' },
          joinForm(),
          h('section', { class: 'online-box', 'aria-labelledby': 'open-title' },
            h('div', { class: 'box-head' }, h('h2', { id: 'open-title' }, 'Open public matches'), refresh),
            openList),
        ),
      ),
    ),
  );
  void loadOpen();
  return () => {
    alive = false;
  };
}

/** "Your matches": every seat this browser holds, to resume. */
function heldSection(): HTMLElement | string {
  const held = heldSeats().slice(0, HELD_SHOWN);
  if (!held.length) return '';
  return h('section', { class: 'online-box held', 'aria-labelledby': 'held-title' },
    h('h2', { id: 'held-title' }, 'Your matches'),
    h('ul', { class: 'match-list' }, held.map((s) => {
      const p = powerOf(s.playerID);
      return h('li', {},
        h('span', { class: 'code' }, s.matchID),
        h('span', { class: 'what what-line' }, `${scenarioTitle(s.scenario)} · `, p ? h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]) : '', ` as ${s.name}`),
        h('a', { class: 'button', href: `#/online/match/${encodeURIComponent(s.matchID)}` }, 'Resume'));
    })));
}

function openRow(m: MatchInfo): HTMLElement {
  const states = seatStates(m.players);
  const free = openSeats(states);
  const href = `#/online/match/${encodeURIComponent(m.matchID)}`;
  return h('li', { 'data-match': m.matchID },
    h('span', { class: 'code' }, m.matchID),
    h('span', { class: 'what' },
      h('strong', {}, scenarioTitle(m.setupData?.scenario)),
      h('span', { class: 'seats-inline' }, POWERS.map((p) => {
        const s = states[p];
        return h('span', { class: 'seat-inline' }, h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]), ' ', s.kind === 'person' ? s.name : seatLine(s));
      }))),
    free.length ? h('a', { class: 'button primary', href }, `Join (${free.length} open)`) : '',
    h('a', { class: 'button', href: `${href}/watch` }, 'Watch'));
}

function joinForm(): HTMLElement {
  const input = h('input', { id: 'join-code', name: 'code', type: 'text', required: true, autocomplete: 'off', spellcheck: 'false', placeholder: 'ABC234 or a link', class: 'online-code-input' });
  const error = h('p', { class: 'error', role: 'alert' });
  const form = h('form', { class: 'online-box', 'aria-labelledby': 'join-title' },
    h('h2', { id: 'join-title' }, 'Join with a code'),
    h('label', { for: 'join-code' }, 'The 6-character code, or the link you were sent'),
    h('div', { class: 'inline' }, input, h('button', { type: 'submit', class: 'primary', id: 'join-go' }, 'Go')),
    error);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const code = parseCode(input.value);
    if (!code) {
      error.textContent = 'Type the 6-character code, or paste the whole link.';
      return;
    }
    location.hash = `#/online/match/${encodeURIComponent(code)}`;
  });
  return form;
}

function createForm(): HTMLElement {
  const name = nameField('create-name');
  const error = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'create' }, 'Create the match');
  const form = h('form', { class: 'online-box create', 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title' }, 'Create a match'),
    h('fieldset', {},
      h('legend', {}, 'Scenario'),
      SCENARIOS.map((id, i) => h('label', { class: 'choice' },
        h('input', { type: 'radio', name: 'scenario', value: id, checked: i === 0 }),
        h('span', {}, h('strong', {}, scenarioTitle(id)), ` — ${SCENARIO_DATA[id].rounds} rounds`)))),
    h('fieldset', {},
      h('legend', {}, 'Seats'),
      h('table', { class: 'seat-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Power'), h('th', { scope: 'col' }, 'Played by'), h('th', { scope: 'col' }, 'You'))),
        h('tbody', {}, POWERS.map((p, i) => h('tr', {},
          h('th', { scope: 'row' }, h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p])),
          h('td', {}, h('select', { name: `seat-${p}`, 'aria-label': `${POWER_NAMES[p]} is played by` },
            SEAT_CHOICES.map((c) => h('option', { value: c.value }, c.label)))),
          h('td', {}, h('label', { class: 'mine' },
            h('input', { type: 'radio', name: 'mine', value: p, checked: i === 0 }),
            h('span', {}, `I play ${POWER_NAMES[p]}`)))))))),
    nameLabel('create-name'),
    name,
    h('fieldset', {},
      h('legend', {}, 'Who can find it'),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'visibility', value: 'unlisted', checked: true }),
        h('span', {}, h('strong', {}, 'Unlisted'), ' — only people you give the code or link to')),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'visibility', value: 'public' }),
        h('span', {}, h('strong', {}, 'Public'), ' — listed under open matches for anyone to join'))),
    error,
    h('div', { class: 'row' }, h('span', {}), submit),
  );
  onNamedSubmit(form, name, error, (data, player) => {
    const scenario = formText(data, 'scenario') as ScenarioId;
    const choice = (p: Power) => formText(data, `seat-${p}`) as SeatChoice;
    const mine = formText(data, 'mine') as Power;
    if (choice(mine) !== 'human') {
      error.textContent = `You chose to play ${POWER_NAMES[mine]}, so a person must play it: set it to Person, or pick another power.`;
      return;
    }
    const seats = Object.fromEntries(POWERS.map((p) => [seatOf(p), choice(p)])) as Record<Seat, SeatChoice>;
    error.textContent = '';
    submit.disabled = true;
    submit.textContent = 'Creating…';
    void (async () => {
      try {
        const matchID = await createMatch({ scenario, seats, unlisted: data.get('visibility') !== 'public' });
        const joined = await joinMatch(matchID, player, seatOf(mine));
        holdSeat(matchID, joined, player, scenario);
        location.hash = `#/online/match/${encodeURIComponent(matchID)}`;
      } catch (e) {
        error.textContent = (e as Error).message;
        submit.disabled = false;
        submit.textContent = 'Create the match';
      }
    })();
  });
  return form;
}

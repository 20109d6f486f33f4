/**
 * The online parts of the play screen: the seats with who is connected, the
 * invitation (code, link, copy) while seats are open, and the connection
 * banner. Names are text nodes, never HTML.
 */
import type { Power } from '../../game';
import { POWER_NAMES, POWERS } from '../../game';
import { h } from '../ui/dom';
import type { Connection } from './match';
import type { SeatState } from './seats';
import { seatLine, shareLink } from './seats';

/** Copy text to the clipboard; falls back to a selected field where the Clipboard API is missing. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = h('textarea', { class: 'sr-only', readonly: true });
    field.value = text;
    document.body.append(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
}

export function copyButton(label: string, text: () => string, id?: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'copy', id });
  b.textContent = label;
  b.addEventListener('click', () => {
    void copyText(text()).then((ok) => {
      b.textContent = ok ? 'Copied ✓' : 'Select and copy it by hand';
      setTimeout(() => (b.textContent = label), 2000);
    });
  });
  return b;
}

/** The big invitation: the code and the link, each with a copy button. */
export function shareBox(matchID: string, open: readonly Power[], onHide: () => void): HTMLElement {
  const link = shareLink(location.origin, matchID);
  const waiting = open.length === 1 ? `Waiting for 1 player (${POWER_NAMES[open[0] as Power]})` : `Waiting for ${open.length} players (${open.map((p) => POWER_NAMES[p]).join(', ')})`;
  const hide = h('button', { type: 'button', class: 'link-button share-hide' }, 'Hide (the code stays in the panel)');
  hide.addEventListener('click', onHide);
  return h('section', { class: 'share', 'aria-labelledby': 'share-title' },
    h('h2', { id: 'share-title' }, waiting),
    h('p', {}, 'Give the others this code, or send them the link. Play waits at an open seat’s turn until someone takes it.'),
    h('p', { class: 'share-code' }, h('span', { class: 'sr-only' }, 'Code: '), h('output', { id: 'share-code', 'aria-label': 'Join code' }, matchID)),
    h('div', { class: 'share-link' },
      h('input', { id: 'share-link', type: 'text', readonly: true, value: link, 'aria-label': 'Share link' }),
      copyButton('Copy link', () => link, 'copy-link'),
      copyButton('Copy code', () => matchID, 'copy-code')),
    hide,
  );
}

function seatRow(p: Power, s: SeatState, me: Power | null): HTMLElement {
  const who = s.kind === 'person' ? s.name : s.kind === 'bot' ? seatLine(s) : '—';
  const state = s.kind === 'person' ? (s.standIn ? 'standin' : s.connected ? 'on' : 'off') : s.kind;
  return h('li', { class: `seat-row seat-${state}`, 'data-power': p },
    h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]),
    h('span', { class: 'seat-name' }, who, p === me ? h('span', { class: 'you' }, ' (you)') : ''),
    h('span', { class: 'seat-state' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), s.kind === 'bot' ? 'bot' : seatLine(s)));
}

export function seatList(states: Readonly<Record<Power, SeatState>>, me: Power | null): HTMLElement {
  return h('ul', { class: 'seat-list', 'aria-label': 'Seats' }, POWERS.map((p) => seatRow(p, states[p], me)));
}

/** The line at the top of the board about the connection, or null when all is well. */
export function connectionLine(c: Connection, recovered: boolean): { text: string; kind: 'bad' | 'good' | 'info' } | null {
  if (typeof c === 'object') return { text: c.refused, kind: 'bad' };
  if (c === 'offline') return { text: 'Connection lost. Trying to reconnect… your seat is kept for you.', kind: 'bad' };
  if (c === 'connecting') return { text: 'Connecting to the match…', kind: 'info' };
  return recovered ? { text: 'Reconnected: you are back in the match.', kind: 'good' } : null;
}

/**
 * The play screen's dialogs: pass the device, confirm a play, game over.
 * The game-over dialog cannot be dismissed without a choice (Escape is
 * refused), and the status box keeps a "Show the result" button besides.
 */
import type { MatchView, Power } from '../../game';
import { POWER_NAMES, POWERS, signed } from '../../game';
import type { ActionText } from '../ui/actions';
import { fullLines } from '../ui/actions';
import { h } from '../ui/dom';
import { explanation, headline, prestigeRows } from '../ui/gameover';
import { possessive, theName } from '../ui/words';

export interface GameOverChoices {
  readonly rematch: { readonly label: string; readonly run: () => void } | null;
  readonly extra?: HTMLElement;
  readonly menu: { readonly href: string; readonly label: string };
}

/** The sentence of the pass screen: why the device goes to `to`. */
export function passReason(view: MatchView, to: Power): string {
  const step = view.step;
  if (step.kind === 'respond') return `${theName(step.proposal.from, true)} has made a proposal to ${theName(to)}.`;
  return `It is ${possessive(to)} turn.`;
}

export function fillPass(dialog: HTMLDialogElement, to: Power, view: MatchView, onReady: () => void): void {
  const ready = h('button', { type: 'button', class: 'primary', autofocus: true }, `I am ${POWER_NAMES[to]}: show my hand`);
  ready.addEventListener('click', onReady);
  dialog.replaceChildren(
    h('h2', { id: 'pass-title' }, `Pass the device to ${theName(to)}`),
    h('p', {}, passReason(view, to)),
    h('p', {}, 'The previous hand is hidden. Press the button when only the next player can see the screen.'),
    ready,
  );
  if (!dialog.open) dialog.showModal();
  ready.focus();
}

/** What a confirmation asks about: a play, or an answer to a proposal. */
export interface ConfirmAsk {
  /** The action in words ("Accept the proposal", "Pressure China — …"). */
  readonly what: string;
  /** Answering a proposal: accept (true) or decline (false); null for a play. */
  readonly answer: boolean | null;
  /** The forecast's full text and the lines of it to draw as warnings. */
  readonly detail: Pick<ActionText, 'full' | 'cautions'> | null;
  readonly warning: string | null;
  /**
   * Asked whatever "Confirm every play" says (it cannot succeed, is permanent or ends the game):
   * Cancel then has the focus, so Enter alone never sends it.
   */
  readonly always: boolean;
}

/** Ask before a play is sent; resolves true on Confirm. Escape or Cancel keep the card. */
export function askConfirm(dialog: HTMLDialogElement, ask: ConfirmAsk): Promise<boolean> {
  const { what, answer, detail, warning, always } = ask;
  return new Promise((resolve) => {
    const yes = h('button', { type: 'button', class: 'primary', id: 'confirm-play' }, answer === null ? 'Play it' : answer ? 'Accept' : 'Decline');
    const no = h('button', { type: 'button', id: 'confirm-cancel' }, 'Cancel');
    let done = false;
    const finish = (ok: boolean): void => {
      if (done) return;
      done = true;
      if (dialog.open) dialog.close();
      resolve(ok);
    };
    yes.addEventListener('click', () => finish(true));
    no.addEventListener('click', () => finish(false));
    dialog.addEventListener('close', () => finish(false), { once: true });
    dialog.replaceChildren(
      h('h2', { id: 'confirm-title' }, answer === null ? 'Play this?' : answer ? 'Accept the proposal?' : 'Decline the proposal?'),
      h('p', { class: 'confirm-what' }, what),
      detail?.full ? h('div', { class: 'confirm-detail' }, fullLines(detail, 'p')) : '',
      warning ? h('p', { class: 'warn' }, warning) : '',
      h('p', { class: 'hint' }, always
        ? 'Asked every time, whatever “Confirm every play” says, because of the warning above.'
        : 'You can turn this question off with “Confirm every play” in the panel.'),
      h('div', { class: 'row' }, no, yes),
    );
    if (!dialog.open) dialog.showModal();
    (always ? no : yes).focus();
  });
}

/** `seeBoard`: what "See the board" does besides closing (on a phone, it turns to the Board view). */
export function fillGameOver(dialog: HTMLDialogElement, view: MatchView, c: GameOverChoices, seeBoard?: () => void): void {
  const rows = prestigeRows(view);
  const again = c.rematch ? h('button', { type: 'button', class: 'primary', id: 'rematch' }, c.rematch.label) : null;
  const rematch = c.rematch;
  if (again && rematch) again.addEventListener('click', () => rematch.run());
  const menu = h('a', { href: c.menu.href }, c.menu.label);
  const board = h('button', { type: 'button', class: 'link-button', id: 'see-board' }, 'See the board');
  board.addEventListener('click', () => {
    dialog.close();
    seeBoard?.();
  });
  dialog.replaceChildren(
    h('h2', {}, 'Game over'),
    h('p', { class: 'headline' }, headline(view)),
    h('ul', {}, explanation(view).map((l) => h('li', {}, l))),
    // The choices before the table: on a phone, Rematch and the way out are in sight at once.
    h('div', { class: 'row gameover-choices' }, menu, board, again),
    h('table', { class: 'prestige' },
      h('caption', {}, 'Prestige by source'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Source'), POWERS.map((p) => h('th', { scope: 'col' }, POWER_NAMES[p])))),
      h('tbody', {},
        rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.source), POWERS.map((p) => h('td', {}, r.values[p] ? signed(r.values[p]) : '·')))),
        h('tr', { class: 'total' }, h('th', { scope: 'row' }, 'Total'), POWERS.map((p) => h('td', {}, String(view.prestige[p])))),
      ),
    ),
    c.extra ?? '',
    h('p', { class: 'hint' }, '“See the board” closes this; “Show the result” in the status box opens it again.'),
  );
  if (!dialog.open) dialog.showModal();
  // Focus the main choice without scrolling the headline (who won) out of a phone's view.
  (again ?? menu).focus({ preventScroll: true });
  dialog.scrollTop = 0;
}

/** Escape would leave the player with no way to Replay or Rematch: refuse it (the "See the board" button closes). */
export function refuseEscape(dialog: HTMLDialogElement): void {
  dialog.addEventListener('cancel', (ev) => ev.preventDefault());
}

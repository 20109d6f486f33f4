/**
 * The game screen: the Phaser board on the left, the HTML layer on the right
 * (status, Actions, hand, log), the text mirror below, and the
 * pass-the-device and game-over dialogs. It is fed by a `PlaySource`: the
 * hot-seat match here, or an online match (screens/onlineMatch.ts).
 */
import type { CardId } from '../../game';
import type { Action } from '../../game';
import { SCENARIO_DATA } from '../../game';
import type { MatchView } from '../../game';
import type { Power, RegionId } from '../../game';
import { POWER_NAMES, POWERS } from '../../game';
import type { BoardController } from '../board';
import type { HotseatOptions } from '../hotseat/match';
import { HotseatMatch } from '../hotseat/match';
import { replayOnGameOver } from '../replay/finished';
import { renderActions, renderHand } from '../ui/actions';
import { announce, h } from '../ui/dom';
import { explanation, headline, prestigeRows } from '../ui/gameover';
import { logLine } from '../ui/labels';
import { renderMirror } from '../ui/mirror';
import { regionTooltip } from '../ui/tooltip';
import type { BoardVM } from '../viewmodel';
import { boardVM } from '../viewmodel';
import type { PlaySource } from './source';

export interface PlayScreen {
  readonly source: PlaySource;
  /** The scenario line in the top bar. */
  readonly title: string;
  /** Placed at the top of the side panel (online: the seats and who is connected). */
  readonly panelTop?: HTMLElement;
  /** Laid over the board (online: the connection banner and the invitation to share). */
  readonly overlay?: HTMLElement;
  /** Said in the Actions region instead of "Waiting for …" when it has something to say. */
  readonly notice?: () => string | null;
  /** The game-over dialog's main button, if any. */
  readonly rematch: { readonly label: string; readonly run: () => void } | null;
  /** More for the game-over dialog (online: who started the next match). */
  readonly gameOverExtra?: HTMLElement;
  readonly menu: { readonly href: string; readonly label: string };
}

/** A hot-seat match; its rematch starts a fresh one with the same options. */
export function showPlay(root: HTMLElement, options: HotseatOptions): () => void {
  const s = SCENARIO_DATA[options.scenario];
  let stop = (): void => undefined;
  const start = (): void => {
    stop();
    root.replaceChildren();
    const source = new HotseatMatch(options);
    stop = showMatch(root, {
      source,
      title: `${s.startYear} “${s.title}”`,
      rematch: { label: 'Rematch', run: start },
      gameOverExtra: replayOnGameOver(source),
      menu: { href: '#/', label: 'Back to the menu' },
    });
  };
  start();
  return () => stop();
}

export function showMatch(root: HTMLElement, screen: PlayScreen): () => void {
  const { source: match, title } = screen;
  const humans = match.seats;
  /** The person whose hand is on screen; changes only after the pass screen. */
  let shown: Power | null = humans.length === 1 ? (humans[0] as Power) : null;
  const selected: Partial<Record<Power, CardId>> = {};
  let logSeen = 0;
  let board: BoardController | null = null;
  let lastVM: BoardVM | null = null;

  // The canvas is a picture of the board; "Board as text" below carries the same for screen readers.
  const boardEl = h('div', { class: 'board', id: 'board', role: 'img', 'aria-label': 'Game board (the same information is in “Board as text” below)' });
  const statusEl = h('section', { class: 'status', 'aria-label': 'Status' });
  const actEl = h('div', { class: 'act-slot' });
  const handEl = h('div', { class: 'hand-slot' });
  const logList = h('ol', { class: 'log-list' });
  const logEl = h('section', { class: 'log', 'aria-label': 'Log' }, h('h2', {}, 'Log'), logList);
  const mirrorSlot = h('div', { class: 'mirror-slot' });
  const tooltip = h('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip', hidden: true });
  const passDialog = h('dialog', { class: 'pass', 'aria-labelledby': 'pass-title' });
  const overDialog = h('dialog', { class: 'gameover', 'aria-label': 'Game over' });

  root.append(
    h('div', { class: 'play' },
      h('header', { class: 'topbar' },
        h('a', { href: '#/', class: 'brand' }, 'Multipolar'),
        h('span', { class: 'scenario' }, title),
        h('a', { href: '#/rules', class: 'rules-link', target: '_blank' }, 'Rules'),
      ),
      h('div', { class: 'table' }, boardEl, screen.overlay ?? '', h('aside', { class: 'panel', 'aria-label': 'Game panel' }, screen.panelTop ?? '', statusEl, handEl, actEl, logEl)),
      mirrorSlot,
      tooltip,
      passDialog,
      overDialog,
    ),
  );

  const handlers = {
    onRegionClick: (id: RegionId) => {
      // A click on a region plays the selected card for influence there, if that is legal.
      const p = canAct();
      const card = p ? selected[p] : undefined;
      if (!p || !card) return;
      const a = match.legal(p).find((x) => x.kind === 'ops' && x.card === card && x.op.kind === 'influence' && x.op.region === id);
      if (a) act(p, a);
    },
    onRegionHover: (id: RegionId | null, x: number, y: number) => {
      if (!id || !lastVM) {
        tooltip.hidden = true;
        return;
      }
      tooltip.replaceChildren(...regionTooltip(lastVM, id));
      tooltip.style.left = `${Math.min(x + 14, window.innerWidth - 300)}px`;
      tooltip.style.top = `${Math.min(y + 14, window.innerHeight - 140)}px`;
      tooltip.hidden = false;
    },
  };

  /** Show a region from the HTML layer: outline it on the board, tooltip beside the anchor. */
  function showRegion(id: RegionId | null, anchor: DOMRect | null): void {
    board?.focusRegion(id);
    if (!id || !anchor || !lastVM) {
      tooltip.hidden = true;
      return;
    }
    tooltip.replaceChildren(...regionTooltip(lastVM, id));
    tooltip.style.left = `${Math.max(8, anchor.left - 310)}px`;
    tooltip.style.top = `${Math.min(anchor.top, window.innerHeight - 140)}px`;
    tooltip.hidden = false;
  }

  /** The human seat that may act right now on this screen, if any. */
  function canAct(): Power | null {
    const who = match.acting();
    return who && humans.includes(who) && who === shown ? who : null;
  }

  function act(p: Power, a: Action): void {
    delete selected[p];
    match.act(p, a);
  }

  function viewForScreen(): MatchView | null {
    return match.view(shown);
  }

  function render(): void {
    const view = viewForScreen();
    if (!view) return;
    const who = match.acting();
    const needPass = !!who && humans.includes(who) && who !== shown && humans.length > 1;
    // The opening deal needs nobody: the source makes it when the table is ready.
    const me = view.step.kind === 'begin' ? null : canAct();
    const legal = me ? match.legal(me) : [];
    if (me) {
      const hand = view.hands[me] ?? [];
      const sel = selected[me];
      if (!sel || !hand.includes(sel)) {
        const first = hand[0];
        if (first) selected[me] = first;
      }
    }
    const vm = boardVM(view, title, legal);
    lastVM = vm;
    if (board) board.update(vm);
    else mountBoard(vm);
    renderStatus(vm, who);
    if (me) {
      const props = {
        view, power: me, legal, selected: selected[me] ?? null,
        onSelect: (id: CardId) => { selected[me] = id; render(); focusActions(); },
        onAct: (a: Action) => act(me, a),
        onRegionFocus: showRegion,
      };
      actEl.replaceChildren(renderActions(props));
      handEl.replaceChildren(view.step.kind === 'play' ? renderHand(props) : '');
    } else {
      actEl.replaceChildren(h('section', { role: 'region', 'aria-label': 'Actions', id: 'actions', class: 'actions waiting' },
        h('p', {}, screen.notice?.() ?? (who ? `Waiting for ${match.playedBy(who)}…` : 'The match is over.'))));
      handEl.replaceChildren(shown && view.hands[shown] && !needPass ? renderHand({ view, power: shown, legal: [], selected: null, onSelect: () => undefined, onAct: () => undefined }) : '');
    }
    renderLog(view);
    mirrorSlot.replaceChildren(renderMirror(vm));
    if (needPass && who) showPass(who, view);
    else if (passDialog.open) passDialog.close();
    if (view.outcome) showGameOver(view);
    else if (overDialog.open) overDialog.close();
    else if (me && !needPass) focusActions();
  }

  function renderStatus(vm: BoardVM, who: Power | null): void {
    statusEl.replaceChildren(
      vm.outcome
        ? h('p', { class: 'turn' }, `Game over after round ${vm.round} · ${POWER_NAMES[vm.outcome.winner]} wins`)
        : h('p', { class: 'turn' },
          h('span', { class: `power-tag tag-${who ?? 'none'}` }, who ? POWER_NAMES[who] : '—'),
          ` Round ${vm.round}/${vm.lastRound} · ${vm.year} · ${vm.stepKind === 'respond' ? 'answering a proposal' : vm.stepKind === 'split' ? 'two-front crisis' : 'to play'}`),
      vm.currentEvent
        ? h('p', { class: 'event' }, h('strong', {}, `World event: ${vm.currentEvent.title}. `), vm.currentEvent.text, h('span', { class: 'cite' }, ` (${vm.currentEvent.cite})`))
        : '',
    );
  }

  function renderLog(view: MatchView): void {
    const entries = view.log;
    const start = Math.max(0, entries.length - 80);
    logList.replaceChildren(...entries.slice(start).map((e) => h('li', { class: e.power ? `by-${e.power}` : 'by-world' }, logLine(e))));
    logList.scrollTop = logList.scrollHeight;
    // The view keeps only the latest entries: count from `logStart` so each move is announced once.
    for (const e of entries.slice(Math.max(0, logSeen - view.logStart))) announce(logLine(e));
    logSeen = view.logStart + entries.length;
  }

  function focusActions(): void {
    const first = actEl.querySelector<HTMLButtonElement>('button:not([disabled])');
    first?.focus({ preventScroll: true });
  }

  function showPass(to: Power, view: MatchView): void {
    const step = view.step;
    const why = step.kind === 'respond' ? `${POWER_NAMES[step.proposal.from]} has made a proposal to ${POWER_NAMES[to]}.` : `It is ${POWER_NAMES[to]}'s turn.`;
    const ready = h('button', { type: 'button', class: 'primary', autofocus: true }, `I am ${POWER_NAMES[to]}: show my hand`);
    ready.addEventListener('click', () => {
      shown = to;
      passDialog.close();
      render();
    });
    passDialog.replaceChildren(
      h('h2', { id: 'pass-title' }, `Pass the device to ${POWER_NAMES[to]}`),
      h('p', {}, why),
      h('p', {}, 'The previous hand is hidden. Press the button when only the next player can see the screen.'),
      ready,
    );
    if (!passDialog.open) passDialog.showModal();
    ready.focus();
  }

  function showGameOver(view: MatchView): void {
    if (overDialog.open) return;
    const rows = prestigeRows(view);
    const again = screen.rematch ? h('button', { type: 'button', class: 'primary' }, screen.rematch.label) : null;
    const rematch = screen.rematch;
    if (again && rematch) again.addEventListener('click', () => rematch.run());
    const menu = h('a', { href: screen.menu.href }, screen.menu.label);
    overDialog.replaceChildren(
      h('h2', {}, 'Game over'),
      h('p', { class: 'headline' }, headline(view)),
      h('ul', {}, explanation(view).map((l) => h('li', {}, l))),
      h('table', { class: 'prestige' },
        h('caption', {}, 'Prestige by source'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Source'), POWERS.map((p) => h('th', { scope: 'col' }, POWER_NAMES[p])))),
        h('tbody', {},
          rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.source), POWERS.map((p) => h('td', {}, String(r.values[p]))))),
          h('tr', { class: 'total' }, h('th', { scope: 'row' }, 'Total'), POWERS.map((p) => h('td', {}, String(view.prestige[p])))),
        ),
      ),
      screen.gameOverExtra ?? '',
      h('div', { class: 'row' }, menu, again),
    );
    overDialog.showModal();
    (again ?? menu).focus();
  }

  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    unsubscribe();
    match.stop();
    board?.destroy();
  }

  // `?bench=1` records how long each state update takes to apply and draw (npm run bench:client).
  const renderTimes: number[] | null = new URLSearchParams(location.search).has('bench') ? [] : null;
  if (renderTimes) (window as unknown as { __multipolarRenderTimes: number[] }).__multipolarRenderTimes = renderTimes;
  // Seat clients report each change (three in hot-seat): draw once per frame.
  let frame = 0;
  const unsubscribe = match.onChange(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (stopped) return;
      const t0 = performance.now();
      render();
      renderTimes?.push(performance.now() - t0);
    });
  });
  /** The board appears with the first state (online, that is the first sync). */
  let mounting = false;
  function mountBoard(vm: BoardVM): void {
    if (mounting) return;
    mounting = true;
    void import('../board').then(async ({ createBoard }) => {
      if (stopped) return;
      const b = await createBoard(boardEl, handlers, vm);
      if (stopped) return b.destroy();
      board = b;
      boardEl.dataset.ready = 'true';
      render();
    }).catch((err: unknown) => {
      // A dropped connection (or a reload) while the board's code loads: the HTML layer
      // still plays the whole game, so say so rather than fail silently.
      if (stopped) return;
      mounting = false;
      boardEl.replaceChildren();
      const note = document.createElement('p');
      note.className = 'board-error';
      note.setAttribute('role', 'status');
      note.textContent = `The map could not be loaded (${err instanceof Error ? err.message : String(err)}). The Actions and "Board as text" still work; reload the page to try again.`;
      boardEl.append(note);
    });
  }
  render();
  return stop;
}

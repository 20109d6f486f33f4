/**
 * The one play screen: the Phaser board on the left, the HTML layer on the
 * right (status with each power's prestige and its sources, the chosen
 * region, Actions with each action's forecast, hand, log), the text mirror
 * below, the round summary over the board, and the dialogs. On a small screen
 * the board, the Actions and the log are views behind tabs (views.ts) under a
 * state line that is always shown (stateStrip.ts). Fed by a `PlaySource` —
 * hot-seat, online, classroom seats, the tutorial, a replay — the tutorial
 * adds its coach and the replay its step controls through the slots and hooks
 * of `PlayScreen`; neither builds a screen of its own.
 *
 * Over 300 lines because one render closes over the screen's state (the
 * chosen card, the confirmation, focus, the open view); each part it draws
 * lives in its own module, and the hint and reason logic in hints.ts, loaded
 * on first use.
 */
import { HELP_WINDOW } from '../help/window';
import type { Action, CardId, MatchView, Power, RegionId } from '../../game';
import { awaitingStart, cardsThatLose, THEATER_NAMES, THEATERS } from '../../game';
import type { BoardController } from '../board';
import type { Describe } from '../ui/actions';
import { firstChoice, firstFocus, renderActions, renderHand, reveal } from '../ui/actions';
import { canonical } from '../../game/sim';
import { h } from '../ui/dom';
import { actionLabel } from '../ui/labels';
import { renderMirror } from '../ui/mirror';
import type { BoardVM } from '../viewmodel';
import { boardVM } from '../viewmodel';
import { roundSummary } from './accounting';
import { benchTimes } from './bench';
import { loadBoard } from './boardMount';
import { changedKeys } from './changes';
import { newCrises } from './crisis';
import { askConfirm, fillGameOver, fillPass, refuseEscape } from './dialogs';
import { focusHeldOutside, focusWithin } from './focus';
import { forecastLookup, shownActions } from './forecasts';
import { LogPanel, logCount } from './log';
import { renderRegionPanel } from './region';
import { regionPointer } from './regionPointer';
import { RoundNotes } from './roundNotes';
import type { PlayScreen } from './screen';
import { renderSettings } from './settingsPanel';
import { renderStateStrip } from './stateStrip';
import { renderStatus } from './status';
import { SummaryPacer } from './summaryPacer';
import { lastRead, markRead } from './summaryRead';
import { boardViewOf, touchFirst, ViewSwitcher } from './views';

export type { Coach, PlayScreen, RenderContext } from './screen';

export function showMatch(root: HTMLElement, screen: PlayScreen): () => void {
  const { source: match, title } = screen;
  const humans = match.seats;
  /** The person whose hand is on screen; changes only after the pass screen. */
  let shown: Power | null = humans.length === 1 ? (humans[0] as Power) : null;
  const selected: Partial<Record<Power, CardId>> = {};
  let region: RegionId | null = null;
  let board: BoardController | null = null;
  let lastVM: BoardVM | null = null;
  let lastView: MatchView | null = null;
  let overShown = false;
  let focusedFor = '';
  let confirming = false;
  let stopped = false;
  /** The hints chunk, once loaded (the log's reasons, Suggest). */
  let why: typeof import('./hints') | null = null;
  /** The forecasts of the actions on screen, computed once per render. */
  let describe: Describe = () => null;

  // The canvas is a picture of the board; "Board as text" below carries the same for screen readers.
  const boardEl = h('div', { class: 'board', id: 'board', role: 'img', 'aria-label': 'Game board (the same information is in “Board as text” below)' });
  const stateSlot = h('div', { class: 'state-slot' });
  const statusSlot = h('div', { class: 'status-slot' });
  const regionSlot = h('div', { class: 'region-slot' });
  const actEl = h('div', { class: 'act-slot' });
  const handEl = h('div', { class: 'hand-slot' });
  const hintSlot = h('div', { class: 'hint-slot' });
  /** The turn the hint slot was drawn for: a new turn gets a fresh Suggest button. */
  let hintFor = '';
  const log = new LogPanel(() => whyLines());
  const mirrorSlot = h('div', { class: 'mirror-slot' });
  const crisisSlot = h('div', { class: 'crisis-slot' });
  const tooltip = h('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip', hidden: true });
  const passDialog = h('dialog', { class: 'pass', 'aria-labelledby': 'pass-title' });
  const overDialog = h('dialog', { class: 'gameover', 'aria-label': 'Game over' });
  const confirmDialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' });
  refuseEscape(overDialog);
  const settings = screen.replay ? null : renderSettings(match, screen.kind === 'tutorial', screen.confirmByDefault ?? 'off');
  const summary = new SummaryPacer(crisisSlot, !!screen.replay, () => focusActions(), () => stopped, () => {
    const view = match.view(shown);
    if (view?.outcome && !screen.replay) showGameOver(view);
  }, screen.coach?.summary);
  const notes = new RoundNotes(humans);
  if (!screen.replay) summary.onRead = (round) => markRead(match.key, round);

  const playEl = h('div', { class: `play${screen.kind ? ` ${screen.kind}` : ''}` });
  // A spectator on a phone has no actions to see: it opens on the board (a replay on its step controls).
  const views = new ViewSwitcher(playEl, humans.length > 0 || screen.replay ? 'actions' : 'board',
    THEATERS.map((id) => ({ id, name: THEATER_NAMES[id] })),
    {
      onTheater: (t) => {
        // What the tooltip points at may be gone from the board (a card's help, after Tracks).
        tooltip.hidden = true;
        board?.show(boardViewOf(t));
      },
      onZoom: (f) => board?.zoomBy(f),
    },
    (view) => {
      tooltip.hidden = true;
      // The log was not laid out while hidden: open it at its newest line, with its bots' reasons.
      if (view === 'log') {
        log.el.querySelector('.log-list')?.scrollTo({ top: 1e9 });
        loadWhy();
      }
    });
  // The panel opens a turn at its top (what the others did, the hand, the card), so the actions
  // may start below its fold: while they do, a button at the panel's foot says so and goes there.
  const toActions = h('button', { type: 'button', class: 'to-actions', id: 'to-actions' }, '↓ Your actions');
  const toActionsDock = h('div', { class: 'to-actions-dock', hidden: true }, toActions);
  toActions.addEventListener('click', () => {
    actEl.scrollIntoView({ block: 'start' });
    focusActions();
    placeToActions();
  });
  const panelEl = h('aside', { class: 'panel', 'aria-label': screen.replay ? 'Replay panel' : 'Game panel' },
    screen.panelTop ?? '', statusSlot, regionSlot, handEl, hintSlot, actEl, log.el, settings?.el ?? '', screen.panelBottom ?? '', toActionsDock);
  panelEl.addEventListener('scroll', () => placeToActions(), { passive: true });
  /** Show the button while it is this screen's player's turn and the first action is out of sight below. */
  function placeToActions(): void {
    const first = actEl.querySelector('button.act:not([disabled]), details.act-fold > summary');
    const below = !!first && canAct() !== null && first.getBoundingClientRect().top > panelEl.getBoundingClientRect().bottom - 24;
    toActionsDock.hidden = !below;
  }
  playEl.append(
    h('header', { class: 'topbar' },
      h('a', { href: '#/', class: 'brand' }, 'Multipolar'),
      screen.kind === 'replay' ? h('h1', { class: 'scenario replay-title' }, title) : h('span', { class: 'scenario' }, title),
      ...(screen.topbar ?? []),
      stateSlot,
      h('a', { href: '#/help', class: 'rules-link', target: HELP_WINDOW, id: 'help-link' }, 'How to play'),
    ),
    h('div', { class: 'table' }, views.tools, boardEl, screen.overlay ?? '', crisisSlot, panelEl),
    views.tabs,
    mirrorSlot,
    tooltip,
    passDialog,
    overDialog,
    confirmDialog,
  );
  root.append(playEl);

  /** A small screen's region panel opened by a tap on the map: closing it goes back to the map. */
  let regionFromMap = false;
  const pointer = regionPointer(tooltip, views, () => ({ board, vm: lastVM }), (id) => {
    region = id;
    regionFromMap = views.compact;
    render();
    regionSlot.querySelector<HTMLElement>('#region-panel')?.focus({ preventScroll: true });
    regionSlot.scrollIntoView({ block: 'nearest' });
  }, () => boardEl.getBoundingClientRect());

  /** The human seat that may act right now on this screen, if any. */
  function canAct(): Power | null {
    const who = match.acting();
    return who && humans.includes(who) && who === shown ? who : null;
  }

  function act(p: Power, a: Action): void {
    if (confirming) return;
    const send = (): void => {
      delete selected[p];
      // The region panel served this move; left open it would push the next hand below the fold.
      region = null;
      // A summary folded away has been looked at: the player's own move puts it away.
      summary.putAway();
      match.act(p, a);
    };
    const text = describe(a);
    // Cannot succeed, ends the game, or permanent: asked whatever the setting says.
    if (!settings?.confirm() && !text?.mustConfirm) return send();
    confirming = true;
    const ask = { what: actionLabel(a), answer: a.kind === 'respond' ? a.accept : null, detail: text, warning: text?.warnings.join(' ') || null, always: !!text?.mustConfirm };
    void askConfirm(confirmDialog, ask).then((ok) => {
      confirming = false;
      if (ok && canAct() === p) send();
      else focusActions();
    });
  }

  function render(): void {
    const view = match.view(shown);
    if (!view) return;
    const who = match.acting();
    const needPass = !!who && humans.includes(who) && who !== shown && humans.length > 1;
    // The opening deal needs nobody: the source makes it when the table is ready.
    const me = awaitingStart(view) ? null : canAct();
    const legal = me ? match.legal(me) : [];
    if (me) {
      const hand = view.hands[me] ?? [];
      const sel = selected[me];
      if (!sel || !hand.includes(sel)) {
        const firstCard = firstChoice(hand, me);
        if (firstCard) selected[me] = firstCard;
      }
    }
    const stepBase = match.previous ? match.previous() : undefined;
    const changed = changedKeys(stepBase === undefined ? lastView : stepBase, view);
    notes.note(view);
    if (stepBase !== undefined) {
      // A replay: a step across a round's end shows that round's summary; any other step clears it.
      notes.take();
      if (stepBase && view !== lastView && (view.round > stepBase.round || (view.outcome && !stepBase.outcome))) {
        summary.show(roundSummary(stepBase.round, view.log, newCrises(stepBase, view), view));
      } else if (view !== lastView) summary.close();
    } else {
      // A summary closed before a reload is not shown again.
      for (const pending of notes.take()) if (pending.round > lastRead(match.key)) summary.queue(pending);
    }
    lastView = view;
    const vm = boardVM(view, title, legal, changed);
    lastVM = vm;
    if (board) board.update(vm);
    else mountBoard(vm);
    stateSlot.replaceChildren(renderStateStrip(vm, who));
    const keepStatus = focusWithin(statusSlot);
    // Held (a paused class), nobody may act, but the status still says whose turn it is.
    statusSlot.replaceChildren(renderStatus(vm, who ?? vm.acting, view.outcome && !screen.replay ? () => showGameOver(view) : null, view.prestigeBySource, view, needPass ? null : me, match.logNote?.bind(match)));
    // The hand's cards that can only lose are found by the same forecasts (timed with them).
    let losing: ReadonlySet<CardId> | undefined;
    if (me) {
      const t0 = performance.now();
      describe = forecastLookup(view, me, shownActions(legal, selected[me] ?? null));
      if (view.step.kind === 'play') losing = cardsThatLose(view, me, legal);
      forecastTimes?.push(performance.now() - t0);
    } else describe = () => null;
    const props = me
      ? {
        view, power: me, legal, selected: selected[me] ?? null,
        onSelect: (id: CardId) => {
          selected[me] = id;
          render();
          focusActions();
          actEl.scrollIntoView({ block: 'nearest' });
        },
        onAct: (a: Action) => act(me, a),
        onRegionFocus: (id: RegionId | null, anchor: DOMRect | null) => pointer.show(id, anchor),
        describe,
        fold: views.compact,
        losing,
      }
      : null;
    regionSlot.replaceChildren(region ? renderRegionPanel({
      vm, region,
      actor: props && !needPass ? { view, power: props.power, legal, card: props.selected } : null,
      onAct: (a) => props?.onAct(a),
      onClose: () => {
        region = null;
        render();
        if (regionFromMap && views.compact) views.show('board');
        regionFromMap = false;
      },
      describe,
    }) : '');
    // Redrawing replaces the buttons: a keyboard player's focus moves to the same button anew.
    const keep = focusWithin(actEl) ?? focusWithin(handEl);
    if (props) {
      actEl.replaceChildren(renderActions(props));
      handEl.replaceChildren(view.step.kind === 'play' ? renderHand(props) : '');
    } else {
      actEl.replaceChildren(screen.replay ? '' : h('section', { role: 'region', 'aria-label': 'Actions', id: 'actions', class: 'actions waiting', tabindex: '-1' },
        h('p', {}, screen.notice?.() ?? (who ? `Waiting for ${match.playedBy(who)}…` : 'The match is over.'))));
      handEl.replaceChildren(shown && view.hands[shown] && !needPass ? renderHand({ view, power: shown, legal: [], selected: null, onSelect: () => undefined, onAct: () => undefined }) : '');
    }
    keep?.();
    keepStatus?.();
    renderHint(me && !needPass && !view.outcome ? me : null, view);
    views.attention(!!me && !needPass && !view.outcome);
    log.render(view, !!screen.replay, match.logNote?.bind(match));
    const open = mirrorSlot.querySelector('details')?.open ?? false;
    const mirror = renderMirror(vm);
    if (open) mirror.setAttribute('open', '');
    mirrorSlot.replaceChildren(mirror);
    // Someone here reads the summary: anyone who plays on this screen, whoever is to act next (a
    // player waiting on others reads it meanwhile). Only a screen nobody plays on lets it pass.
    summary.pace(humans.length > 0);
    if (needPass && who) fillPass(passDialog, who, view, () => {
      shown = who;
      passDialog.close();
      render();
    });
    else if (passDialog.open) passDialog.close();
    if (view.outcome && !screen.replay) {
      if (!overShown) showGameOver(view);
    } else if (overDialog.open) overDialog.close();
    placeToActions();
    screen.coach?.onRender({ view, vm, board, parts: { status: statusSlot, hand: handEl, actions: actEl, log: log.el }, rerender: render, focusActions });
    // Focus the first action once per turn (not on every redraw: that would steal focus from the panel).
    const key = `${me}:${view.step.kind}:${logCount(view)}`;
    if (me && !needPass && !view.outcome && key !== focusedFor && !screen.coach?.holdsFocus() && !confirming) {
      // A new turn on a small or touch screen opens at the top of the panel (what the others did, the
      // new hand), not wherever the last play was tapped; "Your actions" leads on from there. (With a
      // mouse and keyboard the panel stays put: the first action takes the focus where it is.)
      if (views.compact || touchFirst()) panelEl.scrollTo({ top: 0 });
      focusedFor = key;
      // Someone on another control (Leave, the log, a setting) keeps it for this turn: a key press
      // meant for it must not land on the first action.
      const held = focusHeldOutside([actEl, handEl, statusSlot, crisisSlot, stateSlot]);
      // A round summary waiting for this player is read (and dismissed) first.
      if (!held && summary.el && !summary.focused) {
        summary.focused = true;
        summary.el.querySelector<HTMLElement>('#summary-ok')?.focus({ preventScroll: true });
      } else if (!held && !summary.el) focusActions();
    }
  }

  /**
   * Bot lines in the log: focusable at once; their reasons come with the hints chunk, loaded the
   * first time a pointer or the keyboard enters the log (not with the board: its first load stays small).
   */
  function whyLines(): void {
    const trace = match.botTrace?.bind(match);
    const list = log.el.querySelector<HTMLOListElement>('.log-list');
    if (!trace || !list) return;
    if (why) return why.decorateLog(list, trace);
    for (const li of list.children) if (trace((li as HTMLLIElement).value - 1)) (li as HTMLElement).tabIndex = 0;
  }
  const loadWhy = (): void => {
    if (match.botTrace && !why) {
      void import('./hints').then((m) => {
        why = m;
        // The why? marks lengthen the lines: a log opened at its end stays at its end.
        const list = log.el.querySelector('.log-list');
        const atEnd = !!list && list.scrollHeight - list.scrollTop - list.clientHeight < 8;
        whyLines();
        if (atEnd) list.scrollTo({ top: 1e9 });
      }).catch((e: unknown) => console.warn('multipolar: reasons', e));
    }
  };
  log.el.addEventListener('pointerover', loadWhy, { once: true });
  log.el.addEventListener('focusin', loadWhy, { once: true });

  /** The Suggest button for the acting person, once per turn; its panel and search load on first use. */
  function renderHint(me: Power | null, view: MatchView): void {
    const key = me ? `${me}:${view.step.kind}:${logCount(view)}` : '';
    if (key === hintFor) return;
    hintFor = key;
    const hints = screen.hints ?? (screen.replay || screen.kind === 'tutorial' ? false : {});
    if (!me || !hints) return void hintSlot.replaceChildren();
    const b = h('button', { type: 'button', class: 'act suggest', id: 'suggest' }, 'Suggest a move');
    b.addEventListener('click', () => {
      hints.onHint?.(me);
      void import('./hints').then((m) => m.showSuggestions(hintSlot, view, me, match.legal(me), (a) => {
        if (a.kind === 'event' || a.kind === 'ops') selected[me] = a.card;
        render();
        const chosen = actEl.querySelector<HTMLButtonElement>(`[data-action="${CSS.escape(canonical(a))}"]`);
        if (chosen) reveal(chosen);
        chosen?.classList.add('suggested');
        chosen?.focus();
        chosen?.scrollIntoView({ block: 'nearest' });
      }, (actions) => forecastLookup(view, me, actions), actionLabel)).catch((e: unknown) => console.warn('multipolar: suggest', e));
    });
    hintSlot.replaceChildren(b);
  }

  function focusActions(): void {
    firstFocus(actEl)?.focus({ preventScroll: true });
  }

  function showGameOver(view: MatchView): void {
    overShown = true;
    // The board is what the player asked to see: on a phone that is its own view; the last summary folds to its title.
    fillGameOver(overDialog, view, { rematch: screen.rematch, extra: screen.gameOverExtra, menu: screen.menu }, () => {
      summary.fold();
      if (views.compact) views.show('board');
    });
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    summary.stop();
    unsubscribe();
    window.removeEventListener('resize', onResize);
    match.stop();
    board?.destroy();
  }

  const { renderTimes, forecastTimes } = benchTimes();
  // Seat clients report each change (three in hot-seat): draw once per frame.
  let frame = 0;
  const unsubscribe = match.onChange(() => {
    if (!stopped) notes.note(match.view(shown));
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (stopped) return;
      const t0 = performance.now();
      render();
      renderTimes?.push(performance.now() - t0);
    });
  });
  // The board's layout follows the window; outlines laid over it (the tutorial's) follow the board.
  const onResize = (): void => {
    setTimeout(() => {
      if (!stopped) render();
    }, 120);
  };
  window.addEventListener('resize', onResize);
  let mounting = false;
  function mountBoard(vm: BoardVM): void {
    if (mounting) return;
    mounting = true;
    loadBoard(boardEl, pointer.handlers, vm, () => stopped, (b) => {
      board = b;
      views.pickTheater(views.theater);
      screen.coach?.onBoard?.(b, boardEl);
      boardEl.dataset.ready = 'true';
      render();
    }, () => { mounting = false; });
  }
  render();
  return stop;
}

/**
 * The one play screen: the Phaser board on the left, the HTML layer on the
 * right (status with each power's prestige and its sources, the chosen
 * region, Actions with each action's forecast, hand, log), the text mirror
 * below, the round summary over the board, and the dialogs. Fed by a
 * `PlaySource` — hot-seat, online, classroom seats, the tutorial, a replay —
 * the tutorial adds its coach and the replay its step controls through the
 * slots and hooks of `PlayScreen`; neither builds a screen of its own.
 */
import type { Action, CardId, LogEntry, MatchView, Power, RegionId } from '../../game';
import type { BoardController } from '../board';
import type { Describe } from '../ui/actions';
import { renderActions, renderHand } from '../ui/actions';
import { announce, h } from '../ui/dom';
import { actionLabel } from '../ui/labels';
import { renderMirror } from '../ui/mirror';
import { regionTooltip } from '../ui/tooltip';
import type { BoardVM } from '../viewmodel';
import { boardVM } from '../viewmodel';
import { changedKeys } from './changes';
import type { RoundSummary } from './accounting';
import { roundSummary } from './accounting';
import type { CrisisReport } from './crisis';
import { newCrises } from './crisis';
import type { GameOverChoices } from './dialogs';
import { askConfirm, fillGameOver, fillPass, refuseEscape } from './dialogs';
import { forecastLookup, shownActions } from './forecasts';
import { LogPanel, logCount, unseen } from './log';
import { renderRegionPanel } from './region';
import type { ConfirmDefault } from './settings';
import { renderSettings } from './settingsPanel';
import type { PlaySource } from './source';
import { renderStatus } from './status';
import { renderRoundSummary, SUMMARY_PASSES_MS } from './summaryPanel';

/** What a coach (the tutorial) sees after each render. */
export interface RenderContext {
  readonly view: MatchView;
  readonly vm: BoardVM;
  readonly board: BoardController | null;
  readonly parts: { readonly status: HTMLElement; readonly hand: HTMLElement; readonly actions: HTMLElement; readonly log: HTMLElement };
  readonly rerender: () => void;
  readonly focusActions: () => void;
}

export interface Coach {
  /** Called after every render. */
  onRender(ctx: RenderContext): void;
  /** While true the screen leaves keyboard focus to the coach. */
  holdsFocus(): boolean;
  /** The board is on screen (to lay outlines over it). */
  onBoard?(board: BoardController, boardEl: HTMLElement): void;
}

export interface PlayScreen {
  readonly source: PlaySource;
  /** The scenario line in the top bar. */
  readonly title: string;
  /** More in the top bar, before the How to play link (the replay's share link). */
  readonly topbar?: readonly HTMLElement[];
  /** Placed at the top of the side panel (online: the seats; the tutorial: its coach; a replay: its controls). */
  readonly panelTop?: HTMLElement;
  /** Placed at the bottom of the side panel (a replay: every hand). */
  readonly panelBottom?: HTMLElement;
  /** Laid over the board (online: the connection banner and the invitation to share). */
  readonly overlay?: HTMLElement;
  /** Said in the Actions region instead of "Waiting for …" when it has something to say. */
  readonly notice?: () => string | null;
  /** An extra class on the screen ('tutorial', 'replay'). */
  readonly kind?: 'tutorial' | 'replay';
  readonly coach?: Coach;
  /** A replay shows no game-over dialog and announces nothing as it jumps about. */
  readonly replay?: boolean;
  /** "Confirm every play" before the player has chosen (the tutorial: always; hot-seat: first games; else off). */
  readonly confirmByDefault?: ConfirmDefault;
  /** The game-over dialog's main button, if any. */
  readonly rematch: GameOverChoices['rematch'];
  /** More for the game-over dialog (online: who started the next match; hot-seat: the replay link). */
  readonly gameOverExtra?: HTMLElement;
  readonly menu: GameOverChoices['menu'];
}

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
  /** The forecasts of the actions on screen, computed once per render. */
  let describe: Describe = () => null;

  // The canvas is a picture of the board; "Board as text" below carries the same for screen readers.
  const boardEl = h('div', { class: 'board', id: 'board', role: 'img', 'aria-label': 'Game board (the same information is in “Board as text” below)' });
  const statusSlot = h('div', { class: 'status-slot' });
  const regionSlot = h('div', { class: 'region-slot' });
  const actEl = h('div', { class: 'act-slot' });
  const handEl = h('div', { class: 'hand-slot' });
  const log = new LogPanel();
  const mirrorSlot = h('div', { class: 'mirror-slot' });
  const crisisSlot = h('div', { class: 'crisis-slot' });
  const tooltip = h('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip', hidden: true });
  const passDialog = h('dialog', { class: 'pass', 'aria-labelledby': 'pass-title' });
  const overDialog = h('dialog', { class: 'gameover', 'aria-label': 'Game over' });
  const confirmDialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' });
  refuseEscape(overDialog);
  const settings = screen.replay ? null : renderSettings(match, screen.kind === 'tutorial', screen.confirmByDefault ?? 'off');

  root.append(
    h('div', { class: `play${screen.kind ? ` ${screen.kind}` : ''}` },
      h('header', { class: 'topbar' },
        h('a', { href: '#/', class: 'brand' }, 'Multipolar'),
        screen.kind === 'replay' ? h('h1', { class: 'scenario replay-title' }, title) : h('span', { class: 'scenario' }, title),
        ...(screen.topbar ?? []),
        h('a', { href: '#/help', class: 'rules-link', target: '_blank', id: 'help-link' }, 'How to play'),
      ),
      h('div', { class: 'table' }, boardEl, screen.overlay ?? '', crisisSlot,
        h('aside', { class: 'panel', 'aria-label': screen.replay ? 'Replay panel' : 'Game panel' },
          screen.panelTop ?? '', statusSlot, regionSlot, handEl, actEl, log.el, settings?.el ?? '', screen.panelBottom ?? '')),
      mirrorSlot,
      tooltip,
      passDialog,
      overDialog,
      confirmDialog,
    ),
  );

  function placeTooltip(id: RegionId, x: number, y: number): void {
    if (!lastVM) return;
    tooltip.replaceChildren(...regionTooltip(lastVM, id));
    tooltip.hidden = false;
    const w = tooltip.offsetWidth || 300;
    const hgt = tooltip.offsetHeight || 120;
    // Beside the point, flipped to its left near the right edge, always inside the window.
    const left = x + 14 + w > window.innerWidth - 8 ? x - 14 - w : x + 14;
    tooltip.style.left = `${Math.max(8, left)}px`;
    tooltip.style.top = `${Math.max(8, Math.min(y + 14, window.innerHeight - hgt - 8))}px`;
  }

  const handlers = {
    // A click on the map only selects a region: nothing is ever played by pointing.
    onRegionClick: (id: RegionId) => {
      region = id;
      render();
      regionSlot.querySelector<HTMLElement>('#region-panel')?.focus({ preventScroll: true });
      regionSlot.scrollIntoView({ block: 'nearest' });
    },
    onRegionHover: (id: RegionId | null, x: number, y: number) => {
      if (!id) tooltip.hidden = true;
      else placeTooltip(id, x, y);
    },
  };

  /** Show a region from the HTML layer: outline it on the board, the tooltip beside the region itself. */
  function showRegion(id: RegionId | null, anchor: DOMRect | null): void {
    board?.focusRegion(id);
    if (!id || !anchor) {
      tooltip.hidden = true;
      return;
    }
    const at = board?.regionPoint(id);
    // A region scrolled out of sight (a phone, the board above the panel): no tooltip pinned to the window's edge.
    if (at && (at.y < 0 || at.y > window.innerHeight || at.x < 0 || at.x > window.innerWidth)) tooltip.hidden = true;
    else if (at) placeTooltip(id, at.x, at.y);
    else placeTooltip(id, anchor.left - 320, anchor.top);
  }

  /** The human seat that may act right now on this screen, if any. */
  function canAct(): Power | null {
    const who = match.acting();
    return who && humans.includes(who) && who === shown ? who : null;
  }

  function act(p: Power, a: Action): void {
    if (confirming) return;
    const send = (): void => {
      delete selected[p];
      match.act(p, a);
    };
    const text = describe(a);
    // Cannot succeed, ends the game, or permanent: asked whatever the setting says.
    if (!settings?.confirm() && !text?.mustConfirm) return send();
    confirming = true;
    void askConfirm(confirmDialog, actionLabel(a), text?.full ?? null, text?.warnings.join(' ') || null).then((ok) => {
      confirming = false;
      if (ok && canAct() === p) send();
      else focusActions();
    });
  }

  /** The round summary on screen, and its timer when it passes on by itself. */
  let summaryEl: HTMLElement | null = null;
  let summaryTimer = 0;
  let summaryFocused = false;
  function closeSummary(): void {
    clearTimeout(summaryTimer);
    summaryTimer = 0;
    const had = summaryEl?.contains(document.activeElement) ?? false;
    summaryEl = null;
    crisisSlot.replaceChildren();
    if (had) focusActions();
  }
  function showSummary(s: RoundSummary): void {
    closeSummary();
    summaryEl = renderRoundSummary(s, closeSummary);
    summaryFocused = false;
    crisisSlot.replaceChildren(summaryEl);
    if (!screen.replay) announce(`Round ${s.round} is over.`);
  }
  /** A person here to act dismisses the summary; otherwise it passes on after a few seconds (not while read: hovered or focused). */
  function paceSummary(personActs: boolean): void {
    if (!summaryEl) return;
    if (personActs) {
      clearTimeout(summaryTimer);
      summaryTimer = 0;
      return;
    }
    if (summaryTimer) return;
    const tick = (): void => {
      if (!summaryEl || stopped) return;
      if (summaryEl.matches(':hover') || summaryEl.contains(document.activeElement)) summaryTimer = window.setTimeout(tick, 1500);
      else closeSummary();
    };
    summaryTimer = window.setTimeout(tick, SUMMARY_PASSES_MS);
  }

  function render(): void {
    const view = match.view(shown);
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
    const stepBase = match.previous ? match.previous() : undefined;
    const changed = changedKeys(stepBase === undefined ? lastView : stepBase, view);
    noteView(view);
    if (stepBase !== undefined) {
      // A replay: a step across a round's end shows that round's summary; any other step clears it.
      pendingSummary = null;
      if (stepBase && view !== lastView && (view.round > stepBase.round || (view.outcome && !stepBase.outcome))) {
        showSummary(roundSummary(stepBase.round, view.log, newCrises(stepBase, view), view));
      } else if (view !== lastView) closeSummary();
    } else if (pendingSummary) {
      showSummary(pendingSummary);
      pendingSummary = null;
    }
    lastView = view;
    const vm = boardVM(view, title, legal, changed);
    lastVM = vm;
    if (board) board.update(vm);
    else mountBoard(vm);
    const keepStatus = focusWithin(statusSlot);
    statusSlot.replaceChildren(renderStatus(vm, who, view.outcome && !screen.replay ? () => showGameOver(view) : null, view.prestigeBySource));
    if (me) {
      const t0 = performance.now();
      describe = forecastLookup(view, me, shownActions(legal, selected[me] ?? null));
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
        onRegionFocus: showRegion,
        describe,
      }
      : null;
    regionSlot.replaceChildren(region ? renderRegionPanel({
      vm, region,
      actor: props && !needPass ? { view, power: props.power, legal, card: props.selected } : null,
      onAct: (a) => props?.onAct(a),
      onClose: () => {
        region = null;
        render();
      },
      describe,
    }) : '');
    // Redrawing replaces the buttons: a keyboard player's focus moves to the same button anew.
    const keep = focusWithin(actEl) ?? focusWithin(handEl);
    if (props) {
      actEl.replaceChildren(renderActions(props));
      handEl.replaceChildren(view.step.kind === 'play' ? renderHand(props) : '');
    } else {
      actEl.replaceChildren(screen.replay ? '' : h('section', { role: 'region', 'aria-label': 'Actions', id: 'actions', class: 'actions waiting' },
        h('p', {}, screen.notice?.() ?? (who ? `Waiting for ${match.playedBy(who)}…` : 'The match is over.'))));
      handEl.replaceChildren(shown && view.hands[shown] && !needPass ? renderHand({ view, power: shown, legal: [], selected: null, onSelect: () => undefined, onAct: () => undefined }) : '');
    }
    keep?.();
    keepStatus?.();
    log.render(view, !!screen.replay);
    const open = mirrorSlot.querySelector('details')?.open ?? false;
    const mirror = renderMirror(vm);
    if (open) mirror.setAttribute('open', '');
    mirrorSlot.replaceChildren(mirror);
    paceSummary(!!me && !needPass && !view.outcome);
    if (needPass && who) fillPass(passDialog, who, view, () => {
      shown = who;
      passDialog.close();
      render();
    });
    else if (passDialog.open) passDialog.close();
    if (view.outcome && !screen.replay) {
      if (!overShown) showGameOver(view);
    } else if (overDialog.open) overDialog.close();
    screen.coach?.onRender({ view, vm, board, parts: { status: statusSlot, hand: handEl, actions: actEl, log: log.el }, rerender: render, focusActions });
    // Focus the first action once per turn (not on every redraw: that would steal focus from the panel).
    const key = `${me}:${view.step.kind}:${logCount(view)}`;
    if (me && !needPass && !view.outcome && key !== focusedFor && !screen.coach?.holdsFocus() && !confirming) {
      focusedFor = key;
      // A round summary waiting for this player is read (and dismissed) first.
      if (summaryEl && !summaryFocused) {
        summaryFocused = true;
        summaryEl.querySelector<HTMLElement>('#summary-ok')?.focus({ preventScroll: true });
      } else if (!summaryEl) focusActions();
    }
  }

  /** If focus is on a button inside `slot`, a function that puts it back on its match after a redraw. */
  function focusWithin(slot: HTMLElement): (() => void) | null {
    const at = document.activeElement;
    if (!(at instanceof HTMLButtonElement) || !slot.contains(at)) return null;
    const index = [...slot.querySelectorAll('button')].indexOf(at);
    const label = at.textContent;
    return () => {
      if (slot.contains(document.activeElement)) return;
      const buttons = [...slot.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
      (buttons.find((b) => b.textContent === label) ?? buttons[Math.min(index, buttons.length - 1)])?.focus({ preventScroll: true });
    };
  }

  function focusActions(): void {
    actEl.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus({ preventScroll: true });
  }

  function showGameOver(view: MatchView): void {
    overShown = true;
    fillGameOver(overDialog, view, { rematch: screen.rematch, extra: screen.gameOverExtra, menu: screen.menu });
  }

  /**
   * Each update is read as it arrives, not once per frame: the view just before the round's
   * last move is the one whose forces and influence its crises used, and every log line of
   * the round is kept (a view carries only the latest) for the round's summary.
   */
  let noted: MatchView | null = null;
  let roundEntries: LogEntry[] = [];
  let roundCrises: CrisisReport[] = [];
  let pendingSummary: RoundSummary | null = null;
  function noteView(view: MatchView | null): void {
    if (!view || view === noted) return;
    const before = noted;
    noted = view;
    if (!before) {
      roundEntries = view.log.filter((e) => e.round === view.round);
      return;
    }
    roundCrises.push(...newCrises(before, view));
    roundEntries.push(...unseen(view, logCount(before)));
    if (view.round > before.round || (view.outcome && !before.outcome)) {
      pendingSummary = roundSummary(before.round, roundEntries, roundCrises, view);
      roundEntries = roundEntries.filter((e) => e.round > before.round);
      roundCrises = [];
    }
  }

  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    clearTimeout(summaryTimer);
    unsubscribe();
    window.removeEventListener('resize', onResize);
    match.stop();
    board?.destroy();
  }

  // `?bench=1` records how long each state update takes to apply and draw (npm run bench:client).
  const renderTimes: number[] | null = new URLSearchParams(location.search).has('bench') ? [] : null;
  if (renderTimes) (window as unknown as { __multipolarRenderTimes: number[] }).__multipolarRenderTimes = renderTimes;
  const forecastTimes: number[] | null = renderTimes ? [] : null;
  if (forecastTimes) (window as unknown as { __multipolarForecastTimes: number[] }).__multipolarForecastTimes = forecastTimes;
  // Seat clients report each change (three in hot-seat): draw once per frame.
  let frame = 0;
  const unsubscribe = match.onChange(() => {
    if (!stopped) noteView(match.view(shown));
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
      screen.coach?.onBoard?.(b, boardEl);
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

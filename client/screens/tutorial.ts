/**
 * The tutorial (#/tutorial): the first round of 2019 "Eye of Sauron" played
 * as the United States against two bots, with a guide at the top of the
 * panel (client/tutorial/steps.ts) that points at the board and the panel.
 * Skippable at any time; remembered once done.
 */
import '../tutorial/tutorial.css';
import type { CardId } from '../../game';
import type { Action } from '../../game';
import { SCENARIO_DATA } from '../../game';
import type { MatchView } from '../../game';
import { POWER_NAMES } from '../../game';
import type { BoardController } from '../board';
import { HotseatMatch } from '../hotseat/match';
import { tutorialBot } from '../tutorial/bots';
import { renderCoach } from '../tutorial/coach';
import { drawBoardHighlights } from '../tutorial/highlight';
import { rememberTutorial } from '../tutorial/memory';
import { reached } from '../tutorial/progress';
import type { TutorialStep } from '../tutorial/steps';
import { STEPS, TUTORIAL_SCENARIO } from '../tutorial/steps';
import { renderActions, renderHand } from '../ui/actions';
import { announce, h } from '../ui/dom';
import { headline } from '../ui/gameover';
import { logLine } from '../ui/labels';
import { renderMirror } from '../ui/mirror';
import type { BoardVM } from '../viewmodel';
import { boardVM } from '../viewmodel';

/** Bots wait this long by default so a newcomer can follow them (`?botDelay=` overrides). */
const BOT_DELAY_MS = 1200;
/** The same deal every time: the guide's words fit the cards a newcomer sees. */
const SEED = 'tutorial-2019';

function botDelay(): number {
  const v = Number(new URLSearchParams(location.search).get('botDelay') ?? NaN);
  return Number.isFinite(v) && v >= 0 ? v : BOT_DELAY_MS;
}

export function showTutorial(root: HTMLElement): () => void {
  const data = SCENARIO_DATA[TUTORIAL_SCENARIO];
  const title = `${data.startYear} “${data.title}”`;
  const match = new HotseatMatch({
    scenario: TUTORIAL_SCENARIO,
    seats: { us: 'human', china: 'easy', russia: 'easy' },
    botDelayMs: botDelay(),
    seed: SEED,
    makeBot: tutorialBot,
  });
  let index = 0;
  let guiding = true;
  let coachKey = '';
  let selected: CardId | null = null;
  let logSeen = 0;
  let board: BoardController | null = null;
  let lastVM: BoardVM | null = null;

  const boardEl = h('div', { class: 'board', id: 'board', role: 'img', 'aria-label': 'Game board (the same information is in “Board as text” below)' });
  const overlay = h('div', { class: 'tut-overlay', 'aria-hidden': 'true' });
  const coachEl = h('div', { class: 'coach-slot' });
  const statusEl = h('section', { class: 'status', 'aria-label': 'Status' });
  const handEl = h('div', { class: 'hand-slot' });
  const actEl = h('div', { class: 'act-slot' });
  const logList = h('ol', { class: 'log-list' });
  const logEl = h('section', { class: 'log', 'aria-label': 'Log' }, h('h2', {}, 'Log'), logList);
  const mirrorSlot = h('div', { class: 'mirror-slot' });
  const panelParts = { status: statusEl, hand: handEl, actions: actEl, log: logEl } as const;

  root.append(
    h('div', { class: 'play tutorial' },
      h('header', { class: 'topbar' },
        h('a', { href: '#/', class: 'brand' }, 'Multipolar'),
        h('span', { class: 'scenario' }, `Tutorial · ${title}`),
        h('a', { href: '#/rules', class: 'rules-link', target: '_blank' }, 'Rules'),
      ),
      h('div', { class: 'table' }, boardEl, h('aside', { class: 'panel', 'aria-label': 'Game panel' }, coachEl, statusEl, handEl, actEl, logEl)),
      mirrorSlot,
    ),
  );

  const step = (): TutorialStep => STEPS[index] as TutorialStep;

  function advanceGuide(view: MatchView): void {
    if (!guiding) return;
    const last = STEPS.length - 1;
    // A played card moves the guide on by itself; a match that ends early ends it.
    while (index < last && step().advance.kind === 'play' && reached(step().advance, view)) index++;
    if (view.outcome) index = last;
    if (step().advance.kind === 'finish') rememberTutorial('done');
  }

  function renderGuide(view: MatchView): void {
    if (!guiding) {
      coachEl.replaceChildren();
      for (const el of Object.values(panelParts)) el.classList.remove('tut-focus');
      overlay.replaceChildren();
      return;
    }
    const s = step();
    const ready = reached(s.advance, view);
    const key = `${index}:${ready}`;
    for (const [name, el] of Object.entries(panelParts)) el.classList.toggle('tut-focus', s.highlight.some((x) => 'panel' in x && x.panel === name));
    drawBoardHighlights(overlay, board, s.highlight);
    if (key === coachKey) return;
    const stepChanged = !coachKey.startsWith(`${index}:`);
    coachKey = key;
    coachEl.replaceChildren(renderCoach({
      step: s,
      index,
      total: STEPS.length,
      ready,
      onNext: () => {
        index = Math.min(index + 1, STEPS.length - 1);
        render();
      },
      onSkip: () => {
        rememberTutorial('skipped');
        location.hash = '#/';
      },
      onPlayOn: () => {
        guiding = false;
        render();
        focusActions();
      },
    }));
    if (stepChanged) {
      const firstPanel = s.highlight.find((x) => 'panel' in x);
      if (firstPanel && 'panel' in firstPanel) panelParts[firstPanel.panel].scrollIntoView({ block: 'nearest' });
      coachEl.scrollIntoView({ block: 'nearest' });
    }
    const next = coachEl.querySelector<HTMLButtonElement>('#tut-next:not([disabled]), #tut-playon');
    if (next) next.focus({ preventScroll: true });
    else if (s.advance.kind === 'play') focusActions();
  }

  function act(a: Action): void {
    selected = null;
    match.act('us', a);
  }

  function render(): void {
    const view = match.view('us');
    if (!view) return;
    advanceGuide(view);
    const who = match.acting();
    const mine = who === 'us' && view.step.kind !== 'begin';
    const legal = mine ? match.legal('us') : [];
    const hand = view.hands.us ?? [];
    if (!selected || !hand.includes(selected)) selected = hand[0] ?? null;
    const vm = boardVM(view, title, legal);
    lastVM = vm;
    board?.update(vm);
    statusEl.replaceChildren(
      h('p', { class: 'turn' }, vm.outcome ? headline(view) : `Round ${vm.round}/${vm.lastRound} · ${vm.year} · ${who ? `${POWER_NAMES[who]} to ${vm.stepKind === 'respond' ? 'answer a proposal' : 'play'}` : ''}`),
      vm.currentEvent ? h('p', { class: 'event' }, h('strong', {}, `World event: ${vm.currentEvent.title}. `), vm.currentEvent.text, h('span', { class: 'cite' }, ` (${vm.currentEvent.cite})`)) : '',
    );
    const props = {
      view, power: 'us' as const, legal, selected,
      onSelect: (id: CardId) => {
        selected = id;
        render();
        focusActions();
        // The guide sits above the hand: bring the card's actions into view once it is read.
        actEl.scrollIntoView({ block: 'start', behavior: 'smooth' });
      },
      onAct: act,
    };
    handEl.replaceChildren(view.step.kind === 'play' || !mine ? renderHand({ ...props, legal: mine ? legal : [] }) : '');
    actEl.replaceChildren(mine ? renderActions(props) : h('section', { role: 'region', 'aria-label': 'Actions', id: 'actions', class: 'actions waiting' },
      h('p', {}, who ? `Waiting for ${POWER_NAMES[who]} (bot)…` : 'The match is over.')));
    const entries = view.log;
    logList.replaceChildren(...entries.slice(-80).map((e) => h('li', { class: e.power ? `by-${e.power}` : 'by-world' }, logLine(e))));
    logList.scrollTop = logList.scrollHeight;
    for (const e of entries.slice(logSeen)) announce(logLine(e));
    logSeen = entries.length;
    const open = mirrorSlot.querySelector('details')?.hasAttribute('open') ?? false;
    const mirror = renderMirror(vm);
    if (open) mirror.setAttribute('open', '');
    mirrorSlot.replaceChildren(mirror);
    renderGuide(view);
    if (!guiding && mine) focusActions();
  }

  function focusActions(): void {
    actEl.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus({ preventScroll: true });
  }

  let stopped = false;
  let frame = 0;
  const unsubscribe = match.onChange(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!stopped) render();
    });
  });
  // The board's layout follows the window; the outlines follow the board.
  const onResize = () => setTimeout(() => { if (!stopped) render(); }, 120);
  window.addEventListener('resize', onResize);
  void import('../board').then(async ({ createBoard }) => {
    const view = match.view('us');
    if (stopped || !view) return;
    board = await createBoard(boardEl, { onRegionClick: () => undefined, onRegionHover: () => undefined }, lastVM ?? boardVM(view, title));
    if (stopped) return board.destroy();
    boardEl.append(overlay);
    boardEl.dataset.ready = 'true';
    render();
  });
  render();
  return () => {
    stopped = true;
    unsubscribe();
    window.removeEventListener('resize', onResize);
    match.stop();
    board?.destroy();
  };
}

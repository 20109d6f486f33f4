/**
 * The tutorials (#/tutorial for the United States, #/tutorial/china,
 * #/tutorial/russia): the first round of 2019 "Eye of Sauron" played as one
 * power against two bots on the play screen, with a guide at the top of the
 * panel (client/tutorial/steps*.ts) that points at the board and the panel.
 * Skippable at any time; each power's remembered once done. China's and
 * Russia's steps come with this chunk, not with the first page.
 */
import '../tutorial/tutorial.css';
import type { MatchView, Power } from '../../game';
import { POWER_NAMES, powerInSentence, SCENARIO_DATA } from '../../game';
import type { BoardController } from '../board';
import { HotseatMatch } from '../hotseat/match';
import type { SeatKind } from '../hotseat/match';
import type { RenderContext } from '../play/controller';
import { showMatch } from '../play/controller';
import { botDelayMs } from '../play/settings';
import { tutorialBot } from '../tutorial/bots';
import { renderCoach } from '../tutorial/coach';
import { drawBoardHighlights } from '../tutorial/highlight';
import { rememberTutorial } from '../tutorial/memory';
import { due, reached } from '../tutorial/progress';
import type { Tutorial, TutorialStep } from '../tutorial/steps';
import { US_TUTORIAL } from '../tutorial/steps';
import { CHINA_TUTORIAL } from '../tutorial/steps-china';
import { RUSSIA_TUTORIAL } from '../tutorial/steps-russia';
import { h } from '../ui/dom';

/** The tutorial a route names: `tutorial` (the United States), `tutorial/us|china|russia`; null for anything else. */
export function tutorialFor(hash: string): Tutorial | null {
  const byPower: Readonly<Record<string, Tutorial>> = { '': US_TUTORIAL, us: US_TUTORIAL, china: CHINA_TUTORIAL, russia: RUSSIA_TUTORIAL };
  const name = hash === 'tutorial' ? '' : hash.startsWith('tutorial/') ? hash.slice('tutorial/'.length) : null;
  return name !== null && Object.hasOwn(byPower, name) ? (byPower[name] ?? null) : null;
}

export function showTutorial(root: HTMLElement, hash = 'tutorial'): () => void {
  const tutorial = tutorialFor(hash);
  if (!tutorial) {
    root.append(h('main', { class: 'home' },
      h('h1', {}, 'No such tutorial'),
      h('p', {}, 'There are tutorials for the United States, China and Russia.'),
      h('p', {}, h('a', { href: '#/' }, 'Back to the menu'))));
    return () => undefined;
  }
  return playTutorial(root, tutorial);
}

function playTutorial(root: HTMLElement, tutorial: Tutorial): () => void {
  const { power, steps: STEPS } = tutorial;
  const data = SCENARIO_DATA[tutorial.scenario];
  const seat = (p: Power): SeatKind => (p === power ? 'human' : 'easy');
  const match = new HotseatMatch({
    scenario: tutorial.scenario,
    seats: { us: seat('us'), china: seat('china'), russia: seat('russia') },
    // A newcomer follows the bots more easily slowly; the speed setting changes it.
    botDelayMs: botDelayMs('slow'),
    seed: tutorial.seed,
    makeBot: tutorialBot,
  });
  const partnerName = power === 'us' ? null : POWER_NAMES[power === 'china' ? 'russia' : 'china'];
  let index = 0;
  let guiding = true;
  let coachKey = '';
  let board: BoardController | null = null;
  const overlay = h('div', { class: 'tut-overlay', 'aria-hidden': 'true' });
  // A small screen shows the board or the guide, one at a time: while it guides, the tab that goes
  // back to it says so (a button floating over the board hid what the guide was pointing at).
  const guideTab = (on: boolean): void => {
    const label = root.querySelector('#view-actions .view-label');
    if (label) label.textContent = on ? 'Guide' : 'Actions';
  };
  const coachEl = h('div', { class: 'coach-slot' });

  const step = (): TutorialStep => STEPS[index] as TutorialStep;
  /** A step the player's own move passes: a card to play or a proposal to answer. */
  const byMove = (s: TutorialStep | undefined): boolean => s?.advance.kind === 'play' || s?.advance.kind === 'answer';
  let rerender: (() => void) | null = null;
  /**
   * The step that explains the round's end, when the guide is at it or only played cards away
   * from it: with fast bots the round ends before the guide has caught up with the last card.
   */
  function roundEndStep(): number | null {
    if (!guiding) return null;
    let i = index;
    while (i < STEPS.length - 1 && byMove(STEPS[i])) i++;
    return STEPS[i]?.advance.kind === 'watchRoundEnd' ? i : null;
  }

  function advanceGuide(view: MatchView): void {
    if (!guiding) return;
    const last = STEPS.length - 1;
    // A played card moves the guide on by itself; a match that ends early ends it.
    while (index < last && byMove(step()) && reached(step().advance, view, power)) index++;
    if (view.outcome) index = last;
    rememberIfDone();
  }

  function rememberIfDone(): void {
    if (step().advance.kind === 'finish') rememberTutorial(power, 'done');
  }

  /** The Board tab of a small screen's views, when shown (the board is then not beside the guide). */
  const boardTab = (): HTMLElement | null => {
    const tab = root.querySelector<HTMLElement>('#view-board');
    return tab && tab.offsetParent !== null ? tab : null;
  };

  function renderGuide(ctx: RenderContext): void {
    rerender = ctx.rerender;
    const parts = ctx.parts;
    const strip = root.querySelector('.state-strip');
    if (!guiding) {
      coachEl.replaceChildren();
      for (const el of Object.values(parts)) el.classList.remove('tut-focus');
      strip?.classList.remove('tut-focus');
      overlay.replaceChildren();
      guideTab(false);
      return;
    }
    const s = step();
    const ready = reached(s.advance, ctx.view, power);
    const isDue = due(s.advance, ctx.view, power);
    const key = `${index}:${ready}:${isDue}:${boardTab() !== null}`;
    for (const [name, el] of Object.entries(parts)) el.classList.toggle('tut-focus', s.highlight.some((x) => 'panel' in x && x.panel === name));
    drawBoardHighlights(overlay, board, s.highlight);
    // A small screen's board has no top bar: what it shows (round, turn, tension, prestige) is the state line.
    const small = boardTab() !== null;
    strip?.classList.toggle('tut-focus', small && s.highlight.some((x) => 'board' in x && x.board === 'topBar'));
    guideTab(small);
    if (key === coachKey) return;
    const stepChanged = !coachKey.startsWith(`${index}:`);
    coachKey = key;
    coachEl.replaceChildren(renderCoach({
      step: s,
      index,
      total: STEPS.length,
      ready,
      due: isDue,
      partnerName,
      onNext: () => {
        index = Math.min(index + 1, STEPS.length - 1);
        ctx.rerender();
      },
      onSkip: () => {
        rememberTutorial(power, 'skipped');
        location.hash = '#/';
      },
      onShowBoard: boardTab() && s.highlight.some((x) => 'board' in x && x.board !== 'topBar') ? () => boardTab()?.click() : null,
      onPlayOn: () => {
        guiding = false;
        ctx.rerender();
        ctx.focusActions();
      },
    }));
    if (stepChanged) {
      const firstPanel = s.highlight.find((x) => 'panel' in x);
      if (firstPanel && 'panel' in firstPanel) parts[firstPanel.panel].scrollIntoView({ block: 'nearest' });
      coachEl.scrollIntoView({ block: 'nearest' });
    }
    const next = coachEl.querySelector<HTMLButtonElement>('#tut-next:not([disabled]), #tut-playon');
    if (next) next.focus({ preventScroll: true });
    else if (byMove(s) && isDue) ctx.focusActions();
  }

  return showMatch(root, {
    source: match,
    title: `Tutorial as ${powerInSentence(power)} · ${data.startYear} “${data.title}”`,
    kind: 'tutorial',
    confirmByDefault: 'always',
    panelTop: coachEl,
    coach: {
      onRender: (ctx) => {
        advanceGuide(ctx.view);
        renderGuide(ctx);
      },
      holdsFocus: () => guiding,
      summary: {
        // On a small screen the summary covers the guide's box: the step that explains it rides on top.
        note: () => {
          const at = roundEndStep();
          const s = at === null ? null : STEPS[at];
          return s && boardTab() !== null
            ? h('aside', { class: 'tut-summary-note', 'aria-label': 'Tutorial' },
              h('p', { class: 'tut-count' }, `Tutorial ${(at ?? 0) + 1} of ${STEPS.length} · ${s.title}`),
              h('p', {}, `${s.text} Below: where every point of round 1 came from.`))
            : null;
        },
        // Read with the summary, the step is done: closing it moves the guide on.
        closed: () => {
          const at = roundEndStep();
          if (at === null) return;
          index = Math.min(at + 1, STEPS.length - 1);
          rememberIfDone();
          rerender?.();
        },
      },
      onBoard: (b, boardEl) => {
        board = b;
        boardEl.append(overlay);
      },
    },
    rematch: null,
    menu: { href: '#/', label: 'Back to the menu' },
  });
}

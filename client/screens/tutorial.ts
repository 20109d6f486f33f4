/**
 * The tutorial (#/tutorial): the first round of 2019 "Eye of Sauron" played
 * as the United States against two bots on the play screen, with a guide at
 * the top of the panel (client/tutorial/steps.ts) that points at the board
 * and the panel. Skippable at any time; remembered once done.
 */
import '../tutorial/tutorial.css';
import type { MatchView } from '../../game';
import { SCENARIO_DATA } from '../../game';
import type { BoardController } from '../board';
import { HotseatMatch } from '../hotseat/match';
import type { RenderContext } from '../play/controller';
import { showMatch } from '../play/controller';
import { botDelayMs } from '../play/settings';
import { tutorialBot } from '../tutorial/bots';
import { renderCoach } from '../tutorial/coach';
import { drawBoardHighlights } from '../tutorial/highlight';
import { rememberTutorial } from '../tutorial/memory';
import { reached } from '../tutorial/progress';
import type { TutorialStep } from '../tutorial/steps';
import { STEPS, TUTORIAL_SCENARIO } from '../tutorial/steps';
import { h } from '../ui/dom';

/** The same deal every time: the guide's words fit the cards a newcomer sees. */
const SEED = 'tutorial-2019';

export function showTutorial(root: HTMLElement): () => void {
  const data = SCENARIO_DATA[TUTORIAL_SCENARIO];
  const match = new HotseatMatch({
    scenario: TUTORIAL_SCENARIO,
    seats: { us: 'human', china: 'easy', russia: 'easy' },
    // A newcomer follows the bots more easily slowly; the speed setting changes it.
    botDelayMs: botDelayMs('slow'),
    seed: SEED,
    makeBot: tutorialBot,
  });
  let index = 0;
  let guiding = true;
  let coachKey = '';
  let board: BoardController | null = null;
  const overlay = h('div', { class: 'tut-overlay', 'aria-hidden': 'true' });
  const coachEl = h('div', { class: 'coach-slot' });

  const step = (): TutorialStep => STEPS[index] as TutorialStep;

  function advanceGuide(view: MatchView): void {
    if (!guiding) return;
    const last = STEPS.length - 1;
    // A played card moves the guide on by itself; a match that ends early ends it.
    while (index < last && step().advance.kind === 'play' && reached(step().advance, view)) index++;
    if (view.outcome) index = last;
    if (step().advance.kind === 'finish') rememberTutorial('done');
  }

  function renderGuide(ctx: RenderContext): void {
    const parts = ctx.parts;
    if (!guiding) {
      coachEl.replaceChildren();
      for (const el of Object.values(parts)) el.classList.remove('tut-focus');
      overlay.replaceChildren();
      return;
    }
    const s = step();
    const ready = reached(s.advance, ctx.view);
    const key = `${index}:${ready}`;
    for (const [name, el] of Object.entries(parts)) el.classList.toggle('tut-focus', s.highlight.some((x) => 'panel' in x && x.panel === name));
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
        ctx.rerender();
      },
      onSkip: () => {
        rememberTutorial('skipped');
        location.hash = '#/';
      },
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
    else if (s.advance.kind === 'play') ctx.focusActions();
  }

  return showMatch(root, {
    source: match,
    title: `Tutorial · ${data.startYear} “${data.title}”`,
    kind: 'tutorial',
    confirmByDefault: 'always',
    panelTop: coachEl,
    coach: {
      onRender: (ctx) => {
        advanceGuide(ctx.view);
        renderGuide(ctx);
      },
      holdsFocus: () => guiding,
      onBoard: (b, boardEl) => {
        board = b;
        boardEl.append(overlay);
      },
    },
    rematch: null,
    menu: { href: '#/', label: 'Back to the menu' },
  });
}

/**
 * Loaded only when first needed (its own chunk, so the board's first load stays small): the
 * reasons on the log's bot lines and the Suggest panel. Both speak through game/bots/reasons.ts.
 */
import type { Action, MatchView, Power } from '../../game';
import type { DecisionTrace } from '../../game/bots';
import type { Reason, Suggestion } from '../../game/hints';
import { explain, reasonLine, suggest } from '../../game/hints';
import { h } from '../ui/dom';
import type { Describe } from '../ui/actions';
import type { HintReply, HintRequest } from './hintProtocol';
import './hints.css';
// The page loads the hot-seat chunk with it (client/router.ts): depending on it keeps the bots'
// judgement (game/bots) there, instead of in a chunk of its own that the board's first load
// would pay for in glue and lost compression.
import '../hotseat/match';

/** Reasons are worked out once per decision, however often the log is redrawn. */
const explained = new WeakMap<DecisionTrace, readonly Reason[]>();

function reasonsOf(t: DecisionTrace): readonly Reason[] {
  let r = explained.get(t);
  if (!r) {
    r = explain(t);
    explained.set(t, r);
  }
  return r;
}

function reasonList(reasons: readonly Reason[], cls: string, id?: string, head = 'Why, rather than its next best move: '): HTMLElement {
  // What tipped it first, then what it costs but is outweighed by.
  const ordered = [...reasons.filter((r) => r.delta > 0), ...reasons.filter((r) => r.delta <= 0)];
  return h('span', { class: cls, id },
    h('span', { class: 'why-head' }, head),
    // Each in its direction: a term in the move's favour, or one it costs but is outweighed.
    // A cost reads as one ("− but leaves China less prestige now"), not as a reason for the move.
    ordered.map((r) => h('span', { class: `why-line ${r.delta > 0 ? 'for' : 'against'}` }, `${r.delta > 0 ? '+' : '− but'} ${reasonLine(r)}`)));
}

/** The bot line a keyboard user is reading (its number in the match), kept across the log's redraws. */
let reading = 0;

/**
 * Each line of `list` that begins a bot's move gets that move's reasons: shown under the line on
 * hover and on keyboard focus (the line is focusable), and given to screen readers as its description.
 */
export function decorateLog(list: HTMLOListElement, trace: (entry: number) => DecisionTrace | null): void {
  for (const li of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
    const entry = li.value - 1;
    const t = trace(entry);
    if (!t || li.classList.contains('has-why')) continue;
    const reasons = reasonsOf(t);
    if (reasons.length === 0) continue;
    const id = `log-why-${entry}`;
    li.classList.add('has-why');
    li.tabIndex = 0;
    li.setAttribute('aria-describedby', id);
    li.append(h('span', { class: 'why-mark', 'aria-hidden': 'true' }, 'why?'), reasonList(reasons, 'log-why', id));
    li.addEventListener('focus', () => {
      reading = li.value;
      // The reasons open under the line: at the foot of the log (the newest line) they would open out of sight.
      requestAnimationFrame(() => li.scrollIntoView({ block: 'nearest' }));
    });
    // Focused before these reasons had loaded.
    if (document.activeElement === li) reading = li.value;
    // Left for something else, unless a redraw removed the line (it is gone once the blur is over).
    li.addEventListener('blur', () => queueMicrotask(() => { if (li.isConnected && reading === li.value) reading = 0; }));
  }
  // A redraw replaced the line being read: focus its new copy.
  const lost = !document.activeElement || document.activeElement === document.body;
  if (reading && lost) list.querySelector<HTMLElement>(`li[value="${reading}"]`)?.focus({ preventScroll: true });
}

/** Suggest's worker, started on first use and kept for the page's life. */
let worker: Worker | null = null;
let asked = 0;

/** The suggestions, searched in the worker (in the page only where workers fail). */
function ask(view: MatchView, power: Power, legal: readonly Action[]): Promise<readonly Suggestion[]> {
  const inPage = (): readonly Suggestion[] => suggest(view, power, legal);
  try {
    worker ??= new Worker(new URL('./hintWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(inPage());
  }
  const w = worker;
  const id = ++asked;
  return new Promise((resolve) => {
    const done = (picks: readonly Suggestion[]): void => {
      w.removeEventListener('message', onReply);
      w.removeEventListener('error', onError);
      resolve(picks);
    };
    const onReply = (ev: MessageEvent<HintReply>): void => {
      if (ev.data.id !== id) return;
      if ('picks' in ev.data) return done(ev.data.picks);
      console.warn('multipolar: hint worker', ev.data.error);
      done(inPage());
    };
    const onError = (ev: ErrorEvent): void => {
      console.warn('multipolar: hint worker failed', ev.message);
      worker = null;
      done(inPage());
    };
    w.addEventListener('message', onReply);
    w.addEventListener('error', onError);
    w.postMessage({ id, view, power, legal } satisfies HintRequest);
  });
}

/**
 * The Suggest panel: the top actions with the forecast each would bring (the same forecast as
 * the action buttons) and why it ranks there. Choosing one hands it to `choose`, which selects
 * it on the Actions list; playing it is still the player's press. `forecasts` and `actionLabel`
 * are the screen's (client/play/forecasts.ts, client/ui/labels.ts), handed in so this chunk does not split them off the board's first load.
 */
export function showSuggestions(slot: HTMLElement, view: MatchView, power: Power, legal: readonly Action[], choose: (a: Action) => void,
  forecasts: (actions: readonly Action[]) => Describe, actionLabel: (a: Action) => string): Promise<void> {
  const thinking = h('p', { class: 'hint', role: 'status' }, 'Weighing your moves…');
  slot.replaceChildren(thinking);
  return ask(view, power, legal).then((picks) => {
    // The turn moved on while the search ran: its slot has been redrawn.
    if (thinking.isConnected) drawSuggestions(slot, picks, forecasts, actionLabel, choose);
  });
}

function drawSuggestions(slot: HTMLElement, picks: readonly Suggestion[], forecasts: (actions: readonly Action[]) => Describe,
  actionLabel: (a: Action) => string, choose: (a: Action) => void): void {
  const describe = forecasts(picks.map((p) => p.action));
  const list = h('ol', { class: 'suggest-list' }, picks.map((p, i) => {
    const forecast = describe(p.action)?.short ?? '';
    const id = `suggest-why-${i}`;
    const b = h('button', { type: 'button', class: 'act suggest-pick', 'aria-describedby': id }, actionLabel(p.action));
    b.addEventListener('click', () => {
      for (const x of list.querySelectorAll('.suggest-pick')) x.removeAttribute('aria-current');
      b.setAttribute('aria-current', 'true');
      choose(p.action);
    });
    return h('li', {}, b,
      h('span', { class: 'suggest-desc', id },
        forecast ? h('span', { class: 'forecast' }, forecast) : '',
        // Reasons are a comparison: name the move they compare with, so a "−" reads as a cost against it.
        p.reasons.length && p.against
          ? reasonList(p.reasons, 'suggest-why', undefined, `Why, rather than ${actionLabel(p.against)}: `)
          : h('span', { class: 'suggest-why' }, i === picks.length - 1 ? (i ? 'Ranked last: no move is left below it to compare with.' : 'The only move there is.') : 'As good as every move left below it, by all the bot weighs.')));
  }));
  slot.replaceChildren(h('section', { class: 'suggestions', 'aria-label': 'Suggestions' },
    h('h2', {}, 'Suggestions'),
    h('p', { class: 'hint' }, 'What a bot looking one move ahead would weigh, judging as the Expert bot does, from your seat’s view. Choosing one selects it below; you still play it.'),
    list));
  list.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
}

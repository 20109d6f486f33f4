/** The status box (its "Round N/M" is what the online and classroom tests read): whose turn, the round and year, each power's prestige with its sources, the world event; after the end, the result. */
import type { LogEntry, MatchView, Power } from '../../game';
import { awaitingStart, crisesAhead, isClockLine, POWER_NAMES, POWERS, prestigeGains, score, signed, THEATER_NAMES, tieOrderOf } from '../../game';
import { h } from '../ui/dom';
import { turnOfRound, TURNS_TITLE } from '../ui/labels';
import type { BoardVM } from '../viewmodel';
import { breakdownRows } from './accounting';
import type { LogNote } from './log';
import { withRungNews } from './log';

export function stepWords(vm: BoardVM): string {
  return vm.stepKind === 'respond' ? 'answering a proposal' : vm.stepKind === 'split' ? 'splitting forces for a two-front crisis' : 'to play';
}

/**
 * Each power's prestige, focusable: hovering or focusing it shows where it came
 * from (its accessible description says the same to a screen reader).
 */
function prestigeLine(vm: BoardVM, bySource: MatchView['prestigeBySource']): HTMLElement {
  return h('ul', { class: 'prestige-line', 'aria-label': 'Prestige' },
    POWERS.map((p: Power) => {
      const rows = breakdownRows(bySource[p]);
      const id = `prestige-why-${p}`;
      const why = h('span', { class: 'prestige-why', id, role: 'tooltip' },
        rows.length ? rows.map((r) => h('span', { class: 'why-row' }, `${r.name} ${signed(r.value)}`)) : 'No prestige gained or lost yet.',
        rows.length ? h('span', { class: 'why-row why-total' }, `Total ${score(vm.prestige[p])}`) : '');
      // A tap pins the breakdown open where there is no hover (a phone).
      const chip = h('button', { type: 'button', class: `power-tag tag-${p} prestige-value`, 'aria-describedby': id, 'data-power': p },
        `${POWER_NAMES[p]} ${score(vm.prestige[p])}`);
      const li = h('li', { class: 'prestige-chip' }, chip, why);
      chip.addEventListener('click', () => li.classList.toggle('pinned'));
      return li;
    }));
}

/** The goal, then who wins a tie, so a player weighing a level finish in the last round can see it before acting. */
function tieLine(vm: BoardVM, view: Pick<MatchView, 'tieOrder' | 'step'>): HTMLElement {
  return h('p', { class: 'goal' }, `The highest prestige after round ${vm.lastRound} wins. `,
    h('span', { class: 'tie-order' }, !awaitingStart(view)
      ? `Ties go to fewer crises started, then in the order drawn with the deal: ${tieOrderOf(view).map((p) => POWER_NAMES[p]).join(', ')}.`
      // Before the deal there is no order yet (a replay's first step): none is named.
      : 'Ties go to fewer crises started, then in an order drawn with the deal.'));
}

type CrisisView = Pick<MatchView, 'influence' | 'forces' | 'tracks' | 'treaty' | 'theaterTension' | 'crisisTrigger' | 'usPool' | 'globalTension'>;

/** The crises the round's end brings if tension stays where it is: who fights, each side's strength now, who is charged. */
function crisesLine(vm: BoardVM, view: CrisisView): HTMLElement | '' {
  const ahead = crisesAhead(view);
  if (!ahead.length) return '';
  return h('section', { class: 'crises-ahead', 'aria-label': 'Crises ahead' }, ahead.map((c) => {
    const t = vm.theaters.find((x) => x.id === c.theater);
    const [before, after] = c.tension;
    const rise = `global tension’s rise ${before}→${after}`;
    const charged = c.startedBy
      ? `${POWER_NAMES[c.startedBy]} is charged with starting it and with ${rise}${after >= vm.brink ? `: the Brink, and ${POWER_NAMES[c.startedBy]} loses the game` : ''}.`
      : `Global tension then rises ${before}→${after}.`;
    return h('p', { class: 'warn' },
      h('strong', {}, `⚠ ${THEATER_NAMES[c.theater]} crisis at the round’s end`),
      ` (tension ${t?.tension ?? '?'}, erupts at ${t?.threshold ?? '?'}), unless tension falls first. As things stand: the US ${c.us}${c.twoFront ? ' (its whole pool, split between both fronts)' : ''} against ${POWER_NAMES[c.challenger]} ${c.challengerStrength}. `,
      charged);
  }));
}

/** How many of the others' moves the status box repeats; the log keeps them all. */
const SINCE_SHOWN = 6;

/**
 * The move at `last` (`me`'s latest) when the turn clock played it: the clock's line comes first,
 * and no other power moved between (a turn is a power's moves until another's). Its words, or null.
 */
export function clockPlayed(log: MatchView['log'], last: number, me: Power): string | null {
  for (let i = last - 1; i >= 0; i--) {
    const e = log[i]!;
    if (isClockLine(e)) return e.power === me ? (log[last]?.text ?? null) : null;
    if (e.move && e.power !== me) return null;
  }
  return null;
}

/**
 * The person's latest own move (`last`, an index into `view.log`; −1 for none) and the lines of the
 * others' moves since, from the first of them. A move's first line is marked (LogEntry.move); the
 * lines after it (an event fired for another power, a proposal) belong to it; prestige lines are
 * left to the breakdown and the log. A move with a note (online, a stand-in bot's) is not the
 * person's own: it is listed, its note after it.
 */
export function sinceMoves(view: Pick<MatchView, 'log' | 'logStart'>, me: Power, note?: LogNote): { readonly last: number; readonly lines: readonly LogEntry[] } {
  const said = (i: number): string | null => note?.(view.logStart + i) ?? null;
  const own = (e: LogEntry, i: number): boolean => !!e.move && e.power === me && !said(i);
  let last = -1;
  view.log.forEach((e, i) => {
    if (own(e, i)) last = i;
  });
  const first = view.log.findIndex((e, i) => i > last && e.move && !own(e, i));
  if (first < 0) return { last, lines: [] };
  const lines = view.log.slice(first).map((e, j) => {
    const extra = said(first + j);
    return extra ? { ...e, text: `${e.text} (${extra})` } : e;
  }).filter((e) => !e.prestige);
  return { last, lines };
}

/**
 * What the others did since `me` last acted (the moves, not their prestige lines): on a phone the
 * log is a view of its own, and the bots' moves would otherwise pass unseen.
 */
function sinceLine(view: Pick<MatchView, 'log' | 'logStart'>, me: Power, note?: LogNote): HTMLElement | '' {
  const { last, lines } = sinceMoves(view, me, note);
  const after = view.log.slice(last + 1);
  const byClock = clockPlayed(view.log, last, me);
  if (lines.length === 0 && !byClock) return '';
  // Each move with the lines that say what it did (influence placed, a region taken or lost, the
  // event it fired, a crisis that followed): the latest moves, whole, rather than the last lines.
  const items: LogEntry[][] = [];
  for (const e of lines) {
    const open = items[items.length - 1];
    if (e.move || !open) items.push([e]);
    else if (!e.upkeep) open.push(e);
  }
  const shown = items.slice(-SINCE_SHOWN);
  const more = items.length - shown.length;
  // Every prestige change since, summed per power: a score that jumped is explained here too.
  const gains = prestigeGains(after);
  const total = (p: Power): number => Object.values(gains[p]).reduce((t, v) => t + v, 0);
  // Each with its sources, so that a jump is explained where it is read (a milestone is not a move).
  // Parts that cancel out are still said ("China ±0 (Events +1, Pressure and sanctions −1)"): a
  // loss made good is news too.
  const scores = POWERS.filter((p) => breakdownRows(gains[p]).length > 0).map((p) =>
    `${POWER_NAMES[p]} ${total(p) === 0 ? '±0' : signed(total(p))} (${breakdownRows(gains[p]).map((r) => `${r.name} ${signed(r.value)}`).join(', ')})`);
  // Before the player's first move, the others' moves so far.
  const title = last < 0 && view.logStart === 0 ? 'Before your first move' : 'Since your last move';
  return h('section', { class: 'since', 'aria-label': title },
    h('h3', {}, title),
    byClock ? h('p', { class: 'since-clock' }, `Your time ran out: the clock’s bot played your last turn (${byClock}).`) : '',
    shown.length ? h('ul', {}, shown.map(([move, ...then]) => h('li', {}, ...withRungNews(move!.text),
      then.length ? h('span', { class: 'since-then' }, then.flatMap((e) => [' ', ...withRungNews(e.text)])) : ''))) : '',
    scores.length ? h('p', { class: 'since-prestige' }, `Prestige since: ${scores.join('; ')}.`) : '',
    more ? h('p', { class: 'hint' }, `And ${more} earlier move${more === 1 ? '' : 's'} in the log.`) : '');
}

/**
 * `showResult` is offered once the match is over, so a closed game-over dialog can always be
 * opened again; `me`, the person here to act, is told what the others did since their last move.
 */
export function renderStatus(vm: BoardVM, who: Power | null, showResult: (() => void) | null, bySource: MatchView['prestigeBySource'], view: Pick<MatchView, 'tieOrder' | 'step' | 'log' | 'logStart'> & CrisisView, me: Power | null = null, note?: LogNote): HTMLElement {
  let result: HTMLElement | null = null;
  if (vm.outcome && showResult) {
    result = h('button', { type: 'button', class: 'show-result', id: 'show-result' }, 'Show the result');
    result.addEventListener('click', showResult);
  }
  return h('section', { class: 'status', 'aria-label': 'Status' },
    vm.outcome
      ? h('p', { class: 'turn' }, `Game over after round ${vm.round} · ${POWER_NAMES[vm.outcome.winner]} wins `, result)
      : h('p', { class: 'turn' },
        h('span', { class: `power-tag tag-${who ?? 'none'}` }, who ? POWER_NAMES[who] : '—'),
        ` ${stepWords(vm)}`,
        // The compact screen's state line already says the round and turn (small.css hides these).
        h('span', { class: 'when', title: TURNS_TITLE }, ` · Round ${vm.round}/${vm.lastRound}${vm.turn ? `, ${turnOfRound(vm)}` : ''}`),
        ` · ${vm.year}`),
    prestigeLine(vm, bySource),
    vm.outcome ? '' : tieLine(vm, view),
    vm.outcome ? '' : crisesLine(vm, view),
    vm.currentEvent
      ? h('p', { class: 'event' }, h('strong', {}, `World event: ${vm.currentEvent.title}. `), vm.currentEvent.text, h('span', { class: 'cite' }, ` (${vm.currentEvent.cite})`))
      : '',
    me && !vm.outcome ? sinceLine(view, me, note) : '',
  );
}

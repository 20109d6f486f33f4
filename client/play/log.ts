/**
 * The log: the latest entries on screen, each new one announced once to
 * screen readers. Views carry only the latest entries (`logStart` is the
 * index of the first one kept), so counting starts from there everywhere:
 * the hot-seat, online, tutorial and replay screens count the same way.
 * The panel keeps every entry it has been shown, so the lines before the
 * view's window are one press away ("Show the … earlier lines").
 */
import type { LogEntry, LogWindow, MatchView } from '../../game';
import { isPrestigeEntry, joinLog, rungNewsAt } from '../../game';
import { announce, h } from '../ui/dom';
import { logBody, logLine } from '../ui/labels';

/** Entries kept on screen. */
const SHOWN = 80;

/** The whole match's entry count as of this view. */
export const logCount = (v: Pick<MatchView, 'log' | 'logStart'>): number => v.logStart + v.log.length;

/** The entries of `v` that come after the first `seen` of the match (at most those the view still has). */
export function unseen(v: Pick<MatchView, 'log' | 'logStart'>, seen: number): readonly LogEntry[] {
  return v.log.slice(Math.max(0, seen - v.logStart));
}

/** What is said beside a line (by its 0-based number in the match), if anything. */
export type LogNote = (entry: number) => string | null;

/** The latest `SHOWN` lines of `v`, or all it holds when `all`. */
export function renderLogList(v: LogWindow, note?: LogNote, all = false): HTMLOListElement {
  const count = all ? v.log.length : Math.min(SHOWN, v.log.length);
  const first = Math.max(1, logCount(v) - count + 1);
  // Each line keeps its number in the match (`value`); a prestige line is marked, its number in its text.
  // The round is said once, over its first line, rather than at the start of every line.
  const shown = v.log.slice(v.log.length - count);
  return h('ol', { class: 'log-list', start: first },
    shown.map((e, i) => {
      const said = note?.(first + i - 1);
      const opens = i === 0 || shown[i - 1]?.round !== e.round;
      return h('li', { class: `${e.power ? `by-${e.power}` : 'by-world'}${isPrestigeEntry(e) ? ' prestige-entry' : ''}${opens ? ' opens-round' : ''}`, value: first + i },
        opens ? h('span', { class: 'log-round' }, `Round ${e.round}`) : '',
        ...withRungNews(logBody(e), e.cite), said ? h('span', { class: 'log-note' }, ` (${said})`) : '');
    }));
}

/**
 * A line cut where it says the pair reached (or lost) a rung: `news` is that sentence alone
 * (null when the line has none), `cause` what came before with the entry's paragraph (`cite`),
 * which belongs to the cause, and `rest` anything after.
 */
export function rungSplit(text: string, cite?: string): { readonly cause: string; readonly news: string | null; readonly rest: string } {
  const paragraph = cite ? ` (${cite})` : '';
  const at = rungNewsAt(text);
  if (at < 0) return { cause: text + paragraph, news: null, rest: '' };
  const stop = text.indexOf('.', at);
  const end = stop < 0 ? text.length : stop + 1;
  return { cause: text.slice(0, at).trimEnd() + paragraph, news: text.slice(at, end), rest: text.slice(end) };
}

/** A line whose rung news stands out, on a line of its own under what caused it. */
export function withRungNews(text: string, cite?: string): (string | HTMLElement)[] {
  const { cause, news, rest } = rungSplit(text, cite);
  return news === null ? [cause] : [cause, h('strong', { class: 'rung-news' }, news), rest];
}

export class LogPanel {
  readonly el: HTMLElement;
  private readonly title = h('h2', {}, 'Log');
  private seen = -1;
  /** Every entry this screen has been shown, joined window by window (a replay going back cuts it). */
  private held: LogWindow | null = null;
  /** Whether the lines before the latest `SHOWN` are on screen. */
  private all = false;
  private note: LogNote | undefined;

  /** `drawn` runs after each new list is in place (the screen marks its bots' lines there). */
  constructor(private readonly drawn: () => void = () => undefined) {
    this.el = h('section', { class: 'log', 'aria-label': 'Log' }, this.title, h('ol', { class: 'log-list' }));
  }

  /** Draw the view's log; announce what is new unless `quiet` (a replay jumping about). */
  render(v: MatchView, quiet = false, note?: LogNote): void {
    this.held = joinLog(this.held, v, Infinity);
    this.note = note;
    this.draw(true);
    const n = logCount(v);
    this.title.textContent = `Log (${n} ${n === 1 ? 'entry' : 'entries'})`;
    // The first view is what the screen opened on: nothing in it is news.
    if (!quiet && this.seen >= 0) for (const e of unseen(v, this.seen)) announce(logLine(e));
    this.seen = logCount(v);
  }

  /** The list, and above it the way to the earlier lines (or back to the latest), when there are any. */
  private draw(toEnd: boolean): void {
    const held = this.held;
    if (!held) return;
    const list = renderLogList(held, this.note, this.all);
    const earlier = held.log.length - SHOWN;
    const toggle = earlier > 0
      ? h('button', { type: 'button', class: 'link-button log-more', 'aria-expanded': String(this.all) },
        this.all ? 'Show the latest lines only' : `Show the ${earlier} earlier ${earlier === 1 ? 'line' : 'lines'}`)
      : '';
    if (toggle) toggle.addEventListener('click', () => {
      this.all = !this.all;
      // Opening the earlier lines starts the list at the first; closing them returns to the newest.
      this.draw(!this.all);
      this.el.querySelector<HTMLButtonElement>('.log-more')?.focus();
    });
    this.el.replaceChildren(this.title, toggle, list);
    this.drawn();
    list.scrollTop = toEnd ? list.scrollHeight : 0;
  }
}

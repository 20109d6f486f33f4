/**
 * The round summary over the board: shown at a round's end and dismissed by
 * the person who plays on this screen, whether or not they act next; on a
 * screen nobody plays on (bots only, a spectator) it passes on by itself after
 * a few seconds (not while it is read: hovered or focused). A round that ends while another's
 * summary is on screen (bots playing fast; the Brink early in the next round)
 * waits its turn: the summary on screen is never swept away unread.
 */
import { announce } from '../ui/dom';
import type { RoundSummary } from './accounting';
import { renderRoundSummary, SUMMARY_PASSES_MS } from './summaryPanel';

/** A coach's part in the summaries (the tutorial explains the first one in it). */
export interface SummaryGuide {
  /** Words for the top of a summary about to open, if the coach has any now. */
  note(): HTMLElement | null;
  /** A summary that carried the coach's words was closed. */
  closed(): void;
}

export class SummaryPacer {
  el: HTMLElement | null = null;
  /** Keyboard focus has been offered to the summary on screen. */
  focused = false;
  private timer = 0;
  /** The summary that waits for the one on screen: at most one (a newer round's replaces it). */
  private next: RoundSummary | null = null;
  /** Whether someone here was reading at the last pacing: a summary taking its turn is paced alike. */
  private reading = false;
  /** Told when a person closes a round's summary (not when it passes on by itself). */
  onRead: (round: number) => void = () => undefined;

  /**
   * `seeResult` answers the last round's "See the result" (the game-over dialog, closed by "See the
   * board"); `guide` lets a coach put its words at the top of a summary and hear it closed.
   */
  constructor(private readonly slot: HTMLElement, private readonly quiet: boolean, private readonly refocus: () => void, private readonly stopped: () => boolean, private readonly seeResult: () => void = () => undefined, private readonly guide?: SummaryGuide) {}

  /** Close the summary on screen; the waiting one, if any, takes its place. */
  close(): void {
    const had = this.clear();
    const next = this.next;
    this.next = null;
    if (next) {
      this.open(next);
      this.pace(this.reading);
    } else if (had) this.refocus();
  }

  /** Show `s` now, whatever is on screen or waiting (a replay's step). */
  show(s: RoundSummary): void {
    this.next = null;
    this.clear();
    this.open(s);
  }

  /** Show `s` after the summary on screen, if any; one folded away (Hide) gives way at once. */
  queue(s: RoundSummary): void {
    if (this.folded()) this.dismiss();
    if (this.el) this.next = s;
    else this.open(s);
  }

  /** The summary on screen is folded to its title (Hide): set aside, not being read. */
  private folded(): boolean {
    return this.el?.classList.contains('folded') ?? false;
  }

  /** Fold the summary on screen to its title, as its own Hide button does (it stays, to be read again). */
  fold(): void {
    if (this.el && !this.folded()) this.el.querySelector<HTMLButtonElement>('#summary-fold')?.click();
  }

  /** The player moved: a summary they folded away is done with, as if they had closed it. */
  putAway(): void {
    if (this.folded()) this.dismiss();
  }

  /** What the summary's own button does (set by open). */
  private dismiss: () => void = () => undefined;

  private clear(): boolean {
    clearTimeout(this.timer);
    this.timer = 0;
    const had = this.el?.contains(document.activeElement) ?? false;
    this.el = null;
    this.slot.replaceChildren();
    return had;
  }

  private open(s: RoundSummary): void {
    const note = this.guide?.note() ?? null;
    this.dismiss = () => {
      this.onRead(s.round);
      this.close();
      if (note) this.guide?.closed();
      if (s.over && !this.el) this.seeResult();
    };
    // A replay's summaries open folded: scrubbing past a round's end shows its title, not a wall.
    this.el = renderRoundSummary(s, () => this.dismiss(), { guide: note, onFold: () => this.onRead(s.round), folded: this.quiet });
    this.focused = false;
    this.slot.replaceChildren(this.el);
    if (!this.quiet) announce(`Round ${s.round} is over.`);
  }

  pace(someoneReads: boolean): void {
    this.reading = someoneReads;
    if (!this.el) return;
    if (someoneReads) {
      clearTimeout(this.timer);
      this.timer = 0;
      return;
    }
    if (this.timer) return;
    const tick = (): void => {
      if (!this.el || this.stopped()) return;
      if (this.el.matches(':hover') || this.el.contains(document.activeElement)) this.timer = window.setTimeout(tick, 1500);
      else this.close();
    };
    this.timer = window.setTimeout(tick, SUMMARY_PASSES_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

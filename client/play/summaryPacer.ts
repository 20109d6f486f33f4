/**
 * The round summary over the board: shown at a round's end, dismissed by a
 * person here to act, otherwise passing on by itself after a few seconds (not
 * while it is read: hovered or focused).
 */
import { announce } from '../ui/dom';
import type { RoundSummary } from './accounting';
import { renderRoundSummary, SUMMARY_PASSES_MS } from './summaryPanel';

export class SummaryPacer {
  el: HTMLElement | null = null;
  /** Keyboard focus has been offered to the summary on screen. */
  focused = false;
  private timer = 0;

  constructor(private readonly slot: HTMLElement, private readonly quiet: boolean, private readonly refocus: () => void, private readonly stopped: () => boolean) {}

  close(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    const had = this.el?.contains(document.activeElement) ?? false;
    this.el = null;
    this.slot.replaceChildren();
    if (had) this.refocus();
  }

  show(s: RoundSummary): void {
    this.close();
    this.el = renderRoundSummary(s, () => this.close());
    this.focused = false;
    this.slot.replaceChildren(this.el);
    if (!this.quiet) announce(`Round ${s.round} is over.`);
  }

  pace(personActs: boolean): void {
    if (!this.el) return;
    if (personActs) {
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

/**
 * Each update is read as it arrives, not once per frame: the view just before
 * the round's last move is the one whose forces and influence its crises used,
 * and every log line of the round is kept (a view carries only the latest) for
 * the round's summary. A screen that opens on a round its people have not yet
 * moved in (a reload, a phone that dropped the tab, a player joining; with
 * nobody here to play, a round nobody has moved in) shows the summary of the
 * round just ended, when its log lines are all in the view: it was on screen,
 * perhaps unread, when the page went away.
 */
import type { LogEntry, MatchView, Power } from '../../game';
import type { RoundSummary } from './accounting';
import { roundSummary } from './accounting';
import type { CrisisReport } from './crisis';
import { newCrises } from './crisis';
import { logCount, unseen } from './log';

/** The summary of the round just ended, if nobody of `here` has moved in `view`'s round and all of the last round's lines are in it. */
function openingSummary(view: MatchView, here: readonly Power[]): RoundSummary | null {
  const round = view.round - 1;
  const counts = (p: Power | null): boolean => here.length === 0 || (p !== null && here.includes(p));
  if (round < 1 || view.outcome || view.log.some((e) => e.round === view.round && e.move && counts(e.power))) return null;
  // The window must start before that round, or at the match's first line.
  const first = view.log[0];
  if (view.logStart > 0 && (!first || first.round >= round)) return null;
  const earlier = view.crises.filter((c) => c.round < round);
  return roundSummary(round, view.log, newCrises({ ...view, crises: earlier }, view), view);
}

export class RoundNotes {
  /** `here`: the powers the people at this screen play (none for a spectator or a replay). */
  constructor(private readonly here: readonly Power[]) {}

  private noted: MatchView | null = null;
  private entries: LogEntry[] = [];
  private crises: CrisisReport[] = [];
  /** Rounds' summaries waiting to be shown, oldest first (two can end between two frames). */
  private pending: RoundSummary[] = [];

  note(view: MatchView | null): void {
    if (!view || view === this.noted) return;
    const before = this.noted;
    this.noted = view;
    if (!before) {
      this.entries = view.log.filter((e) => e.round === view.round);
      const ended = openingSummary(view, this.here);
      if (ended) this.pending.push(ended);
      return;
    }
    this.crises.push(...newCrises(before, view));
    this.entries.push(...unseen(view, logCount(before)));
    if (view.round > before.round || (view.outcome && !before.outcome)) {
      this.pending.push(roundSummary(before.round, this.entries, this.crises, view));
      this.entries = this.entries.filter((e) => e.round > before.round);
      this.crises = [];
    }
  }

  take(): RoundSummary[] {
    return this.pending.splice(0);
  }
}

/**
 * Each update is read as it arrives, not once per frame: the view just before
 * the round's last move is the one whose forces and influence its crises used,
 * and every log line of the round is kept (a view carries only the latest) for
 * the round's summary.
 */
import type { LogEntry, MatchView } from '../../game';
import type { RoundSummary } from './accounting';
import { roundSummary } from './accounting';
import type { CrisisReport } from './crisis';
import { newCrises } from './crisis';
import { logCount, unseen } from './log';

export class RoundNotes {
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

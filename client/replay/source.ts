/** A finished match's frames as a `PlaySource`: no seats, read-only, one frame on screen at a time. */
import type { Action, MatchState, MatchView, Power } from '../../game';
import { actor, POWER_NAMES, viewFor } from '../../game';
import { Listeners } from '../play/listeners';
import type { PlaySource } from '../play/source';

export class ReplaySource implements PlaySource {
  readonly seats: readonly Power[] = [];
  private k = 0;
  private current: MatchView;
  private readonly listeners = new Listeners();

  constructor(private readonly frames: readonly MatchState[]) {
    this.current = viewFor(frames[0] as MatchState, null);
  }

  get step(): number {
    return this.k;
  }

  get last(): number {
    return this.frames.length - 1;
  }

  /** Show frame `k` (clamped); the screen redraws. */
  show(k: number): void {
    const to = Math.max(0, Math.min(this.last, k));
    if (to === this.k) return;
    this.k = to;
    this.current = viewFor(this.frames[to] as MatchState, null);
    this.listeners.emit();
  }

  frame(): MatchState {
    return this.frames[this.k] as MatchState;
  }

  previous(): MatchView | null {
    return this.k > 0 ? viewFor(this.frames[this.k - 1] as MatchState, null) : null;
  }

  view(): MatchView {
    return this.current;
  }

  acting(): Power | null {
    return actor(this.current);
  }

  legal(): Action[] {
    return [];
  }

  act(): void {
    // A replay takes no actions.
  }

  playedBy(p: Power): string {
    return POWER_NAMES[p];
  }

  onChange(f: () => void): () => void {
    return this.listeners.add(f);
  }

  stop(): void {
    this.listeners.clear();
  }
}

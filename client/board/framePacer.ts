/**
 * Draw only while something moves. Each frame redraws the whole canvas, so a
 * board that sits still for a player's thinking time should cost nothing: the
 * loop sleeps once no tween or pointer needs frames, runs at a low rate while
 * only pulses move, and wakes on the next change.
 */
import type * as Phaser from 'phaser';

/** Pulses are slow (periods of 1–2 s): 20 frames a second draws them smoothly enough. */
const PULSE_FRAME_MS = 50;

export class FramePacer {
  private awakeUntil = 0;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly game: Phaser.Game) {}

  /** Something changed: draw at full rate for at least `ms` more. */
  wake(ms = 300): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    this.game.loop.wake();
  }

  /** After each frame: keep the full rate, drop to the pulse rate, or sleep. */
  frameDone(need: 'motion' | 'pulse' | 'still'): void {
    if (this.stopped || need === 'motion' || performance.now() < this.awakeUntil) return;
    this.game.loop.sleep();
    clearTimeout(this.timer);
    if (need === 'pulse') this.timer = setTimeout(() => this.game.loop.wake(), PULSE_FRAME_MS);
  }

  /** Phaser destroys a game at the end of its next step, so the loop must run once more. */
  destroy(): void {
    clearTimeout(this.timer);
    this.game.destroy(true);
    this.game.loop.wake();
    this.stopped = true;
  }
}

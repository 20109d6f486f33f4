/**
 * Zoom and pan. Zooming lays the board out again for a world `zoom` times the
 * canvas (so text and maps are drawn at their shown size, never stretched) and
 * the camera scrolls over it: one finger or the mouse drags, two fingers
 * pinch, the HTML buttons step. A drag is never also a tap on a region.
 */
import type * as Phaser from 'phaser';
import type { Box } from './layout';
import { PIXEL_RATIO } from './widgets';

/** A pointer's position in CSS pixels of the canvas (Phaser gives canvas pixels). */
const css = (p: { x: number; y: number }): { x: number; y: number } => ({ x: p.x / PIXEL_RATIO, y: p.y / PIXEL_RATIO });

export const ZOOM = { min: 1, max: 3, step: 1.4 } as const;
/** Movement (px) after which a press is a drag, not a tap. */
const DRAG_PX = 8;

export class Viewport {
  zoom: number = ZOOM.min;
  /** Set once the current press has moved past DRAG_PX; a region ignores the release. */
  dragged = false;
  private downAt: { x: number; y: number } | null = null;
  private pinch: { dist: number; zoom: number } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    /** Lay out again at a new zoom, keeping the canvas point (x, y) where it is. */
    private readonly rezoom: (zoom: number, x: number, y: number) => void,
  ) {
    scene.input.addPointer(1);
    scene.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.downAt = css(p);
      this.dragged = false;
      this.pinch = null;
    });
    scene.input.on('pointermove', (p: Phaser.Input.Pointer) => this.move(p));
    scene.input.on('pointerup', () => {
      this.pinch = null;
    });
  }

  private move(p: Phaser.Input.Pointer): void {
    const a = this.scene.input.pointer1;
    const b = this.scene.input.pointer2;
    if (a?.isDown && b?.isDown) {
      const [pa, pb] = [css(a), css(b)];
      const dist = Math.hypot(pa.x - pb.x, pa.y - pb.y);
      this.dragged = true;
      if (!this.pinch) this.pinch = { dist: Math.max(1, dist), zoom: this.zoom };
      else this.set(this.pinch.zoom * (dist / this.pinch.dist), (pa.x + pb.x) / 2, (pa.y + pb.y) / 2);
      return;
    }
    if (!p.isDown || !this.downAt) return;
    const at = css(p);
    if (!this.dragged && Math.hypot(at.x - this.downAt.x, at.y - this.downAt.y) < DRAG_PX) return;
    // A press that moved is a drag, never a tap on a region; it pans only a zoomed board.
    this.dragged = true;
    if (this.zoom <= ZOOM.min) return;
    const was = css(p.prevPosition);
    const view = this.topLeft();
    this.scrollTo(view.x - (at.x - was.x), view.y - (at.y - was.y));
  }

  /** Zoom to `z` (clamped), keeping the canvas point (x, y) in place. */
  set(z: number, x: number, y: number): void {
    const next = Math.min(ZOOM.max, Math.max(ZOOM.min, z));
    if (Math.abs(next - this.zoom) < 0.01) return;
    this.rezoom(next, x, y);
  }

  /** After the board is laid out at `zoom`: move the camera so (x, y) shows the same spot, within `bounds`. */
  applied(zoom: number, x: number, y: number, bounds: Box): void {
    const k = zoom / this.zoom;
    const view = this.topLeft();
    this.zoom = zoom;
    this.scene.cameras.main.setBounds(bounds.x, bounds.y, bounds.w, bounds.h);
    this.scrollTo((view.x + x) * k - x, (view.y + y) * k - y);
  }

  /** Where the camera shows a world point now, in CSS pixels from the canvas's top left. */
  toCanvas(x: number, y: number): { x: number; y: number } {
    const view = this.topLeft();
    return { x: x - view.x, y: y - view.y };
  }

  /**
   * The world point at the canvas's top left. The camera zooms by PIXEL_RATIO about its middle
   * (the origin its bounds assume), so its scroll is that point less half the difference
   * between its width in canvas pixels and in world (CSS) pixels.
   */
  private topLeft(): { x: number; y: number } {
    const cam = this.scene.cameras.main;
    const off = this.offset();
    return { x: cam.scrollX + off.x, y: cam.scrollY + off.y };
  }

  private scrollTo(x: number, y: number): void {
    const off = this.offset();
    this.scene.cameras.main.setScroll(x - off.x, y - off.y);
  }

  private offset(): { x: number; y: number } {
    const cam = this.scene.cameras.main;
    return { x: (cam.width - cam.width / cam.zoom) / 2, y: (cam.height - cam.height / cam.zoom) / 2 };
  }
}

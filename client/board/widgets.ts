/**
 * Small drawing helpers shared by the board's views: type, framed panels,
 * segmented gauges. They hold no state; views own their game objects.
 */
import type * as Phaser from 'phaser';
import type { Box } from './layout';
import type { Colour, FontSize } from './palette';
import { FONT_FAMILY, FONT_SIZE, INK } from './palette';

const screenRatio = (): number => Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));

/**
 * Canvas pixels per CSS pixel: the screen's own density, so a phone's board is as sharp as its
 * text, up to 2 (a 3× screen gains little for over twice the pixels to draw). The board is laid
 * out in CSS pixels and its camera zooms by this (client/board/mount.ts). It changes only
 * through `followScreenRatio`, between two boards.
 */
export let PIXEL_RATIO = screenRatio();

/** Pixels of texture per CSS pixel: text, emblems and maps are rasterised at the canvas's density. */
export let TEXTURE_RESOLUTION = PIXEL_RATIO;

/** Take the screen's density anew (page zoom, another monitor); true when it changed. */
export function followScreenRatio(): boolean {
  const r = screenRatio();
  if (r === PIXEL_RATIO) return false;
  PIXEL_RATIO = r;
  TEXTURE_RESOLUTION = r;
  return true;
}

export interface TextOptions {
  readonly size?: FontSize;
  readonly bold?: boolean;
  readonly colour?: Colour;
  /** Letter spacing for small-caps style labels, in px. */
  readonly spacing?: number;
}

/** The muted small-caps caption above a gauge or a row of figures (TENSION, FORCES, PRESTIGE). */
export const CAPTION: TextOptions = { size: 'tiny', colour: INK.muted, spacing: 1 };

/** Text with the board's font; its size is set again on every layout. */
export function makeText(scene: Phaser.Scene, content: string, opt: TextOptions = {}): Phaser.GameObjects.Text {
  const t = scene.add.text(0, 0, content, {
    fontFamily: FONT_FAMILY,
    fontSize: `${FONT_SIZE[opt.size ?? 'body']}px`,
    fontStyle: opt.bold ? 'bold' : 'normal',
    color: (opt.colour ?? INK.text).css,
  });
  t.setData('size', opt.size ?? 'body');
  if (opt.spacing) t.setLetterSpacing(opt.spacing);
  t.setResolution(TEXTURE_RESOLUTION);
  return t;
}

/** Smallest type the board uses, in CSS px: below it text stops being legible. */
const MIN_FONT_PX = 10;

/** Font size in px for a named size at a UI scale. */
export const fontPx = (size: FontSize, ui: number): number => Math.max(MIN_FONT_PX, Math.round(FONT_SIZE[size] * ui));

/** Apply the UI scale to a text made by makeText (cheap when unchanged). */
export function scaleText(t: Phaser.GameObjects.Text, ui: number): void {
  const px = `${fontPx(t.getData('size') as FontSize, ui)}px`;
  if (t.style.fontSize !== px) t.setFontSize(px);
}

/** Set text only when it changed (Phaser re-renders a text's canvas on every set). */
export function setIfChanged(t: Phaser.GameObjects.Text, s: string): void {
  if (t.text !== s) t.setText(s);
}

/**
 * Fit `full` into `max` px: shrunk a little at most (to `least` of its size), then cut at a word
 * with an ellipsis, so a long subtitle stays readable instead of shrinking to a few pixels.
 */
export function fitOrTrim(t: Phaser.GameObjects.Text, full: string, max: number, least = 0.85): void {
  setIfChanged(t, full);
  if (t.scaleX !== 1) t.setScale(1);
  if (max <= 0 || t.width <= max) return;
  if (t.width * least <= max) {
    t.setScale(max / t.width);
    return;
  }
  t.setScale(least);
  const words = full.split(' ');
  while (words.length > 1 && t.width * least > max) {
    words.pop();
    t.setText(`${words.join(' ').replace(/[\s·,:;–-]+$/, '')}…`);
  }
}

/**
 * The first of `texts` (longest first) that fits `max` px shrunk to `least` of its size at most,
 * shrunk as it needs; the last shrunk to fit whatever it takes. A narrow card says less, not smaller.
 */
export function fitOneOf(t: Phaser.GameObjects.Text, texts: readonly string[], max: number, least = 0.85): void {
  for (const s of texts) {
    setIfChanged(t, s);
    if (max <= 0 || t.width * least <= max) break;
  }
  fitWidth(t, max);
}

/** Shrink a text uniformly so it is never wider than `max` px (never clipped). */
export function fitWidth(t: Phaser.GameObjects.Text, max: number): void {
  const k = t.width > max && max > 0 ? max / t.width : 1;
  if (t.scaleX !== k) t.setScale(k);
}

/** Frame style of a board panel: a raised tile with a soft shadow and a rim. */
export interface FrameStyle {
  readonly fill?: Colour;
  readonly rim?: Colour;
  readonly rimAlpha?: number;
  readonly rimWidth?: number;
  readonly radius?: number;
  readonly shadow?: number;
}

const FRAME = { radius: 8, shadow: 3, shadowAlpha: 0.45, highlightAlpha: 0.06 } as const;

export function drawFrame(g: Phaser.GameObjects.Graphics, b: Box, s: FrameStyle = {}): void {
  // Corners never wider than half the tile (a negative arc radius throws in the canvas renderer).
  if (b.w < 6 || b.h < 6) return;
  const r = Math.min(s.radius ?? FRAME.radius, b.w / 2 - 3, b.h / 4);
  const sh = s.shadow ?? FRAME.shadow;
  g.fillStyle(INK.shadow.num, FRAME.shadowAlpha);
  g.fillRoundedRect(b.x + 1, b.y + sh, b.w, b.h, r);
  g.fillStyle((s.fill ?? INK.panel).num, 1);
  g.fillRoundedRect(b.x, b.y, b.w, b.h, r);
  // A faint lighter band at the top edge gives the tile its bevel.
  g.fillStyle(0xffffff, FRAME.highlightAlpha);
  g.fillRoundedRect(b.x + 2, b.y + 1, b.w - 4, Math.min(b.h / 2, 10), { tl: r, tr: r, bl: 0, br: 0 });
  g.lineStyle(s.rimWidth ?? 1, (s.rim ?? INK.panelRim).num, s.rimAlpha ?? 1);
  g.strokeRoundedRect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1, r);
}

export interface SegmentStyle {
  /** Colour of filled segment i (0-based). */
  readonly colour: (i: number) => Colour;
  readonly gap?: number;
  readonly radius?: number;
  /** Segments from this index on get an outline in `warn` (e.g. the crisis zone). */
  readonly warnFrom?: number;
  readonly warn?: Colour;
}

/**
 * A row of `count` segments in `b`, filled up to `value` (fractional values
 * fill part of a segment, which is how tweens animate the gauge).
 */
export function drawSegments(g: Phaser.GameObjects.Graphics, b: Box, count: number, value: number, s: SegmentStyle): void {
  const gap = s.gap ?? 2;
  const w = (b.w - gap * (count - 1)) / count;
  // A sliver of a canvas (mid-resize) has no room for segments; a radius must never go negative.
  if (w <= 1 || b.h <= 1) return;
  const r = Math.max(0, Math.min(s.radius ?? 2, w / 2 - 0.5, b.h / 2 - 0.5));
  for (let i = 0; i < count; i++) {
    const x = b.x + i * (w + gap);
    g.fillStyle(INK.slot.num, 1);
    g.fillRoundedRect(x, b.y, w, b.h, r);
    const part = Math.max(0, Math.min(1, value - i));
    if (part > 0) {
      g.fillStyle(s.colour(i).num, 1);
      g.fillRoundedRect(x, b.y, w * part, b.h, part < 1 ? 0 : r);
    }
    if (s.warnFrom !== undefined && i >= s.warnFrom) {
      g.lineStyle(1, (s.warn ?? INK.danger).num, 0.9);
      g.strokeRoundedRect(x + 0.5, b.y + 0.5, w - 1, b.h - 1, r);
    }
  }
}

/** x of the boundary before segment `i` of a drawSegments row. */
export function segmentEdge(b: Box, count: number, i: number, gap = 2): number {
  const w = (b.w - gap * (count - 1)) / count;
  return b.x + i * (w + gap) - gap / 2;
}

/** Tween a displayed number toward a target; returns the new tween (old one stopped). */
export function tweenNumber(
  scene: Phaser.Scene,
  prev: Phaser.Tweens.Tween | null,
  from: number,
  to: number,
  onValue: (v: number) => void,
  duration = 450,
): Phaser.Tweens.Tween | null {
  prev?.stop();
  if (from === to || duration <= 0) {
    onValue(to);
    return null;
  }
  return scene.tweens.addCounter({
    from,
    to,
    duration,
    ease: 'Cubic.easeOut',
    onUpdate: (tw) => onValue(tw.getValue() ?? to),
    onComplete: () => onValue(to),
  });
}

/** A number shown on the board that glides to each new value. */
export class Animated {
  shown: number;
  target: number;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(initial = 0) {
    this.shown = initial;
    this.target = initial;
  }

  /** Move toward `v`; `redraw` runs on every step. Returns true when the target changed. */
  set(scene: Phaser.Scene, v: number, animate: boolean, redraw: () => void, duration = 450): boolean {
    if (v === this.target) return false;
    this.target = v;
    this.tween = tweenNumber(scene, this.tween, this.shown, v, (x) => {
      this.shown = x;
      redraw();
    }, animate ? duration : 0);
    return true;
  }
}

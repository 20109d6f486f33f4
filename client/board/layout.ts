/**
 * Where everything goes on the canvas, as pure arithmetic (no Phaser), so it
 * can be unit-tested for "nothing overlaps" at every window size.
 *
 * Two arrangements compete and the one with the larger maps wins:
 * - wide: top bar, the two theaters side by side, the meter cards in a strip below;
 * - tall: top bar, the two theaters stacked on the left, the meter cards in a column beside them.
 * All sizes are CSS pixels at UI scale 1 and are multiplied by `ui`.
 */
import type { Theater } from '../../game';
import { THEATERS } from '../../game';
import { MAP_SIZE } from './geometry';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The theater maps are drawn in a 600×420 space (assets/maps/*.svg viewBox). */

/** The meter cards beside or below the maps, in reading order. */
export const CARDS = ['cooperation', 'alignment', 'us', 'russia', 'china'] as const;
export type CardId = (typeof CARDS)[number];

/** Natural height of each card at UI scale 1 (title + its rows). */
export const CARD_HEIGHT: Readonly<Record<CardId, number>> = {
  cooperation: 150,
  alignment: 184,
  us: 112,
  russia: 104,
  china: 84,
};

export const SPACING = {
  /** Margin around the whole board. */
  outer: 10,
  /** Between panels. */
  gap: 10,
  /** Narrowest a card may be. */
  cardMinWidth: 228,
  /** The card strip or column may grow this much beyond its natural height to use spare room. */
  cardMaxStretch: 1.3,
  /** Height of a theater's header strip (name, tension gauge, forces). */
  theaterHeader: 44,
  /** Frame margin around each map, left, right and below. */
  mapInset: 6,
} as const;

/** UI scale bounds: text stays legible at the small end, not cartoonish at the large. */
export const UI_SCALE = { min: 0.72, max: 1.45, step: 0.04, refWidth: 850, refHeight: 700 } as const;

export interface TheaterLayout {
  /** The framed panel holding header and map. */
  readonly frame: Box;
  readonly header: Box;
  /** Where the 600×420 map is drawn, already scaled. */
  readonly map: Box;
  /** Pixels per map unit. */
  readonly scale: number;
}

export interface BoardLayout {
  readonly width: number;
  readonly height: number;
  readonly ui: number;
  readonly mode: 'wide' | 'tall';
  readonly topBar: Box;
  readonly theaters: Readonly<Record<Theater, TheaterLayout>>;
  readonly cards: Readonly<Record<CardId, Box>>;
}

/** Height the top bar needs at a width and UI scale (measured by the scene's text). */
export type TopBarMeasure = (width: number, ui: number) => number;

/** The UI scale a canvas size suggests before fitting. */
export function preferredUi(width: number, height: number): number {
  const raw = Math.min(width / UI_SCALE.refWidth, height / UI_SCALE.refHeight);
  return Math.min(UI_SCALE.max, Math.max(UI_SCALE.min, raw));
}

interface Candidate {
  readonly layout: BoardLayout;
  readonly mapScale: number;
  /**
   * Untidiness of the card packing: the share of the card area left empty by
   * uneven columns, plus how far the columns are from a comfortable width.
   */
  readonly waste: number;
}

/** Map scales within this ratio count as equal, and the tidier card packing wins. */
const SCALE_TIE = 0.02;

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (a.mapScale > b.mapScale * (1 + SCALE_TIE)) return true;
  if (a.mapScale < b.mapScale * (1 - SCALE_TIE)) return false;
  return a.waste < b.waste;
}

/** A card reads best about this wide (px at UI scale 1); much wider bars look stretched. */
const COMFORTABLE_CARD_WIDTH = 300;
const WIDTH_WEIGHT = 0.5;

function wasteOf(heights: readonly number[], colW: number, ui: number): number {
  const max = Math.max(...heights);
  const empty = max > 0 ? heights.reduce((s, h) => s + (max - h), 0) / (max * heights.length) : 0;
  return empty + WIDTH_WEIGHT * Math.abs(Math.log(colW / (COMFORTABLE_CARD_WIDTH * ui)));
}

export function computeLayout(width: number, height: number, topBar: TopBarMeasure): BoardLayout {
  let fallback: Candidate | null = null;
  for (let ui = preferredUi(width, height); ui >= UI_SCALE.min - 1e-9; ui -= UI_SCALE.step) {
    const options = [wide(width, height, ui, topBar), tall(width, height, ui, topBar)].filter(
      (c): c is Candidate => c !== null,
    );
    const best = options.reduce<Candidate | null>((acc, c) => (better(c, acc) ? c : acc), null);
    if (best && best.mapScale >= minMapScale(ui)) return best.layout;
    if (best && (!fallback || best.mapScale > fallback.mapScale)) fallback = best;
  }
  return (fallback ?? forced(width, height, topBar)).layout;
}

/** Maps smaller than this, relative to the UI scale, crowd the region badges. */
const minMapScale = (ui: number): number => 0.62 * ui;

/** Pack cards into `cols` columns in reading order, each into the shortest column. */
export function packCards(cols: number, ui: number, gap: number): { heights: number[]; column: Record<CardId, number>; top: Record<CardId, number> } {
  const heights = Array.from({ length: cols }, () => 0);
  const column = {} as Record<CardId, number>;
  const top = {} as Record<CardId, number>;
  for (const id of CARDS) {
    let c = 0;
    for (let i = 1; i < cols; i++) if ((heights[i] ?? 0) < (heights[c] ?? 0) - 0.5) c = i;
    const y = heights[c] ?? 0;
    top[id] = y + (y > 0 ? gap : 0);
    heights[c] = top[id] + CARD_HEIGHT[id] * ui;
    column[id] = c;
  }
  return { heights, column, top };
}

/** Lay the packed cards into `area`, stretching each column's cards to use spare height. */
function placeCards(area: Box, cols: number, ui: number, gap: number): Record<CardId, Box> {
  const colW = (area.w - gap * (cols - 1)) / cols;
  const pack = packCards(cols, ui, gap);
  const out = {} as Record<CardId, Box>;
  for (let c = 0; c < cols; c++) {
    const ids = CARDS.filter((id) => pack.column[id] === c);
    const natural = ids.reduce((s, id) => s + CARD_HEIGHT[id] * ui, 0);
    const room = area.h - gap * (ids.length - 1);
    // Cards share their column's height, so a row of cards lines up at the bottom.
    const stretch = Math.max(1, room / Math.max(1, natural));
    let y = area.y;
    for (const id of ids) {
      const h = CARD_HEIGHT[id] * ui * stretch;
      out[id] = { x: area.x + c * (colW + gap), y, w: colW, h };
      y += h + gap;
    }
  }
  return out;
}

function wide(width: number, height: number, ui: number, topBar: TopBarMeasure): Candidate | null {
  const o = SPACING.outer;
  const gap = SPACING.gap * ui;
  const W = width - 2 * o;
  const topH = topBar(W, ui);
  const headerH = SPACING.theaterHeader * ui;
  const maxCols = Math.max(1, Math.floor((W + gap) / (SPACING.cardMinWidth * ui + gap)));
  let best: Candidate | null = null;
  for (let cols = Math.min(maxCols, CARDS.length); cols >= 1; cols--) {
    const colW = (W - gap * (cols - 1)) / cols;
    const heights = packCards(cols, ui, gap).heights;
    const strip = Math.max(...heights);
    const inset = SPACING.mapInset * ui;
    const mapRoom = height - 2 * o - topH - gap - headerH - inset - gap - strip;
    const theaterW = (W - gap) / 2;
    const scale = Math.min((theaterW - 2 * inset) / MAP_SIZE.w, mapRoom / MAP_SIZE.h);
    if (scale <= 0) continue;
    // Spare height beyond the maps goes to the card strip, the rest to breathing room.
    const spare = mapRoom - scale * MAP_SIZE.h;
    const stripH = Math.min(strip * SPACING.cardMaxStretch, strip + spare);
    const pad = (height - 2 * o - topH - 2 * gap - headerH - inset - scale * MAP_SIZE.h - stripH) / 2;
    const frameY = o + topH + gap + pad / 2;
    const theaters = {} as Record<Theater, TheaterLayout>;
    THEATERS.forEach((t, i) => {
      const frame = { x: o + i * (theaterW + gap), y: frameY, w: theaterW, h: headerH + scale * MAP_SIZE.h + inset };
      theaters[t] = theaterIn(frame, headerH, scale);
    });
    const stripY = height - o - stripH - pad / 2;
    const cards = placeCards({ x: o, y: stripY, w: W, h: stripH }, cols, ui, gap);
    const cand: Candidate = { mapScale: scale, waste: wasteOf(heights, colW, ui), layout: { width, height, ui, mode: 'wide', topBar: { x: o, y: o, w: W, h: topH }, theaters, cards } };
    if (better(cand, best)) best = cand;
  }
  return best;
}

function tall(width: number, height: number, ui: number, topBar: TopBarMeasure): Candidate | null {
  const o = SPACING.outer;
  const gap = SPACING.gap * ui;
  const W = width - 2 * o;
  const topH = topBar(W, ui);
  const headerH = SPACING.theaterHeader * ui;
  const bodyY = o + topH + gap;
  const bodyH = height - o - bodyY;
  let best: Candidate | null = null;
  for (let cols = 1; cols <= 2; cols++) {
    const minSide = cols * SPACING.cardMinWidth * ui + (cols - 1) * gap;
    const heights = packCards(cols, ui, gap).heights;
    const colH = Math.max(...heights);
    if (colH > bodyH) continue;
    const inset = SPACING.mapInset * ui;
    const mapColW = W - minSide - gap;
    const mapH = (bodyH - gap - 2 * (headerH + inset)) / 2;
    const scale = Math.min((mapColW - 2 * inset) / MAP_SIZE.w, mapH / MAP_SIZE.h);
    if (scale <= 0) continue;
    const theaterW = scale * MAP_SIZE.w + 2 * inset;
    const sideW = W - theaterW - gap;
    const theaterH = headerH + scale * MAP_SIZE.h + inset;
    const pad = (bodyH - 2 * theaterH - gap) / 2;
    const theaters = {} as Record<Theater, TheaterLayout>;
    THEATERS.forEach((t, i) => {
      theaters[t] = theaterIn({ x: o, y: bodyY + pad + i * (theaterH + gap), w: theaterW, h: theaterH }, headerH, scale);
    });
    const cardsH = Math.min(bodyH, colH * SPACING.cardMaxStretch);
    const cards = placeCards({ x: o + theaterW + gap, y: bodyY + (bodyH - cardsH) / 2, w: sideW, h: cardsH }, cols, ui, gap);
    const cand: Candidate = { mapScale: scale, waste: wasteOf(heights, sideW / cols, ui), layout: { width, height, ui, mode: 'tall', topBar: { x: o, y: o, w: W, h: topH }, theaters, cards } };
    if (better(cand, best)) best = cand;
  }
  return best;
}

/** A last resort for absurdly small canvases: everything at minimum scale, overlaps allowed. */
function forced(width: number, height: number, topBar: TopBarMeasure): Candidate {
  const c = wide(Math.max(width, 400), Math.max(height, 400), UI_SCALE.min, topBar);
  if (!c) throw new Error('board layout impossible');
  return c;
}

function theaterIn(frame: Box, headerH: number, scale: number): TheaterLayout {
  const header = { x: frame.x, y: frame.y, w: frame.w, h: headerH };
  const mapW = scale * MAP_SIZE.w;
  const map = { x: frame.x + (frame.w - mapW) / 2, y: frame.y + headerH, w: mapW, h: scale * MAP_SIZE.h };
  return { frame, header, map, scale };
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Nudge boxes apart until none overlap, keeping each inside `bounds` and as
 * near its anchor as it can. Used for the region badges, whose anchors come
 * from the map but whose size comes from the text. Pure; a few dozen
 * iterations over ten boxes costs microseconds.
 */
export function separate(boxes: readonly Box[], bounds: Box, margin = 2, iterations = 60): Box[] {
  const out = boxes.map((b) => ({ ...b }));
  const clampIn = (b: { x: number; y: number; w: number; h: number }): void => {
    b.x = Math.min(Math.max(b.x, bounds.x + margin), bounds.x + bounds.w - margin - b.w);
    b.y = Math.min(Math.max(b.y, bounds.y + margin), bounds.y + bounds.h - margin - b.h);
  };
  out.forEach(clampIn);
  for (let it = 0; it < iterations; it++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        if (!a || !b) continue;
        const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + margin;
        const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + margin;
        if (dx <= 0 || dy <= 0) continue;
        moved = true;
        // Push along the axis that needs the smaller move, half each way.
        if (dy <= dx) {
          const s = a.y + a.h / 2 <= b.y + b.h / 2 ? 1 : -1;
          a.y -= (s * dy) / 2;
          b.y += (s * dy) / 2;
        } else {
          const s = a.x + a.w / 2 <= b.x + b.w / 2 ? 1 : -1;
          a.x -= (s * dx) / 2;
          b.x += (s * dx) / 2;
        }
        clampIn(a);
        clampIn(b);
      }
    }
    if (!moved) break;
  }
  return out;
}

/**
 * Where everything goes on the canvas, as pure arithmetic (no Phaser), so it
 * can be unit-tested for "nothing overlaps" at every canvas size.
 *
 * The board shows one or both theaters (`show`). Three arrangements compete
 * and the one with the larger maps wins:
 * - row: top bar, the theaters side by side, the meter cards in a strip below;
 * - stack: top bar, the theaters one above the other, the cards in a strip below;
 * - column: top bar, the theaters one above the other on the left, the cards in a column beside them.
 * A canvas too small for any of them still gets a layout (maps shrunk, nothing
 * negative): computeLayout never throws. All sizes are CSS pixels at UI scale 1
 * multiplied by `ui`.
 */
import type { Theater } from '../../game';
import { CARD_MAX_STRETCH, CARDS, packCards, placeCards, wasteOf } from './cardPacking';
import type { CardId } from './cardPacking';
import { MAP_SIZE } from './geometry';

export { CARDS } from './cardPacking';
export type { CardId } from './cardPacking';
/** A part of the board that explains itself when hovered or tapped: a meter card, a theater's header, the top bar. */
export type HelpSpot = CardId | Theater | 'topBar';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const SPACING = {
  /** Margin around the whole board. */
  outer: 10,
  /** Between panels. */
  gap: 10,
  /** Narrowest a card may be. */
  cardMinWidth: 228,
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
  /** Where the 600×420 map (assets/maps/*.svg viewBox) is drawn, already scaled. */
  readonly map: Box;
  /** Pixels per map unit. */
  readonly scale: number;
}

export interface BoardLayout {
  readonly width: number;
  readonly height: number;
  readonly ui: number;
  readonly mode: 'row' | 'stack' | 'column' | 'squeezed';
  readonly topBar: Box;
  /** null for a theater not shown. */
  readonly theaters: Readonly<Partial<Record<Theater, TheaterLayout>>>;
  /** Every meter card, or none (a phone's map alone, when the cards would shrink it past reading). */
  readonly cards: Readonly<Record<CardId, Box>> | null;
}

/**
 * What a zoomed camera may scroll over: the boxes drawn (top bar, theaters, cards) with the
 * outer margin, grown about their middle to at least `view` (the canvas) and kept inside the
 * world, so a zoomed map alone never scrolls to the empty world around it.
 */
export function scrollBounds(lay: BoardLayout, view: { readonly w: number; readonly h: number }): Box {
  const boxes = [lay.topBar, ...Object.values(lay.theaters).map((t) => t.frame), ...Object.values(lay.cards ?? {})].filter((b) => b.w > 0 && b.h > 0);
  if (!boxes.length) return { x: 0, y: 0, w: lay.width, h: lay.height };
  const o = SPACING.outer;
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - o);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - o);
  const x1 = Math.min(lay.width, Math.max(...boxes.map((b) => b.x + b.w)) + o);
  const y1 = Math.min(lay.height, Math.max(...boxes.map((b) => b.y + b.h)) + o);
  const along = (lo: number, hi: number, need: number, size: number): [number, number] => {
    const len = Math.min(size, Math.max(hi - lo, need));
    const start = Math.min(size - len, Math.max(0, (lo + hi) / 2 - len / 2));
    return [start, len];
  };
  const [x, w] = along(x0, x1, view.w, lay.width);
  const [y, h] = along(y0, y1, view.h, lay.height);
  return { x, y, w, h };
}

/** Height the top bar needs at a width and UI scale (measured by the scene's text). */
export type TopBarMeasure = (width: number, ui: number) => number;

/** The scale a canvas's area suggests (the reference canvas's area at 1), within the limits. */
const areaUi = (width: number, height: number): number =>
  Math.min(UI_SCALE.max, Math.max(UI_SCALE.min, Math.sqrt((width / UI_SCALE.refWidth) * (height / UI_SCALE.refHeight))));

/** The UI scale a canvas size suggests before fitting. */
export function preferredUi(width: number, height: number): number {
  const raw = Math.min(width / UI_SCALE.refWidth, height / UI_SCALE.refHeight);
  return Math.min(UI_SCALE.max, Math.max(UI_SCALE.min, raw));
}

interface Candidate {
  readonly layout: BoardLayout;
  readonly mapScale: number;
  /** Untidiness of the card packing (cardPacking.ts wasteOf). */
  readonly waste: number;
}

/** The UI scales to try, largest first: from `from` down by UI_SCALE.step, ending exactly at UI_SCALE.min. */
export function scaleSteps(from: number): number[] {
  const steps: number[] = [];
  for (let ui = Math.min(from, UI_SCALE.max); ui > UI_SCALE.min + 1e-9; ui -= UI_SCALE.step) steps.push(ui);
  steps.push(UI_SCALE.min);
  return steps;
}

/** Map scales within this ratio count as equal, and the tidier card packing wins. */
const SCALE_TIE = 0.02;

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (a.mapScale > b.mapScale * (1 + SCALE_TIE)) return true;
  if (a.mapScale < b.mapScale * (1 - SCALE_TIE)) return false;
  return a.waste < b.waste;
}

/** Maps smaller than this, relative to the UI scale, crowd the region badges. */
const minMapScale = (ui: number): number => 0.62 * ui;

/** What every arrangement is given, and the sizes at its UI scale they all start from. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly ui: number;
  readonly show: readonly Theater[];
  readonly topH: number;
  /** Outer margin. */
  readonly o: number;
  readonly gap: number;
  /** Width inside the margins. */
  readonly W: number;
  readonly headerH: number;
  readonly inset: number;
}

function frameOf(width: number, height: number, ui: number, show: readonly Theater[], topH: number): Frame {
  const o = SPACING.outer;
  return { width, height, ui, show, topH, o, gap: SPACING.gap * ui, W: width - 2 * o, headerH: SPACING.theaterHeader * ui, inset: SPACING.mapInset * ui };
}

/** What the board shows: one or both theaters, with or without its top bar (a small screen says the same above the board). */
export interface BoardView {
  readonly theaters: readonly Theater[];
  readonly topBar: boolean;
  /**
   * The meter cards: beside the maps ('shown', the default); beside the map only if it stays
   * readable, else the map alone ('ifRoom': a small phone, which has a Tracks button for them);
   * or the cards alone ('only', that button; `theaters` is then ignored); 'hidden' is the map alone
   * for certain (what 'ifRoom' chose at zoom 1, kept while zoomed in: zoom must not bring the cards back).
   */
  readonly cards?: 'shown' | 'ifRoom' | 'only' | 'hidden';
}

export function computeLayout(width: number, height: number, topBar: TopBarMeasure, view: BoardView): BoardLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  if (view.cards === 'only') {
    return w >= MIN_ALONE && h >= MIN_ALONE ? cardsAlone(w, h, view.topBar ? topBar : null) : squeezed(w, h, view.topBar ? topBar : () => 0, []);
  }
  const show = view.theaters;
  if (view.cards === 'hidden' && show.length === 1 && w >= MIN_ALONE && h >= MIN_ALONE) return mapAlone(w, h, view.topBar ? topBar : null, show[0] as Theater);
  let fallback: Candidate | null = null;
  // A tall canvas (a tablet upright, the panel beside it) has room for larger cards than its width
  // alone suggests: start from its area's scale, and let the map's legibility bring it down.
  for (const ui of scaleSteps(Math.max(preferredUi(w, h), areaUi(w, h)))) {
    // Without a top bar the body starts at the margin (the gap below the bar goes too).
    const topH = view.topBar ? topBar(w - 2 * SPACING.outer, ui) : -SPACING.gap * ui;
    const f = frameOf(w, h, ui, show, topH);
    const options = [strip(f, true), show.length > 1 ? strip(f, false) : null, column(f)];
    const best = options.reduce<Candidate | null>((acc, c) => (c && better(c, acc) ? c : acc), null);
    if (best && best.mapScale >= minMapScale(best.layout.ui)) return best.layout;
    if (best && (!fallback || best.mapScale > fallback.mapScale)) fallback = best;
  }
  // Too short for a readable map with the cards: the map alone, the cards a tap away.
  if (view.cards === 'ifRoom' && show.length === 1 && w >= MIN_ALONE && h >= MIN_ALONE) return mapAlone(w, h, view.topBar ? topBar : null, show[0] as Theater);
  // Short of room for both theaters, one at a time (the first asked for) reads better than two specks.
  if (show.length > 1 && (!fallback || fallback.mapScale < DEGRADE_BELOW)) {
    const one = computeLayout(w, h, topBar, { ...view, theaters: show.slice(0, 1) });
    if (one.mode !== 'squeezed') return one;
  }
  return fallback?.layout ?? squeezed(w, h, view.topBar ? topBar : () => 0, show);
}

/** A canvas narrower or shorter than this (a sliver while a window is dragged) is shared as usual, squeezed. */
const MIN_ALONE = 160;

/** One theater filling the canvas, no cards (BoardView.cards 'ifRoom'). */
function mapAlone(width: number, height: number, topBar: TopBarMeasure | null, t: Theater): BoardLayout {
  const ui = preferredUi(width, height);
  const topH = topBar ? topBar(width - 2 * SPACING.outer, ui) : -SPACING.gap * ui;
  const f = frameOf(width, height, ui, [t], topH);
  const bodyY = f.o + topH + f.gap;
  const bodyH = height - f.o - bodyY;
  const scale = Math.max(1e-4, Math.min((f.W - 2 * f.inset) / MAP_SIZE.w, (bodyH - f.headerH - f.inset) / MAP_SIZE.h));
  const theaterH = f.headerH + scale * MAP_SIZE.h + f.inset;
  const frame = { x: f.o, y: bodyY + Math.max(0, (bodyH - theaterH) / 2), w: f.W, h: theaterH };
  return { width, height, ui, mode: 'stack', topBar: { x: f.o, y: f.o, w: f.W, h: Math.max(0, topH) }, theaters: { [t]: theaterIn(frame, f.headerH, scale) }, cards: null };
}

/** The meter cards filling the canvas in as many columns as fit (BoardView.cards 'only'). */
function cardsAlone(width: number, height: number, topBar: TopBarMeasure | null): BoardLayout {
  // The cards alone have the canvas to themselves: the largest scale at which they fit, in as many
  // columns as that takes (a phone's tall canvas reads best as one column of large cards).
  for (const ui of scaleSteps(UI_SCALE.max)) {
    const topH = topBar ? topBar(width - 2 * SPACING.outer, ui) : -SPACING.gap * ui;
    const f = frameOf(width, height, ui, [], topH);
    const bodyY = f.o + topH + f.gap;
    const bodyH = Math.max(0, height - f.o - bodyY);
    const maxCols = Math.min(CARDS.length, Math.max(1, Math.floor((f.W + f.gap) / (SPACING.cardMinWidth * ui + f.gap))));
    for (let cols = 1; cols <= maxCols; cols++) {
      if (cols * SPACING.cardMinWidth * ui + (cols - 1) * f.gap > f.W) break;
      const natural = Math.max(...packCards(cols, ui, f.gap).heights);
      if (natural > bodyH) continue;
      const cardsH = Math.min(bodyH, natural * CARD_MAX_STRETCH);
      const cards = placeCards({ x: f.o, y: bodyY, w: f.W, h: cardsH }, cols, ui, f.gap);
      return { width, height, ui, mode: 'stack', topBar: { x: f.o, y: f.o, w: f.W, h: Math.max(0, topH) }, theaters: {}, cards };
    }
  }
  // Too short for the cards even at the smallest scale: shared as usual, squeezed.
  return squeezed(width, height, topBar ?? (() => 0), []);
}

/** A map scale below which two theaters are not worth showing side by side or stacked. */
const DEGRADE_BELOW = 0.3;

/** Theaters side by side (`across`) or stacked, the cards in a strip below. */
function strip(f: Frame, across: boolean): Candidate | null {
  const { width, height, ui, show, topH, o, gap, W, headerH, inset } = f;
  const n = show.length;
  const nAcross = across ? n : 1;
  const nDown = across ? 1 : n;
  const maxCols = Math.max(1, Math.floor((W + gap) / (SPACING.cardMinWidth * ui + gap)));
  let best: Candidate | null = null;
  for (let cols = Math.min(maxCols, CARDS.length); cols >= 1; cols--) {
    const colW = (W - gap * (cols - 1)) / cols;
    const heights = packCards(cols, ui, gap).heights;
    const natural = Math.max(...heights);
    const mapRoom = height - 2 * o - topH - gap - natural - gap - nDown * (headerH + inset) - (nDown - 1) * gap;
    const theaterW = (W - gap * (nAcross - 1)) / nAcross;
    const scale = Math.min((theaterW - 2 * inset) / MAP_SIZE.w, mapRoom / nDown / MAP_SIZE.h);
    if (scale <= 0) continue;
    // Spare height beyond the maps goes to the card strip, the rest to breathing room.
    const spare = mapRoom - nDown * scale * MAP_SIZE.h;
    const stripH = Math.min(natural * CARD_MAX_STRETCH, natural + spare);
    const pad = (spare - (stripH - natural)) / 2;
    const theaterH = headerH + scale * MAP_SIZE.h + inset;
    const top = o + topH + gap + pad / 2;
    const theaters: Partial<Record<Theater, TheaterLayout>> = {};
    show.forEach((t, i) => {
      const frame = across
        ? { x: o + i * (theaterW + gap), y: top, w: theaterW, h: theaterH }
        : { x: o, y: top + i * (theaterH + gap), w: theaterW, h: theaterH };
      theaters[t] = theaterIn(frame, headerH, scale);
    });
    const cards = placeCards({ x: o, y: height - o - stripH - pad / 2, w: W, h: stripH }, cols, ui, gap);
    const mode = across && n > 1 ? 'row' : 'stack';
    const cand: Candidate = { mapScale: scale, waste: wasteOf(heights, colW, ui), layout: { width, height, ui, mode, topBar: { x: o, y: o, w: W, h: Math.max(0, topH) }, theaters, cards } };
    if (better(cand, best)) best = cand;
  }
  return best;
}

/** Theaters stacked on the left, the cards in one to three columns beside them. */
function column(f: Frame): Candidate | null {
  const { width, height, ui, show, topH, o, gap, W, headerH, inset } = f;
  const n = show.length;
  const bodyY = o + topH + gap;
  const bodyH = height - o - bodyY;
  let best: Candidate | null = null;
  for (let cols = 1; cols <= 3; cols++) {
    const minSide = cols * SPACING.cardMinWidth * ui + (cols - 1) * gap;
    const heights = packCards(cols, ui, gap).heights;
    const colH = Math.max(...heights);
    if (colH > bodyH) continue;
    const mapColW = W - minSide - gap;
    const mapH = (bodyH - (n - 1) * gap - n * (headerH + inset)) / n;
    const scale = Math.min((mapColW - 2 * inset) / MAP_SIZE.w, mapH / MAP_SIZE.h);
    if (scale <= 0) continue;
    const theaterW = scale * MAP_SIZE.w + 2 * inset;
    const sideW = W - theaterW - gap;
    const theaterH = headerH + scale * MAP_SIZE.h + inset;
    const pad = (bodyH - n * theaterH - (n - 1) * gap) / 2;
    const theaters: Partial<Record<Theater, TheaterLayout>> = {};
    show.forEach((t, i) => {
      theaters[t] = theaterIn({ x: o, y: bodyY + pad + i * (theaterH + gap), w: theaterW, h: theaterH }, headerH, scale);
    });
    const cardsH = Math.min(bodyH, colH * CARD_MAX_STRETCH);
    const cards = placeCards({ x: o + theaterW + gap, y: bodyY + (bodyH - cardsH) / 2, w: sideW, h: cardsH }, cols, ui, gap);
    const cand: Candidate = { mapScale: scale, waste: wasteOf(heights, sideW / cols, ui), layout: { width, height, ui, mode: 'column', topBar: { x: o, y: o, w: W, h: Math.max(0, topH) }, theaters, cards } };
    if (better(cand, best)) best = cand;
  }
  return best;
}

/**
 * A canvas too small for any arrangement (a sliver while a window is dragged
 * or a view is switched): the first theater and the cards share what there is,
 * no box negative or off the canvas, so the scene draws without error.
 */
function squeezed(width: number, height: number, topBar: TopBarMeasure, show: readonly Theater[]): BoardLayout {
  const ui = UI_SCALE.min;
  const o = Math.min(SPACING.outer, width / 4, height / 4);
  const W = Math.max(0, width - 2 * o);
  const H = Math.max(0, height - 2 * o);
  const topH = Math.min(topBar(W, ui), H / 5);
  const theaterH = (H - topH) * 0.6;
  const headerH = Math.min(SPACING.theaterHeader * ui, theaterH / 4);
  // Never zero: outlines are drawn at widths divided by the scale.
  const scale = Math.max(1e-4, Math.min(W / MAP_SIZE.w, (theaterH - headerH) / MAP_SIZE.h));
  const theaters: Partial<Record<Theater, TheaterLayout>> = {};
  const first = show[0];
  if (first) theaters[first] = theaterIn({ x: o, y: o + topH, w: W, h: headerH + scale * MAP_SIZE.h }, headerH, scale);
  const cardsY = o + topH + theaterH;
  const cardH = Math.max(0, (H - topH - theaterH) / CARDS.length);
  const cards = {} as Record<CardId, Box>;
  CARDS.forEach((id, i) => { cards[id] = { x: o, y: cardsY + i * cardH, w: W, h: cardH }; });
  return { width, height, ui, mode: 'squeezed', topBar: { x: o, y: o, w: W, h: topH }, theaters, cards };
}

function theaterIn(frame: Box, headerH: number, scale: number): TheaterLayout {
  const header = { x: frame.x, y: frame.y, w: frame.w, h: headerH };
  const mapW = scale * MAP_SIZE.w;
  const map = { x: frame.x + (frame.w - mapW) / 2, y: frame.y + headerH, w: mapW, h: scale * MAP_SIZE.h };
  return { frame, header, map, scale };
}

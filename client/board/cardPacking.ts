/**
 * The meter cards (cooperation, alignment, one per power) packed into columns
 * in reading order, and how untidy a packing is. Pure arithmetic, CSS pixels
 * at UI scale 1 multiplied by `ui`.
 */
import type { Box } from './layout';

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

/** The card strip or column may grow this much beyond its natural height to use spare room. */
export const CARD_MAX_STRETCH = 1.3;

/** A card reads best about this wide (px at UI scale 1); much wider bars look stretched. */
const COMFORTABLE_CARD_WIDTH = 300;
const WIDTH_WEIGHT = 0.5;

/**
 * Untidiness of a packing: the share of the card area left empty by uneven
 * columns, plus how far the columns are from a comfortable width.
 */
export function wasteOf(heights: readonly number[], colW: number, ui: number): number {
  const max = Math.max(...heights);
  const empty = max > 0 ? heights.reduce((s, h) => s + (max - h), 0) / (max * heights.length) : 0;
  return empty + WIDTH_WEIGHT * Math.abs(Math.log(Math.max(1, colW) / (COMFORTABLE_CARD_WIDTH * ui)));
}

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
export function placeCards(area: Box, cols: number, ui: number, gap: number): Record<CardId, Box> {
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

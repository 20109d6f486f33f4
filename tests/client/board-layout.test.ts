/**
 * The board's layout at any canvas size: it never throws, every box has a
 * size of zero or more and lies on the canvas, and where the canvas has room
 * the top bar, theaters and meter cards never overlap and the maps are big
 * enough to read. A phone (one theater, no top bar) and a tablet held upright
 * get maps of a readable size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEATERS } from '../../game';
import type { Theater } from '../../game';
import type { BoardLayout, BoardView, Box } from '../../client/board/layout';
import { CARDS, computeLayout, scaleSteps, scrollBounds, UI_SCALE } from '../../client/board/layout';
import { MAP_SIZE } from '../../client/board/geometry';

/** The top bar's height as the scene measures it: one row of 50 px when wide enough, else two. */
const topBar = (w: number, ui: number): number => (w >= 1100 * ui ? 50 : 100) * ui;

function boxes(lay: BoardLayout): [string, Box][] {
  const out: [string, Box][] = [['topBar', lay.topBar]];
  for (const t of THEATERS) {
    const th = lay.theaters[t];
    if (th) out.push([t, th.frame]);
  }
  if (lay.cards) for (const c of CARDS) out.push([c, lay.cards[c]]);
  return out;
}

const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

const views: BoardView[] = [
  { theaters: THEATERS, topBar: true },
  { theaters: ['pacific'], topBar: false },
  { theaters: ['europe'], topBar: true },
  // A phone: a theater with the cards if the map stays readable, else alone; the cards alone.
  { theaters: ['pacific'], topBar: false, cards: 'ifRoom' },
  { theaters: [], topBar: false, cards: 'only' },
  { theaters: ['europe'], topBar: false, cards: 'hidden' },
];

describe('UI scale steps', () => {
  it('go down from any start by one step and end exactly at the smallest scale', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3, noNaN: true }), (from) => {
        const steps = scaleSteps(from);
        expect(steps.at(-1)).toBe(UI_SCALE.min);
        expect(steps[0]).toBeLessThanOrEqual(Math.max(UI_SCALE.min, Math.min(from, UI_SCALE.max)) + 1e-9);
        for (let i = 1; i < steps.length; i++) {
          const drop = (steps[i - 1] as number) - (steps[i] as number);
          expect(drop).toBeGreaterThan(0);
          expect(drop).toBeLessThanOrEqual(UI_SCALE.step + 1e-9);
        }
      }),
    );
  });
});

describe('board layout', () => {
  it('never throws and never draws a negative or off-canvas box, from 1×1 to 4000×3000', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 1, max: 3000 }), fc.constantFrom(...views), (w, h, view) => {
      const lay = computeLayout(w, h, topBar, view);
      for (const [name, b] of boxes(lay)) {
        expect(b.w, name).toBeGreaterThanOrEqual(0);
        expect(b.h, name).toBeGreaterThanOrEqual(0);
        expect(b.x, name).toBeGreaterThanOrEqual(-0.01);
        expect(b.y, name).toBeGreaterThanOrEqual(-0.01);
        // Within half a pixel (a squeezed map keeps a sliver of scale).
        expect(b.x + b.w, name).toBeLessThanOrEqual(Math.max(w, 1) + 0.5);
        expect(b.y + b.h, name).toBeLessThanOrEqual(Math.max(h, 1) + 0.5);
      }
      // Only theaters asked for are drawn, at least one (two when there is room: see below); the
      // cards alone draw no theater, and only a phone's map may go without its cards.
      const drawn = THEATERS.filter((t) => lay.theaters[t]);
      if (view.cards === 'only') expect(drawn).toEqual([]);
      else expect(drawn.length).toBeGreaterThan(0);
      for (const t of drawn) expect(view.theaters).toContain(t);
      if (view.cards !== 'ifRoom' && view.cards !== 'hidden') expect(lay.cards).not.toBeNull();
    }), { numRuns: 400 });
  });

  it('with room (from 360×440 up: the narrowest phone canvas), nothing overlaps', () => {
    fc.assert(fc.property(fc.integer({ min: 360, max: 3000 }), fc.integer({ min: 440, max: 2000 }), fc.constantFrom(...views), (w, h, view) => {
      const lay = computeLayout(w, h, topBar, view);
      expect(lay.mode).not.toBe('squeezed');
      const all = boxes(lay).filter(([, b]) => b.h > 0);
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          const [an, a] = all[i]!;
          const [bn, b] = all[j]!;
          expect(overlap(a, b), `${an} × ${bn} at ${w}×${h}`).toBe(false);
        }
      }
    }), { numRuns: 400 });
  });

  const mapWidth = (lay: BoardLayout, t: Theater): number => (lay.theaters[t]?.scale ?? 0) * MAP_SIZE.w;

  it('a board too small for both theaters shows one rather than two specks; a large one shows both', () => {
    expect(Object.keys(computeLayout(390, 460, topBar, { theaters: THEATERS, topBar: true }).theaters)).toEqual(['pacific']);
    expect(Object.keys(computeLayout(1046, 712, topBar, { theaters: THEATERS, topBar: true }).theaters)).toEqual(['pacific', 'europe']);
  });

  it('a phone upright shows one theater across most of its width; turned, a map beside the cards; a tablet upright both theaters stacked', () => {
    // The canvas a 390×844 phone leaves the board (state line, theater buttons and tabs take the rest).
    const upright = computeLayout(390, 620, topBar, { theaters: ['pacific'], topBar: false });
    expect(mapWidth(upright, 'pacific')).toBeGreaterThan(300);
    // 844×390 turned: the tabs in a rail, the theater buttons in a column.
    const turned = computeLayout(690, 346, topBar, { theaters: ['europe'], topBar: false });
    expect(turned.mode).toBe('column');
    expect(mapWidth(turned, 'europe')).toBeGreaterThan(280);
    // 768×1024 with the side panel: both theaters, one above the other, each as wide as the board allows.
    const tablet = computeLayout(448, 968, topBar, { theaters: THEATERS, topBar: true });
    expect(tablet.mode).toBe('stack');
    expect(mapWidth(tablet, 'pacific')).toBeGreaterThan(300);
    // 820×1180: the tall canvas takes larger text than its width alone would give (the smallest scale).
    const tall = computeLayout(500, 1070, topBar, { theaters: THEATERS, topBar: true });
    expect(tall.ui).toBeGreaterThan(0.8);
    expect(mapWidth(tall, 'pacific')).toBeGreaterThan(300);
  });

  it('a zoomed board scrolls over what is drawn, not the empty world around a map alone; never less than the canvas', () => {
    fc.assert(fc.property(fc.integer({ min: 200, max: 1400 }), fc.integer({ min: 200, max: 1200 }), fc.double({ min: 1, max: 3, noNaN: true }), fc.constantFrom<BoardView>(
      { theaters: ['pacific'], topBar: false, cards: 'hidden' }, { theaters: THEATERS, topBar: true }, { theaters: ['europe'], topBar: false }, { theaters: [], topBar: false, cards: 'only' },
    ), (w, h, zoom, view) => {
      const lay = computeLayout(w * zoom, h * zoom, topBar, view);
      const b = scrollBounds(lay, { w, h });
      const eps = 1e-6;
      expect(b.w).toBeGreaterThanOrEqual(Math.min(w, lay.width) - eps);
      expect(b.h).toBeGreaterThanOrEqual(Math.min(h, lay.height) - eps);
      expect(b.x).toBeGreaterThanOrEqual(-eps);
      expect(b.y).toBeGreaterThanOrEqual(-eps);
      expect(b.x + b.w).toBeLessThanOrEqual(lay.width + eps);
      expect(b.y + b.h).toBeLessThanOrEqual(lay.height + eps);
      // Everything drawn can be scrolled to.
      for (const t of Object.values(lay.theaters)) {
        expect(t.frame.x).toBeGreaterThanOrEqual(b.x - eps);
        expect(t.frame.y + t.frame.h).toBeLessThanOrEqual(b.y + b.h + eps);
      }
    }));
    // A 390×844 phone's map alone at zoom 2: its world is twice the canvas, the map a band of it.
    const lay = computeLayout(390 * 2, 645 * 2, topBar, { theaters: ['pacific'], topBar: false, cards: 'hidden' });
    expect(scrollBounds(lay, { w: 390, h: 645 }).h).toBeLessThan(lay.height - 200);
  });

  it('a small phone shows its map alone, big enough to read, rather than a speck above the cards; the Tracks view fits every card', () => {
    // The canvas a 360×640 phone leaves the board.
    const small = computeLayout(360, 440, topBar, { theaters: ['pacific'], topBar: false, cards: 'ifRoom' });
    expect(small.cards).toBeNull();
    expect(mapWidth(small, 'pacific')).toBeGreaterThan(330);
    // With the cards it would have been a speck: that is what the map alone replaces.
    expect(mapWidth(computeLayout(360, 440, topBar, { theaters: ['pacific'], topBar: false }), 'pacific')).toBeLessThan(200);
    // A 390×844 phone keeps the cards under a readable map.
    const upright = computeLayout(390, 620, topBar, { theaters: ['pacific'], topBar: false, cards: 'ifRoom' });
    expect(upright.cards).not.toBeNull();
    expect(mapWidth(upright, 'pacific')).toBeGreaterThan(300);
    // Zoomed in, the map alone stays alone: the scene passes 'hidden' for what 'ifRoom' chose at zoom 1.
    const zoomed = computeLayout(360 * 2, 440 * 2, topBar, { theaters: ['pacific'], topBar: false, cards: 'hidden' });
    expect(zoomed.cards).toBeNull();
    expect(computeLayout(360 * 2, 440 * 2, topBar, { theaters: ['pacific'], topBar: false, cards: 'ifRoom' }).cards).not.toBeNull();
    // The Tracks view: every card on the canvas, none overlapping, at a legible scale.
    const tracks = computeLayout(360, 440, topBar, { theaters: [], topBar: false, cards: 'only' });
    expect(tracks.cards).not.toBeNull();
    expect(tracks.mode).toBe('stack');
    expect(tracks.ui).toBeGreaterThanOrEqual(0.72);
    // A taller phone's canvas (390×844) takes the cards in one column, larger than two columns allow.
    const tall = computeLayout(390, 645, topBar, { theaters: [], topBar: false, cards: 'only' });
    expect(new Set(CARDS.map((c) => tall.cards![c].x)).size).toBe(1);
    expect(tall.ui).toBeGreaterThan(0.85);
    for (const c of CARDS) expect(tall.cards![c].y + tall.cards![c].h).toBeLessThanOrEqual(645.5);
    const cards = CARDS.map((c) => tracks.cards![c]);
    for (const b of cards) expect(b.y + b.h).toBeLessThanOrEqual(440.5);
    for (let i = 0; i < cards.length; i++) for (let j = i + 1; j < cards.length; j++) expect(overlap(cards[i]!, cards[j]!)).toBe(false);
  });
});

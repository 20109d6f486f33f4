/**
 * Keeping boxes apart: the region badges, whose anchors come from the map but
 * whose size comes from the text, are nudged until none overlap.
 */
import type { Box } from './layout';

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

/**
 * Each power's pattern (as in assets/icons/patterns.svg and the CSS tags):
 * US diagonal stripes, China dots, Russia cross-hatch. A controlled region is
 * filled with its controller's pattern, so control reads without colour.
 * Drawn as plain graphics clipped to the polygon (scanline intersections),
 * once per control change.
 */
import * as Phaser from 'phaser';
import type { Power } from '../../game';
import type { MapPoint } from './geometry';

/** Pattern pitch and stroke in screen px; divided by the map scale when drawn. */
const PITCH_PX = 9;
const STROKE_PX = 1.6;
const DOT_PX = 1.7;

/** Where the line a·x + b·y = c crosses the polygon, as sorted positions along the line. */
function crossings(points: readonly MapPoint[], a: number, b: number, c: number): number[] {
  // Line: a·x + b·y = c. Returns the parameter t along direction (-b, a) of each crossing.
  const ts: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as MapPoint;
    const q = points[(i + 1) % points.length] as MapPoint;
    const fp = a * p.x + b * p.y - c;
    const fq = a * q.x + b * q.y - c;
    if ((fp < 0) === (fq < 0)) continue;
    const s = fp / (fp - fq);
    const x = p.x + (q.x - p.x) * s;
    const y = p.y + (q.y - p.y) * s;
    ts.push(-b * x + a * y);
  }
  return ts.sort((u, v) => u - v);
}

/** Parallel lines at `angle` every `pitch`, clipped to the polygon (even-odd). */
function hatch(g: Phaser.GameObjects.Graphics, points: readonly MapPoint[], angle: number, pitch: number): void {
  const a = Math.cos(angle);
  const b = Math.sin(angle);
  const proj = points.map((p) => a * p.x + b * p.y);
  const lo = Math.min(...proj);
  const hi = Math.max(...proj);
  for (let c = Math.ceil(lo / pitch) * pitch; c <= hi; c += pitch) {
    const ts = crossings(points, a, b, c);
    for (let i = 0; i + 1 < ts.length; i += 2) {
      const t0 = ts[i] as number;
      const t1 = ts[i + 1] as number;
      // Point on the line at parameter t: (a·c − b·t, b·c + a·t).
      g.lineBetween(a * c - b * t0, b * c + a * t0, a * c - b * t1, b * c + a * t1);
    }
  }
}

function dots(g: Phaser.GameObjects.Graphics, points: readonly MapPoint[], pitch: number, r: number): void {
  const poly = new Phaser.Geom.Polygon(points.map((p) => new Phaser.Math.Vector2(p.x, p.y)));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x0 = Math.ceil(Math.min(...xs) / pitch) * pitch;
  const y0 = Math.ceil(Math.min(...ys) / pitch) * pitch;
  for (let y = y0; y <= Math.max(...ys); y += pitch) {
    // Offset every other row: a staggered grid reads as dots, not as a mesh.
    const shift = Math.round(y / pitch) % 2 === 0 ? 0 : pitch / 2;
    for (let x = x0 + shift; x <= Math.max(...xs); x += pitch) if (Phaser.Geom.Polygon.Contains(poly, x, y)) g.fillCircle(x, y, r);
  }
}

/** Draw `power`'s pattern over the polygon, in map units at map `scale`. */
export function drawPattern(g: Phaser.GameObjects.Graphics, power: Power, points: readonly MapPoint[], scale: number, colour: number, alpha: number): void {
  const pitch = PITCH_PX / scale;
  g.lineStyle(STROKE_PX / scale, colour, alpha);
  g.fillStyle(colour, alpha);
  switch (power) {
    case 'us':
      hatch(g, points, Math.PI / 4, pitch);
      return;
    case 'china':
      dots(g, points, pitch, DOT_PX / scale);
      return;
    case 'russia':
      hatch(g, points, Math.PI / 4, pitch * 1.3);
      hatch(g, points, -Math.PI / 4, pitch * 1.3);
      return;
  }
}

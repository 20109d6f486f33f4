/**
 * Draws the installed app's icons (icon.svg, icon-192.png, icon-512.png) from
 * one description: three powers as discs, the Russia–China line between two of
 * them. Everything sits inside the central 80% circle, so the same picture is
 * a safe "maskable" icon (a launcher may cut it to any shape).
 * Run: npx tsx assets/draw-app-icons.ts (writes assets/app-icons/, which Vite copies into the build)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
/** Coordinates on a unit square, (0,0) top left. */
type Shape =
  | { readonly kind: 'disc'; readonly x: number; readonly y: number; readonly r: number; readonly fill: Rgb }
  | { readonly kind: 'bar'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly w: number; readonly fill: Rgb };

const hex = (s: string): Rgb => [parseInt(s.slice(1, 3), 16), parseInt(s.slice(3, 5), 16), parseInt(s.slice(5, 7), 16)];
export const BACKGROUND = '#0b1220';
const US = '#3b82f6';
const CHINA = '#e5484d';
const RUSSIA = '#a78bfa';
const ACCENT = '#f5b942';
const RIM = '#0b1220';

const top = { x: 0.5, y: 0.3 };
const left = { x: 0.3, y: 0.64 };
const right = { x: 0.7, y: 0.64 };
const R = 0.12;

/** Painted in order, later over earlier. */
const SHAPES: readonly (Shape & { readonly css: string })[] = [
  { kind: 'bar', x1: left.x, y1: left.y, x2: right.x, y2: right.y, w: 0.045, fill: hex(ACCENT), css: ACCENT },
  ...[[top, US], [left, CHINA], [right, RUSSIA]].flatMap(([p, c]) => {
    const { x, y } = p as { x: number; y: number };
    return [
      { kind: 'disc' as const, x, y, r: R + 0.02, fill: hex(RIM), css: RIM },
      { kind: 'disc' as const, x, y, r: R, fill: hex(c as string), css: c as string },
    ];
  }),
];

function inside(s: Shape, x: number, y: number): boolean {
  if (s.kind === 'disc') return (x - s.x) ** 2 + (y - s.y) ** 2 <= s.r ** 2;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy)));
  return (x - s.x1 - t * dx) ** 2 + (y - s.y1 - t * dy) ** 2 <= (s.w / 2) ** 2;
}

function svg(): string {
  const n = (v: number) => +(v * 512).toFixed(1);
  const body = SHAPES.map((s) => s.kind === 'disc'
    ? `<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" fill="${s.css}"/>`
    : `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.css}" stroke-width="${n(s.w)}" stroke-linecap="round"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512"><rect width="512" height="512" fill="${BACKGROUND}"/>${body.join('')}</svg>\n`;
}

/** 4×4 samples a pixel: smooth edges without a graphics library. */
function raster(size: number): Buffer {
  const bg = hex(BACKGROUND);
  const rows: Buffer[] = [];
  const S = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c: Rgb = bg;
          for (const s of SHAPES) if (inside(s, x, y)) c = s.fill;
          for (let k = 0; k < 3; k++) sum[k]! += c[k]!;
        }
      }
      for (let k = 0; k < 3; k++) row[1 + px * 3 + k] = Math.round(sum[k]! / (S * S));
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const byte of b) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number, scanlines: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(import.meta.dirname, 'app-icons');
writeFileSync(join(dir, 'icon.svg'), svg());
for (const size of [192, 512]) writeFileSync(join(dir, `icon-${size}.png`), raster(size));
console.log(`icons written to ${dir}`);

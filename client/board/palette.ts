/**
 * Colours, type and per-power marks of the board. Phaser wants colours as
 * numbers (0xRRGGBB) for graphics and CSS strings for text: both live here so
 * the two cannot drift apart. Kept in step with client/styles/app.css.
 */
import type { Power } from '../../game';

/** A colour as Phaser graphics (`num`) and Phaser text (`css`) want it. */
export interface Colour {
  readonly num: number;
  readonly css: string;
}

const colour = (hex: string): Colour => ({ num: Number.parseInt(hex.slice(1), 16), css: hex });

export const POWER_COLOUR: Readonly<Record<Power, Colour>> = {
  us: colour('#3b82f6'),
  china: colour('#e5484d'),
  russia: colour('#a78bfa'),
};

/** Lighter tints of the power colours, for text on the dark background. */
export const POWER_TEXT: Readonly<Record<Power, Colour>> = {
  us: colour('#93c5fd'),
  china: colour('#fca5a5'),
  russia: colour('#ddd6fe'),
};

/**
 * Short codes shown beside every power colour, so colour is never the only
 * signal (docs/design.md §6, accessibility).
 */
export const POWER_CODE: Readonly<Record<Power, string>> = { us: 'US', china: 'CN', russia: 'RU' };

export const INK = {
  /** Page behind the board: calm, dark navy. */
  background: colour('#0a1020'),
  /** Framed panels and their rim. */
  panel: colour('#131c2e'),
  panelRaised: colour('#1a2540'),
  panelRim: colour('#2a3754'),
  panelRimLight: colour('#3a4a6e'),
  shadow: colour('#000000'),
  /** Sea behind the maps, if the SVG leaves gaps. */
  sea: colour('#0c1a30'),
  text: colour('#e6ebf5'),
  muted: colour('#9aa7bf'),
  faint: colour('#5b6883'),
  accent: colour('#f5b942'),
  danger: colour('#ef4444'),
  dangerDeep: colour('#7f1d1d'),
  calm: colour('#2dd4bf'),
  /** An empty slot of a bar or gauge. */
  slot: colour('#223050'),
  neutral: colour('#9ca3af'),
} as const;

/** Global tension 1 … 5 (Détente … Brink): from calm teal to alarm red. */
export const TENSION_STEP_COLOUR: readonly Colour[] = [
  colour('#2dd4bf'),
  colour('#a3e635'),
  colour('#facc15'),
  colour('#f97316'),
  colour('#ef4444'),
];

/** The four cooperation domains, each its own hue (the label always names it). */
export const TRACK_COLOUR = {
  economic: colour('#f5b942'),
  technological: colour('#38bdf8'),
  political: colour('#c084fc'),
  military: colour('#f87171'),
} as const;

/** Opacity of a region's fill (controlled or open), its controller's pattern, and its outlines. */
export const REGION_ALPHA = { controlled: 0.32, open: 0.08, pattern: 0.5, border: 0.55, sphere: 0.7, hover: 0.95, target: 1 } as const;

/** System fonts only: nothing is downloaded (offline classrooms). */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** Type sizes in CSS px at UI scale 1; the layout multiplies them. */
export const FONT_SIZE = {
  tiny: 10,
  small: 11,
  body: 13,
  label: 12,
  heading: 14,
  title: 16,
  banner: 22,
} as const;
export type FontSize = keyof typeof FONT_SIZE;

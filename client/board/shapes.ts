/**
 * The one adapter between geometry.ts (region outlines in the maps' 600×420
 * space) and the views, so a change in how geometry is written touches only
 * this file.
 */
import type { RegionId, Theater } from '../../game';
import type { MapPoint } from './geometry';
import { FLASHPOINT_MARK, REGION_SHAPES } from './geometry';

/** A region's outline, in map units. */
export function mapPoints(id: RegionId): MapPoint[] {
  return REGION_SHAPES[id].points.map(([x, y]) => ({ x, y }));
}

/** The point inside a region its badge refers to (a leader line joins them when apart). */
export function mapAnchor(id: RegionId): MapPoint {
  return REGION_SHAPES[id].label;
}

/**
 * Where badges of small regions sit instead, in map units: on open sea or
 * inland, so the badge does not hide the very region it describes (Korea,
 * Taiwan, the Baltics…). Chosen by eye against assets/maps/*.svg.
 */
const BADGE_SPOT: Readonly<Partial<Record<RegionId, MapPoint>>> = {
  korea: { x: 225, y: 50 },
  senkaku: { x: 480, y: 150 },
  taiwan: { x: 450, y: 232 },
  scs: { x: 212, y: 320 },
  malacca: { x: 70, y: 372 },
  baltic: { x: 330, y: 52 },
  ukraine: { x: 72, y: 160 },
  crimea: { x: 300, y: 266 },
};

/** Where a region's badge is centred, in map units. */
export function badgeSpot(id: RegionId): MapPoint {
  return BADGE_SPOT[id] ?? mapAnchor(id);
}

/** Where a theater's flashpoint star goes, in map units. */
export function starPoint(t: Theater): MapPoint {
  return FLASHPOINT_MARK[t];
}

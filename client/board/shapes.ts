/**
 * The one adapter between geometry.ts (region outlines in the maps' 600×420
 * space) and the views, so a change in how geometry is written touches only
 * this file.
 */
import type { RegionId, Theater } from '../../game/types';
import { FLASHPOINT_MARK, REGION_SHAPES } from './geometry';

export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

/** A region's outline, in map units. */
export function mapPoints(id: RegionId): MapPoint[] {
  return REGION_SHAPES[id].points.map(([x, y]) => ({ x, y }));
}

/** Where a region's badge is centred, in map units. */
export function mapAnchor(id: RegionId): MapPoint {
  return REGION_SHAPES[id].label;
}

/** Where a theater's flashpoint star goes, in map units. */
export function starPoint(t: Theater): MapPoint {
  return FLASHPOINT_MARK[t];
}

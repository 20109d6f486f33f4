/**
 * Where each region lies on its theater map, in the 600×420 space of
 * assets/maps/*.svg (generated from longitude/latitude). Drawing data only:
 * no rule is ever computed from these pixels.
 */
import type { RegionId, Theater } from '../../game';

export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

export interface RegionShape {
  readonly id: RegionId;
  readonly theater: Theater;
  /** Clickable outline, in map units. */
  readonly points: readonly (readonly [number, number])[];
  /** Centre of the region's info badge, in map units. */
  readonly label: MapPoint;
}

/** The maps' coordinate space (assets/maps/*.svg viewBox), in map units. */
export const MAP_SIZE = { w: 600, h: 420 } as const;

export const REGION_SHAPES: Readonly<Record<RegionId, RegionShape>> = {
  korea: { id: 'korea', theater: 'pacific', label: { x: 355.3, y: 52.2 }, points: [[313.9, 20.5], [394.6, 20.5], [394.6, 70.0], [383.7, 100.8], [337.9, 106.4], [313.9, 82.1]] },
  senkaku: { id: 'senkaku', theater: 'pacific', label: { x: 340.1, y: 139.9 }, points: [[300.8, 110.1], [377.1, 110.1], [394.6, 134.4], [370.6, 175.4], [309.6, 178.2], [297.6, 144.6]] },
  taiwan: { id: 'taiwan', theater: 'pacific', label: { x: 285.6, y: 201.5 }, points: [[235.4, 181.0], [324.8, 181.0], [324.8, 222.1], [260.5, 223.0], [231.1, 203.4]] },
  scs: { id: 'scs', theater: 'pacific', label: { x: 213.6, y: 294.8 }, points: [[146.1, 224.9], [252.9, 225.8], [281.2, 245.4], [279.0, 291.1], [255.1, 337.7], [209.3, 365.7], [157.0, 362.0], [137.3, 315.4], [159.1, 265.9]] },
  malacca: { id: 'malacca', theater: 'pacific', label: { x: 61.0, y: 334.0 }, points: [[4.4, 276.2], [98.1, 278.0], [126.4, 319.1], [143.9, 363.9], [148.2, 414.3], [78.5, 415.2], [4.4, 390.0]] },
  baltic: { id: 'baltic', theater: 'europe', label: { x: 172.8, y: 64.7 }, points: [[114.0, 26.1], [225.6, 27.2], [232.8, 73.8], [213.6, 99.9], [110.4, 99.9], [108, 65.8]] },
  ukraine: { id: 'ukraine', theater: 'europe', label: { x: 254.4, y: 139.6 }, points: [[151.2, 109.0], [276, 109.0], [364.8, 133.9], [362.4, 164.6], [309.6, 166.8], [252, 171.4], [220.8, 163.4], [148.8, 155.5]] },
  crimea: { id: 'crimea', theater: 'europe', label: { x: 292.8, y: 208.8 }, points: [[211.2, 177.1], [258.0, 177.1], [302.4, 174.8], [358.8, 172.5], [374.4, 197.5], [379.2, 236.1], [219.6, 239.5], [208.8, 220.2]] },
  caucasus: { id: 'caucasus', theater: 'europe', label: { x: 482.4, y: 224.7 }, points: [[381.6, 154.4], [595.2, 154.4], [595.2, 279.2], [432, 281.5], [400.8, 263.3], [388.8, 233.8]] },
  mideast: { id: 'mideast', theater: 'europe', label: { x: 405.6, y: 349.6 }, points: [[223.2, 290.6], [415.2, 291.7], [595.2, 290.6], [595.2, 416.5], [276, 416.5], [223.2, 360.9]] },
};

/** Where each theater's flashpoint star is drawn. */
export const FLASHPOINT_MARK: Readonly<Record<Theater, MapPoint>> = { pacific: { x: 293.2, y: 192.2 }, europe: { x: 318.0, y: 121.4 } };

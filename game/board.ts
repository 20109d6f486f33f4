/**
 * The two theaters: regions, their stability and flashpoints (docs/design.md §2).
 * Pure data plus the control rule.
 */
import type { Partner, Power, RegionId, Theater } from './types';
import { REGIONS, THEATERS } from './types';
import type { Paragraph } from './types';

export interface Region {
  readonly id: RegionId;
  /** The name a player scans for: on the map, the buttons, the forecasts and the log. */
  readonly name: string;
  /** The full name, where a player asks what the region is (its panel, tooltip, the text view). */
  readonly fullName: string;
  readonly theater: Theater;
  /** Influence margin over the highest rival needed to control the region. */
  readonly stability: 2 | 3 | 4;
  /** A flashpoint is where the theater's crisis erupts (★). */
  readonly flashpoint: boolean;
  /**
   * Whose claimed sphere of influence this is (P11), if anyone's. Taiwan in China's sphere is the
   * game's simplification (P11 names only the South China Sea and the Senkaku/Diaoyu), said so in docs/rules.md.
   */
  readonly sphere: Partner | null;
  /** Prestige a round to the sphere's owner when it holds the region, if not the usual 1 (a core claim). */
  readonly claimWorth?: number;
  readonly cite: Paragraph;
}

export const BOARD: Readonly<Record<RegionId, Region>> = {
  korea: { id: 'korea', name: 'Korea', fullName: 'Korean Peninsula', theater: 'pacific', stability: 3, flashpoint: false, sphere: null, cite: 'P10' },
  senkaku: { id: 'senkaku', name: 'Senkaku/Diaoyu', fullName: 'East China Sea — Senkaku/Diaoyu', theater: 'pacific', stability: 3, flashpoint: false, sphere: 'china', cite: 'P11' },
  taiwan: { id: 'taiwan', name: 'Taiwan Strait', fullName: 'Taiwan Strait', theater: 'pacific', stability: 4, flashpoint: true, sphere: 'china', claimWorth: 2, cite: 'P13' },
  scs: { id: 'scs', name: 'South China Sea', fullName: 'South China Sea', theater: 'pacific', stability: 2, flashpoint: false, sphere: 'china', cite: 'P10' },
  malacca: { id: 'malacca', name: 'Malacca', fullName: 'Southeast Asia & Strait of Malacca', theater: 'pacific', stability: 2, flashpoint: false, sphere: null, cite: 'P8' },
  baltic: { id: 'baltic', name: 'Baltics', fullName: 'Baltic States', theater: 'europe', stability: 3, flashpoint: false, sphere: null, cite: 'P13' },
  ukraine: { id: 'ukraine', name: 'Ukraine', fullName: 'Ukraine', theater: 'europe', stability: 3, flashpoint: true, sphere: 'russia', cite: 'P3' },
  crimea: { id: 'crimea', name: 'Crimea', fullName: 'Black Sea & Crimea', theater: 'europe', stability: 3, flashpoint: false, sphere: 'russia', cite: 'P11' },
  caucasus: { id: 'caucasus', name: 'Caucasus', fullName: 'Caucasus & Central Asia', theater: 'europe', stability: 2, flashpoint: false, sphere: 'russia', cite: 'P11' },
  mideast: { id: 'mideast', name: 'Middle East', fullName: 'Middle East', theater: 'europe', stability: 2, flashpoint: false, sphere: null, cite: 'P11' },
};

export const regionsOf = (theater: Theater): readonly RegionId[] =>
  REGIONS.filter((r) => BOARD[r].theater === theater);

/** Each theater's one flashpoint, as the board marks it. */
export const FLASHPOINT: Readonly<Record<Theater, RegionId>> = Object.fromEntries(
  THEATERS.map((t) => [t, REGIONS.find((r) => BOARD[r].theater === t && BOARD[r].flashpoint)]),
) as Record<Theater, RegionId>;

/**
 * The regions a durable accommodation concedes to a partner (P16): its sphere, except the
 * flashpoint. Recognising a sphere (P11 names the South China Sea and the Senkaku/Diaoyu for
 * Beijing, the post-Soviet space for Moscow) is not giving up Taiwan or Ukraine, which the article
 * never has the US do; and a partner handed its flashpoint as well won nearly every game.
 */
export const concededTo = (partner: Partner): readonly RegionId[] =>
  REGIONS.filter((r) => BOARD[r].sphere === partner && !BOARD[r].flashpoint);

/** The partner who confronts the US in each theater's crisis. */
export const CHALLENGER: Readonly<Record<Theater, Partner>> = { pacific: 'china', europe: 'russia' };

/** Influence cap per power per region. */
export const MAX_INFLUENCE = 8;

/**
 * Who controls a region: the power whose influence is at least the highest
 * rival's plus the region's stability (docs/design.md §2).
 */
export function controller(influence: Readonly<Record<Power, number>>, region: RegionId): Power | null {
  const { stability } = BOARD[region];
  // Written out without arrays: the bots call this tens of thousands of times per game.
  const { us, china, russia } = influence;
  if (us > 0 && us >= Math.max(china, russia) + stability) return 'us';
  if (china > 0 && china >= Math.max(us, russia) + stability) return 'china';
  if (russia > 0 && russia >= Math.max(us, china) + stability) return 'russia';
  return null;
}

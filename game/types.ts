/**
 * The vocabulary of the game: every list is declared once `as const` and its
 * type derived from it, so loops and types cannot drift apart.
 */

export const POWERS = ['us', 'china', 'russia'] as const;
export type Power = (typeof POWERS)[number];

/** The two powers that may form the alliance. */
export const PARTNERS = ['china', 'russia'] as const;
export type Partner = (typeof PARTNERS)[number];

/** boardgame.io seat ids. Seat "0" is the United States, "1" China, "2" Russia. */
export const SEATS = ['0', '1', '2'] as const;
export type Seat = (typeof SEATS)[number];

export const DOMAINS = ['economic', 'technological', 'political', 'military'] as const;
export type Domain = (typeof DOMAINS)[number];

export const THEATERS = ['pacific', 'europe'] as const;
export type Theater = (typeof THEATERS)[number];

export const PACIFIC_REGIONS = ['korea', 'senkaku', 'taiwan', 'scs', 'malacca'] as const;
export const EUROPE_REGIONS = ['baltic', 'ukraine', 'crimea', 'caucasus', 'mideast'] as const;
export const REGIONS = [...PACIFIC_REGIONS, ...EUROPE_REGIONS] as const;
export type RegionId = (typeof REGIONS)[number];

export const ALIGNMENTS = ['partnership', 'quasi', 'defacto', 'dejure'] as const;
/** Strategic Partnership → Quasi-alliance → De facto alliance → De jure alliance (P1, P2, P5, P12). */
export type Alignment = (typeof ALIGNMENTS)[number];

export const SCENARIOS = ['2019', '2014', '1996', '2019-short'] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

/** Article paragraphs P1–P16 of Lukin's article (docs/article.md). */
export const PARAGRAPHS = [
  'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8',
  'P9', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P16',
] as const;
export type Paragraph = (typeof PARAGRAPHS)[number];

/** Where prestige came from, so the game-over screen can explain a result. */
export const PRESTIGE_SOURCES = [
  'regions', 'alignment', 'calm', 'cooperation', 'crises', 'accommodation',
  'tech', 'standing', 'bargain', 'events', 'pressure', 'distrust', 'leverage',
] as const;
export type PrestigeSource = (typeof PRESTIGE_SOURCES)[number];
/** Each source in the game's words (game-over table, per-source breakdowns). */
export const PRESTIGE_SOURCE_NAMES: Readonly<Record<PrestigeSource, string>> = {
  regions: 'Regions held',
  alignment: 'Alliance and treaty',
  calm: 'Calm with Washington',
  cooperation: 'Cooperation accepted',
  crises: 'Crises',
  accommodation: 'Accommodation',
  tech: 'Tech milestones',
  standing: 'Standing not below Dependency',
  bargain: 'Spheres bargain',
  events: 'Events',
  pressure: 'Pressure and sanctions',
  distrust: 'Fostering distrust',
  leverage: 'Leverage over a dependent Russia',
};

export const seatOf = (power: Power): Seat => SEATS[POWERS.indexOf(power)] as Seat;
export const powerOf = (seat: string): Power | undefined => {
  const i = (SEATS as readonly string[]).indexOf(seat);
  return i < 0 ? undefined : POWERS[i];
};
export const isPartner = (p: Power): p is Partner => p !== 'us';
/** The other member of the would-be alliance. */
export const partnerOf = (p: Partner): Partner => (p === 'china' ? 'russia' : 'china');

export const POWER_NAMES: Readonly<Record<Power, string>> = {
  us: 'United States',
  china: 'China',
  russia: 'Russia',
};
/** A power's name inside a sentence: "the United States", "China", "Russia". */
export const powerInSentence = (p: Power): string => (p === 'us' ? 'the United States' : POWER_NAMES[p]);
/** A power's possessive inside a sentence: "the United States’", "China’s". */
export const powerPossessive = (p: Power): string => (p === 'us' ? 'the United States’' : `${POWER_NAMES[p]}’s`);
export const DOMAIN_NAMES: Readonly<Record<Domain, string>> = {
  economic: 'Economic',
  technological: 'Technological',
  political: 'Political',
  military: 'Military',
};
export const THEATER_NAMES: Readonly<Record<Theater, string>> = {
  pacific: 'Pacific',
  europe: 'Europe',
};
/** A theater inside a sentence, after "in" or "to": "the Pacific", but plain "Europe". */
export const THEATER_PLACE: Readonly<Record<Theater, string>> = {
  pacific: 'the Pacific',
  europe: 'Europe',
};
export const ALIGNMENT_NAMES: Readonly<Record<Alignment, string>> = {
  partnership: 'Strategic Partnership',
  quasi: 'Quasi-alliance',
  defacto: 'De facto alliance',
  dejure: 'De jure alliance',
};

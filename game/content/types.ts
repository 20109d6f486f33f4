/**
 * The typed effect language that card and world-event content is written in.
 * Content is data: the interpreter in game/rules/effects.ts is the only code
 * that gives it meaning. Every item cites the article paragraph it comes from.
 */
import type { Alignment, Domain, Paragraph, Partner, Power, RegionId, Theater } from '../types';

/**
 * Who an effect applies to. `self` is the power the event belongs to: the
 * card's affinity, or for a neutral card the power that played it. `partner`
 * is the other member of the Russia–China pair (only meaningful when `self` is
 * China or Russia; for the US it means nobody and the effect is skipped).
 */
export type PowerRef = Power | 'self' | 'partner';

/** A flag the rules or content may test; each is set at most once per game. */
export const FLAGS = ['crimeaRecognised', 'claimsEndorsed', 'powerOfSiberia', 'amurBridges'] as const;
export type Flag = (typeof FLAGS)[number];

export type Condition =
  | { readonly kind: 'alignmentAtLeast'; readonly level: Alignment }
  | { readonly kind: 'alignmentBelow'; readonly level: Alignment }
  | { readonly kind: 'trackAtLeast'; readonly domain: Domain; readonly value: number }
  | { readonly kind: 'hostileToBoth' }
  | { readonly kind: 'resentful' }
  | { readonly kind: 'focusOn'; readonly power: Partner | 'none' }
  | { readonly kind: 'flag'; readonly flag: Flag }
  | { readonly kind: 'notFlag'; readonly flag: Flag }
  | { readonly kind: 'exportControls' }
  | { readonly kind: 'tensionAtLeast'; readonly theater: Theater | 'global'; readonly value: number };

export type Effect =
  /** Move a Sino-Russian cooperation track (clamped 0–10). */
  | { readonly kind: 'track'; readonly domain: Domain; readonly delta: number }
  /** Move US hostility toward China, Russia or both (clamped 0–5). */
  | { readonly kind: 'hostility'; readonly toward: Partner | 'both'; readonly delta: number }
  /** Set the US focus marker (the "Eye of Sauron", P5). */
  | { readonly kind: 'focus'; readonly on: Partner | 'none' }
  | { readonly kind: 'dependency'; readonly delta: number }
  | { readonly kind: 'standing'; readonly delta: number }
  /** Add or remove influence (never below 0, never above the cap). */
  | { readonly kind: 'influence'; readonly power: PowerRef; readonly region: RegionId; readonly delta: number }
  /** Forces in a theater; for the US this is its global pool and `theater` is ignored. */
  | { readonly kind: 'forces'; readonly power: PowerRef; readonly theater: Theater; readonly delta: number }
  /** Theater or global tension. Raised by a card, it is the card owner's doing (the Brink rule). */
  | { readonly kind: 'tension'; readonly theater: Theater | 'global'; readonly delta: number }
  | { readonly kind: 'prestige'; readonly power: PowerRef; readonly delta: number }
  /** China's own technology level (0–6), the basis of its tech milestones (P9). */
  | { readonly kind: 'chinaTech'; readonly delta: number }
  /** Western export controls for this many rounds (P9). */
  | { readonly kind: 'exportControls'; readonly rounds: number }
  | { readonly kind: 'setFlag'; readonly flag: Flag }
  | { readonly kind: 'if'; readonly cond: Condition; readonly then: readonly Effect[]; readonly else?: readonly Effect[] };

export type CardId = `c-${string}`;
export type EventId = `e-${string}`;
export type Affinity = Power | 'neutral';

/** Ops value of a strategy card: how much it is worth when played for ops. */
export type Ops = 1 | 2 | 3 | 4;

interface CardCore {
  readonly id: CardId;
  readonly title: string;
  readonly ops: Ops;
  readonly affinity: Affinity;
  /** The domain the card's story belongs to (shown on the card; ops may be spent in any domain). */
  readonly domain: Domain;
  /** The event in one plain sentence, as shown to players. */
  readonly text: string;
  readonly effects: readonly Effect[];
  /** The event may be played only while this holds. */
  readonly requires?: Condition;
  readonly cite: Paragraph;
  /** One sentence for the classroom: what the card teaches about the article. */
  readonly note: string;
}

/** A card that depicts no one dated event: in every deck from the first round to the last. */
export interface UndatedCard extends CardCore {
  readonly year?: undefined;
  readonly until?: undefined;
  /** A one-time event leaves the game once its event has happened. */
  readonly once?: boolean;
}

/**
 * A card that depicts a dated historical event. It happens once, and only in the years it may
 * appear in: from `year` (never before it) to `until` if the moment passes. A scenario that starts
 * with it already done leaves it out (game/rules/deck.ts).
 */
export interface DatedCard extends CardCore {
  readonly year: number;
  /** The last year the card may still appear in, when its moment passes. */
  readonly until?: number;
  readonly once: true;
}

export type StrategyCard = UndatedCard | DatedCard;

export interface WorldEvent {
  readonly id: EventId;
  readonly title: string;
  readonly year?: string;
  readonly text: string;
  readonly effects: readonly Effect[];
  readonly cite: Paragraph;
  readonly note: string;
}

/** What a forecast says an action will do, before it is played. */
import type { Flag } from '../content/types';
import type { Action, Reason } from '../rules/actions';
import type { Domain, Partner, Power, PrestigeSource, RegionId, Theater } from '../types';

/** One thing on the board a forecast watches. */
export type Quantity =
  | { readonly kind: 'hostility'; readonly partner: Partner }
  | { readonly kind: 'focus' }
  | { readonly kind: 'accommodated'; readonly partner: Partner }
  /** Moscow and Beijing driven together: both threatened by the US (P16). */
  | { readonly kind: 'driven' }
  | { readonly kind: 'track'; readonly domain: Domain }
  | { readonly kind: 'treaty' }
  | { readonly kind: 'dependency' }
  | { readonly kind: 'standing' }
  | { readonly kind: 'chinaTech' }
  | { readonly kind: 'exportControls' }
  | { readonly kind: 'prestige'; readonly power: Power }
  | { readonly kind: 'influence'; readonly region: RegionId; readonly power: Power }
  /** Who controls the region (null: nobody): what influence is placed for, scored each round. */
  | { readonly kind: 'control'; readonly region: RegionId }
  | { readonly kind: 'forces'; readonly partner: Partner; readonly theater: Theater }
  | { readonly kind: 'usPool' }
  | { readonly kind: 'theaterTension'; readonly theater: Theater }
  | { readonly kind: 'globalTension' }
  /** Who is charged with the theater's crisis if it erupts (null: nobody). */
  | { readonly kind: 'crisisTrigger'; readonly theater: Theater }
  /** Crises a power has started: they count against it in a tie-break. */
  | { readonly kind: 'crisesStarted'; readonly power: Power }
  | { readonly kind: 'flag'; readonly flag: Flag };

/** Numbers, the focus (a partner or null), the treaty and flags (booleans), a crisis charge (a power or null). */
export type Value = number | boolean | Power | null;

/**
 * How sure a change is. `certain`: whatever happens next. `answer`: it depends
 * on the partner's answer to the proposal the action makes. `chance`: it depends
 * on a draw (the world event the next round opens with).
 */
export type Certainty = 'certain' | 'answer' | 'chance';

export interface Change {
  readonly quantity: Quantity;
  readonly before: Value;
  /**
   * The value after the action: for `answer`, if the partner accepts; for
   * `chance`, once the action has resolved and before the draw.
   */
  readonly after: Value;
  readonly certainty: Certainty;
  /**
   * The value if the partner declines, when it differs: for `answer` the final
   * value, for `chance` the value before the draw.
   */
  readonly ifDeclined?: Value;
  /** For `chance`: every value the draw may leave, in ascending order. */
  readonly possible?: readonly Value[];
  /** For a prestige change not left to the draw: where it comes from (accepted, for a proposal). */
  readonly sources?: readonly PrestigeShare[];
  /**
   * For a proposal, where the change comes from if the partner declines, when that differs from
   * `sources`: a total can be the same either way and still be made of different parts.
   */
  readonly sourcesIfDeclined?: readonly PrestigeShare[];
  /**
   * For the round's last action: the change comes only from the round's end (upkeep, crises,
   * scoring) that the action sets off, not from the action itself.
   */
  readonly roundEnd?: true;
  /**
   * For a round end's part after a proposal: where the declined answer left the quantity, when
   * that differs from `before` (where the accepted one left it).
   */
  readonly beforeIfDeclined?: Value;
}

/** Part of a prestige change, by the rules' source: "Tech milestones +3". */
export interface PrestigeShare {
  readonly source: PrestigeSource;
  readonly delta: number;
}

export interface CrisisForecast {
  readonly theater: Theater;
  /** Who is charged with starting it (the tie-break counts it against them). */
  readonly startedBy: Power | null;
  readonly winner: Power | null;
  readonly certainty: Certainty;
}

export type Warning =
  /** The action cannot work now (the wedge while the pair is driven together) or changes nothing. */
  | { readonly kind: 'fails'; readonly text: string }
  /** It gives something up for good (accommodation's lock). */
  | { readonly kind: 'permanent'; readonly text: string }
  /** Global tension reaches the Brink: `loser` loses the game. */
  | { readonly kind: 'brink'; readonly loser: Power; readonly certainty: Certainty; readonly text: string }
  /**
   * Mid-round: left as things stand, a crisis at the round's end takes global tension to the Brink,
   * and `loser`, charged with it, loses the game (unless tension falls first).
   */
  | { readonly kind: 'brinkAhead'; readonly loser: Power; readonly theater: Theater; readonly certainty: Certainty; readonly text: string }
  /** A prestige the card's text promises is withheld: the partner scores nothing without a US threat (the rules' own line). */
  | { readonly kind: 'withheld'; readonly power: Power; readonly certainty: Certainty; readonly text: string }
  /** A rule lessens what the operation does (de-dollarised trade blunts sanctions), in the rules' words. */
  | { readonly kind: 'blunted'; readonly text: string }
  /** What the action sets in force also helps the other side (export controls speed joint technology, P9). */
  | { readonly kind: 'backfires'; readonly text: string }
  /** The acting power is charged with starting a crisis, which counts against it in a tie-break. */
  | { readonly kind: 'tieBreak'; readonly theaters: readonly Theater[]; readonly certainty: Certainty; readonly text: string };

export interface Forecast {
  readonly power: Power;
  readonly action: Action;
  /** Set when the action is not legal now; the forecast is then empty. */
  readonly illegal: Reason | null;
  /**
   * Every change, in a fixed order (hostility and focus first, tension last). On a round's last play
   * a quantity moved both by the action and by the round's end is two changes: the action's own, then
   * the round end's (`roundEnd`), the second starting where the first ends.
   */
  readonly changes: readonly Change[];
  /** The action hands the partner a proposal: `answer` changes wait on its reply. */
  readonly proposal: boolean;
  /** The action closes the round: crises, upkeep and scoring follow at once. */
  readonly endsRound: boolean;
  /** Crises erupt in both theaters: the US splits its forces next, and the round ends after that. */
  readonly splitNext: boolean;
  /** A world event is drawn before the next player moves: `chance` changes wait on it. */
  readonly drawsEvent: boolean;
  readonly crises: readonly CrisisForecast[];
  /** A rival's event that playing this card for ops fires. */
  readonly rivalEvent: { readonly power: Power; readonly title: string } | null;
  /** The match ends: who wins, if that is the same whatever the answer or draw. */
  readonly ends: { readonly winner: Power | null; readonly certainty: Certainty } | null;
  readonly warnings: readonly Warning[];
}

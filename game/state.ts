/**
 * The match state `G`: the single source of truth. Derived values (alignment
 * level, control, resentment, "driven together") are computed from it by
 * game/rules/derived.ts, never stored beside it.
 */
import type { CardId, EventId, Flag } from './content/types';
import type {
  Alignment, Domain, Paragraph, Partner, Power, PrestigeSource, RegionId, ScenarioId, Theater,
} from './types';

/** What the match is waiting for: exactly one thing at a time. */
export type Step =
  /** Before the deal: the US opens the match (secrets are dealt in this move, not in setup). */
  | { readonly kind: 'begin' }
  /** `power` plays one card; `turn` counts 1–3 within the round. */
  | { readonly kind: 'play'; readonly power: Power; readonly turn: number }
  /** The partner answers a cooperation proposal. */
  | { readonly kind: 'respond'; readonly proposal: Proposal; readonly turn: number }
  /** Crises erupt in both theaters: the US splits its global pool first. */
  | { readonly kind: 'split' }
  | { readonly kind: 'over' };

/** Russia–China proposals: a cooperation step, the spheres bargain or the treaty. */
export type ProposalKind =
  | { readonly kind: 'step'; readonly domain: Domain }
  | { readonly kind: 'bargain' }
  | { readonly kind: 'treaty' };

export type Proposal = ProposalKind & {
  readonly from: Partner;
  readonly to: Partner;
  /** Ops value of the card that made it: 3+ buys a bigger step. */
  readonly ops: number;
};

export type Outcome =
  | {
      readonly kind: 'victory';
      readonly winner: Power;
      /** How the tie-break went, when one was needed ('order': by seat, in matches finished before ties went by lot). */
      readonly tieBreak?: 'crises' | 'lot' | 'order';
    }
  | {
      /** `loser` pushed global tension to the Brink; the rest are ranked on prestige. */
      readonly kind: 'brink';
      readonly loser: Power;
      readonly winner: Power;
    };

/** One change of one power's prestige: every change is logged with one of these. */
export interface PrestigeChange {
  readonly power: Power;
  readonly delta: number;
  readonly source: PrestigeSource;
}

export interface LogEntry {
  readonly round: number;
  readonly power: Power | null;
  /** A plain sentence for players. */
  readonly text: string;
  readonly cite?: Paragraph;
  /** Marks the moments an after-action report should dwell on. */
  readonly turningPoint?: boolean;
  /** Set on the line that records a prestige change (its sentence states the number and the cause). */
  readonly prestige?: PrestigeChange;
  /** Set on the first line of a power's own move (a card played, an answer to a proposal, the US's split); the lines after it until the next belong to it. */
  readonly move?: true;
  /** Set on what the round's end did besides scoring (the alliance's drift, resentment, what eased or rose, the game's end): the round summary lists them. */
  readonly upkeep?: true;
}

/** A log line recording a prestige change: sum these to rebuild a round's or a source's prestige. */
export type PrestigeLogEntry = LogEntry & { readonly prestige: PrestigeChange };
export const isPrestigeEntry = (e: LogEntry): e is PrestigeLogEntry => e.prestige !== undefined;

/**
 * One row of the per-round timeline (after-action report and its CSV, thesis
 * lab, end-of-round summary), as the round ended (game/rules/record.ts). Kept
 * small: every round stores one.
 */
export interface RoundRecord {
  readonly round: number;
  readonly globalTension: number;
  readonly tracks: Readonly<Record<Domain, number>>;
  readonly prestige: Readonly<Record<Power, number>>;
  readonly alignment: Alignment;
  readonly crises: readonly Theater[];
  /** US hostility toward each partner, 0–5 (P5, P16). */
  readonly hostility: Readonly<Record<Partner, number>>;
  /** The "Eye of Sauron" (P5). */
  readonly focus: Partner | null;
  /** The US was hostile to both: upkeep drove Moscow and Beijing together (P16). */
  readonly drivenTogether: boolean;
  /** Russia's Dependency on China and its Standing, 0–10 (P14). */
  readonly dependency: number;
  readonly standing: number;
  /** Western export controls were in force during the round (P9). */
  readonly exportControls: boolean;
  /** Partners the US reached a durable accommodation with this round (P16). */
  readonly accommodations: readonly Partner[];
  /** Attempts to foster distrust this round: how many worked, how many were shrugged off (P16). */
  readonly wedges: { readonly worked: number; readonly failed: number };
  /** Russia–China proposals declined this round. */
  readonly declined: number;
  /** Prestige won (or lost) this round, per power by source: the sum of the round's prestige log lines. */
  readonly gains: Readonly<Record<Power, Partial<Record<PrestigeSource, number>>>>;
  /** Who held each region when the row was made: at a round's end, the regions upkeep scored. Absent in rows stored before it was kept. */
  readonly held?: Readonly<Partial<Record<RegionId, Power>>>;
}

/** One side's strength in a crisis, part by part (the US has no partner's support). */
export interface CrisisSide {
  /** Forces in the theater: the US its pool, or its share of a two-front split. */
  readonly forces: number;
  readonly influence: number;
  /** The partner's forces in the theater, standing with the challenger from De facto alliance up. */
  readonly support: number;
}

export interface CrisisRecord {
  readonly round: number;
  readonly theater: Theater;
  readonly startedBy: Power | null;
  readonly winner: Power | null;
  readonly twoFront: boolean;
  /** Each side's strength as it was fought (absent in matches stored before it was recorded). */
  readonly strength?: { readonly us: CrisisSide; readonly challenger: CrisisSide };
}

export interface MatchState {
  readonly scenario: ScenarioId;
  /** Current round, 1-based; one round is two years. */
  round: number;
  readonly lastRound: number;
  /** Calendar year the first round stands for. */
  readonly startYear: number;
  step: Step;

  /** Sino-Russian cooperation tracks, 0–10 (P6–P12). */
  tracks: Record<Domain, number>;
  /** The mutual-defence treaty, signed by both (P12). */
  treaty: boolean;
  /** US hostility toward each partner, 0–5 (P5, P16). */
  hostility: Record<Partner, number>;
  /** The "Eye of Sauron" (P5). */
  focus: Partner | null;
  /** Russia's economic dependency on China, 0–10 (P14). */
  dependency: number;
  /** Russia's standing as a great power, 0–10 (P14). */
  standing: number;
  /** China's own technology level, 0–6 (P9). */
  chinaTech: number;
  /** Rounds of Western export controls still to run (P9). */
  exportControls: number;
  /** Partners the US has durably accommodated (P16). */
  accommodated: Record<Partner, boolean>;
  flags: Partial<Record<Flag, true>>;

  /** Global tension 1 (Détente) … 5 (Brink). */
  globalTension: number;
  /** Per-theater tension 0–5; a crisis erupts at CRISIS_THRESHOLD. */
  theaterTension: Record<Theater, number>;
  /** Who pushed each theater over its threshold (null: events or drift). */
  crisisTrigger: Record<Theater, Power | null>;

  /** Influence per power per region, 0–MAX_INFLUENCE. */
  influence: Record<RegionId, Record<Power, number>>;
  /** China and Russia hold forces per theater. */
  forces: Record<Partner, Record<Theater, number>>;
  /** The US holds one global pool it splits when both theaters erupt (P13). */
  usPool: number;

  prestige: Record<Power, number>;
  prestigeBySource: Record<Power, Partial<Record<PrestigeSource, number>>>;
  /** China's tech milestones already scored. */
  techMilestones: number[];
  crisesStarted: Record<Power, number>;
  /** Who wins a tie on prestige and crises started, first to last: drawn with the deal (game/rules/outcome.ts); seat order until then. */
  tieOrder: readonly Power[];
  crises: CrisisRecord[];

  /** Secret: each power's hand. playerView shows a seat only its own. */
  hands: Record<Power, CardId[]>;
  /** Secret: the draw pile order. */
  deck: CardId[];
  discard: CardId[];
  /** Cards removed from the game after their one-time event. */
  removed: CardId[];
  /** Secret: the world-event pile order. */
  eventDeck: EventId[];
  /** The world event of this round, once drawn. */
  currentEvent: EventId | null;
  /** Optional world events pushed by a teacher, drawn before the pile. */
  pushedEvents: EventId[];

  log: LogEntry[];
  history: RoundRecord[];
  outcome: Outcome | null;
}

/**
 * A state a seat may see: other hands and the decks replaced by their sizes,
 * and only the latest log entries (`logStart` is the index of the first one
 * kept), so every frame a seat receives stays the same size all match long.
 */
export type MatchView = Omit<MatchState, 'hands' | 'deck' | 'eventDeck'> & {
  readonly logStart: number;
  readonly hands: Partial<Record<Power, CardId[]>>;
  readonly handSizes: Record<Power, number>;
  readonly deckSize: number;
  readonly eventDeckSize: number;
};

/** What the rules need to decide legality: both the full state and a view satisfy it. */
export type RulesState = Omit<MatchState, 'hands' | 'deck' | 'eventDeck'> & {
  readonly hands: Partial<Record<Power, readonly CardId[]>>;
};

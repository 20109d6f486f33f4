/**
 * US strategies for the thesis lab, as data. Each is a policy over the US
 * bot's legal actions (steer.ts interprets it): moves it never makes, and
 * moves it insists on for its first turns of every round when it can make
 * them. Everything else is left to the bot's own judgement, so runs differ
 * only by the line the US holds — what P16 argues about.
 */
import type { Op } from '../rules/actions';
import type { Paragraph, Partner } from '../types';

export const STRATEGIES = [
  'unsteered', 'pressure-both', 'wedge-russia', 'accommodate-russia', 'accommodate-china', 'restraint', 'mixed',
] as const;
export type StrategyId = (typeof STRATEGIES)[number];
export const isStrategyId = (x: string): x is StrategyId => (STRATEGIES as readonly string[]).includes(x);

/**
 * Whom an op aims at: a partner, any target, or the partner the US is
 * currently least hostile to (so "pressure both" keeps both under pressure).
 */
export type TargetRef = Partner | 'none' | 'any' | 'least-hostile';

/** A US op shape: its kind and, for targeted ops, whom it aims at. */
export interface OpPattern {
  readonly op: Op['kind'];
  readonly target?: TargetRef;
}

interface StrategyText {
  readonly id: StrategyId;
  /** Short name for plots and tables. */
  readonly name: string;
  /** What the US does under this strategy, in a sentence for the lab page and docs. */
  readonly summary: string;
  readonly cite: Paragraph;
}

export type Strategy =
  | (StrategyText & {
      readonly kind: 'line';
      /** Ops the US never takes. */
      readonly avoid: readonly OpPattern[];
      /** Ops the US takes whenever one is legal, on its first `committed` turns of a round (1–3). */
      readonly insist: readonly OpPattern[];
      readonly committed: 1 | 2 | 3;
    })
  | (StrategyText & {
      readonly kind: 'mix';
      /** Each round the US follows one of these, drawn at random from the game's seed. */
      readonly mix: readonly Exclude<StrategyId, 'mixed' | 'unsteered'>[];
    });

export const STRATEGY: Readonly<Record<StrategyId, Strategy>> = {
  // The baseline every other line is compared with: the US bot as it plays in the game.
  unsteered: {
    id: 'unsteered',
    kind: 'line',
    name: 'Unsteered (baseline)',
    summary: 'No strategy: the US bot at its level chooses every move by its own look-ahead, as it plays in the game. The baseline the other lines are compared with.',
    cite: 'P16',
    avoid: [],
    insist: [],
    committed: 1,
  },
  'pressure-both': {
    id: 'pressure-both',
    kind: 'line',
    name: 'Pressure both',
    summary: 'Never accommodates; two turns a round it sanctions (or, failing that, pressures) whichever of China and Russia it is less hostile to, so both stay under pressure.',
    cite: 'P16',
    avoid: [{ op: 'accommodate', target: 'any' }],
    insist: [{ op: 'sanction', target: 'least-hostile' }, { op: 'pressure', target: 'least-hostile' }],
    committed: 2,
  },
  'wedge-russia': {
    id: 'wedge-russia',
    kind: 'line',
    name: 'Wedge (foster distrust)',
    summary: 'The Pentagon white paper’s line: never accommodates; its first turn each round it tries to foster distrust between Moscow and Beijing (the wedge), and otherwise plays as the bot sees fit.',
    cite: 'P16',
    avoid: [{ op: 'accommodate', target: 'any' }],
    insist: [{ op: 'wedge' }],
    committed: 1,
  },
  'accommodate-russia': {
    id: 'accommodate-russia',
    kind: 'line',
    name: 'Accommodate Russia',
    summary: 'Seeks durable accommodation with Russia at the first chance (turning the focus to China if it rests on Russia) and never pressures, sanctions or focuses on Russia.',
    cite: 'P16',
    avoid: [{ op: 'pressure', target: 'russia' }, { op: 'sanction', target: 'russia' }, { op: 'focus', target: 'russia' }],
    insist: [{ op: 'accommodate', target: 'russia' }, { op: 'focus', target: 'china' }],
    committed: 1,
  },
  'accommodate-china': {
    id: 'accommodate-china',
    kind: 'line',
    name: 'Accommodate China',
    summary: 'Seeks durable accommodation with China at the first chance (turning the focus to Russia if it rests on China) and never pressures, sanctions, focuses on or imposes export controls on China.',
    cite: 'P16',
    avoid: [{ op: 'pressure', target: 'china' }, { op: 'sanction', target: 'china' }, { op: 'focus', target: 'china' }, { op: 'exportControls' }],
    insist: [{ op: 'accommodate', target: 'china' }, { op: 'focus', target: 'russia' }],
    committed: 1,
  },
  // P16 names only pressure and accommodation; restraint asks whether simply not pushing
  // (neither squeezing both nor buying one off) is enough. The US tends its own position.
  restraint: {
    id: 'restraint',
    kind: 'line',
    name: 'Restraint',
    summary: 'Spends on neither pressure nor accommodation: never pressures, sanctions, imposes export controls, fosters distrust, accommodates or moves the focus; it places influence, deploys and rallies allies (events stay the bot’s choice).',
    cite: 'P16',
    avoid: [
      { op: 'pressure' }, { op: 'sanction' }, { op: 'exportControls' }, { op: 'wedge' }, { op: 'accommodate' }, { op: 'focus' },
    ],
    insist: [],
    committed: 1,
  },
  mixed: {
    id: 'mixed',
    kind: 'mix',
    name: 'Mixed',
    summary: 'No fixed line: each round the US follows one of the four other strategies, drawn at random (a mixed strategy in the game-theory sense).',
    cite: 'P16',
    mix: ['pressure-both', 'wedge-russia', 'accommodate-russia', 'accommodate-china'],
  },
};

/**
 * One lab game: the real reducer (game/sim/match.ts), bots for every seat,
 * the US bot steered by its strategy, and the figures the lab plots, taken
 * from every state the match passes through. Pure: runs in Node and in a
 * Web Worker alike.
 */
import { botChooser } from '../bots';
import type { BotLevel, Judgement } from '../bots';
import { HARD_PLAYOUTS } from '../bots/hard';
import type { HardOptions } from '../bots/hard';
import { EXPERT_PLAYOUTS } from '../bots/expert';
import type { ExpertOptions } from '../bots/expert';
import type { Action } from '../rules/actions';
import { alignment, alignmentRank } from '../rules/derived';
import { playMatch } from '../sim/match';
import type { MatchResult } from '../sim/match';
import { prng } from '../sim/prng';
import type { MatchState } from '../state';
import type { Alignment, Power, ScenarioId } from '../types';
import { ALIGNMENTS } from '../types';
import { lineFor, steer } from './steer';
import type { StrategyId } from './strategies';

/** What the US did, counted per game: each op kind it can use, and events. */
export const US_MOVES = [
  'pressure', 'sanction', 'exportControls', 'wedge', 'accommodate', 'focus', 'influence', 'deploy', 'rally', 'event',
] as const;
export type UsMove = (typeof US_MOVES)[number];

/** Alignment levels above the starting Strategic Partnership. */
export const LEVELS_ABOVE = ['quasi', 'defacto', 'dejure'] as const;
export type LevelAbove = (typeof LEVELS_ABOVE)[number];

export interface LabConfig {
  readonly scenario: ScenarioId;
  readonly strategy: StrategyId;
  readonly levels: Readonly<Record<Power, BotLevel>>;
  /** Game i plays with seed `${seed}:${i}`, whoever plays it and wherever. */
  readonly seed: string;
  /** Hard's search (default LAB_HARD); the tuning tool measures other strengths with it. */
  readonly hard?: HardOptions;
  /** Expert's search (default LAB_EXPERT). */
  readonly expert?: ExpertOptions;
  /** How a power's bot weighs a position, when not its level's own (the tuning tool's --judgement). */
  readonly judgement?: Readonly<Partial<Record<Power, Judgement>>>;
}

/** One game's figures: a row of the lab's CSV. */
export interface GameRow {
  readonly game: number;
  readonly seed: string;
  readonly winner: Power | null;
  /** Who pushed the world to the Brink, if anyone. */
  readonly brinkLoser: Power | null;
  readonly rounds: number;
  readonly finalAlignment: Alignment;
  /** The round each level was first reached in (null: never). */
  readonly reached: Readonly<Record<LevelAbove, number | null>>;
  /** Global tension averaged over the rounds' ends (and the final state), and its peak. */
  readonly meanTension: number;
  readonly maxTension: number;
  readonly crises: number;
  readonly twoFront: number;
  readonly prestige: Readonly<Record<Power, number>>;
  readonly us: Readonly<Record<UsMove, number>>;
  readonly accommodated: 'none' | 'russia' | 'china' | 'both';
  readonly error: string | null;
}

/**
 * Hard searches under a clock; in the lab it runs its full six playouts whatever the clock
 * says, so the same seed gives the same games on any machine, at the strength balanced.
 */
export const LAB_HARD: HardOptions = { playouts: HARD_PLAYOUTS };

/** Expert in the lab: a fixed number of sweeps, for the same reason. */
export const LAB_EXPERT: ExpertOptions = { playouts: EXPERT_PLAYOUTS };

export const gameSeed = (seed: string, i: number): string => `${seed}:${i}`;

/**
 * The seats of one lab game (bots for every power, the US steered by its strategy) and what
 * they record while it is played; `row` turns the final state into the game's figures. Shared
 * by a game from the deal (`playLabGame`) and one from a position (game/analysis/labFrom.ts).
 */
export function labSeats(cfg: LabConfig, seed: string) {
  const bots = botChooser(cfg.levels, seed, cfg.hard ?? LAB_HARD, cfg.expert ?? LAB_EXPERT, cfg.judgement);
  const draw = prng(`${seed}:strategy`);
  const lines = new Map<number, ReturnType<typeof lineFor>>();
  const us = Object.fromEntries(US_MOVES.map((m) => [m, 0])) as Record<UsMove, number>;
  const usChooser = (view: Parameters<typeof bots.us>[0], power: Power, legal: readonly Action[]): Action => {
    let line = lines.get(view.round);
    if (!line) {
      line = lineFor(cfg.strategy, () => draw.next());
      lines.set(view.round, line);
    }
    const a = bots.us(view, power, steer(line, view, legal));
    if (a.kind === 'event') us.event += 1;
    else if (a.kind === 'ops') us[a.op.kind as UsMove] += 1;
    return a;
  };
  const reached: Record<LevelAbove, number | null> = { quasi: null, defacto: null, dejure: null };
  let maxTension = 0;
  return {
    choose: { us: usChooser, china: bots.china, russia: bots.russia },
    observe: (G: MatchState): void => {
      maxTension = Math.max(maxTension, G.globalTension);
      const rank = alignmentRank(alignment(G));
      for (const l of LEVELS_ABOVE) if (reached[l] === null && rank >= ALIGNMENTS.indexOf(l)) reached[l] = G.round;
    },
    row: (i: number, G: MatchState, error: string | undefined): GameRow => {
      const tensions = G.history.map((h) => h.globalTension);
      if (G.outcome?.kind === 'brink' || tensions.length === 0) tensions.push(G.globalTension);
      const acc = G.accommodated;
      return {
        game: i,
        seed,
        winner: G.outcome?.winner ?? null,
        brinkLoser: G.outcome?.kind === 'brink' ? G.outcome.loser : null,
        rounds: G.round,
        finalAlignment: alignment(G),
        reached,
        meanTension: tensions.reduce((x, y) => x + y, 0) / tensions.length,
        maxTension,
        crises: G.crises.length,
        twoFront: G.crises.filter((c) => c.twoFront && c.theater === 'pacific').length,
        prestige: { ...G.prestige },
        us,
        accommodated: acc.russia && acc.china ? 'both' : acc.russia ? 'russia' : acc.china ? 'china' : 'none',
        error: error ?? null,
      };
    },
  };
}

/** Play game `i` of a lab run; `result` also hands back the match for the simulator's report. */
export function playLabGame(cfg: LabConfig, i: number): { row: GameRow; result: MatchResult } {
  const seed = gameSeed(cfg.seed, i);
  const seats = labSeats(cfg, seed);
  const result = playMatch({ scenario: cfg.scenario, seed, choose: seats.choose, observe: seats.observe });
  return { row: seats.row(i, result.final, result.error), result };
}

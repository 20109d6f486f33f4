/**
 * The thesis lab from a position: N games from one state of a replay under a
 * US strategy, with the lab's own strategies, steering, figures and paired
 * verdict (game/lab). The lab's games start at the deal (game/lab/play.ts),
 * so this composes the same row from `playOn` instead; game i of every
 * strategy shares its seed, so runs pair game by game as in the lab.
 */
import { botChooser } from '../bots';
import type { BotLevel } from '../bots';
import { HARD_PLAYOUTS } from '../bots/hard';
import type { GameRow, LabConfig, LevelAbove, UsMove } from '../lab';
import { gameSeed, LEVELS_ABOVE, US_MOVES, labSummary, p16Verdict } from '../lab';
import type { LabRun, StrategyId, Verdict } from '../lab';
import { lineFor, steer } from '../lab/steer';
import type { Action } from '../rules/actions';
import { alignment, alignmentRank } from '../rules/derived';
import type { Chooser } from '../sim/match';
import { prng } from '../sim/prng';
import type { MatchState } from '../state';
import type { Power } from '../types';
import { ALIGNMENTS } from '../types';
import { playOn } from './playOn';

/** One game of a lab run from `from`; its row is the lab's (game/lab/play.ts). */
export function playLabGameFrom(from: MatchState, cfg: LabConfig, i: number): GameRow {
  const seed = gameSeed(cfg.seed, i);
  const bots = botChooser(cfg.levels, seed, { playouts: HARD_PLAYOUTS });
  const draw = prng(`${seed}:strategy`);
  const lines = new Map<number, ReturnType<typeof lineFor>>();
  const us = Object.fromEntries(US_MOVES.map((m) => [m, 0])) as Record<UsMove, number>;
  const usChooser: Chooser = (view, power, legal): Action => {
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
  const r = playOn(from, {
    choose: { us: usChooser, china: bots.china, russia: bots.russia },
    seed,
    reshuffle: true,
    observe: (G) => {
      maxTension = Math.max(maxTension, G.globalTension);
      const rank = alignmentRank(alignment(G));
      for (const l of LEVELS_ABOVE) if (reached[l] === null && rank >= ALIGNMENTS.indexOf(l)) reached[l] = G.round;
    },
  });
  const G = r.final;
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
    error: r.error ?? null,
  };
}

export interface LabFromOptions {
  readonly strategies: readonly StrategyId[];
  readonly games: number;
  readonly levels: Readonly<Record<Power, BotLevel>>;
  readonly seed: string;
}

/** The config of one strategy's run from a position (the scenario is the state's). */
export const labFromConfig = (from: MatchState, o: LabFromOptions, strategy: StrategyId): LabConfig =>
  ({ scenario: from.scenario, strategy, levels: o.levels, seed: o.seed });

/** Runs (summary and rows) from rows played anywhere, and the lab's verdict on them. */
export function compareFrom(from: MatchState, o: LabFromOptions, rows: readonly (readonly GameRow[])[]): { runs: LabRun[]; verdict: Verdict } {
  const runs = o.strategies.map((s, k) => ({ summary: labSummary(labFromConfig(from, o, s), rows[k] ?? []), rows: [...(rows[k] ?? [])].sort((a, b) => a.game - b.game) }));
  return { runs, verdict: p16Verdict(runs) };
}

/** Everything in one thread (tests, Node): every strategy's games, then the comparison. */
export function runLabFrom(from: MatchState, o: LabFromOptions): { runs: LabRun[]; verdict: Verdict } {
  const rows = o.strategies.map((s) => Array.from({ length: o.games }, (_, i) => playLabGameFrom(from, labFromConfig(from, o, s), i)));
  return compareFrom(from, o, rows);
}

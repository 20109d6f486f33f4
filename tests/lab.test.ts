/**
 * The thesis lab: runLab is deterministic, the simulator CLI gives the same
 * figures for the same seed and strategy, and the strategies really change
 * what the US does. Also guards the bots' fast state copy the lab relies on.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { p16Verdict, runLab, STRATEGIES, toCsv } from '../game/lab';
import type { LabSummary, StrategyId } from '../game/lab';
import { steer } from '../game/lab/steer';
import { STRATEGY } from '../game/lab/strategies';
import { actor, legalActions } from '../game/rules/actions';
import { applyAction } from '../game/rules/apply';
import { workingCopy } from '../game/rules/copy';
import { rngFrom } from '../game/bots/normal';
import { prng } from '../game/sim/prng';
import { playMatch } from '../game/sim/match';
import { randomChooser } from '../game/sim/random';
import type { MatchState } from '../game/state';
import { viewFor } from '../game/view';

const EASY = { us: 'easy', china: 'easy', russia: 'easy' } as const;
const NORMAL = { us: 'normal', china: 'normal', russia: 'normal' } as const;

describe('runLab', () => {
  it('gives the same rows and summary for the same seed, and other games for another seed', () => {
    const opts = { scenario: '2019', strategy: 'mixed', levels: NORMAL, games: 3, seed: 'det' } as const;
    const a = runLab(opts);
    expect(runLab(opts)).toEqual(a);
    expect(a.rows.map((r) => r.seed)).toEqual(['det:0', 'det:1', 'det:2']);
    expect(a.summary.errors).toBe(0);
    expect(runLab({ ...opts, seed: 'other' }).rows).not.toEqual(a.rows);
  });

  it('is the same game by game whether played in one run or in pieces (as the Web Workers split it)', () => {
    const opts = { scenario: '2014', strategy: 'wedge-russia', levels: EASY, seed: 'split' } as const;
    const whole = runLab({ ...opts, games: 6 });
    expect(whole.rows.slice(3).map((r) => r.game)).toEqual([3, 4, 5]);
    const again = runLab({ ...opts, games: 4 });
    expect(again.rows).toEqual(whole.rows.slice(0, 4));
  });

  it('equals the simulator CLI’s JSON for the same seed and strategy', () => {
    const out = execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--games', '4', '--scenario', '2019', '--seed', 'cli', '--strategy', 'accommodate-china', '--json'], {
      encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' },
    });
    const report = JSON.parse(out) as { strategy: string; lab: LabSummary; wins: Record<string, number>; games: number; errors: number };
    const lab = runLab({ scenario: '2019', strategy: 'accommodate-china', levels: NORMAL, games: 4, seed: 'cli' });
    expect(report.strategy).toBe('accommodate-china');
    expect(report.lab).toEqual(lab.summary);
    expect(report.wins).toEqual(lab.summary.wins);
    expect(report.errors).toBe(0);
  });

  it('writes one CSV row per game, with a header', () => {
    const { rows } = runLab({ scenario: '2019', strategy: 'pressure-both', levels: EASY, games: 5, seed: 'csv' });
    const lines = toCsv([{ strategy: 'pressure-both', scenario: '2019', rows }]).trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^strategy,scenario,game,seed,winner/);
    expect(lines[1]).toMatch(/^pressure-both,2019,0,csv:0,/);
  });
});

describe('strategies change what the US does', () => {
  const runs = Object.fromEntries(
    STRATEGIES.map((s) => [s, runLab({ scenario: '2019', strategy: s, levels: NORMAL, games: 4, seed: 'differ' }).summary]),
  ) as Record<StrategyId, LabSummary>;

  it('accommodates only under the accommodating strategies', () => {
    expect(runs['pressure-both'].usMoves.accommodate).toBe(0);
    expect(runs['wedge-russia'].usMoves.accommodate).toBe(0);
    expect(runs['accommodate-russia'].accommodatedRate).toBeGreaterThan(0.5);
    expect(runs['accommodate-china'].accommodatedRate).toBeGreaterThan(0.5);
  });

  it('pressures most under Pressure both and wedges most under Wedge', () => {
    const pressure = (s: StrategyId) => runs[s].usMoves.pressure + runs[s].usMoves.sanction;
    for (const s of STRATEGIES.filter((x) => x !== 'pressure-both')) expect(pressure('pressure-both')).toBeGreaterThan(pressure(s));
    expect(runs['wedge-russia'].usMoves.wedge).toBeGreaterThan(runs['pressure-both'].usMoves.wedge);
  });

  it('never lets an accommodating US pressure the power it courts', () => {
    const G = midGame();
    const view = viewFor(G, '0');
    const legal = legalActions(view, 'us');
    const line = STRATEGY['accommodate-russia'];
    if (line.kind !== 'line') throw new Error('expected a line');
    const allowed = steer(line, view, legal);
    expect(allowed.length).toBeGreaterThan(0);
    expect(allowed.some((a) => a.kind === 'ops' && (a.op.kind === 'pressure' || a.op.kind === 'sanction') && a.op.target === 'russia')).toBe(false);
  });
});

describe('p16Verdict', () => {
  const fake = (strategy: StrategyId, defacto: number, dejure: number, games = 400): LabSummary => {
    const base = runLab({ scenario: '2019', strategy, levels: EASY, games: 1, seed: 'v' }).summary;
    const lvl = (rate: number) => ({ games: Math.round(rate * games), rate, meanRound: 3, byRound: [] });
    return { ...base, games, alignment: { quasi: lvl(1), defacto: lvl(defacto), dejure: lvl(dejure) } };
  };
  it('says the runs support P16 only when accommodation clearly beats pressure and the wedge', () => {
    const v = p16Verdict([fake('pressure-both', 0.9, 0.5), fake('wedge-russia', 0.88, 0.45), fake('accommodate-russia', 0.6, 0.1)]);
    expect(v.overall).toBe('supports');
    expect(v.headline).toMatch(/support P16/);
  });
  it('says so when they do not', () => {
    const v = p16Verdict([fake('pressure-both', 0.6, 0.1), fake('wedge-russia', 0.5, 0.1), fake('accommodate-china', 0.9, 0.5)]);
    expect(v.overall).toBe('contradicts');
    expect(v.headline).toMatch(/do not support P16/);
  });
  it('calls small differences chance, and says what to run when a strategy is missing', () => {
    expect(p16Verdict([fake('pressure-both', 0.9, 0.5, 20), fake('accommodate-china', 0.85, 0.45, 20)]).claims[0]?.status).toBe('inconclusive');
    expect(p16Verdict([fake('mixed', 0.9, 0.5)]).overall).toBe('untested');
  });
});

function midGame(): MatchState {
  let found: MatchState | null = null;
  playMatch({
    scenario: '2019', seed: 'mid', choose: randomChooser('mid'),
    observe: (G) => { if (!found && G.step.kind === 'play' && G.step.power === 'us' && G.round >= 2) found = G; },
  });
  if (!found) throw new Error('no mid-game US turn');
  return found;
}

describe('workingCopy (the bots copy the state once per candidate move)', () => {
  it('copies every field and shares no object but the append-only lists and the frozen step', () => {
    const G = midGame();
    const copy = workingCopy(G);
    expect(Object.keys(copy).sort()).toEqual(Object.keys(G).sort());
    expect(copy).toEqual(G);
    // The step is replaced by moves, never edited: shared, and frozen so an edit would throw,
    // also when a bot's move (not boardgame.io) made it.
    const moved = workingCopy(G);
    applyAction(moved, 'us', legalActions(moved, 'us')[0]!, rngFrom(prng('step')));
    expect(Object.isFrozen(moved.step)).toBe(false);
    const again = workingCopy(moved);
    expect(again.step).toBe(moved.step);
    expect(() => {
      (again.step as { kind: string }).kind = 'over';
    }).toThrow(TypeError);
    const shared: string[] = [];
    const walk = (a: unknown, b: unknown, path: string): void => {
      if (a === null || typeof a !== 'object') return;
      if (a === b && !['log', 'history', 'crises', 'step', 'outcome'].includes(path)) shared.push(path);
      if (a === b) return;
      for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    };
    walk(copy, G, '');
    expect(shared).toEqual([]);
  });

  it('a move made on one copy never adds to the log of the state it was copied from or of a sibling copy', () => {
    const rng = rngFrom(prng('siblings'));
    const play = (s: MatchState) => {
      const p = actor(s)!;
      applyAction(s, p, legalActions(s, p)[0]!, rng);
      return s;
    };
    // A copy that a move has already written on (its log is its own now), as the bots' playouts hold.
    const parent = play(workingCopy(midGame()));
    const before = [...parent.log];
    const a = play(workingCopy(parent));
    const b = play(workingCopy(parent));
    expect(parent.log).toEqual(before);
    expect(a.log.length).toBeGreaterThan(before.length);
    expect(a.log.slice(0, before.length)).toEqual(before);
    // The sibling holds its own lines only: the same count, none of them pushed twice.
    expect(b.log.length).toBe(a.log.length);
    expect(b.log.slice(0, before.length)).toEqual(before);
    expect(b.log[before.length]).not.toBe(a.log[before.length]);
  });
});

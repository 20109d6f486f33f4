/**
 * The thesis lab: runLab is deterministic, the simulator CLI gives the same
 * figures for the same seed and strategy, and the strategies really change
 * what the US does. Also guards the bots' fast state copy the lab relies on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binomialTwoSided, chiSquare1Tail, holm, labSummary, MECHANISM, mcnemar, p16Verdict, pairedTest, runLab, STRATEGIES, toCsv, wilson } from '../game/lab';
import type { GameRow, LabRun, LabSummary, StrategyId } from '../game/lab';
import { steer } from '../game/lab/steer';
import { STRATEGY } from '../game/lab/strategies';
import { actor, legalActions } from '../game/rules/actions';
import { applyAction } from '../game/rules/apply';
import { workingCopy } from '../game/rules/copy';
import { rngFrom } from '../game/bots/normal';
import { botChooser } from '../game/bots';
import { LAB_HARD } from '../game/lab/play';
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

  it('under Restraint the US never pressures, sanctions, controls exports, wedges, accommodates or moves the focus', () => {
    const m = runs.restraint.usMoves;
    expect([m.pressure, m.sanction, m.exportControls, m.wedge, m.accommodate, m.focus]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(m.influence + m.deploy + m.rally).toBeGreaterThan(0);
  });

  it('Unsteered plays exactly the games of the plain US bot (the baseline)', () => {
    for (const i of [0, 1]) {
      const seed = `differ:${i}`;
      const plain = playMatch({ scenario: '2019', seed, choose: botChooser(NORMAL, seed, LAB_HARD) });
      const lab = runLab({ scenario: '2019', strategy: 'unsteered', levels: NORMAL, games: 2, seed: 'differ' }).rows[i];
      expect(lab?.prestige).toEqual(plain.final.prestige);
      expect(lab?.finalAlignment).toBe(plain.alignment);
      expect(lab?.rounds).toBe(plain.final.round);
    }
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

describe('the rules that build P16 in', () => {
  it('docs/lab.md lists every one the page lists, with its paragraph, under "The runs test the model, not the world"', () => {
    const doc = readFileSync('docs/lab.md', 'utf8');
    const box = doc.slice(doc.indexOf('## The runs test the model, not the world'));
    expect(box.length).toBeLessThan(doc.length);
    expect(MECHANISM.length).toBeGreaterThanOrEqual(4);
    for (const m of MECHANISM) expect(box).toContain(`| ${m.rule} | ${m.encodes} | ${m.cite} |`);
  });
});

describe('lab statistics, against values worked by hand or printed in textbooks', () => {
  it('Wilson intervals match Newcombe (1998, Stat Med 17:857, Table I, method 3) and stay inside 0–1 at 0 %', () => {
    const four = (x: number, n: number) => { const w = wilson(x, n); return [Number(w.lo.toFixed(4)), Number(w.hi.toFixed(4))]; };
    expect(four(81, 263)).toEqual([0.2553, 0.3662]);
    expect(four(15, 148)).toEqual([0.0624, 0.1605]);
    expect(four(0, 20)).toEqual([0, 0.1611]);
    expect(four(1, 29)).toEqual([0.0061, 0.1718]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
      const x = Math.round(f * n);
      const w = wilson(x, n);
      return w.lo >= 0 && w.hi <= 1 && w.lo <= x / n + 1e-12 && w.hi >= x / n - 1e-12 && w.hi - w.lo > 0;
    }));
  });

  it('the exact binomial test gives the hand-counted tails: 1 of 10 is 2·11/1024, 3 of 12 is 2·299/4096', () => {
    expect(binomialTwoSided(1, 10)).toBeCloseTo(22 / 1024, 12);
    expect(binomialTwoSided(9, 10)).toBeCloseTo(22 / 1024, 12);
    expect(binomialTwoSided(3, 12)).toBeCloseTo(598 / 4096, 12);
    expect(binomialTwoSided(5, 10)).toBe(1);
    expect(binomialTwoSided(0, 0)).toBe(1);
  });

  it('McNemar is exact below 25 discordant games and χ² above: Agresti’s approval ratings (150 against 86) give χ² 17.36', () => {
    // Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), §8.1.1: z² = 17.36, P < 0.001.
    const big = mcnemar(150, 86);
    expect(big.method).toBe('chi2');
    expect(big.statistic).toBeCloseTo(17.356, 3);
    expect(big.p).toBeGreaterThan(3.0e-5);
    expect(big.p).toBeLessThan(3.2e-5);
    // χ² with 1 df: the textbook 5 % and 1 % critical values.
    expect(chiSquare1Tail(3.841459)).toBeCloseTo(0.05, 6);
    expect(chiSquare1Tail(6.634897)).toBeCloseTo(0.01, 6);
    const small = mcnemar(3, 9);
    expect(small.method).toBe('exact');
    expect(small.p).toBeCloseTo(598 / 4096, 12);
    expect(mcnemar(0, 0).p).toBe(1);
    // Pairs: only the discordant games count.
    expect(pairedTest([true, true, false, false, true], [true, false, true, false, false])).toMatchObject({ onlyA: 2, onlyB: 1 });
  });

  it('Holm adjusts 0.01, 0.04, 0.03, 0.005 to 0.03, 0.06, 0.06, 0.02 (worked by hand: ×3, ×1 then kept monotone, ×2, ×4)', () => {
    const adj = holm([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((want, i) => expect(adj[i]).toBeCloseTo(want, 12));
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), (ps) => {
      const a = holm(ps);
      return a.every((x, i) => x >= (ps[i] as number) - 1e-15 && x <= 1);
    }));
  });
});

describe('p16Verdict', () => {
  const template = runLab({ scenario: '2019', strategy: 'unsteered', levels: EASY, games: 1, seed: 'v' }).rows[0] as GameRow;
  /** A run whose game i reached De facto when defacto[i], and the treaty when dejure[i]. */
  const fake = (strategy: StrategyId, defacto: readonly boolean[], dejure: readonly boolean[], seed = 'v'): LabRun => {
    const rows = defacto.map((d, i): GameRow => ({
      ...template, game: i, seed: `${seed}:${i}`,
      reached: { quasi: 1, defacto: d || dejure[i] ? 2 : null, dejure: dejure[i] ? 5 : null },
    }));
    return { rows, summary: labSummary({ scenario: '2019', strategy, levels: EASY, seed }, rows) };
  };
  const share = (n: number, k: number) => Array.from({ length: n }, (_, i) => i < k);
  const all = (n: number) => share(n, n);
  const PHRASE = 'keeps the alliance from forming';

  it('names each figure’s strategy, whichever of the pair the lead names first', () => {
    const v = p16Verdict([fake('accommodate-russia', all(200), share(200, 120)), fake('accommodate-china', all(200), share(200, 20))]);
    const text = [...v.headline, ...v.findings].join(' ');
    expect(text).toMatch(/Accommodate China beats Accommodate Russia on the treaty/);
    expect(text).toMatch(/The treaty was signed in 60% of games under Accommodate Russia \(95% CI [\d.]+%–[\d.]+%\) against 10% under Accommodate China/);
  });

  it('names the level and the direction: accommodation beats pressure on the treaty while De facto forms in every game', () => {
    const v = p16Verdict([fake('pressure-both', all(200), share(200, 120)), fake('accommodate-russia', all(200), share(200, 20))]);
    const text = [...v.headline, ...v.findings].join(' ');
    expect(v.headline[0]).toMatch(/De facto alliance or beyond formed in most games under every strategy run/);
    expect(text).not.toContain(PHRASE);
    expect(text).toMatch(/Accommodate Russia beats Pressure both on the treaty/);
    expect(text).toMatch(/The treaty was signed in 10% of games under Accommodate Russia \(95% CI [\d.]+%–[\d.]+%\) against 60% under Pressure both .* 50 points fewer under Accommodate Russia, significant after Holm correction/);
    expect(text).toMatch(/De facto alliance or beyond formed in 100% .* no difference, not significant after Holm correction/);
    // Two declared pairs-levels only: pressure-both/unsteered and the rest were not run.
    expect(v.comparisons).toHaveLength(2);
  });

  it('says so when the wedge beats Pressure both', () => {
    const v = p16Verdict([fake('pressure-both', all(200), share(200, 120)), fake('wedge-russia', all(200), share(200, 60))]);
    expect(v.findings.join(' ')).toMatch(/Wedge \(foster distrust\) beats Pressure both on the treaty/);
  });

  it('says plainly when a difference is not significant after correction', () => {
    const v = p16Verdict([fake('unsteered', all(100), share(100, 50)), fake('restraint', all(100), share(100, 44))]);
    const text = [...v.headline, ...v.findings].join(' ');
    expect(text).toMatch(/cannot tell Restraint from Unsteered \(baseline\)/);
    expect(text).toMatch(/6 points fewer under Restraint, not significant after Holm correction \(McNemar exact on 6 discordant games/);
    expect(text).toMatch(/No difference between strategies is significant after Holm correction across the 2 tests/);
  });

  it('corrects across every declared comparison the runs allow (all seven strategies: 12 pairs × 2 levels), and pairs only the same games', () => {
    const runs = STRATEGIES.map((s, k) => fake(s, all(40), share(40, 5 * k)));
    expect(p16Verdict(runs).comparisons).toHaveLength(24);
    const other = p16Verdict([fake('pressure-both', all(40), share(40, 30)), fake('unsteered', all(40), share(40, 1), 'elsewhere')]);
    expect(other.comparisons).toHaveLength(0);
    expect(other.untested.join(' ')).toMatch(/different games/);
  });

  it(`never says a strategy "${PHRASE}" when the De facto alliance formed in more than half its games`, () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.constantFrom(...STRATEGIES), { minLength: 1, maxLength: STRATEGIES.length }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), { minLength: STRATEGIES.length, maxLength: STRATEGIES.length }),
      (ids, counts) => {
        const runs = ids.map((s, i) => { const [d = 0, j = 0] = counts[i] ?? []; return fake(s, share(60, d), share(60, Math.min(d, j))); });
        const v = p16Verdict(runs);
        for (const sentence of [...v.headline, ...v.findings, ...v.figures]) {
          if (!sentence.includes(PHRASE)) continue;
          for (const r of runs) {
            if (sentence.startsWith(`${STRATEGY[r.summary.strategy].name} ${PHRASE}`)) expect(r.summary.alignment.defacto.rate).toBeLessThanOrEqual(0.5);
          }
          // Every such sentence names a strategy whose rate is at most half.
          expect(runs.some((r) => sentence.includes(`${STRATEGY[r.summary.strategy].name} ${PHRASE}`) && r.summary.alignment.defacto.rate <= 0.5)).toBe(true);
        }
        return true;
      },
    ));
    // And it does say it when the numbers bear it out.
    expect(p16Verdict([fake('accommodate-china', share(100, 30), share(100, 10))]).headline.join(' ')).toMatch(/Accommodate China keeps the alliance from forming in most games: De facto or beyond in 30%/);
  });

  it('reports who pushed the world to the Brink and how often two fronts erupted, per strategy', () => {
    const r = fake('pressure-both', all(4), share(4, 1));
    const rows = r.rows.map((x, i) => ({ ...x, brinkLoser: i < 2 ? 'us' as const : null, twoFront: i === 3 ? 1 : 0 }));
    const run = { rows, summary: labSummary({ scenario: '2019', strategy: 'pressure-both', levels: EASY, seed: 'v' }, rows) };
    expect(run.summary.tension.brinkBy).toEqual({ us: 2, china: 0, russia: 0 });
    expect(run.summary.twoFront).toEqual({ games: 1, rate: 0.25 });
    expect(p16Verdict([run]).figures[0]).toMatch(/50% ended at the Brink \(pushed there by the US 2, China 0, Russia 0\); two fronts erupted at once in 25% of games/);
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
  it('copies every field and shares no object but the append-only lists, the frozen step and the frozen tie order', () => {
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
      if (a === b && !['log', 'history', 'crises', 'step', 'outcome', 'tieOrder'].includes(path)) shared.push(path);
      if (a === b) return;
      for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    };
    walk(copy, G, '');
    expect(shared).toEqual([]);
    expect(Object.isFrozen(copy.tieOrder)).toBe(true);
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

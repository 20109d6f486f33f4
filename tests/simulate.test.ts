/** The simulator CLI, run as a user runs it. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { botChooser, BEST_JUDGEMENT } from '../game/bots';
import { playMatch } from '../game/sim/match';
import { summarise } from '../game/sim/summary';
import { POWERS, REGIONS } from '../game/types';
import { regionScore } from '../game/rules/round';
import { p16Verdict, runLab } from '../game/lab';

const run = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'server/cli/simulate.ts', ...args], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });

describe('npm run simulate', () => {
  it('prints one JSON object with the documented fields, and no game errs', () => {
    const out = JSON.parse(run('--games', '25', '--scenario', '2014', '--seed', 'ci', '--json'));
    expect(Object.keys(out).sort()).toEqual(
      ['alignmentAtEnd', 'brink', 'crises', 'errors', 'games', 'invalidMoves', 'margin', 'msPerGame', 'prestigeBySource', 'regionsHeld', 'rounds', 'scenario', 'seed', 'tieBreaks', 'treatyRound', 'wins'].sort(),
    );
    expect(out.games).toBe(25);
    expect(out.scenario).toBe('2014');
    expect(out.wins.us + out.wins.china + out.wins.russia).toBe(25);
    expect(Object.keys(out.alignmentAtEnd)).toEqual(['partnership', 'quasi', 'defacto', 'dejure']);
    expect(Object.keys(out.crises)).toEqual(['pacific', 'europe', 'twoFront']);
    expect(out.errors).toBe(0);
    expect(out.invalidMoves).toBe(0);
    // Every De jure ending has the round its treaty was signed in, within the scenario's eight rounds.
    const signed = Object.entries(out.treatyRound as Record<string, number>);
    expect(signed.reduce((n, [, k]) => n + k, 0)).toBe(out.alignmentAtEnd.dejure);
    for (const [round] of signed) {
      expect(Number(round)).toBeGreaterThanOrEqual(1);
      expect(Number(round)).toBeLessThanOrEqual(8);
    }
    expect(Object.keys(out.prestigeBySource)).toEqual(['us', 'china', 'russia']);
    // Tie-broken victories are victories: never more than a power's wins.
    for (const p of ['us', 'china', 'russia'] as const) expect(out.tieBreaks[p].crises + out.tieBreaks[p].lot).toBeLessThanOrEqual(out.wins[p]);
    // Every game not ended at the Brink is counted once per power, at a lead within ±8.
    for (const p of POWERS) {
      const counts = Object.entries(out.margin[p] as Record<string, number>);
      expect(counts.reduce((n, [, k]) => n + k, 0)).toBe(25 - out.brink);
      for (const [lead] of counts) expect(Math.abs(Number(lead))).toBeLessThanOrEqual(8);
    }
  });

  it('counts each power\'s lead over its best rival: a lead wins, a deficit loses, a tie goes either way', () => {
    const results = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => playMatch({ scenario: '2019', seed: `lead:${i}`, choose: botChooser({ us: 'normal', china: 'normal', russia: 'normal' }, `lead:${i}`) }));
    const report = summarise(results, '2019', 'lead', 0);
    const decided = results.filter((r) => r.outcome?.kind === 'victory');
    expect(decided.length).toBeGreaterThan(0);
    for (const p of POWERS) {
      const games = (pick: (lead: number) => boolean) =>
        Object.entries(report.margin[p]).reduce((n, [lead, k]) => n + (pick(Number(lead)) ? k : 0), 0);
      const won = decided.filter((r) => r.outcome?.winner === p).length;
      expect(games(() => true)).toBe(decided.length);
      expect(games((lead) => lead > 0)).toBeLessThanOrEqual(won);
      expect(games((lead) => lead >= 0)).toBeGreaterThanOrEqual(won);
    }
  });

  it('accounts for all of every power\'s prestige by source, averaged over the games', () => {
    const results = [0, 1, 2, 3, 4].map((i) => playMatch({ scenario: '2014', seed: `src:${i}`, choose: botChooser({ us: 'normal', china: 'normal', russia: 'normal' }, `src:${i}`) }));
    const report = summarise(results, '2014', 'src', 0);
    for (const p of POWERS) {
      const mean = results.reduce((n, r) => n + r.final.prestige[p], 0) / results.length;
      const bySource = Object.values(report.prestigeBySource[p]).reduce((n, v) => n + v, 0);
      // Each source is rounded to 0.01, so eleven of them may drift by 0.055 at most.
      expect(Math.abs(bySource - mean)).toBeLessThan(0.06);
    }
    // The US never scores cooperation (only the partners propose), nor China Russia's Standing.
    expect(report.prestigeBySource.us.cooperation).toBeUndefined();
    expect(report.prestigeBySource.china.standing).toBeUndefined();
  });

  it('counts the round ends each power held each region, and they make up its prestige from regions', () => {
    const results = [0, 1, 2, 3, 4, 5].map((i) => playMatch({ scenario: '2019', seed: `held:${i}`, choose: botChooser({ us: 'normal', china: 'normal', russia: 'normal' }, `held:${i}`) }));
    const report = summarise(results, '2019', 'held', 0);
    for (const p of POWERS) {
      const fromHeld = REGIONS.reduce((n, r) => n + (report.regionsHeld[r][p] ?? 0) * regionScore(p, r), 0);
      expect(fromHeld).toBeGreaterThan(0);
      expect(Math.abs(fromHeld - (report.prestigeBySource[p].regions ?? 0))).toBeLessThan(0.05);
    }
  });

  it('gives the same figures for the same seed', () => {
    const strip = (s: string) => { const o = JSON.parse(s); delete o.msPerGame; return o; };
    expect(strip(run('--games', '10', '--seed', 'same', '--json'))).toEqual(strip(run('--games', '10', '--seed', 'same', '--json')));
  });

  it('--first plays a run in parts: games 0–5 and 6–9 add up to games 0–9', () => {
    const wins = (s: string): Record<string, number> => (JSON.parse(s) as { wins: Record<string, number> }).wins;
    const whole = wins(run('--games', '10', '--seed', 'parts', '--bots', 'easy', '--json'));
    const a = wins(run('--games', '6', '--seed', 'parts', '--bots', 'easy', '--json'));
    const b = JSON.parse(run('--games', '4', '--first', '6', '--seed', 'parts', '--bots', 'easy', '--json')) as { first: number; wins: Record<string, number> };
    expect(b.first).toBe(6);
    for (const p of ['us', 'china', 'russia']) expect((a[p] ?? 0) + (b.wins[p] ?? 0)).toBe(whole[p]);
  });

  it('plays Hard runs the same on any machine with --hard-playouts, and says so in the JSON', { timeout: 120_000 }, () => {
    const args = ['--games', '1', '--seed', 'hard', '--bots', 'us=hard,china=normal,russia=hard', '--hard-playouts', '2', '--json'];
    const strip = (s: string) => { const o = JSON.parse(s); delete o.msPerGame; return o; };
    const first = strip(run(...args));
    expect(first.hard).toEqual({ playouts: 2 });
    expect(first.bots).toEqual({ us: 'hard', china: 'normal', russia: 'hard' });
    expect(strip(run(...args))).toEqual(first);
    expect(() => execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--bots', 'hard', '--hard-playouts', '0'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/--hard-playouts must be a whole number/);
  });

  it('plays Expert with a fixed number of sweeps the same on any machine, and refuses a bad number', { timeout: 180_000 }, () => {
    const args = ['--games', '1', '--scenario', '2019-short', '--seed', 'ex', '--bots', 'us=expert,china=normal,russia=normal', '--expert-playouts', '2', '--json'];
    const strip = (s: string) => { const o = JSON.parse(s); delete o.msPerGame; return o; };
    const first = strip(run(...args));
    expect(first.expert).toEqual({ playouts: 2 });
    expect(first.errors).toBe(0);
    expect(strip(run(...args))).toEqual(first);
    expect(() => execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--bots', 'expert', '--expert-playouts', '1.5'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/--expert-playouts must be a whole number/);
  });

  it('--judgement weighs one power\'s bot by other terms: the games are those of that bot, and a bad term is refused', () => {
    const out = JSON.parse(run('--games', '3', '--seed', 'judge', '--bots', 'normal', '--judgement', 'us:rival=1,income=0.8', '--json'));
    const us = { ...BEST_JUDGEMENT.us, rival: 1, income: 0.8 };
    expect(out.judgement).toEqual({ us });
    const games = [0, 1, 2].map((i) => playMatch({ scenario: '2019', seed: `judge:${i}`, choose: botChooser({ us: 'normal', china: 'normal', russia: 'normal' }, `judge:${i}`, undefined, undefined, { us }) }));
    expect(out.wins).toEqual(summarise(games, '2019', 'judge', 0).wins);
    // Unnamed terms are the power's own, at every level.
    const expert = JSON.parse(run('--games', '1', '--scenario', '2019-short', '--seed', 'judge', '--bots', 'us=expert,china=normal,russia=normal', '--expert-playouts', '1', '--judgement', 'us:tech=1', '--json'));
    expect(expert.judgement).toEqual({ us: { ...BEST_JUDGEMENT.us, tech: 1 } });
    for (const bad of ['us:luck=1', 'us:rival=', 'france:rival=1', 'us', 'us:rival=1:tech=2']) {
      expect(() => execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--bots', 'normal', '--judgement', bad], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/--judgement takes POWER:TERM=N/);
    }
    // Easy ranks nothing: weights for it would be silently ignored.
    expect(() => execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--bots', 'easy', '--judgement', 'us:rival=1'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/Easy, which weighs nothing/);
  });

  it('plays the lab\'s paired runs for several strategies, Unsteered and Restraint included, with the same verdict as the lab', () => {
    const out = JSON.parse(run('--games', '3', '--seed', 'pair', '--strategy', 'unsteered,restraint', '--json'));
    const runs = (['unsteered', 'restraint'] as const).map((strategy) => runLab({ scenario: '2019', strategy, levels: { us: 'normal', china: 'normal', russia: 'normal' }, games: 3, seed: 'pair' }));
    expect(out.strategies).toEqual(['unsteered', 'restraint']);
    expect(out.lab).toEqual(runs.map((r) => r.summary));
    expect(out.verdict).toEqual(JSON.parse(JSON.stringify(p16Verdict(runs))));
    expect(out.verdict.comparisons).toHaveLength(2);
    expect(JSON.parse(run('--games', '1', '--seed', 'one', '--strategy', 'restraint', '--json')).strategy).toBe('restraint');
    expect(() => execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--strategy', 'unsteered,nope'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/--strategy must be one of unsteered, .*restraint/);
  });

  it('prints a readable table without --json and refuses a bad scenario with a clear message', () => {
    expect(run('--games', '5')).toMatch(/Wins[\s\S]*United States[\s\S]*Alignment at the end[\s\S]*Treaty signed in round[\s\S]*Prestige per game by source[\s\S]*Lead over the best rival[\s\S]*United States [+-]?\d/);
    expect(() => execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--scenario', '1848'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/scenario must be one of/);
  });
});

/**
 * The one-lesson scenario, 2019-short: three rounds from the 2019 position,
 * offered wherever a scenario is chosen (the menus list every scenario by
 * year and title, so its label must be its own), accepted by the online
 * lobby, the classroom's session form and the game, and played to its end in
 * round 3. (Its balance is docs/balance.md's; the whole lesson in Chromium is
 * tests/e2e/lesson.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Multipolar, SCENARIO_DATA, SCENARIOS } from '../game';
import { botChooser } from '../game/bots';
import { runLab } from '../game/lab';
import { playMatch } from '../game/sim';
import { SetupData } from '../game/wire/lobby';
import { sessionSettings } from '../server/classroom/settings';

describe('2019-short', () => {
  const short = SCENARIO_DATA['2019-short'];

  it('is three rounds from 2019, listed with a label no other scenario has', () => {
    expect(SCENARIOS).toContain('2019-short');
    expect(short).toMatchObject({ id: '2019-short', startYear: 2019, rounds: 3 });
    const labels = SCENARIOS.map((id) => `${SCENARIO_DATA[id].startYear} “${SCENARIO_DATA[id].title}”`);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('is accepted by the game, the online lobby and the classroom’s session form', () => {
    expect(Multipolar.validateSetupData?.({ scenario: '2019-short' }, 3)).toBeUndefined();
    expect(v.safeParse(SetupData, { scenario: '2019-short' }).success).toBe(true);
    expect(sessionSettings({ scenario: '2019-short', clockSec: 45 }, 45)).toMatchObject({ scenario: '2019-short', clockSec: 45 });
  });

  it('ends after round 3 with a winner (three Normal bots), or earlier at the Brink', () => {
    for (let i = 0; i < 6; i++) {
      const seed = `short:${i}`;
      const r = playMatch({ scenario: '2019-short', seed, choose: botChooser({ us: 'normal', china: 'normal', russia: 'normal' }, seed) });
      expect(r.error).toBeUndefined();
      expect(r.final.lastRound).toBe(3);
      expect(r.final.outcome).not.toBeNull();
      if (r.final.outcome?.kind !== 'brink') expect(r.final.round).toBe(3);
      expect(r.final.history.length).toBeLessThanOrEqual(3);
    }
  });

  it('runs in the lab, its rounds counted to three', () => {
    const lab = runLab({ scenario: '2019-short', strategy: 'unsteered', levels: { us: 'normal', china: 'normal', russia: 'normal' }, games: 4, seed: 'short' });
    expect(lab.summary.alignment.defacto.byRound).toHaveLength(3);
  });

  it('is a scenario of the simulate command line', () => {
    const out = JSON.parse(execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--games', '6', '--scenario', '2019-short', '--seed', 'ci', '--json'], { encoding: 'utf8' })) as {
      scenario: string; games: number; rounds: { mean: number }; wins: Record<string, number>; errors: number;
    };
    expect(out).toMatchObject({ scenario: '2019-short', games: 6, errors: 0 });
    expect(out.rounds.mean).toBeLessThanOrEqual(3);
    expect(Object.values(out.wins).reduce((a, b) => a + b, 0)).toBe(6);
  }, 60_000);
});

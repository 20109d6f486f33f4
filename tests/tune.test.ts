/** `npm run tune`: the tuning table reaches the rules, and a sweep runs as a user runs it. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BEST_JUDGEMENT, STANDARD } from '../game/bots';
import { playLabGame } from '../game/lab/play';
import type { LabConfig } from '../game/lab/play';
import { playJob, settingsOf } from '../game/lab/tune';
import type { TuneJob } from '../game/lab/tune';
import { DEFAULT_TUNING, tuned, tuning, withTuning } from '../game/rules/tuning';

const exec = promisify(execFile);

const job = (overrides: TuneJob['overrides']): TuneJob => ({
  setting: 0, overrides, scenario: '2019', strategy: 'unsteered', level: 'normal', hard: { playouts: 1 }, seed: 'tune-test', from: 0, to: 3,
});

describe('the tuning table', () => {
  it('is the defaults outside a run, and a run’s overrides inside it', () => {
    expect(tuning()).toBe(DEFAULT_TUNING);
    const t = tuned({ treatyPrestige: 9 });
    expect(withTuning(t, () => tuning().treatyPrestige)).toBe(9);
    expect(tuning()).toBe(DEFAULT_TUNING);
    expect(() => tuned({ noSuchKey: 1 })).toThrow(/unknown tuning key/);
    expect(Object.isFrozen(DEFAULT_TUNING)).toBe(true);
  });

  it('every combination of the values named, first key slowest', () => {
    expect(settingsOf([['hostileAt', [3, 4]], ['calmDecay', [0, 1]]])).toEqual([
      { hostileAt: 3, calmDecay: 0 }, { hostileAt: 3, calmDecay: 1 }, { hostileAt: 4, calmDecay: 0 }, { hostileAt: 4, calmDecay: 1 },
    ]);
  });

  it('an override reaches the rules: a US paid 30 a round for keeping the pair apart wins every game', () => {
    const plain = playJob(job({}));
    const rich = playJob(job({ apartPrestige: 30, noTreatyPrestige: 30 }));
    expect(rich.map((r) => r.winner)).toEqual(['us', 'us', 'us']);
    expect(plain.map((r) => r.winner)).not.toEqual(['us', 'us', 'us']);
  });

  it('a judgement reaches the bots: the US weighing positions by the partners’ weights plays the lab’s games with them, not with its own', () => {
    const terms = { rival: STANDARD.rival, income: STANDARD.income, reach: STANDARD.reach };
    const lab = (judgement: LabConfig['judgement']) => [0, 1, 2, 3].map((i) => playLabGame({
      scenario: '2019', strategy: 'unsteered', levels: { us: 'normal', china: 'normal', russia: 'normal' }, seed: 'tune-test', hard: { playouts: 1 }, judgement,
    }, i).row);
    const judged = lab({ us: { ...BEST_JUDGEMENT.us, ...terms } });
    expect(playJob({ ...job({}), to: 4, judgement: { us: terms } }).map((r) => r.winner)).toEqual(judged.map((r) => r.winner));
    expect(JSON.stringify(judged)).not.toEqual(JSON.stringify(lab(undefined)));
  });
});

describe('npm run tune', () => {
  it('sweeps two settings over the same games in worker threads and reports each side by side', async () => {
    const { stdout } = await exec('npx', [
      'tsx', 'server/cli/tune.ts', '--set', 'noTreatyPrestige=1,30', '--set', 'apartPrestige=30', '--games', '4',
      '--strategy', 'pressure-both', '--workers', '2', '--judgement', 'china:tech=0', '--json',
    ], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
    const out = JSON.parse(stdout) as {
      games: number;
      judgement: unknown;
      settings: { name: string; scenarios: Record<string, { balance: Record<string, { games: number; wins: Record<string, { count: number }> }>; strategies: Record<string, { games: number; defacto: { rate: number; ci: { lo: number; hi: number } } }> }> }[];
    };
    expect(out.judgement).toEqual({ china: { tech: 0 } });
    expect(out.settings.map((s) => s.name)).toEqual(['noTreatyPrestige=1 apartPrestige=30', 'noTreatyPrestige=30 apartPrestige=30']);
    for (const s of out.settings) {
      const sc = s.scenarios['2019'];
      expect(sc?.balance.normal?.games).toBe(4);
      const d = sc?.strategies['pressure-both'];
      expect(d?.games).toBe(4);
      expect(d?.defacto.ci.lo).toBeLessThanOrEqual(d?.defacto.rate ?? -1);
      expect(d?.defacto.ci.hi).toBeGreaterThanOrEqual(d?.defacto.rate ?? 2);
    }
    // Both settings pay the US 30 a round while the pair is apart: it wins every unsteered game.
    expect(out.settings[1]?.scenarios['2019']?.balance.normal?.wins.us?.count).toBe(4);
  }, 180_000);
});

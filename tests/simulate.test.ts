/** The simulator CLI, run as a user runs it. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'server/cli/simulate.ts', ...args], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });

describe('npm run simulate', () => {
  it('prints one JSON object with the documented fields, and no game errs', () => {
    const out = JSON.parse(run('--games', '25', '--scenario', '2014', '--seed', 'ci', '--json'));
    expect(Object.keys(out).sort()).toEqual(
      ['alignmentAtEnd', 'brink', 'crises', 'errors', 'games', 'invalidMoves', 'msPerGame', 'rounds', 'scenario', 'seed', 'wins'].sort(),
    );
    expect(out.games).toBe(25);
    expect(out.scenario).toBe('2014');
    expect(out.wins.us + out.wins.china + out.wins.russia).toBe(25);
    expect(Object.keys(out.alignmentAtEnd)).toEqual(['partnership', 'quasi', 'defacto', 'dejure']);
    expect(Object.keys(out.crises)).toEqual(['pacific', 'europe', 'twoFront']);
    expect(out.errors).toBe(0);
    expect(out.invalidMoves).toBe(0);
  });

  it('gives the same figures for the same seed', () => {
    const strip = (s: string) => { const o = JSON.parse(s); delete o.msPerGame; return o; };
    expect(strip(run('--games', '10', '--seed', 'same', '--json'))).toEqual(strip(run('--games', '10', '--seed', 'same', '--json')));
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

  it('prints a readable table without --json and refuses a bad scenario with a clear message', () => {
    expect(run('--games', '5')).toMatch(/Wins[\s\S]*United States[\s\S]*Alignment at the end/);
    expect(() => execFileSync('npx', ['tsx', 'server/cli/simulate.ts', '--scenario', '1848'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/scenario must be one of/);
  });
});

/**
 * A table's likely finish from its measured turns (server/classroom/timing.ts):
 * nothing to say before a round is done, never before now, later the slower
 * the table, and exact for a table whose rounds all take the same time; the
 * report's turn statistics (client/classroom/turns.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TurnRecord } from '../game/wire/classroom';
import { estimateFinish } from '../server/classroom/timing';
import { quantile, studentTurns, turnStats } from '../client/classroom/turns';

const turn = (round: number, ms: number): TurnRecord => ({ round, power: 'us', ms, by: 'student' });

describe('estimateFinish', () => {
  it('says nothing before a round is done, or once the table is over', () => {
    expect(estimateFinish([turn(1, 5000)], { round: 1, lastRound: 6, over: false }, 1000, 0)).toBeNull();
    expect(estimateFinish([turn(1, 5000)], { round: 2, lastRound: 6, over: true }, 0, 0)).toBeNull();
  });

  it('two rounds of 60 s done, 20 s into the third of six: 4 × 60 − 20 s from now', () => {
    const turns = [turn(1, 30_000), turn(1, 30_000), turn(2, 60_000), turn(3, 15_000)];
    expect(estimateFinish(turns, { round: 3, lastRound: 6, over: false }, 5_000, 1_000_000)).toBe(1_000_000 + 4 * 60_000 - 20_000);
  });

  it('is never before now, and a slower table finishes no earlier', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 120_000 }), { minLength: 1, maxLength: 20 }),
      fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 1, max: 3 }),
      (ms, round, current, slower) => {
        const turns = ms.map((x, i) => turn(1 + (i % (round - 1)), x));
        const p = { round, lastRound: 6, over: false };
        const a = estimateFinish(turns, p, current, 0)!;
        const b = estimateFinish(turns.map((t) => ({ ...t, ms: t.ms * slower })), p, current, 0)!;
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeGreaterThanOrEqual(a);
      }));
  });
});

describe('quantile', () => {
  it('nearest rank', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });
});

describe('turnStats', () => {
  it('counts students’ turns only, in seconds, with the clock’s', () => {
    const turns: TurnRecord[] = [
      { round: 1, power: 'us', ms: 12_000, by: 'student' }, { round: 1, power: 'china', ms: 5, by: 'bot' },
      { round: 1, power: 'us', ms: 45_200, by: 'clock' }, { round: 2, power: 'us', ms: 30_000, by: 'student' },
    ];
    expect(turnStats(studentTurns(turns))).toEqual({ turns: 3, medianS: 30, p90S: 45.2, longestS: 45.2, clock: 1 });
    expect(turnStats(studentTurns(turns, 'china'))).toEqual({ turns: 0, medianS: null, p90S: null, longestS: null, clock: 0 });
  });
});

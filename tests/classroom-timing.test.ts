/**
 * A table's likely finish from its measured turns (server/classroom/timing.ts):
 * nothing to say before a round is done, never before now, later the slower
 * the table, and exact for a table whose rounds all take the same time; the
 * report's turn statistics (client/classroom/turns.ts); a turn's time leaves its pauses out
 * (server/classroom/clock.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TurnRecord } from '../game/wire/classroom';
import type { State } from 'boardgame.io';
import { summaryGrace, TurnClock } from '../server/classroom/clock';
import type { Session, Table } from '../server/classroom/session';
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

describe('the turn clock’s measured turns', () => {
  /** A table whose acting power is `power` in `round` (a bare state: the clock reads whose turn it is). */
  const state = (power: 'us' | 'china', id: number, round = 1) =>
    ({ G: { step: { kind: 'play', power, turn: 1 }, round, outcome: null }, ctx: {}, _stateID: id }) as unknown as State;

  it('leave a pause out: a turn of 80 s with a minute paused took 20 s, and the wall counts it so', () => {
    const changed: Session[] = [];
    const clock = new TurnClock({ matches: {} as never, inQueue: (_id, fn) => Promise.resolve(fn()), moveNow: () => Promise.resolve(false), changed: (s) => changed.push(s) });
    const table: Table = { number: 1, matchID: 'M1', started: true };
    const s = { code: 'ABCDEF', clockSec: null, paused: false, ended: false, students: [], tables: [table] } as unknown as Session;
    clock.observe(s, table, state('us', 1), 0);
    s.paused = true;
    clock.restart(s, 10_000);
    expect(clock.currentMs(table, 40_000)).toBe(10_000);
    s.paused = false;
    clock.restart(s, 70_000);
    expect(clock.currentMs(table, 75_000)).toBe(15_000);
    clock.observe(s, table, state('china', 2), 80_000);
    expect(table.turns).toEqual([{ round: 1, power: 'us', ms: 20_000, by: 'bot', student: null }]);
    expect(changed).toHaveLength(1);
    clock.stop();
  });

  it('start a round’s first turn late, for the summary everyone reads; the turns after it at once', () => {
    expect(summaryGrace(60)).toBe(15_000);
    expect(summaryGrace(10)).toBe(5_000);
    const clock = new TurnClock({ matches: {} as never, inQueue: (_id, fn) => Promise.resolve(fn()), moveNow: () => Promise.resolve(false), changed: () => undefined });
    const table: Table = { number: 1, matchID: 'M1', started: true };
    const s = { code: 'ABCDEF', clockSec: 60, paused: false, ended: false, students: [{ table: 1, seat: '0', nickname: 'Ann' }, { table: 1, seat: '1', nickname: 'Ben' }], tables: [table] } as unknown as Session;
    const now = Date.now();
    clock.observe(s, table, state('china', 1, 1), now);
    expect(clock.turnEndsAt(s, table)).toBe(now + 60_000);
    clock.observe(s, table, state('us', 2, 2), now + 1_000);
    expect(clock.turnEndsAt(s, table)).toBe(now + 1_000 + 15_000 + 60_000);
    clock.observe(s, table, state('china', 3, 2), now + 2_000);
    expect(clock.turnEndsAt(s, table)).toBe(now + 2_000 + 60_000);
    clock.stop();
  });
});

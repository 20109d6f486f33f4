/**
 * Analysis of a finished match: win chances from every step (certain once the
 * match is over, summing to one, the same for the same seed however the steps
 * are shared out), turning points where the chances swing most, playing on
 * from a state through the real rules, and the lab from a position.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseMatch, chancesAt, playOn, recordBotMatch, runLabFrom, stepStory, swings, turningPoints } from '../game/analysis';
import type { StepChances } from '../game/analysis';
import type { MatchRecord, Replay } from '../game/sim';
import { canonical, replay } from '../game/sim';
import type { Chooser } from '../game/sim/match';
import type { MatchState } from '../game/state';
import { POWERS } from '../game/types';
import type { Power } from '../game/types';

const NORMAL = { us: 'normal', china: 'normal', russia: 'normal' } as const;
let record: MatchRecord;
let rep: Replay;

beforeAll(() => {
  record = recordBotMatch('2019', 'analysis-test', NORMAL);
  const r = replay(record);
  if (!r.ok) throw new Error(r.error);
  rep = r.value;
});

const sum = (c: StepChances) => POWERS.reduce((x, p) => x + c.chances[p], 0);

describe('win chances', () => {
  it('are certain for the winner at the last step, sum to one at every step, and repeat under the same seed', () => {
    const { frames } = rep;
    const last = frames.length - 1;
    const final = frames[last] as MatchState;
    const winner = final.outcome?.winner as Power;
    // The last few steps, two playouts each: enough to check the arithmetic without a minute of play.
    const tail = frames.slice(last - 4);
    const a = analyseMatch(tail, { playouts: 2, seed: 's' }).map((c, i) => ({ ...c, step: last - 4 + i }));
    const end = a[a.length - 1] as StepChances;
    expect(end.chances[winner]).toBe(1);
    for (const p of POWERS) if (p !== winner) expect(end.chances[p]).toBe(0);
    for (const c of a) {
      expect(sum(c)).toBeCloseTo(1, 12);
      expect(c.errors).toBe(0);
      for (const p of POWERS) expect(c.chances[p]).toBeGreaterThanOrEqual(0);
    }
    // A step's answer depends on the step and the seed only: alone or in a batch, the same.
    const k = last - 2;
    const alone = chancesAt(frames[k] as MatchState, k, { playouts: 2, seed: 's' });
    expect(alone).toEqual(a[2]);
    expect(chancesAt(frames[k] as MatchState, k, { playouts: 2, seed: 's' })).toEqual(alone);
  });

  it('come from playouts of the real rules that never write on the replay frame', () => {
    const k = Math.floor(rep.frames.length / 2);
    const frame = rep.frames[k] as MatchState;
    const before = canonical(frame);
    const c = chancesAt(frame, k, { playouts: 3, seed: 'w' });
    expect(canonical(frame)).toBe(before);
    expect(c.playouts).toBe(3);
    // Three playouts: each chance is a count of wins over three.
    for (const p of POWERS) expect([0, 1 / 3, 2 / 3, 1].some((x) => Math.abs(x - c.chances[p]) < 1e-12)).toBe(true);
  });
});

describe('a classroom match the bell ended', () => {
  it('is certain from the bell on, and the bell is nobody\'s move', () => {
    const k = 20;
    const rung: MatchRecord = { ...record, actions: [...record.actions.slice(0, k), { edit: 'scoreNow' }] };
    const r = replay(rung);
    if (!r.ok) throw new Error(r.error);
    const end = r.value.frames[k + 1] as MatchState;
    const c = chancesAt(end, k + 1, { playouts: 2, seed: 'bell' });
    expect(c.playouts).toBe(0);
    expect(c.chances[end.outcome?.winner as Power]).toBe(1);
    expect(stepStory(r.value.frames, rung.actions, k + 1).who).toBeNull();
  });
});

describe('playOn', () => {
  it('replaying the recorded actions from a late step (piles as recorded) reaches the recorded end', () => {
    const { frames } = rep;
    const last = frames.length - 1;
    const k = last - 6;
    let next = k;
    const replayed: Chooser = (_view, power, legal) => {
      const step = record.actions[next++];
      if (!step || 'edit' in step || step.seat !== power) throw new Error('off the record');
      const same = legal.find((a) => canonical(a) === canonical(step.action));
      if (!same) throw new Error('recorded action not legal');
      return same;
    };
    const r = playOn(frames[k] as MatchState, { choose: { us: replayed, china: replayed, russia: replayed }, seed: 'x' });
    expect(r.error).toBeUndefined();
    expect(r.moves).toBe(last - k);
    expect(r.final.outcome).toEqual((frames[last] as MatchState).outcome);
    expect(r.final.prestige).toEqual((frames[last] as MatchState).prestige);
  });
});

const chances = (rows: readonly (readonly [number, number, number])[]): StepChances[] =>
  rows.map(([us, china, russia], step) => ({ step, chances: { us, china, russia }, playouts: 1, errors: 0 }));

describe('turning points', () => {
  it('are the steps with the largest swing, largest first, with who moved and what the log says', () => {
    const c = chances([[0.4, 0.3, 0.3], [0.5, 0.2, 0.3], [0.1, 0.6, 0.3], [0.1, 0.6, 0.3], [0, 0, 1]]);
    const t = turningPoints(c, 2);
    expect(t.map((s) => s.step)).toEqual([4, 2]);
    expect(t[0]).toMatchObject({ power: 'russia', before: 0.3, after: 1 });
    expect(t[1]).toMatchObject({ power: 'us', before: 0.5, after: 0.1 });
    const story = stepStory(rep.frames, record.actions, 5);
    const done = record.actions[4];
    expect(story.who).toBe(done && !('edit' in done) ? done.seat : null);
    expect(story.round).toBe((rep.frames[4] as MatchState).round);
    // The last move of a round is told in that round, though the board then shows the next.
    const end = rep.frames.findIndex((f, i) => i > 0 && f.round > (rep.frames[i - 1] as MatchState).round);
    expect(stepStory(rep.frames, record.actions, end).round).toBe((rep.frames[end] as MatchState).round - 1);
    expect(story.lines.length).toBeGreaterThan(0);
    // The first step is the deal: nobody's move, though a seat sends it.
    expect(stepStory(rep.frames, record.actions, 1)).toMatchObject({ by: 'deal', who: null });
    expect(story.by).toBe('move');
  });

  it('a swing the next step takes back is no turning point; one that holds is, as far as it holds', () => {
    const c = chances([[0.5, 0.3, 0.2], [0, 0, 1], [0.5, 0.3, 0.2], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6], [0.2, 0.1, 0.7]]);
    const t = turningPoints(c, 3);
    // Steps 1 and 2 cancel out (Russia 20 % → 100 % → 20 %); step 4 holds (Russia 20 % → 60 %, then 70 %).
    expect(t.map((s) => s.step)).toEqual([4, 5]);
    expect(t[0]).toMatchObject({ power: 'russia', before: 0.2, after: 0.6 });
    expect(t[0]!.size).toBeCloseTo(0.4);
  });

  it('the first turning point is where some power\'s chance, one-step spikes smoothed away, changes most between consecutive steps', () => {
    const row = fc.tuple(fc.nat(10), fc.nat(10), fc.nat(10)).map(([a, b, c]) => {
      const t = a + b + c || 1;
      return [a / t, b / t, c / t] as const;
    });
    fc.assert(fc.property(fc.array(row, { minLength: 2, maxLength: 30 }), (rows) => {
      const c = chances(rows);
      // Each step's value, the median of it and its neighbours (the ends as they are).
      const steady = rows.map((r, k) => r.map((v, p) => (k === 0 || k === rows.length - 1 ? v
        : [(rows[k - 1] as readonly number[])[p] as number, v, (rows[k + 1] as readonly number[])[p] as number].sort((x, y) => x - y)[1] as number)));
      let best = 0;
      for (let k = 1; k < rows.length; k++) {
        for (let p = 0; p < 3; p++) best = Math.max(best, Math.abs((steady[k]![p] as number) - (steady[k - 1]![p] as number)));
      }
      const [top] = turningPoints(c, 1);
      if (best === 0) return top === undefined;
      return top !== undefined && top.size === best && swings(c).every((s) => s.size <= top.size);
    }));
  });
});

describe('the lab from a position', () => {
  it('plays every strategy on the same seeds from the state and compares them as the lab does', () => {
    const k = rep.frames.length - 12;
    const from = rep.frames[k] as MatchState;
    const opts = { strategies: ['unsteered', 'accommodate-russia'] as const, games: 2, levels: NORMAL, seed: 'lab-from' };
    const a = runLabFrom(from, opts);
    expect(a.runs).toHaveLength(2);
    for (const run of a.runs) {
      expect(run.summary.games).toBe(2);
      for (const row of run.rows) {
        expect(row.error).toBeNull();
        expect(row.winner).not.toBeNull();
        // Games start where the replay stands: never before its round.
        expect(row.rounds).toBeGreaterThanOrEqual(from.round);
      }
    }
    expect(a.verdict.figures.length).toBe(2);
    expect(runLabFrom(from, opts).runs.map((r) => r.rows)).toEqual(a.runs.map((r) => r.rows));
  });
});

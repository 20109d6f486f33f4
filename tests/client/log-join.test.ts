/** The online page joins each update's log entries onto the window it holds (client/online/log-join.ts). */
import { describe, expect, it } from 'vitest';
import { joinUpdateLog } from '../../client/online/log-join';
import type { LogEntry } from '../../game';

const entry = (i: number): LogEntry => ({ round: 1, power: null, text: `entry ${i}` });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => entry(from + i));
const state = (id: number, from: number, to: number) => ({ _stateID: id, G: { round: 1, log: range(from, to), logStart: from } });
const update = (s: ReturnType<typeof state>) => ({ type: 'update', args: ['m1', s, []] as unknown[] });
const viewIn = (d: { args: readonly unknown[] }) => (d.args[1] as ReturnType<typeof state>).G;

describe('joinUpdateLog', () => {
  it('joins the new entries onto the held window, keeping the latest 60, and leaves the rest of the frame as it came', () => {
    const { data, gap } = joinUpdateLog(state(7, 10, 70), update(state(8, 70, 74)));
    expect(gap).toBe(false);
    expect(viewIn(data)).toEqual({ round: 1, log: range(14, 74), logStart: 14 });
    expect(data.args[0]).toBe('m1');
    expect((data.args[1] as { _stateID: number })._stateID).toBe(8);
  });

  it('takes a whole window as it is, and an update with no new entries keeps the held ones', () => {
    expect(viewIn(joinUpdateLog(state(7, 0, 30), update(state(8, 0, 31))).data)).toEqual(state(8, 0, 31).G);
    expect(viewIn(joinUpdateLog(state(7, 0, 30), update(state(7, 30, 30))).data)).toEqual(state(7, 0, 30).G);
  });

  it('reports a gap (entries the page never received) so the page syncs again', () => {
    const { data, gap } = joinUpdateLog(state(7, 0, 30), update(state(9, 35, 40)));
    expect(gap).toBe(true);
    expect(viewIn(data).logStart).toBe(35);
  });

  it('passes other frames and a first state through untouched', () => {
    const sync = { type: 'sync', args: ['m1', { state: state(3, 0, 5) }] };
    expect(joinUpdateLog(state(2, 0, 4), sync).data).toBe(sync);
    expect(viewIn(joinUpdateLog(null, update(state(1, 0, 3))).data)).toEqual(state(1, 0, 3).G);
  });
});

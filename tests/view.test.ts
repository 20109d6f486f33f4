/** What a seat's view carries, frame after frame (game/view.ts). */
import { describe, expect, it } from 'vitest';
import { actor, legalActions } from '../game/rules/actions';
import { moveAction, startMatch } from '../game/sim/match';
import { prng } from '../game/sim/prng';
import { seatOf } from '../game/types';
import { LOG_IN_VIEW, viewFor } from '../game/view';

describe('viewFor', () => {
  it('keeps the latest log entries only, and says where they start, so frames stay small all match long', () => {
    const { reducer } = startMatch('1996', 'view');
    let { state } = startMatch('1996', 'view');
    const pick = prng('view');
    let sizes: number[] = [];
    while (state.ctx.gameover === undefined) {
      const p = actor(state.G)!;
      state = reducer(state, moveAction(seatOf(p), pick.pick(legalActions(viewFor(state.G, seatOf(p)), p))));
      const v = viewFor(state.G, '0');
      expect(v.log.length).toBe(Math.min(LOG_IN_VIEW, state.G.log.length));
      expect(v.logStart + v.log.length).toBe(state.G.log.length);
      expect(v.log.at(-1)).toEqual(state.G.log.at(-1));
      sizes.push(JSON.stringify(v.log).length);
    }
    expect(state.G.log.length).toBeGreaterThan(LOG_IN_VIEW); // the cap was reached: the check above can fail
    sizes = sizes.slice(-20);
    expect(Math.max(...sizes)).toBeLessThan(LOG_IN_VIEW * 400);
  });
});

/** What a seat's view carries, frame after frame (game/view.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../game/state';
import { actor, legalActions } from '../game/rules/actions';
import { moveAction, startMatch } from '../game/sim/match';
import { prng } from '../game/sim/prng';
import { seatOf } from '../game/types';
import type { LogWindow } from '../game/view';
import { joinLog, LOG_IN_VIEW, logAfter, logEnd, viewFor } from '../game/view';

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

/** The window a view of a match whose log has `n` entries carries. */
const windowOf = (log: readonly LogEntry[], n: number): LogWindow => {
  const logStart = Math.max(0, n - LOG_IN_VIEW);
  return { log: log.slice(logStart, n), logStart };
};
const entries = (n: number): LogEntry[] => Array.from({ length: n }, (_, i) => ({ round: 1, power: null, text: `entry ${i}` }));

describe('log windows sent as the entries a socket lacks', () => {
  it('a client that joins each cut window holds the whole window of every state, all match long', () => {
    const { reducer } = startMatch('2019', 'cut');
    let { state } = startMatch('2019', 'cut');
    const pick = prng('cut');
    // The socket synced on the first state: it holds that whole window.
    let held: LogWindow = viewFor(state.G, '1');
    let sentEnd = logEnd(held);
    let cutBytes = 0;
    let wholeBytes = 0;
    while (state.ctx.gameover === undefined) {
      const p = actor(state.G)!;
      state = reducer(state, moveAction(seatOf(p), pick.pick(legalActions(viewFor(state.G, seatOf(p)), p))));
      const whole = viewFor(state.G, '1');
      const sent = logAfter(whole, sentEnd);
      sentEnd = logEnd(whole);
      held = joinLog(held, sent);
      expect(held).toEqual({ log: whole.log, logStart: whole.logStart });
      cutBytes += JSON.stringify(sent.log).length;
      wholeBytes += JSON.stringify(whole.log).length;
    }
    // What a user would not see, but the server's load: most of each frame's log is not sent again.
    expect(cutBytes).toBeLessThan(wholeBytes / 5);
  });

  it('joining is the inverse of cutting for any two windows of one log, and a gap or an older window is taken whole', () => {
    fc.assert(fc.property(fc.nat(300), fc.nat(300), fc.nat(300), (a, b, c) => {
      const [heldN, nextN] = [Math.min(a, b), Math.max(a, b)];
      const log = entries(nextN);
      const held = windowOf(log, heldN);
      const next = windowOf(log, nextN);
      const cut = logAfter(next, logEnd(held));
      // A cut window still counts the log right, and carries only entries the holder lacks.
      expect(logEnd(cut)).toBe(nextN);
      expect(cut.log.length).toBe(nextN - Math.max(heldN, next.logStart));
      expect(joinLog(held, cut)).toEqual(next);
      // Sent whole (a fresh socket, or a window the holder's end is outside of): taken as it is.
      expect(joinLog(held, next)).toEqual(next);
      expect(joinLog(null, cut)).toEqual(cut);
      // A socket said to hold more than the window has (never the case): the whole window is sent.
      expect(logAfter(next, nextN + 1 + c)).toEqual(next);
    }));
  });
});

/**
 * Each round's record (game/rules/record.ts) holds what the debrief asks
 * about: hostility, focus, driven together, Dependency and Standing, export
 * controls, accommodations, wedges, declined proposals and the round's
 * prestige by source, built through the real rules (so a reworded log
 * sentence the record reads fails here).
 */
import { describe, expect, it } from 'vitest';
import { scoreNow } from '../../game/rules/classroom';
import { turnOrder } from '../../game/rules/round';
import type { MatchState, RoundRecord } from '../../game/state';
import { isPrestigeEntry } from '../../game/state';
import { csvCell, csvDocument } from '../../game/csv';
import { findCard } from '../helpers/cards';
import { act, begun, tweak, withTurn } from '../helpers/state';

const big = findCard((c) => c.affinity === 'neutral' && c.ops >= 3, 'neutral 3+ ops card');
const small = findCard((c) => c.affinity === 'neutral' && c.ops <= 2, 'neutral 1–2 ops card');

/** Finish the round from `s`: the last power's last turn places influence where nothing is at stake. */
function endRound(s: MatchState): MatchState {
  const last = turnOrder(s.round)[2] as 'china' | 'russia';
  const t = tweak(s, (d) => {
    d.step = { kind: 'play', power: last, turn: 3 };
    d.hands[last] = [small.id];
  });
  return act(t, last, { kind: 'ops', card: small.id, op: { kind: 'influence', region: last === 'russia' ? 'caucasus' : 'senkaku' } });
}
const lastRecord = (s: MatchState): RoundRecord => s.history[s.history.length - 1]!;

describe('the round record', () => {
  it('holds hostility, focus, driven together, Dependency, Standing and export controls as the round ended', () => {
    const s0 = tweak(begun(), (d) => {
      // Hostility eases by the round's end (P16): 5 and 4 end the round at 4 and 3.
      d.hostility = { china: 5, russia: 4 };
      d.focus = 'china';
      d.dependency = 6;
      d.standing = 4;
      d.exportControls = 1;
    });
    const r = lastRecord(endRound(s0));
    expect(r).toMatchObject({ round: 1, hostility: { china: 4, russia: 3 }, focus: 'china', drivenTogether: true, dependency: 6, standing: 4, exportControls: true });
    // Upkeep counted the controls down to 0: the next round's record says they were not in force.
    const r2 = lastRecord(endRound(endRound(s0)));
    expect(r2.exportControls).toBe(false);
    const apart = lastRecord(endRound(tweak(begun(), (d) => { d.hostility = { china: 5, russia: 1 }; })));
    expect(apart.drivenTogether).toBe(false);
  });

  it('sums the round’s prestige log lines per power and source, and they add up to the change of prestige', () => {
    const s0 = begun();
    const s = endRound(s0);
    const r = lastRecord(s);
    for (const p of ['us', 'china', 'russia'] as const) {
      const total = Object.values(r.gains[p]).reduce((n, v) => n + v, 0);
      expect(total, p).toBe(s.prestige[p] - s0.prestige[p] + s0.log.filter((e) => e.round === 1 && isPrestigeEntry(e) && e.prestige.power === p).reduce((n, e) => n + e.prestige!.delta, 0));
    }
    // Upkeep scores the US for no treaty, so the alignment source is there.
    expect(r.gains.us.alignment).toBeGreaterThan(0);
  });

  it('counts a wedge that worked, one that was shrugged off, an accommodation and a declined proposal in their round', () => {
    let s = tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.hostility = { china: 4, russia: 4 }; d.dependency = 2; d.standing = 6; });
    s = act(s, 'us', { kind: 'ops', card: big.id, op: { kind: 'wedge' } }); // driven together, content Russia: fails
    s = tweak(withTurn(s, 'us', [big.id], 2), (d) => { d.dependency = 8; d.standing = 3; });
    s = act(s, 'us', { kind: 'ops', card: big.id, op: { kind: 'wedge' } }); // resentful Russia: works
    s = withTurn(s, 'us', [big.id], 3);
    s = act(s, 'us', { kind: 'ops', card: big.id, op: { kind: 'accommodate', target: 'russia' } });
    s = withTurn(s, 'china', [small.id], 3);
    s = act(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'political' } });
    s = act(s, 'russia', { kind: 'respond', accept: false });
    const r = lastRecord(endRound(s));
    expect(r.wedges).toEqual({ worked: 1, failed: 1 });
    expect(r.accommodations).toEqual(['russia']);
    expect(r.declined).toBe(1);
    // The game pays nothing for a wedge that works (docs/design.md §8): no distrust prestige.
    expect(r.gains.us.distrust).toBeUndefined();
    // Nor for the accommodation itself: it pays in what it prevents.
    expect(r.gains.us.accommodation).toBeUndefined();
    // A quiet round after it records none of them.
    const quiet = lastRecord(endRound(endRound(s)));
    expect(quiet).toMatchObject({ wedges: { worked: 0, failed: 0 }, accommodations: [], declined: 0 });
  });

  it('the bell records the round in progress with the same fields', () => {
    const s = scoreNow(tweak(begun(), (d) => { d.hostility = { china: 3, russia: 3 }; d.exportControls = 2; }));
    expect(lastRecord(s)).toMatchObject({ round: 1, drivenTogether: true, exportControls: true, wedges: { worked: 0, failed: 0 } });
  });

  it('stays small: a round record, regions held included, is well under two-thirds of a kilobyte of JSON', () => {
    const r = lastRecord(endRound(begun()));
    expect(Object.keys(r.held ?? {}).length).toBeGreaterThan(0);
    expect(JSON.stringify(r).length).toBeLessThan(640);
  });
});

describe('the one CSV writer', () => {
  it('quotes commas, quotes and line breaks, guards text formulas, and keeps negative numbers numbers', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
    expect(csvDocument(['a', 'b'], [[1, 'x\ny']])).toBe('a,b\r\n1,"x\ny"\r\n');
  });
});

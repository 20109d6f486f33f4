/**
 * The log accounts for every prestige point: each change is a line stating its
 * number and cause, with the structured numbers a client sums per round or per
 * source. Also the log and rule fixes found while checking that.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { botChooser } from '../../game/bots';
import { card } from '../../game/content';
import { produce } from 'immer';
import { influence } from '../../game/content/dsl';
import { actor, legalActions, whyNot } from '../../game/rules/actions';
import { rulesRng } from '../../game/analysis';
import { applyAction } from '../../game/rules/apply';
import { workingCopy } from '../../game/rules/copy';
import { prng } from '../../game/sim/prng';
import { applyEffects } from '../../game/rules/effects';
import { ACCOMMODATION_PRESTIGE } from '../../game/rules/ops';
import { tuned, withTuning } from '../../game/rules/tuning';
import { signed } from '../../game/rules/prestige';
import { playMatch } from '../../game/sim/match';
import { randomChooser } from '../../game/sim/random';
import { initialState } from '../../game/setup';
import type { MatchState } from '../../game/state';
import { isPrestigeEntry } from '../../game/state';
import type { Power, PrestigeSource } from '../../game/types';
import { POWER_NAMES, POWERS, SCENARIOS } from '../../game/types';
import { findCard } from '../helpers/cards';
import { act, begun, tweak, withTurn } from '../helpers/state';

const big = findCard((c) => c.affinity === 'neutral' && c.ops >= 3, 'neutral 3+ ops card');
const twoOps = findCard((c) => c.ops === 2, '2-ops card');

/** What the log says each power gained, in total and by source. */
function logged(G: MatchState): { total: Record<Power, number>; bySource: Record<Power, Partial<Record<PrestigeSource, number>>> } {
  const total: Record<Power, number> = { us: 0, china: 0, russia: 0 };
  const bySource: Record<Power, Partial<Record<PrestigeSource, number>>> = { us: {}, china: {}, russia: {} };
  for (const e of G.log) {
    if (!isPrestigeEntry(e)) continue;
    const { power, delta, source } = e.prestige;
    total[power] += delta;
    bySource[power][source] = (bySource[power][source] ?? 0) + delta;
    // The sentence a player reads states the same number, for the same power.
    expect(e.text).toContain(`${POWER_NAMES[power]} ${signed(delta)} prestige: `);
    expect(e.power).toBe(power);
  }
  return { total, bySource };
}

describe('the log accounts for every prestige point', () => {
  it.each(SCENARIOS)('in random games of %s, the logged changes add up to each final prestige and each source', (scenario) => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), (seed) => {
        const r = playMatch({ scenario, seed, choose: randomChooser(seed) });
        expect(r.error).toBeUndefined();
        const start = initialState(scenario).prestige;
        const { total, bySource } = logged(r.final);
        for (const p of POWERS) {
          expect(start[p] + total[p]).toBe(r.final.prestige[p]);
          expect(bySource[p]).toEqual(r.final.prestigeBySource[p]);
        }
        // Theaters as a sentence names them: "in the Pacific", "in Europe" (never "the Europe").
        for (const e of r.final.log) expect(e.text).not.toMatch(/\bthe Europe\b|\b(in|to) Pacific\b/);
      }),
      { numRuns: 15 },
    );
  });

  it('in games between Normal bots too (they reach the treaty, the bargain and the wedge)', () => {
    for (const seed of ['a', 'b', 'c']) {
      const r = playMatch({ scenario: '2019', seed, choose: botChooser({ us: 'normal', china: 'normal', russia: 'normal' }, seed) });
      const { total } = logged(r.final);
      for (const p of POWERS) expect(total[p]).toBe(r.final.prestige[p]);
    }
  });

  it('the end of a round logs the US income and the regions scored, one region at a time', () => {
    // The first seeded random game that gets past round 1 (random play often ends at the Brink first).
    const r = Array.from({ length: 20 }, (_, i) => `income-${i}`)
      .map((seed) => playMatch({ scenario: '2019', seed, choose: randomChooser(seed) }))
      .find((m) => m.final.history.length > 0);
    if (!r) throw new Error('no seeded random game of 2019 got past round 1');
    const round1 = r.final.log.filter((e) => e.round === 1 && isPrestigeEntry(e));
    const us = round1.filter((e) => e.prestige?.power === 'us');
    expect(us.some((e) => e.prestige?.source === 'alignment' && /no treaty/.test(e.text))).toBe(true);
    const regions = r.final.log.filter((e) => isPrestigeEntry(e) && e.prestige.source === 'regions');
    expect(regions.length).toBeGreaterThan(0);
    for (const e of regions) {
      // "regions held (Korea +1, Taiwan Strait +2)": the parts add up to the line's number.
      const parts = [...e.text.matchAll(/\+(\d+)(?=[,)])/g)].map((m) => Number(m[1]));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(e.prestige?.delta);
    }
  });

  it('foster distrust scores under its own source, not pressure, and says so in the log', () => {
    const s0 = tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.hostility = { china: 1, russia: 1 }; });
    // The game pays nothing for a wedge (docs/design.md §8); the table's lever, when set, scores under "distrust".
    expect(act(s0, 'us', { kind: 'ops', card: big.id, op: { kind: 'wedge' } }).prestigeBySource.us.distrust).toBeUndefined();
    const s = withTuning(tuned({ wedgePrestige: 1 }), () => act(s0, 'us', { kind: 'ops', card: big.id, op: { kind: 'wedge' } }));
    expect(s.prestigeBySource.us.distrust).toBe(1);
    expect(s.prestigeBySource.us.pressure).toBeUndefined();
    const line = s.log.slice(s0.log.length).find(isPrestigeEntry);
    expect(line?.prestige).toEqual({ power: 'us', delta: 1, source: 'distrust' });
  });

  it('durable accommodation logs its prestige when the table pays one, and none by default', () => {
    const s0 = tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.focus = 'china'; });
    const accommodate = { kind: 'ops', card: big.id, op: { kind: 'accommodate', target: 'russia' } } as const;
    expect(ACCOMMODATION_PRESTIGE).toBe(0);
    expect(act(s0, 'us', accommodate).log.slice(s0.log.length).some(isPrestigeEntry)).toBe(false);
    const s = withTuning(tuned({ accommodationPrestige: 2 }), () => act(s0, 'us', accommodate));
    const line = s.log.slice(s0.log.length).find(isPrestigeEntry);
    expect(line?.prestige).toEqual({ power: 'us', delta: 2, source: 'accommodation' });
    expect(line?.text).toBe('United States +2 prestige: durable accommodation with Russia.');
  });
});

describe('log and rule fixes', () => {
  it('an event’s line ends with what it did, whether played for its event or fired by a rival’s ops, and says when it did nothing', () => {
    // Food for China: Economic +1, Dependency +1; Russia +1 prestige only with Pacific tension 3+.
    const calm = tweak(withTurn(begun(), 'russia', ['c-food-supplies']), (d) => { d.theaterTension.pacific = 0; d.tracks.economic = 5; d.dependency = 5; });
    const played = act(calm, 'russia', { kind: 'event', card: 'c-food-supplies' });
    const line = played.log[calm.log.length];
    expect(line?.text).toMatch(/^Russia plays "Food for China" for its event: .* Result: Economic coop 5→6 · Dependency 5→6\.$/);
    // The log keeps one line per event (the bots seed their guesses by its length).
    expect(played.log.slice(calm.log.length).filter((e) => /Food for China/.test(e.text))).toHaveLength(1);
    // Fired for Russia by the US's ops: the result is on the fired line.
    const usTurn = withTurn(calm, 'us', ['c-food-supplies']);
    const fired = act(usTurn, 'us', { kind: 'ops', card: 'c-food-supplies', op: { kind: 'deploy', theater: 'europe' } });
    expect(fired.log.slice(usTurn.log.length).find((e) => /fires for Russia/.test(e.text))?.text).toMatch(/Result: Economic coop 5→6 · Dependency 5→6\.$/);
    // At its limits it changes nothing, and says so.
    const full = tweak(calm, (d) => { d.tracks.economic = 10; d.dependency = 10; });
    const none = act(full, 'russia', { kind: 'event', card: 'c-food-supplies' });
    expect(none.log[full.log.length]?.text).toMatch(/Result: nothing changes\.$/);
  });

  it('the influence line says what was placed after the cap of 8, not what was bought', () => {
    const s0 = tweak(withTurn(begun(), 'russia', [big.id]), (d) => { d.influence.mideast = { us: 0, china: 0, russia: 7 }; });
    const s = act(s0, 'russia', { kind: 'ops', card: big.id, op: { kind: 'influence', region: 'mideast' } });
    expect(s.influence.mideast.russia).toBe(8);
    const line = s.log.slice(s0.log.length).find((e) => /places/.test(e.text));
    expect(line?.text).toMatch(/^Russia places 1 influence in Middle East/);
  });

  it('an effect adds no US influence in a region conceded by accommodation; the flashpoint stays open', () => {
    const contingency = card('c-taiwan-contingency');
    const s0 = tweak(withTurn(begun(), 'us', [contingency.id]), (d) => { d.accommodated.china = true; d.influence.taiwan.us = 0; d.influence.senkaku.us = 0; });
    // Taiwan, China's flashpoint, is not conceded: the contingency plan still places US influence there.
    const s = act(s0, 'us', { kind: 'event', card: contingency.id });
    expect(s.influence.taiwan.us).toBeGreaterThan(0);
    // The Senkaku/Diaoyu are: nothing puts the US back.
    const after = produce(s, (d) => applyEffects(d, [influence('us', 'senkaku', 2)], { self: 'us', culprit: 'us', cause: 'a test' }));
    expect(after.influence.senkaku.us).toBe(0);
    expect(after.log.some((e) => /no US influence returns to Senkaku\/Diaoyu/.test(e.text))).toBe(true);
  });

  it('accommodating an accommodated power with a 2-ops card says it is already done, not that it needs 3 ops', () => {
    const s = tweak(withTurn(begun(), 'us', [twoOps.id]), (d) => { d.accommodated.russia = true; d.focus = 'china'; });
    const r = whyNot(s, 'us', { kind: 'ops', card: twoOps.id, op: { kind: 'accommodate', target: 'russia' } });
    expect(r?.code).toBe('alreadyDone');
    // Not accommodated yet: the card's value is what stops it.
    const fresh = tweak(s, (d) => { d.accommodated.russia = false; });
    expect(whyNot(fresh, 'us', { kind: 'ops', card: twoOps.id, op: { kind: 'accommodate', target: 'russia' } })?.code).toBe('opsTooLow');
  });
});

describe('each move opens with one marked line by its mover', () => {
  it.each(SCENARIOS)('in random games of %s: a card played, an answer or the US split writes its first line marked as a move by that power, and nothing else is marked', (scenario) => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), (seed) => {
        const rng = rulesRng(seed);
        const pick = prng(seed);
        let s = initialState(scenario);
        for (let n = 0; n < 400 && !s.outcome; n++) {
          const p = actor(s);
          if (!p) break;
          const legal = legalActions(s, p);
          const a = legal[pick.int(legal.length)]!;
          const from = s.log.length;
          s = workingCopy(s);
          applyAction(s, p, a, rng);
          const marked = s.log.slice(from).filter((e) => e.move);
          if (a.kind === 'begin') expect(marked).toEqual([]);
          else {
            expect(marked).toHaveLength(1);
            expect(s.log[from]?.move).toBe(true);
            expect(s.log[from]?.power).toBe(p);
          }
        }
      }),
      { numRuns: 15 },
    );
  });
});

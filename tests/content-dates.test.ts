/**
 * Dated cards follow the calendar: a dated card is a one-time event, never in play before its
 * year or after its moment has passed, and never in a scenario whose starting state already holds it.
 */
import { describe, expect, it } from 'vitest';
import { card, CARDS } from '../game/content';
import type { CardId } from '../game/content/types';
import { inPlay, roundYears, scenarioDeck } from '../game/rules/deck';
import { firesFor } from '../game/rules/apply';
import { SCENARIOS } from '../game/scenarios';
import { playMatch, randomChooser } from '../game/sim';
import type { MatchState } from '../game/state';
import { POWERS, type ScenarioId } from '../game/types';

const scenarios = Object.values(SCENARIOS);
const dated = CARDS.filter((c) => c.year !== undefined);
const rounds = (id: ScenarioId): number[] => Array.from({ length: SCENARIOS[id].rounds }, (_, i) => i + 1);

describe('dated cards', () => {
  it.each(dated.map((c) => [c.id, c] as const))('%s is a one-time event', (_id, c) => {
    expect(c.once).toBe(true);
    if (c.until !== undefined) expect(c.until).toBeGreaterThanOrEqual(c.year ?? Infinity);
  });

  it('every card can be dealt in some round of some scenario (none is dead content)', () => {
    const ever = new Set(scenarios.flatMap((sc) => rounds(sc.id).flatMap((r) => scenarioDeck(sc.id, r))));
    expect(CARDS.map((c) => c.id).filter((id) => !ever.has(id))).toEqual([]);
  });
});

describe.each(scenarios.map((sc) => [sc.id, sc] as const))('scenario %s', (id, sc) => {
  it('sorts every card of its start year as done or still ahead, and lists no other', () => {
    const { done, ahead } = sc.startYearCards;
    const listed = [...done, ...ahead];
    expect(new Set(listed).size).toBe(listed.length);
    const ofStartYear = dated.filter((c) => c.year === sc.startYear).map((c) => c.id);
    expect([...listed].sort()).toEqual([...ofStartYear].sort());
  });

  it.each(rounds(id))('round %i deals no dated card before its year, after its moment, or already in the starting state', (round) => {
    const { first, last } = roundYears(sc.startYear, round);
    for (const cid of scenarioDeck(id, round)) {
      const c = card(cid);
      if (c.year === undefined) continue;
      expect(c.year, `${cid} in ${first}–${last}`).toBeLessThanOrEqual(last);
      expect(c.year, `${cid} dated before ${sc.startYear}`).toBeGreaterThanOrEqual(sc.startYear);
      expect(c.until ?? Infinity, `${cid} after its moment`).toBeGreaterThanOrEqual(first);
      expect(sc.startYearCards.done, `${cid} is already in the starting state`).not.toContain(cid);
    }
  });
});

describe('the calendar in play', () => {
  it('the 2014 scenario, which starts after Crimea, never deals the 2014 Ukraine crisis', () => {
    for (const r of rounds('2014')) expect(scenarioDeck('2014', r)).not.toContain('c-ukraine-2014');
  });

  it('in 1996, trade passes $100 billion only from the round of 2018', () => {
    const from = rounds('1996').filter((r) => scenarioDeck('1996', r).includes('c-trade-100-billion'));
    expect(from[0]).toBe(12);
    expect(inPlay(card('c-trade-100-billion'), SCENARIOS['1996'], 11)).toBe(false);
  });

  /** Every card in a hand or a pile must be in play in the current round. */
  function outOfTime(G: MatchState): CardId[] {
    const sc = SCENARIOS[G.scenario];
    const held = [...G.deck, ...G.discard, ...POWERS.flatMap((p) => G.hands[p])];
    return held.filter((id) => !inPlay(card(id), sc, G.round));
  }

  /** How many times each one-time card's event has happened, whoever fired it. */
  function happenings(G: MatchState): Map<CardId, number> {
    const counts = new Map<CardId, number>();
    for (const c of CARDS.filter((x) => x.once)) {
      const byEvent = `plays "${c.title}" for its event`;
      const byRival = c.affinity === 'neutral' ? null : firesFor(c.title, c.affinity);
      const n = G.log.filter((e) => e.text.includes(byEvent) || (byRival !== null && e.text.startsWith(byRival))).length;
      counts.set(c.id, n);
    }
    return counts;
  }

  it.each(scenarios.map((sc) => sc.id))('random games of %s hold no card out of its time and fire no one-time event twice', (id) => {
    const arrived = new Set<CardId>();
    for (let seed = 0; seed < 12; seed++) {
      const bad: string[] = [];
      const result = playMatch({
        scenario: id,
        seed: `dates-${seed}`,
        choose: randomChooser(`dates-${seed}`),
        observe: (G) => {
          for (const cid of outOfTime(G)) bad.push(`${cid} in round ${G.round}`);
          for (const p of POWERS) for (const cid of G.hands[p]) arrived.add(cid);
        },
      });
      expect(result.error).toBeUndefined();
      expect(bad).toEqual([]);
      const twice = [...happenings(result.final)].filter(([, n]) => n > 1);
      expect(twice).toEqual([]);
      expect(new Set(result.final.removed).size).toBe(result.final.removed.length);
    }
    // The calendar is live: in the long scenario, cards dated after the start reach the hands.
    if (id === '1996') expect([...arrived].some((cid) => (card(cid).year ?? 0) > 1997)).toBe(true);
  });
});

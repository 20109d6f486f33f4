/**
 * The bots' evaluation as named terms: the terms add up to exactly the number the bots always
 * used (the game's balance rests on it), and a bot's reasons name the terms that separated its
 * choice from the next best.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEST_JUDGEMENT, makeBot, STANDARD } from '../game/bots';
import { determinize } from '../game/bots/determinize';
import { evaluate, evaluateTerms } from '../game/bots/evaluate';
import { lookAhead } from '../game/bots/normal';
import { explain, reasonsFrom } from '../game/bots/reasons';
import { moveKey, suggest } from '../game/bots/suggest';
import type { Action } from '../game/rules/actions';
import { tweak } from './helpers/state';
import { legalActions } from '../game/rules/actions';
import { playMatch } from '../game/sim/match';
import { prng } from '../game/sim/prng';
import { randomChooser } from '../game/sim/random';
import type { MatchState } from '../game/state';
import type { Power } from '../game/types';
import { POWERS, SCENARIOS, seatOf } from '../game/types';
import { viewFor } from '../game/view';
import { evaluate as evaluateBefore } from './helpers/evaluate-before';

/** Every state a random legal match passes through. */
function statesOf(scenario: (typeof SCENARIOS)[number], seed: string): MatchState[] {
  const out: MatchState[] = [];
  playMatch({ scenario, seed, choose: randomChooser(seed), observe: (G) => out.push(G) });
  return out;
}

describe('the evaluation’s named terms', () => {
  it('add up, in order, to exactly the evaluation as it was, for every state of random matches in every scenario', () => {
    fc.assert(fc.property(fc.constantFrom(...SCENARIOS), fc.string({ minLength: 1, maxLength: 8 }), (scenario, seed) => {
      for (const s of statesOf(scenario, seed)) {
        for (const p of POWERS) {
          const before = evaluateBefore(s, p);
          const { total, terms } = evaluateTerms(s, p);
          let sum = 0;
          for (const t of terms) sum += t.value;
          expect(evaluate(s, p)).toBe(before);
          expect(total).toBe(before);
          expect(sum).toBe(before);
        }
      }
    }), { numRuns: 30 });
  });
});

/** Mid-game positions where the acting power has a real choice. */
function choicePoints(n = 8): { s: MatchState; me: Power }[] {
  const out: { s: MatchState; me: Power }[] = [];
  for (const s of statesOf('2019', 'why')) {
    if (s.step.kind === 'play' && s.round >= 2 && out.length < n) out.push({ s, me: s.step.power });
  }
  return out;
}

describe('a bot’s reasons', () => {
  it('Normal names the terms whose values differ most between its choice and the best move judged worse, largest first, and always names some', () => {
    let compared = 0;
    for (const { s, me } of choicePoints(24)) {
      const view = viewFor(s, seatOf(me));
      const legal = legalActions(view, me);
      const bot = makeBot('normal', 'seed');
      const chosen = bot.decide(view, me, legal);
      const reasons = explain(bot.trace());
      // Redo Normal's one-ply look-ahead on the same guess of the hidden cards it made.
      const base = determinize(view, me, prng('seed'));
      const tag = `seed:${view.logStart + view.log.length}`;
      const scored = legal.map((a) => ({ a, after: lookAhead(base, me, a, prng(tag)) }))
        .map((x) => ({ ...x, v: evaluate(x.after, me, BEST_JUDGEMENT[me]) }));
      const mine = scored.find((x) => x.a === chosen);
      expect(mine).toBeDefined();
      // The next best is the best move judged worse: one judged the same (the same placement
      // paid with another card) has no term to tell them apart.
      const others = scored.filter((x) => mine && x.v < mine.v).sort((x, y) => y.v - x.v);
      const next = others[0];
      if (!mine || !next) continue;
      expect(reasons.length).toBeGreaterThan(0);
      // Expected: every term's difference, by size.
      const diff = new Map<string, number>();
      for (const t of evaluateTerms(mine.after, me, BEST_JUDGEMENT[me]).terms) diff.set(`${t.id}:${t.theater ?? ''}`, (diff.get(`${t.id}:${t.theater ?? ''}`) ?? 0) + t.value);
      for (const t of evaluateTerms(next.after, me, BEST_JUDGEMENT[me]).terms) diff.set(`${t.id}:${t.theater ?? ''}`, (diff.get(`${t.id}:${t.theater ?? ''}`) ?? 0) - t.value);
      const largest = [...diff.values()].map(Math.abs).filter((d) => d > 1e-6).sort((x, y) => y - x).slice(0, 3);
      expect(reasons.slice(0, 3).map((r) => Math.abs(r.delta))).toEqual(largest);
      // A move chosen for being better always names something in its favour.
      expect(reasons.some((r) => r.delta > 0)).toBe(true);
      compared++;
      for (const r of reasons) {
        expect(diff.get(`${r.term}:${r.theater ?? ''}`)).toBeCloseTo(r.delta, 9);
        expect(r.text.length).toBeGreaterThan(5);
        expect(r.cite).toMatch(/^P\d+$/);
      }
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  // Every level weighs a power by that power's judgement (the US by its own): the reasons are the
  // terms of the judgement it chose by.
  for (const level of ['hard', 'expert'] as const) {
    it(`${level === 'hard' ? 'Hard' : 'Expert'} names the terms, by its own judgement, whose averages over its playouts differ most between its choice and the runner-up`, () => {
      let compared = 0;
      for (const { s, me } of choicePoints(3)) {
        const view = viewFor(s, seatOf(me));
        const bot = makeBot(level, 'h', { playouts: 3 }, { playouts: 2 });
        bot.decide(view, me, legalActions(view, me));
        const t = bot.trace();
        if (!t || t.kind !== 'compared') continue;
        const w = BEST_JUDGEMENT[me];
        expect(t.chosen).toHaveLength(level === 'expert' ? 2 : 3);
        const mean = (ends: readonly MatchState[]) => {
          const m = new Map<string, number>();
          for (const e of ends) for (const x of evaluateTerms(e, me, w).terms) m.set(`${x.id}:${x.theater ?? ''}`, (m.get(`${x.id}:${x.theater ?? ''}`) ?? 0) + x.value / ends.length);
          return m;
        };
        const a = mean(t.chosen);
        const b = mean(t.next);
        const diffs = [...new Set([...a.keys(), ...b.keys()])].map((k) => Math.abs((a.get(k) ?? 0) - (b.get(k) ?? 0))).filter((d) => d > 1e-6).sort((x, y) => y - x);
        const reasons = explain(t);
        expect(reasons.map((r) => Math.abs(r.delta))).toEqual(diffs.slice(0, 3).map((d) => expect.closeTo(d, 9)));
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
    });
  }

  it('Expert weighs the US by a judgement of its own, and its terms still add up to its evaluation', () => {
    expect(BEST_JUDGEMENT.us).not.toEqual(STANDARD);
    for (const s of statesOf('2019', 'expert-terms').filter((_, i) => i % 7 === 0)) {
      const { total, terms } = evaluateTerms(s, 'us', BEST_JUDGEMENT.us);
      expect(terms.reduce((n, t) => n + t.value, 0)).toBe(total);
      expect(total).toBe(evaluate(s, 'us', BEST_JUDGEMENT.us));
    }
  });

  it('each level explains a real choice in words with a paragraph, and explaining does not change its next move', () => {
    for (const level of ['easy', 'normal', 'hard', 'expert'] as const) {
      const plain = makeBot(level, 'x', { playouts: 2 }, { playouts: 2 });
      const asked = makeBot(level, 'x', { playouts: 2 }, { playouts: 2 });
      let explained = 0;
      for (const { s, me } of choicePoints().slice(0, level === 'hard' || level === 'expert' ? 3 : 8)) {
        const view = viewFor(s, seatOf(me));
        const legal = legalActions(view, me);
        expect(asked.decide(view, me, legal)).toEqual(plain.decide(view, me, legal));
        const reasons = explain(asked.trace());
        expect(reasons.length).toBeLessThanOrEqual(3);
        if (reasons.length) explained++;
        for (const r of reasons) expect(r.cite).toMatch(/^P\d+$/);
      }
      expect(explained, level).toBeGreaterThan(0);
    }
  });

  it('words follow the sign: a term in the choice’s favour is said as a gain', () => {
    const [r] = reasonsFrom([{ id: 'standing', value: 0.9 }], [{ id: 'standing', value: 0 }], 'russia');
    expect(r?.text).toBe('keeps Russia’s Standing above its Dependency');
    expect(r?.cite).toBe('P14');
    const [w] = reasonsFrom([{ id: 'standing', value: 0 }], [{ id: 'standing', value: 0.9 }], 'russia');
    expect(w?.text).toMatch(/Dependency gain/);
    // The leading rival is named when both outcomes have the same one ahead, and only then.
    const [named] = reasonsFrom([{ id: 'rival', value: -3, rival: 'china' }], [{ id: 'rival', value: -5, rival: 'china' }], 'us');
    expect(named?.text).toBe('holds back China, the rival with the best outlook (prestige, income, reach)');
    const [unnamed] = reasonsFrom([{ id: 'rival', value: -3, rival: 'china' }], [{ id: 'rival', value: -5, rival: 'russia' }], 'us');
    expect(unnamed?.text).toBe('holds back the rival with the best outlook (prestige, income, reach)');
  });

  it('a reason compares the two moves: a move that only costs less prestige is not said to gain any', () => {
    // Both moves cost the US prestige (10 → 9 and 10 → 8): the chosen one keeps more.
    // Three large costs outweighed by smaller gains: the largest gain is named after them.
    const costly = reasonsFrom(
      [{ id: 'prestige', value: 0 }, { id: 'income', value: 0 }, { id: 'reach', value: 0 }, { id: 'rival', value: 2 }, { id: 'tech', value: 1.5 }],
      [{ id: 'prestige', value: 3 }, { id: 'income', value: 2.5 }, { id: 'reach', value: 2.2 }, { id: 'rival', value: 0 }, { id: 'tech', value: 0 }], 'china');
    expect(costly.map((x) => [x.term, Math.sign(x.delta)])).toEqual([['prestige', -1], ['income', -1], ['reach', -1], ['rival', 1]]);
    expect(reasonsFrom([{ id: 'prestige', value: 0 }], [{ id: 'prestige', value: 1 }], 'china')).toHaveLength(1);
    const [r] = reasonsFrom([{ id: 'prestige', value: 9 }], [{ id: 'prestige', value: 8 }], 'us');
    expect(r?.text).toBe('leaves the US more prestige now');
    expect(r?.text).not.toMatch(/gain/);
    const [w] = reasonsFrom([{ id: 'income', value: 2 }], [{ id: 'income', value: 5 }], 'china');
    expect(w?.text).toBe('China earns less each round');
  });
});

describe('Suggest', () => {
  it('offers the three different moves its one-ply look-ahead rates best by the power’s best judgement (Expert’s), each at its best card, in order, each with its reasons against the next', () => {
    for (const { s, me } of choicePoints(6)) {
      const w = BEST_JUDGEMENT[me];
      const view = viewFor(s, seatOf(me));
      const legal = legalActions(view, me);
      const picks = suggest(view, me, legal);
      const tag = `hint:${me}:${view.logStart + view.log.length}`;
      const base = determinize(view, me, prng(tag));
      // Each move's best value over the cards that can pay for it.
      const best = new Map<string, number>();
      for (const a of legal) {
        const v = evaluate(lookAhead(base, me, a, prng(tag)), me, w);
        best.set(moveKey(a), Math.max(best.get(moveKey(a)) ?? -Infinity, v));
      }
      const values = [...best.values()].sort((x, y) => y - x);
      expect(picks).toHaveLength(Math.min(3, best.size));
      expect(new Set(picks.map((p) => moveKey(p.action))).size).toBe(picks.length);
      const mine = picks.map((p) => evaluate(lookAhead(base, me, p.action, prng(tag)), me, w));
      expect(mine).toEqual(values.slice(0, 3));
      for (const p of picks) for (const r of p.reasons) expect(r.cite).toMatch(/^P\d+$/);
      picks.forEach((p, i) => {
        // A pick tied with the one after it is still explained, against the first different move that scores less.
        if (values.some((v) => v < (mine[i] as number))) {
          expect(p.reasons.length).toBeGreaterThan(0);
          expect(p.against).not.toBeNull();
          expect(moveKey(p.against!)).not.toBe(moveKey(p.action));
          expect(evaluate(lookAhead(base, me, p.against!, prng(tag)), me, w)).toBeLessThan(mine[i] as number);
        } else expect(p.against).toBeNull();
      });
    }
  });

  it('counts a move paid with different cards as one move, and different targets as different moves', () => {
    const a: Action = { kind: 'ops', card: 'c-a', op: { kind: 'influence', region: 'ukraine' } };
    const b: Action = { kind: 'ops', card: 'c-b', op: { kind: 'influence', region: 'ukraine' } };
    const c: Action = { kind: 'ops', card: 'c-a', op: { kind: 'influence', region: 'baltic' } };
    expect(moveKey(a)).toBe(moveKey(b));
    expect(moveKey(a)).not.toBe(moveKey(c));
    expect(moveKey({ kind: 'event', card: 'c-a' })).not.toBe(moveKey({ kind: 'event', card: 'c-b' }));
  });

  it('sees only the seat’s own view: the same suggestions whatever the hidden cards are', () => {
    for (const { s, me } of choicePoints(4)) {
      const hints = (G: MatchState) => {
        const view = viewFor(G, seatOf(me));
        return suggest(view, me, legalActions(view, me)).map((p) => p.action);
      };
      const others = POWERS.filter((p) => p !== me);
      const reshuffled = tweak(s, (d) => {
        const pool = [...others.flatMap((p) => d.hands[p]), ...d.deck].reverse();
        for (const p of others) d.hands[p] = pool.splice(0, d.hands[p].length);
        d.deck = pool;
      });
      expect(hints(reshuffled)).toEqual(hints(s));
    }
  });
});

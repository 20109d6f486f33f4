import { describe, expect, it } from 'vitest';
import { legalActions, whyNot } from '../../game/rules/actions';
import { initialState } from '../../game/setup';
import { findCard } from '../helpers/cards';
import { act, begun, tweak, withTurn } from '../helpers/state';
import { rivalEventFires } from '../../game/rules/effects';

const chinaCard = findCard((c) => c.affinity === 'china' && !c.requires, 'China card');
const usCard = findCard((c) => c.affinity === 'us' && !c.requires, 'US card');
const bigNeutral = findCard((c) => c.affinity === 'neutral' && c.ops >= 3, 'neutral 3+ ops card');
const oneOps = findCard((c) => c.ops === 1, '1-ops card');

describe('whyNot: every rejection is a typed reason with a sentence', () => {
  it('nobody but the US may act before the deal', () => {
    const s = initialState('2019');
    expect(whyNot(s, 'china', { kind: 'begin' })?.code).toBe('notYourTurn');
    expect(whyNot(s, 'us', { kind: 'begin' })).toBeNull();
  });

  it('a card not in hand is refused', () => {
    const s = withTurn(begun(), 'us', [usCard.id]);
    const r = whyNot(s, 'us', { kind: 'event', card: chinaCard.id });
    expect(r?.code).toBe('notInHand');
  });

  it("a rival's card may not be played for its event, and the reason says so", () => {
    const s = withTurn(begun(), 'us', [chinaCard.id]);
    const r = whyNot(s, 'us', { kind: 'event', card: chinaCard.id });
    expect(r?.code).toBe('rivalEvent');
    expect(r?.message).toContain('ops');
  });

  it('a rival’s one-time event that has happened is not promised: for ops it fires nothing, and every message says so', () => {
    const s = tweak(withTurn(begun(), 'us', ['c-crimea-recognised']), (d) => { d.flags.crimeaRecognised = true; });
    expect(whyNot(s, 'us', { kind: 'event', card: 'c-crimea-recognised' })?.message).toContain('its event would not fire now: it has already happened');
    expect(rivalEventFires(s, 'c-crimea-recognised', 'us')).toBe(false);
    expect(rivalEventFires(begun(), 'c-crimea-recognised', 'us')).toBe(true);
    expect(rivalEventFires(begun(), 'c-crimea-recognised', 'russia')).toBe(false);
    const after = act(s, 'us', { kind: 'ops', card: 'c-crimea-recognised', op: { kind: 'pressure', target: 'china' } });
    expect(after.log.some((e) => e.text.includes('fires for Russia'))).toBe(false);
  });

  it('the US cannot propose cooperation; China can', () => {
    const us = withTurn(begun(), 'us', [bigNeutral.id]);
    expect(whyNot(us, 'us', { kind: 'ops', card: bigNeutral.id, op: { kind: 'propose', domain: 'economic' } })?.code).toBe('notYourOp');
    const cn = withTurn(begun(), 'china', [bigNeutral.id]);
    expect(whyNot(cn, 'china', { kind: 'ops', card: bigNeutral.id, op: { kind: 'propose', domain: 'economic' } })).toBeNull();
  });

  it('accommodation needs a 3-ops card and the focus elsewhere (P5, P16)', () => {
    const s = withTurn(begun(), 'us', [oneOps.id, bigNeutral.id]);
    expect(whyNot(s, 'us', { kind: 'ops', card: oneOps.id, op: { kind: 'accommodate', target: 'russia' } })?.code).toBe('opsTooLow');
    // 2019: the Eye of Sauron is on China.
    expect(whyNot(s, 'us', { kind: 'ops', card: bigNeutral.id, op: { kind: 'accommodate', target: 'china' } })?.code).toBe('focused');
    expect(whyNot(s, 'us', { kind: 'ops', card: bigNeutral.id, op: { kind: 'accommodate', target: 'russia' } })).toBeNull();
  });

  it('the treaty needs Political and Military 7+ and a De facto alliance', () => {
    let s = withTurn(begun(), 'china', [bigNeutral.id]);
    const treaty = { kind: 'ops', card: bigNeutral.id, op: { kind: 'treaty' } } as const;
    expect(whyNot(s, 'china', treaty)?.code).toBe('notReady');
    s = tweak(s, (d) => { d.tracks = { economic: 6, technological: 3, political: 7, military: 7 }; });
    expect(whyNot(s, 'china', treaty)).toBeNull();
  });

  it('the US may not place influence in a sphere it accepted by accommodation', () => {
    const s = tweak(withTurn(begun(), 'us', [bigNeutral.id]), (d) => { d.accommodated.russia = true; });
    expect(whyNot(s, 'us', { kind: 'ops', card: bigNeutral.id, op: { kind: 'influence', region: 'crimea' } })?.code).toBe('sphereClosed');
    expect(whyNot(s, 'us', { kind: 'ops', card: bigNeutral.id, op: { kind: 'influence', region: 'baltic' } })).toBeNull();
  });

  it('a two-front split must be a whole number within the pool', () => {
    const s = tweak(begun(), (d) => { d.step = { kind: 'split' }; d.usPool = 6; });
    expect(whyNot(s, 'us', { kind: 'split', pacific: 7 })?.code).toBe('badSplit');
    expect(whyNot(s, 'us', { kind: 'split', pacific: 2.5 })?.code).toBe('badSplit');
    expect(whyNot(s, 'us', { kind: 'split', pacific: 6 })).toBeNull();
  });
});

describe('legalActions agrees with whyNot', () => {
  it('every listed action is legal, and the respond step offers exactly accept and decline', () => {
    const s = begun();
    for (const a of legalActions(s, 'us')) expect(whyNot(s, 'us', a)).toBeNull();
    expect(legalActions(s, 'china')).toEqual([]);
    const r = tweak(s, (d) => {
      d.step = { kind: 'respond', turn: 1, proposal: { kind: 'step', domain: 'economic', from: 'china', to: 'russia', ops: 2 } };
    });
    expect(legalActions(r, 'russia')).toEqual([{ kind: 'respond', accept: true }, { kind: 'respond', accept: false }]);
  });
});

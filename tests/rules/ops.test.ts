import { describe, expect, it } from 'vitest';
import { legalActions } from '../../game/rules/actions';
import { ACCOMMODATION_CUT, ACCOMMODATION_PRESTIGE } from '../../game/rules/ops';
import { rungNewsAt } from '../../game/rules/derived';
import { acceptingPays } from '../../game/rules/proposals';
import { DEFAULT_TUNING, tuned, withTuning } from '../../game/rules/tuning';
import type { MatchState } from '../../game/state';
import { POWER_NAMES } from '../../game/types';
import { findCard } from '../helpers/cards';
import { act, begun, tweak, withTurn } from '../helpers/state';

const big = findCard((c) => c.affinity === 'neutral' && c.ops >= 3, 'neutral 3+ ops card');
const small = findCard((c) => c.affinity === 'neutral' && c.ops <= 2, 'neutral 1–2 ops card');
const rivalForUs = findCard((c) => c.affinity === 'china' && c.effects.some((e) => e.kind === 'prestige'), 'China card with prestige');

describe('proposals: the partner answers in a response step (docs/design.md §4)', () => {
  it('China proposes; the match waits for Russia; accepting raises the track and pays no prestige of its own (docs/design.md §8)', () => {
    let s = withTurn(begun(), 'china', [small.id]);
    s = act(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'political' } });
    expect(s.step).toMatchObject({ kind: 'respond', proposal: { from: 'china', to: 'russia' } });
    const before = s.tracks.political;
    const proposed = s;
    s = act(s, 'russia', { kind: 'respond', accept: true });
    expect(s.tracks.political).toBeGreaterThan(before);
    expect(s.prestige.china).toBe(0);
    expect(s.prestige.russia).toBe(0);
    expect(s.step).toMatchObject({ kind: 'play', power: 'russia' });
    // With a step worth prestige (the table's lever), a threatened proposer scores it (2019: China is threatened).
    expect(withTuning(tuned({ cooperationPrestige: 1 }), () => act(proposed, 'russia', { kind: 'respond', accept: true })).prestige.china).toBe(1);
  });

  it('the accepted step says the track’s numbers, and the rung of the ladder it reaches', () => {
    const reach = (tracks: MatchState['tracks']) => {
      let s = withTurn(tweak(begun(), (d) => { d.tracks = tracks; }), 'china', [small.id]);
      s = act(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'technological' } });
      return act(s, 'russia', { kind: 'respond', accept: true }).log.find((e) => /^Russia accepts:/.test(e.text))?.text ?? '';
    };
    // Total 21, Technological 2: one step reaches 22 with every track 3+.
    expect(reach({ economic: 7, technological: 2, political: 6, military: 6 })).toMatch(/^Russia accepts: Technological cooperation \+\d \(2→\d\)\. Moscow and Beijing reach a De facto alliance: .*fight crises together\.$/);
    expect(reach({ economic: 3, technological: 1, political: 3, military: 3 })).toMatch(/^Russia accepts: Technological cooperation \+\d \(1→\d\)\.$/);
    // Where the news starts, for the screen to set it apart; none in a line without it.
    const line = reach({ economic: 7, technological: 2, political: 6, military: 6 });
    expect(line.slice(rungNewsAt(line))).toMatch(/^Moscow and Beijing reach a De facto alliance/);
    expect(rungNewsAt(reach({ economic: 3, technological: 1, political: 3, military: 3 }))).toBe(-1);
  });

  it('a rung reached or lost another way than by a step (a card’s event, the wedge) is said in the line that caused it', () => {
    // A partner's card whose event raises Technological cooperation, whatever holds.
    const raiser = findCard((c) => c.affinity !== 'us' && !c.requires && c.effects.some((e) => e.kind === 'track' && e.domain === 'technological' && e.delta > 0), 'a partner card raising Technological');
    const owner = raiser.affinity === 'neutral' ? 'china' : raiser.affinity;
    let s = withTurn(tweak(begun(), (d) => { d.tracks = { economic: 7, technological: 2, political: 7, military: 6 }; }), owner, [raiser.id]);
    s = act(s, owner, { kind: 'event', card: raiser.id });
    expect(s.log.find((e) => e.text.includes(raiser.title))?.text).toMatch(/Result: .*Technological coop 2→\d.*\. Moscow and Beijing reach a De facto alliance: .*fight crises together\.$/);
    // Not driven together, the US's wedge cuts the highest track, and the pair falls back a rung.
    let w = withTurn(tweak(begun(), (d) => { d.tracks = { economic: 7, technological: 3, political: 6, military: 6 }; d.hostility = { china: 1, russia: 1 }; d.focus = null; }), 'us', [small.id]);
    w = act(w, 'us', { kind: 'ops', card: small.id, op: { kind: 'wedge' } });
    expect(w.log.find((e) => e.text.startsWith('The US fosters distrust'))?.text).toMatch(/Russia's Dependency \+1\. Moscow and Beijing fall back to a Quasi-alliance\.$/);
  });

  it('an unthreatened China scores nothing for a step, and pays for joining one: Beijing’s caution (P4)', () => {
    let s = withTurn(tweak(begun(), (d) => { d.hostility = { china: 0, russia: 4 }; d.focus = null; }), 'china', [small.id]);
    s = act(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'political' } });
    const after = withTuning(tuned({ cooperationPrestige: 1 }), () => act(s, 'russia', { kind: 'respond', accept: true }));
    expect(after.prestige.china).toBe(-DEFAULT_TUNING.chinaCaution);
    expect(after.log.some((e) => e.cite === 'P4' && /combative Russia/.test(e.text))).toBe(DEFAULT_TUNING.chinaCaution > 0);
  });

  it.each([
    ['china', 'russia', 'pacific'],
    ['russia', 'china', 'europe'],
  ] as const)('joint exercises proposed by %s and accepted raise tension in its own theater (P12)', (from, to, theater) => {
    let s = withTurn(tweak(begun(), (d) => { d.theaterTension = { pacific: 0, europe: 0 }; }), from, [small.id]);
    s = act(s, from, { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'military' } });
    s = act(s, to, { kind: 'respond', accept: true });
    expect(s.theaterTension[theater]).toBe(1);
    expect(s.theaterTension[theater === 'pacific' ? 'europe' : 'pacific']).toBe(0);
  });

  it('declining changes nothing but the card is spent', () => {
    let s = withTurn(begun(), 'china', [small.id]);
    const tracks = { ...s.tracks };
    s = act(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'economic' } });
    s = act(s, 'russia', { kind: 'respond', accept: false });
    expect(s.tracks).toEqual(tracks);
    expect(s.hands.china).not.toContain(small.id);
    expect(s.discard).toContain(small.id);
  });

  it('economic cooperation deepens Russia’s Dependency (P14)', () => {
    let s = withTurn(begun(), 'russia', [small.id]);
    const dep = s.dependency;
    s = act(s, 'russia', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'economic' } });
    s = act(s, 'china', { kind: 'respond', accept: true });
    expect(s.dependency).toBe(dep + 1);
  });

  it('the proposal panel says what accepting pays, as the rules then pay it', () => {
    type Case = [string, Parameters<typeof act>[2], (d: MatchState) => void];
    const cases: Case[] = [
      ['a step', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'economic' } }, () => {}],
      // A step of +2 from a big card stops at the track's maximum: the panel says +1.
      ['a step to the maximum', { kind: 'ops', card: big.id, op: { kind: 'propose', domain: 'economic' } }, (d) => { d.tracks.economic = 9; }],
      ['the bargain', { kind: 'ops', card: small.id, op: { kind: 'bargain' } }, (d) => { d.tracks.political = 5; }],
      ['the treaty', { kind: 'ops', card: big.id, op: { kind: 'treaty' } }, (d) => { d.tracks = { economic: 6, technological: 3, political: 7, military: 7 }; }],
    ];
    for (const [name, proposal, setup] of cases) {
      let s = tweak(withTurn(begun(), 'china', [small.id, big.id]), setup);
      s = act(s, 'china', proposal);
      if (s.step.kind !== 'respond') throw new Error(`${name}: no response step`);
      const said = acceptingPays(s, s.step.proposal);
      const before = structuredClone({ prestige: s.prestige, tracks: s.tracks, dependency: s.dependency });
      s = act(s, 'russia', { kind: 'respond', accept: true });
      for (const p of ['china', 'russia'] as const) {
        const gained = s.prestige[p] - before.prestige[p];
        const who = POWER_NAMES[p];
        if (gained > 0) expect(said, name).toMatch(new RegExp(`${who}( and \\w+)? \\+${gained} prestige`));
        else expect(said, name).not.toMatch(new RegExp(`${who} \\+\\d+ prestige`));
      }
      const pol = s.tracks.political - before.tracks.political;
      if (pol > 0) expect(said, name).toContain(`Political cooperation +${pol}`);
      const eco = s.tracks.economic - before.tracks.economic;
      if (eco > 0) expect(said, name).toContain(`Economic cooperation +${eco}`);
      if (s.dependency > before.dependency) expect(said, name).toContain("Russia's Dependency +1");
    }
  });

  it('the signed treaty makes a De jure alliance', () => {
    let s = tweak(withTurn(begun(), 'russia', [big.id]), (d) => {
      d.tracks = { economic: 6, technological: 3, political: 7, military: 7 };
    });
    s = act(s, 'russia', { kind: 'ops', card: big.id, op: { kind: 'treaty' } });
    s = act(s, 'china', { kind: 'respond', accept: true });
    expect(s.treaty).toBe(true);
  });
});

describe('US tools', () => {
  it('pressure on the focused power raises hostility twice as fast (the Eye of Sauron, P5); either costs the target 1 prestige', () => {
    const s0 = tweak(withTurn(begun(), 'us', [small.id]), (d) => { d.hostility = { china: 1, russia: 1 }; d.focus = 'china'; });
    const onChina = act(s0, 'us', { kind: 'ops', card: small.id, op: { kind: 'pressure', target: 'china' } });
    const onRussia = act(s0, 'us', { kind: 'ops', card: small.id, op: { kind: 'pressure', target: 'russia' } });
    expect(onChina.hostility.china - 1).toBe(2);
    expect(onRussia.hostility.russia - 1).toBe(1);
    expect(onChina.prestige.china - s0.prestige.china).toBe(-1);
    expect(onRussia.prestige.russia - s0.prestige.russia).toBe(-1);
  });

  it('wedge fails while the pair is driven together and Russia is content (P16)', () => {
    const s0 = tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.hostility = { china: 4, russia: 4 }; d.dependency = 2; d.standing = 6; });
    const s = act(s0, 'us', { kind: 'ops', card: big.id, op: { kind: 'wedge' } });
    expect(s.tracks).toEqual(s0.tracks);
    expect(s.log.slice(s0.log.length).some((l) => /shrug/.test(l.text))).toBe(true);
  });

  it('wedge works on a resentful Russia: the highest track falls and Dependency rises', () => {
    const s0 = tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.hostility = { china: 4, russia: 4 }; d.dependency = 7; d.standing = 4; });
    const s = act(s0, 'us', { kind: 'ops', card: big.id, op: { kind: 'wedge' } });
    const sum = (t: typeof s.tracks) => t.economic + t.technological + t.political + t.military;
    expect(sum(s.tracks)).toBe(sum(s0.tracks) - 2);
    expect(s.dependency).toBe(8);
  });

  it('durable accommodation cuts hostility and gives up the sphere, its flashpoint aside (P16)', () => {
    const s0 = tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.hostility.russia = 4; d.focus = 'china'; d.influence.ukraine.us = 3; d.influence.crimea.us = 2; });
    const s = act(s0, 'us', { kind: 'ops', card: big.id, op: { kind: 'accommodate', target: 'russia' } });
    expect(s.hostility.russia).toBe(4 - ACCOMMODATION_CUT);
    expect(s.accommodated.russia).toBe(true);
    // The Black Sea and the Caucasus are conceded for good; Ukraine, the flashpoint, stays contested.
    expect(s.influence.crimea.us).toBe(0);
    expect(s.influence.caucasus.us).toBe(0);
    expect(s.influence.ukraine.us).toBe(3);
    expect(s.prestigeBySource.us.accommodation ?? 0).toBe(ACCOMMODATION_PRESTIGE);
    const placeable = legalActions(withTurn(s, 'us', [small.id]), 'us').flatMap((a) => (a.kind === 'ops' && a.op.kind === 'influence' ? [a.op.region] : []));
    expect(placeable).toContain('ukraine');
    expect(placeable).not.toContain('crimea');
  });

  it('export controls stall China’s research but speed joint tech projects (P9)', () => {
    let s = withTurn(begun(), 'us', [small.id]);
    s = act(s, 'us', { kind: 'ops', card: small.id, op: { kind: 'exportControls' } });
    expect(s.exportControls).toBe(2);
    const tech = s.chinaTech;
    s = withTurn(s, 'china', [small.id]);
    s = act(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'research' } });
    expect(s.chinaTech).toBe(tech + (small.ops >= 3 ? 1 : 0));
  });

  it("playing a rival's card for ops fires the rival's event for the rival", () => {
    let s = withTurn(begun(), 'us', [rivalForUs.id]);
    const before = s.prestigeBySource.china.events ?? 0;
    s = act(s, 'us', { kind: 'ops', card: rivalForUs.id, op: { kind: 'influence', region: 'baltic' } });
    expect(s.log.some((l) => l.text.includes(`"${rivalForUs.title}" fires for China`))).toBe(true);
    expect(s.prestigeBySource.china.events ?? 0).not.toBe(before);
  });
});

describe('influence', () => {
  it('placing influence at a flashpoint raises that theater’s tension', () => {
    let s = withTurn(begun(), 'china', [small.id]);
    const t = s.theaterTension.pacific;
    s = act(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'influence', region: 'taiwan' } });
    expect(s.influence.taiwan.china).toBe(2 + small.ops);
    expect(s.theaterTension.pacific).toBe(t + 1);
  });
});

describe('rally (P13)', () => {
  it('names the regions it reinforces and any it wins', () => {
    const two = findCard((c) => c.ops === 2 && c.affinity === 'us', 'US 2-ops card');
    const s = withTurn(begun(), 'us', [two.id]);
    const after = act(s, 'us', { kind: 'ops', card: two.id, op: { kind: 'rally', theater: 'pacific' } });
    const line = after.log.find((e) => e.text.startsWith('The US rallies its allies'))?.text ?? '';
    expect(line).toMatch(/^The US rallies its allies in the Pacific: \+1 influence in 2 regions \([^)]+, [^)]+\)\./);
    const named = line.match(/\(([^)]+)\)/)?.[1]?.split(', ') ?? [];
    const raised = Object.entries(after.influence).filter(([r, row]) => row.us === s.influence[r as keyof typeof s.influence].us + 1).map(([r]) => r);
    expect(named.length).toBe(raised.length);
  });
});

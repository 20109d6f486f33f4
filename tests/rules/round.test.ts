import { roundSummary } from '../../client/play/accounting';
import { describe, expect, it } from 'vitest';
import { decideOutcome } from '../../game/rules/outcome';
import { ALLIANCE_PRESTIGE, CRISIS_LOSS_PRESTIGE, CRISIS_WIN_PRESTIGE, crisesAhead, turnOrder } from '../../game/rules/round';
import { DEFAULT_TUNING, tuned, withTuning } from '../../game/rules/tuning';
import { incomePerRound } from '../../game/bots/evaluate';
import { CRISIS_THRESHOLD } from '../../game/rules/tension';
import type { MatchState } from '../../game/state';
import type { Power } from '../../game/types';
import { rngFrom } from '../../game/bots/normal';
import { prng } from '../../game/sim/prng';
import { findCard } from '../helpers/cards';
import { act, begun, tweak } from '../helpers/state';

const filler = findCard((c) => c.affinity === 'neutral' && c.ops <= 2, 'neutral 1–2 ops card');

/** The last power to act in the state's round (Russia in odd rounds, China in even ones). */
const lastPower = (s: MatchState) => turnOrder(s.round)[2] as 'china' | 'russia';
/** The last action turn of a round: its last power, turn 3, holding one harmless card. */
function lastTurn(s: MatchState): MatchState {
  return tweak(s, (d) => {
    d.step = { kind: 'play', power: lastPower(s), turn: 3 };
    d.hands[lastPower(s)] = [filler.id];
  });
}
const endRound = (s: MatchState) =>
  act(lastTurn(s), lastPower(s), { kind: 'ops', card: filler.id, op: { kind: 'influence', region: lastPower(s) === 'russia' ? 'caucasus' : 'senkaku' } });

/** `p` plays its first card for ops: influence in a region where nothing is at stake. */
const placeInfluence = (s: MatchState, p: Power) =>
  act(s, p, { kind: 'ops', card: s.hands[p][0] as (typeof s.hands.us)[number], op: { kind: 'influence', region: p === 'us' ? 'baltic' : p === 'china' ? 'malacca' : 'caucasus' } });

/** A Pacific crisis at the end of round 1, pushed by `trigger`, that the US's pool of 9 wins. */
const pacificCrisis = (trigger: Power | null) => tweak(begun(), (d) => {
  d.theaterTension = { pacific: CRISIS_THRESHOLD, europe: 0 };
  d.crisisTrigger.pacific = trigger;
  d.usPool = 9;
  d.globalTension = 2;
});

describe('turn order: three turns each, the US first, the partners alternating who acts last', () => {
  it('after the US comes China, after Russia the US again on the next turn', () => {
    let s = begun();
    const play = (p: Power) => { s = placeInfluence(s, p); };
    play('us');
    expect(s.step).toEqual({ kind: 'play', power: 'china', turn: 1 });
    play('china');
    play('russia');
    expect(s.step).toEqual({ kind: 'play', power: 'us', turn: 2 });
  });

  it('in even rounds Russia moves before China, so the partners take turns to act last', () => {
    let s = tweak(begun(), (d) => { d.round = 2; });
    const play = (p: Power) => { s = placeInfluence(s, p); };
    play('us');
    expect(s.step).toEqual({ kind: 'play', power: 'russia', turn: 1 });
    play('russia');
    expect(s.step).toEqual({ kind: 'play', power: 'china', turn: 1 });
    play('china');
    expect(s.step).toEqual({ kind: 'play', power: 'us', turn: 2 });
  });
});

describe('crises (docs/design.md §4, step 3)', () => {
  it('a single Pacific crisis: the US brings its whole pool; the winner gains prestige and global tension rises', () => {
    const s = endRound(pacificCrisis('china'));
    expect(s.crises).toHaveLength(1);
    expect(s.crises[0]).toMatchObject({ theater: 'pacific', startedBy: 'china', winner: 'us', twoFront: false });
    // Its line says what it did to global tension, and who is charged with it.
    expect(s.log.some((e) => /^Pacific crisis at Taiwan Strait: United States prevails \d+ to \d+; global tension 2→3, charged to China\.$/.test(e.text))).toBe(true);
    expect(s.crisesStarted.china).toBe(1);
    expect(s.prestigeBySource.us.crises).toBe(CRISIS_WIN_PRESTIGE);
    expect(s.theaterTension.pacific).toBeLessThan(CRISIS_THRESHOLD);
    expect(s.round).toBe(2);
  });

  it('a partner that pushed the other’s theater into a crisis the US wins pays for it, not the partner who fought (P10)', () => {
    const s0 = pacificCrisis('russia');
    const s = endRound(s0);
    expect(s.crises[0]).toMatchObject({ theater: 'pacific', startedBy: 'russia', winner: 'us' });
    expect(s.prestigeBySource.russia.crises).toBe(-CRISIS_LOSS_PRESTIGE);
    expect(s.prestigeBySource.china.crises).toBeUndefined();
    // Started by China itself, or by nobody, China answers for its own loss.
    for (const by of ['china', null] as const) {
      const own = endRound(pacificCrisis(by));
      expect(own.prestigeBySource.china.crises).toBe(-CRISIS_LOSS_PRESTIGE);
      expect(own.prestigeBySource.russia.crises).toBeUndefined();
    }
  });

  it('from De facto up, the partner’s forces join the crisis', () => {
    const setup = (defacto: boolean) => tweak(begun(), (d) => {
      d.theaterTension = { pacific: 0, europe: CRISIS_THRESHOLD };
      d.usPool = 6;
      d.influence.ukraine = { us: 2, china: 0, russia: 2 };
      d.forces.russia.europe = 5;
      d.forces.china.europe = 3;
      d.tracks = defacto ? { economic: 7, technological: 4, political: 6, military: 6 } : { economic: 4, technological: 2, political: 4, military: 3 };
    });
    expect(endRound(setup(false)).crises[0]?.winner).toBe('us'); // 8 vs 7
    expect(endRound(setup(true)).crises[0]?.winner).toBe('russia'); // 8 vs 10
  });

  it('a crisis wears the US pool by the tuned amount, won or lost (2 as the game plays)', () => {
    const s = tweak(begun(), (d) => {
      d.theaterTension = { pacific: 0, europe: CRISIS_THRESHOLD };
      d.usPool = 6;
    });
    expect(endRound(s).usPool).toBe(4);
    expect(withTuning(tuned({ usCrisisWear: 1 }), () => endRound(s)).usPool).toBe(5);
  });

  it('a crisis wears the challenger in its theater by the tuned amount (1 as the game plays)', () => {
    const s = tweak(begun(), (d) => {
      d.theaterTension = { pacific: 0, europe: CRISIS_THRESHOLD };
      d.forces.russia.europe = 3;
    });
    expect(endRound(s).forces.russia.europe).toBe(2);
    expect(withTuning(tuned({ challengerCrisisWear: 2 }), () => endRound(s)).forces.russia.europe).toBe(1);
  });

  it('the crisis a player sees coming is the one fought if nothing changes: the same sides, strengths and charge', () => {
    for (const defacto of [false, true]) {
      const s = tweak(begun(), (d) => {
        d.theaterTension = { pacific: 0, europe: CRISIS_THRESHOLD };
        d.crisisTrigger.europe = 'russia';
        d.usPool = 6;
        d.influence.ukraine = { us: 2, china: 0, russia: 2 };
        d.forces.russia.europe = 5;
        d.forces.china.europe = 3;
        d.tracks = defacto ? { economic: 7, technological: 4, political: 6, military: 6 } : { economic: 4, technological: 2, political: 4, military: 3 };
      });
      const [ahead] = crisesAhead(s);
      const fought = endRound(s).crises[0];
      const total = (x: { forces: number; influence: number; support: number } | undefined) => (x ? x.forces + x.influence + x.support : NaN);
      expect(ahead).toMatchObject({ theater: 'europe', challenger: 'russia', startedBy: 'russia', twoFront: false });
      expect([ahead?.us, ahead?.challengerStrength]).toEqual([total(fought?.strength?.us), total(fought?.strength?.challenger)]);
    }
    expect(crisesAhead(pacificCrisis(null)).map((c) => c.theater)).toEqual(['pacific']);
    expect(crisesAhead(begun())).toEqual([]);
    const both = tweak(begun(), (d) => { d.theaterTension = { pacific: CRISIS_THRESHOLD, europe: CRISIS_THRESHOLD }; });
    expect(crisesAhead(both).map((c) => c.twoFront)).toEqual([true, true]);
  });

  it('global tension as the crises ahead foresee it is where the round’s end leaves it: one short of the Brink unless someone started the crisis', () => {
    for (const [g, by] of [[3, null], [4, null], [4, 'china'], [2, 'us']] as const) {
      const s = tweak(pacificCrisis(by), (d) => { d.globalTension = g; });
      const [ahead] = crisesAhead(s);
      const after = endRound(s);
      expect(ahead?.tension).toEqual([g, by ? Math.min(5, g + 1) : Math.min(4, g + 1)]);
      // The round's end lowers no global tension after a crisis, so the meter shows the forecast.
      expect(after.globalTension).toBe(ahead?.tension[1]);
      if (ahead?.tension[1] === 5) expect(after.outcome?.winner).not.toBe(by);
    }
    const both = tweak(begun(), (d) => {
      d.theaterTension = { pacific: CRISIS_THRESHOLD, europe: CRISIS_THRESHOLD };
      d.crisisTrigger = { pacific: null, europe: 'russia' };
      d.globalTension = 3;
    });
    expect(crisesAhead(both).map((c) => c.tension)).toEqual([[3, 4], [4, 5]]);
  });

  it('crises in both theaters wait for the US to split its pool (the two-front problem, P13)', () => {
    const s0 = tweak(begun(), (d) => {
      d.theaterTension = { pacific: CRISIS_THRESHOLD, europe: CRISIS_THRESHOLD };
      d.usPool = 8;
      d.globalTension = 1;
    });
    let s = endRound(s0);
    expect(s.step).toEqual({ kind: 'split' });
    s = act(s, 'us', { kind: 'split', pacific: 8 });
    expect(s.crises.map((c) => [c.theater, c.twoFront])).toEqual([['pacific', true], ['europe', true]]);
    // With nothing left for Europe, Russia prevails there.
    expect(s.crises[1]?.winner).toBe('russia');
    expect(s.round).toBe(2);
  });
});

describe('the Brink: the power that pushes global tension to 5 loses at once', () => {
  it('a crisis started by China at global tension 4 ends the game with China the loser', () => {
    const s = endRound(tweak(begun(), (d) => {
      d.theaterTension = { pacific: CRISIS_THRESHOLD, europe: 0 };
      d.crisisTrigger.pacific = 'china';
      d.globalTension = 4;
    }));
    expect(s.outcome).toMatchObject({ kind: 'brink', loser: 'china' });
    expect(s.step).toEqual({ kind: 'over' });
  });

  it('a crisis nobody started stops one short of the Brink', () => {
    const s = endRound(tweak(begun(), (d) => {
      d.theaterTension = { pacific: CRISIS_THRESHOLD, europe: 0 };
      d.crisisTrigger.pacific = null;
      d.globalTension = 4;
    }));
    expect(s.outcome).toBeNull();
    expect(s.globalTension).toBe(4);
  });
});

describe('upkeep (docs/design.md §4, step 4)', () => {
  it('driven together, no track rises by itself: the partners must choose it (P9, P16)', () => {
    const s0 = tweak(begun(), (d) => { d.hostility = { china: 3, russia: 3 }; d.focus = null; d.tracks.technological = 1; });
    expect(endRound(s0).tracks.technological).toBe(1);
  });

  it('each partner that feels no US threat lets the highest track slip; a threatened one does not (P4, P16)', () => {
    const decay = DEFAULT_TUNING.calmDecay;
    expect(decay).toBeGreaterThan(0);
    const at = (hostility: { china: number; russia: number }) => endRound(tweak(begun(), (d) => {
      d.hostility = hostility;
      d.focus = null;
      d.tracks = { economic: 9, technological: 1, political: 1, military: 1 };
    })).tracks.economic;
    expect(at({ china: 3, russia: 3 })).toBe(9);
    expect(at({ china: 3, russia: 1 })).toBe(9 - decay);
    expect(at({ china: 1, russia: 1 })).toBe(9 - 2 * decay);
  });

  it('a threat fades unless renewed: US hostility eases at the round’s end (P16)', () => {
    const s = endRound(tweak(begun(), (d) => { d.hostility = { china: 4, russia: 3 }; }));
    expect(s.history[0]?.hostility).toEqual({ china: 4 - DEFAULT_TUNING.hostilityEase, russia: 3 - DEFAULT_TUNING.hostilityEase });
  });

  it('the round’s end says in one line what eased or rose, with the numbers, and the round summary lists it', () => {
    const s0 = tweak(begun(), (d) => {
      d.hostility = { china: 4, russia: 3 };
      d.globalTension = 3;
      d.theaterTension = { pacific: 2, europe: 0 };
      d.exportControls = 2;
    });
    const s = endRound(s0);
    const line = s.log.find((e) => e.upkeep && e.text.startsWith('As the round ends: '));
    expect(line?.text).toContain('US hostility eases unless renewed (toward China 4→3, toward Russia 3→2)');
    expect(line?.text).toMatch(/Pacific tension 2→(1 \(calm returns\)|3 \(Taiwan Strait is contested\))/);
    // Europe: at 0 calm cannot lower it (nothing to say); a contested Ukraine raises it.
    const europeUp = s.theaterTension.europe > 0;
    if (europeUp) expect(line?.text).toContain('Europe tension 0→1 (Ukraine is contested)');
    else expect(line?.text).not.toContain('Europe tension');
    expect(line?.text).toContain('global tension 3→2 (no crisis this round)');
    expect(line?.text).toContain('export controls: 1 more round');
    expect(line?.round).toBe(1);
    // The round summary's "At the round's end" carries it, with the other upkeep lines.
    expect(roundSummary(1, s.log, [], s).end).toContain(line?.text);
  });

  it('a resentful Russia lets its highest track decay and forgoes its Standing prestige (P14)', () => {
    // Both threatened, so only resentment moves the tracks.
    const s0 = tweak(begun(), (d) => { d.hostility = { china: 3, russia: 3 }; d.dependency = 8; d.standing = 3; d.tracks.economic = 9; });
    const s = endRound(s0);
    expect(s.tracks.economic).toBe(8);
    expect(s.prestigeBySource.russia.standing).toBeUndefined();
    // Asymmetry is not subordination (P14): China scores nothing from a resentful Russia.
    expect(s.prestigeBySource.china.leverage).toBeUndefined();
    // The table can still pay it, to test the lever.
    expect(withTuning(tuned({ leveragePrestige: 2 }), () => endRound(s0)).prestigeBySource.china.leverage).toBe(2);
  });

  it.each([
    ['without a treaty, not hostile to both', false, { china: 1, russia: 1 }, 1],
    ['without a treaty, hostile to both', false, { china: 3, russia: 3 }, 1],
    ['with the treaty signed', true, { china: 1, russia: 1 }, undefined],
  ] as const)('the US scores 1 a round without a treaty, whatever its hostility: %s (P12)', (_name, treaty, hostility, want) => {
    const s = endRound(tweak(begun(), (d) => {
      d.treaty = treaty;
      d.hostility = { ...hostility };
      d.tracks = { economic: 7, technological: 4, political: 7, military: 7 };
    }));
    expect(s.prestigeBySource.us.alignment).toBe(want);
  });

  it('the tuning table can pay "no treaty" only from a rung up (noTreatyFrom), and the bots count what the rules pay', () => {
    const at = (tracks: MatchState['tracks']) => tweak(begun(), (d) => {
      d.treaty = false;
      d.hostility = { china: 3, russia: 3 };
      d.tracks = tracks;
    });
    const partnership = at({ economic: 1, technological: 1, political: 2, military: 1 });
    const quasi = at({ economic: 5, technological: 3, political: 4, military: 4 });
    const fromQuasi = tuned({ noTreatyFrom: 1 });
    expect(endRound(partnership).prestigeBySource.us.alignment).toBe(1);
    expect(withTuning(fromQuasi, () => endRound(partnership)).prestigeBySource.us.alignment).toBeUndefined();
    expect(withTuning(fromQuasi, () => endRound(quasi)).prestigeBySource.us.alignment).toBe(1);
    // The bots' income: one point less at a Strategic Partnership with the table, the same at a Quasi-alliance.
    expect(incomePerRound(partnership, 'us') - withTuning(fromQuasi, () => incomePerRound(partnership, 'us'))).toBe(1);
    expect(withTuning(fromQuasi, () => incomePerRound(quasi, 'us'))).toBe(incomePerRound(quasi, 'us'));
  });

  it.each([
    ['a Quasi-alliance', [5, 3, 4, 4], false, undefined],
    ['a De facto alliance', [7, 4, 7, 7], false, ALLIANCE_PRESTIGE],
    ['a De jure alliance', [7, 4, 7, 7], true, ALLIANCE_PRESTIGE],
  ] as const)('each threatened partner scores at %s: nothing below De facto, 1 a round from it up, no more for the treaty (P5, P12)', (_name, [economic, technological, political, military], treaty, want) => {
    const s = endRound(tweak(begun(), (d) => {
      d.treaty = treaty;
      d.hostility = { china: 4, russia: 4 };
      d.tracks = { economic, technological, political, military };
    }));
    expect(s.prestigeBySource.china.alignment).toBe(want);
    expect(s.prestigeBySource.russia.alignment).toBe(want);
  });

  it('the alliance pays only the partner the US threatens; the other scores for manageable relations instead (P4, P5)', () => {
    const s0 = tweak(begun(), (d) => {
      d.hostility = { china: 4, russia: 1 };
      d.focus = null;
      d.tracks = { economic: 9, technological: 9, political: 9, military: 9 };
    });
    const from = (source: string) => endRound(s0).log.slice(s0.log.length).filter((e) => e.prestige?.source === source).map((e) => `${e.prestige?.power}: ${e.text}`);
    const lines = from('alignment');
    expect(lines.some((l) => l.startsWith('china:') && /against the US threat/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('russia:') && /against the US threat/.test(l))).toBe(false);
    // Calm with Washington is a source of its own, apart from the alliance's.
    const calm = from('calm');
    expect(calm.some((l) => l.startsWith('russia:') && /manageable/.test(l))).toBe(DEFAULT_TUNING.calmPrestige > 0);
    expect(calm.some((l) => l.startsWith('china:'))).toBe(false);
    expect(lines.some((l) => /manageable/.test(l))).toBe(false);
  });

  it('global tension eases by 1 in a round without crisis, and hands refill to 5', () => {
    const s0 = tweak(begun(), (d) => { d.globalTension = 3; d.theaterTension = { pacific: 0, europe: 0 }; });
    const s = endRound(s0);
    // Recorded at the end of upkeep, before the next round's world event.
    expect(s.history[0]?.globalTension).toBe(2);
    expect(s.hands.us).toHaveLength(5);
    expect(s.history).toHaveLength(1);
    expect(s.currentEvent).not.toBeNull();
  });

  it('the game ends after the scenario’s last round with exactly one winner', () => {
    const s = endRound(tweak(begun(), (d) => { d.round = d.lastRound; d.prestige = { us: 3, china: 9, russia: 4 }; d.theaterTension = { pacific: 0, europe: 0 }; }));
    expect(s.outcome?.kind).toBe('victory');
    expect(s.outcome?.winner).toBe('china');
  });

  it('a tie goes to fewer crises started, then by the tie order drawn with the deal, whatever each holds', () => {
    const last = (order: readonly Power[], f: (d: MatchState) => void = () => {}) => decideOutcome(tweak(begun(), (d) => {
      d.prestige = { us: 3, china: 9, russia: 9 };
      d.tieOrder = order;
      f(d);
    }));
    // Level on prestige and crises: the drawn order decides, even though Russia holds more.
    const holds = (d: MatchState) => { d.influence.crimea.russia = 9; d.influence.caucasus.russia = 9; };
    expect(last(['us', 'china', 'russia'], holds)).toMatchObject({ kind: 'victory', winner: 'china', tieBreak: 'lot' });
    expect(last(['russia', 'us', 'china'], holds)).toMatchObject({ kind: 'victory', winner: 'russia', tieBreak: 'lot' });
    expect(last(['us', 'russia', 'china'])).toMatchObject({ winner: 'russia' });
    // Fewer crises started comes first.
    expect(last(['china', 'us', 'russia'], (d) => { d.crisesStarted.china = 1; })).toMatchObject({ kind: 'victory', winner: 'russia', tieBreak: 'crises' });
  });

  it('the tie order is drawn with the deal, logged, and every order is about as likely (no seat favoured)', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 600; i++) {
      const s = begun('2019', rngFrom(prng(`tie-${i}`)));
      expect([...s.tieOrder].sort()).toEqual(['china', 'russia', 'us']);
      expect(s.log.some((e) => e.text.startsWith('Drawn with the deal, the tie order: '))).toBe(true);
      seen.set(s.tieOrder.join(), (seen.get(s.tieOrder.join()) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    // 100 expected each; a fair draw falls outside 60-140 about once in 50,000 runs.
    for (const n of seen.values()) expect(n).toBeGreaterThan(60);
    for (const n of seen.values()) expect(n).toBeLessThan(140);
  });
});

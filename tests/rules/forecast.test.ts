/**
 * The forecast: what it calls certain is what playing the action does, over
 * random reachable states and every legal action; it sees only the seat's
 * view; and it says, in numbers, what a new player needs before clicking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { card } from '../../game/content';
import type { CardId } from '../../game/content/types';
import { cardsThatLose, describeForecast, forecast, forecastAll, sharedParts, sharedRoundEnd } from '../../game/forecast';
import { QUANTITIES, read, snapshot } from '../../game/forecast/quantities';
import type { Change, Forecast } from '../../game/forecast/types';
import type { Action } from '../../game/rules/actions';
import { actor, legalActions } from '../../game/rules/actions';
import { applyAction } from '../../game/rules/apply';
import { workingCopy } from '../../game/rules/copy';
import type { Rng } from '../../game/rules/rng';
import { moveAction, startMatch } from '../../game/sim/match';
import type { Prng } from '../../game/sim/prng';
import { prng } from '../../game/sim/prng';
import type { MatchState } from '../../game/state';
import type { Power } from '../../game/types';
import { SCENARIOS, seatOf } from '../../game/types';
import { viewFor } from '../../game/view';
import { findCard } from '../helpers/cards';
import { act, begun, tweak, withTurn } from '../helpers/state';

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** A real shuffle (Fisher–Yates on a seeded PRNG), as a match's random plugin would do. */
const shuffling = (r: Prng): Rng => ({
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  },
});

/** Play `action` for real, then each answer if it made a proposal: the states a player would see next. */
function playForReal(G: MatchState, power: Power, action: Action, r: Prng): { state: MatchState; answer: boolean | null }[] {
  const s = workingCopy(G);
  applyAction(s, power, action, shuffling(r));
  if (G.step.kind === 'play' && s.step.kind === 'respond') {
    const to = s.step.proposal.to;
    return [true, false].map((accept) => {
      const t = workingCopy(s);
      applyAction(t, to, { kind: 'respond', accept }, shuffling(r));
      return { state: t, answer: accept };
    });
  }
  return [{ state: s, answer: null }];
}

/** What the forecast claims about one real result. */
function checkAgainst(G: MatchState, f: Forecast, real: { state: MatchState; answer: boolean | null }): void {
  // A quantity may be said twice on a round's last play (the action's own prestige, then the round
  // end's): the two chain, and together they are the change.
  const byIndex = new Map<number, Change>();
  for (const c of f.changes) {
    const i = QUANTITIES.indexOf(c.quantity);
    const had = byIndex.get(i);
    if (had) {
      expect(c.before, 'a split change chains').toBe(had.after);
      expect(c.beforeIfDeclined, 'and chains on the declined answer').toBe(had.ifDeclined);
      expect([had.roundEnd, c.roundEnd], 'the action’s own part first').toEqual([undefined, true]);
    }
    // The parts' sources add up, for each answer (a part that names none for the declined answer names its accepted ones).
    const merge = (xs: readonly (readonly { source: string; delta: number }[] | undefined)[]) => {
      const merged = new Map<string, number>();
      for (const x of xs.flat()) if (x) merged.set(x.source, (merged.get(x.source) ?? 0) + x.delta);
      return [...merged].filter(([, d]) => d !== 0).map(([source, delta]) => ({ source: source as never, delta }));
    };
    // A part left to the draw names no sources: neither does the whole.
    const chance = c.certainty === 'chance';
    const whole = chance || !(had?.sources || c.sources) ? undefined : merge([had?.sources, c.sources]);
    const declinedParts = had?.sourcesIfDeclined || c.sourcesIfDeclined;
    const wholeIfDeclined = chance || !declinedParts ? undefined : merge([had?.sourcesIfDeclined ?? had?.sources, c.sourcesIfDeclined ?? c.sources]);
    byIndex.set(i, had ? { ...c, before: had.before, sources: whole, sourcesIfDeclined: wholeIfDeclined } : c);
  }
  QUANTITIES.forEach((q, i) => {
    const got = read(real.state, q);
    const c = byIndex.get(i);
    const what = `${JSON.stringify(f.action)} → ${JSON.stringify(q)}`;
    if (!c) {
      // Not listed: certain to stay as it was.
      expect(got, what).toBe(read(G, q));
      return;
    }
    expect(c.before, what).toBe(read(G, q));
    if (c.certainty === 'certain') expect(got, what).toBe(c.after);
    else if (c.certainty === 'answer') expect(got, what).toBe(real.answer === false ? c.ifDeclined : c.after);
    else expect(c.possible, what).toContain(got);
    // Where a prestige change comes from, as the rules book it, for the answer given.
    const sources = real.answer === false ? (c.sourcesIfDeclined ?? (c.certainty === 'certain' ? c.sources : undefined)) : c.sources;
    if (q.kind === 'prestige' && sources) {
      const was = G.prestigeBySource[q.power];
      const now = real.state.prestigeBySource[q.power];
      const booked = Object.keys({ ...was, ...now }).map((k) => ({ source: k, delta: (now[k as keyof typeof now] ?? 0) - (was[k as keyof typeof was] ?? 0) })).filter((x) => x.delta !== 0);
      expect([...sources].sort((a, b) => a.source.localeCompare(b.source)), what).toEqual(booked.sort((a, b) => a.source.localeCompare(b.source)));
      expect(sources.reduce((t, x) => t + x.delta, 0), what).toBe((got as number) - (c.before as number));
    }
  });
  for (const w of f.warnings) {
    if (w.kind === 'brink' && w.certainty === 'certain') expect(real.state.outcome).toMatchObject({ kind: 'brink', loser: w.loser });
  }
  if (f.ends?.certainty === 'certain') expect(real.state.outcome?.winner ?? null).toBe(f.ends.winner);
  if (!f.ends) expect(real.state.outcome).toBe(G.outcome);
  for (const c of f.crises) {
    if (c.certainty !== 'certain') continue;
    expect(real.state.crises.slice(G.crises.length)).toContainEqual(expect.objectContaining({ theater: c.theater, startedBy: c.startedBy, winner: c.winner }));
  }
}

describe('forecast: certain means certain', () => {
  it('reads every quantity the same way in one pass as one by one', () => {
    const s = begun();
    expect(snapshot(s)).toEqual(QUANTITIES.map((q) => read(s, q)));
  });

  it.each(SCENARIOS)('over random reachable states of %s and every legal action, from the seat’s own view', (scenario) => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), fc.integer({ min: 3, max: 9 }), (seed, every) => {
        const pick = prng(seed);
        const real = prng(`${seed}:real`);
        const { reducer } = startMatch(scenario, seed);
        let { state } = startMatch(scenario, seed);
        for (let n = 0; state.ctx.gameover === undefined && n < 300; n++) {
          const G = state.G;
          const power = actor(G) as Power;
          const view = viewFor(G, seatOf(power));
          const legal = legalActions(view, power);
          if (n % every === 0) {
            const forecasts = forecastAll(view, power, legal);
            forecasts.forEach((f, i) => {
              const action = legal[i] as Action;
              expect(f.illegal).toBeNull();
              for (const result of playForReal(G, power, action, real)) checkAgainst(G, f, result);
            });
          }
          state = reducer(state, moveAction(seatOf(power), pick.pick(legal)));
        }
      }),
      { numRuns: 3 },
    );
  });

  it('gives the same forecast from the full state as from the seat’s view, and changes neither', () => {
    const G = tweak(begun(), (d) => { d.step = { kind: 'play', power: 'russia', turn: 3 }; });
    const view = viewFor(G, seatOf('russia'));
    const before = JSON.stringify(G);
    const viewBefore = JSON.stringify(view);
    for (const a of legalActions(view, 'russia')) expect(forecast(G, 'russia', a)).toEqual(forecast(view, 'russia', a));
    expect(JSON.stringify(G)).toBe(before);
    expect(JSON.stringify(view)).toBe(viewBefore);
  });
});

const big = findCard((c) => c.affinity === 'neutral' && c.ops >= 3, 'neutral 3+ ops card');
const small = findCard((c) => c.affinity === 'neutral' && c.ops === 2, 'neutral 2-ops card');

describe('forecast: what a new player needs to know before clicking', () => {
  it('"Pressure China" on the focused China says hostility 3→5, China −1 prestige and Pacific tension +1', () => {
    const s = tweak(withTurn(begun(), 'us', [big.id]), (d) => {
      d.hostility = { china: 3, russia: 2 }; d.focus = 'china'; d.theaterTension.pacific = 2; d.prestige.china = 4;
    });
    const f = forecast(viewFor(s, '0'), 'us', { kind: 'ops', card: big.id, op: { kind: 'pressure', target: 'china' } });
    expect(f.changes.filter((c) => c.certainty === 'certain').map((c) => [c.quantity, c.before, c.after])).toEqual([
      [{ kind: 'hostility', partner: 'china' }, 3, 5],
      [{ kind: 'prestige', power: 'china' }, 4, 3],
      [{ kind: 'theaterTension', theater: 'pacific' }, 2, 3],
    ]);
    expect(describeForecast(f).short).toBe('US hostility to CN 3→5 · China −1 prestige · Pacific tension 2→3');
    expect(describeForecast(f).full).toContain('US hostility toward China 3 → 5');
    // The full text says where the prestige goes, as the log and the round summary will.
    expect(describeForecast(f).full).toContain('China −1 prestige (4 → 3: Pressure and sanctions −1)');
    // Below zero, with a true minus sign, as the status and the summary write it.
    const low = forecast(viewFor(tweak(s, (d) => { d.prestige.china = -1; }), '0'), 'us', { kind: 'ops', card: big.id, op: { kind: 'pressure', target: 'china' } });
    expect(describeForecast(low).full).toContain('China −1 prestige (−1 → −2: Pressure and sanctions −1)');
  });

  it('foster distrust while the pair is driven together warns that it cannot succeed, and changes nothing', () => {
    const s = tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.hostility = { china: 4, russia: 4 }; d.dependency = 2; d.standing = 6; });
    const f = forecast(s, 'us', { kind: 'ops', card: big.id, op: { kind: 'wedge' } });
    expect(f.warnings.map((w) => w.kind)).toEqual(['fails']);
    expect(f.changes).toEqual([]);
    expect(describeForecast(f).short).toBe('Cannot succeed');
  });

  it('an operation that changes nothing is named as such even when the rival event its card fires changes things', () => {
    // Sanctions on China at hostility 5 with Economic cooperation 7 (blunted to nothing), on a China card of 2 ops.
    const rival = findCard((c) => c.affinity === 'china' && c.ops === 2 && !c.requires && c.effects.length > 0, 'a China card of 2 ops with an event');
    const s = tweak(withTurn(begun(), 'us', [rival.id]), (d) => { d.hostility.china = 5; d.tracks.economic = 7; });
    const f = forecast(s, 'us', { kind: 'ops', card: rival.id, op: { kind: 'sanction', target: 'china' } });
    expect(f.rivalEvent).not.toBeNull();
    expect(f.warnings.find((w) => w.kind === 'fails')?.text).toBe('Choosing to impose sanctions changes nothing here: only what comes with the card does.');
    expect(describeForecast(f).short).toMatch(/^The operation does nothing · /);
    // Pressure on the same card still does something (the target's prestige, its theater's tension).
    const g = forecast(s, 'us', { kind: 'ops', card: rival.id, op: { kind: 'pressure', target: 'china' } });
    expect(g.warnings.some((w) => w.kind === 'fails')).toBe(false);
  });

  it('a sanction the partners’ trade blunts says so, with the smaller loss (P8)', () => {
    const at = (economic: number) => forecast(tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.tracks.economic = economic; d.prestige.russia = 5; }), 'us', { kind: 'ops', card: big.id, op: { kind: 'sanction', target: 'russia' } });
    const blunted = at(7);
    expect(blunted.warnings.find((w) => w.kind === 'blunted')?.text).toBe('Sanctions blunted by de-dollarised trade: with Economic cooperation 6 or more (P8), Russia loses 1 prestige fewer.');
    expect(describeForecast(blunted).short).toMatch(/^Blunted by de-dollarised trade · .*Russia −1 prestige/);
    const full = at(5);
    expect(full.warnings.some((w) => w.kind === 'blunted')).toBe(false);
    expect(describeForecast(full).short).toContain('Russia −2 prestige');
  });

  it('prestige whose parts cancel out is still named, with its parts (a rival event’s +1 against the pressure’s −1)', () => {
    // A Russia card whose event gives Russia prestige, played by the US for pressure on Russia.
    const at = (id: CardId) => tweak(withTurn(begun(), 'us', [id]), (d) => { d.hostility.russia = 2; d.focus = null; });
    const pressure = (id: CardId) => forecast(at(id), 'us', { kind: 'ops', card: id, op: { kind: 'pressure', target: 'russia' } });
    const zero = (id: CardId) => pressure(id).changes.find((c) => c.quantity.kind === 'prestige' && c.quantity.power === 'russia' && c.before === c.after);
    const rival = findCard((c) => c.affinity === 'russia' && c.ops < 3 && zero(c.id) !== undefined, 'a small Russia card whose event pays Russia what pressure takes');
    const f = pressure(rival.id);
    expect(zero(rival.id)?.sources?.map((x) => x.delta).sort()).toEqual([-1, 1]);
    expect(describeForecast(f).full).toMatch(/Russia ±0 prestige \(\d+ → \d+: .*[+−]1, .*[+−]1\)/);
    // The button line names the parts, not a bare ±0.
    expect(describeForecast(f).short).toMatch(/Russia ([+−]1) and (?!\1)[+−]1 prestige/);
  });

  it('durable accommodation warns that it locks the US out of that sphere for good', () => {
    const s = tweak(withTurn(begun(), 'us', [big.id]), (d) => { d.focus = 'china'; d.hostility.russia = 4; });
    const f = forecast(s, 'us', { kind: 'ops', card: big.id, op: { kind: 'accommodate', target: 'russia' } });
    const w = f.warnings.find((x) => x.kind === 'permanent');
    expect(w?.text).toMatch(/never again place influence there/);
    expect(w?.text).toContain('Crimea, Caucasus');
    expect(w?.text).toMatch(/Ukraine, the flashpoint, stays contested/);
    expect(describeForecast(f).short).toMatch(/^Permanent · US hostility to RU 4→1/);
    // Its point, in the article's terms: the pair is no longer driven together (P16).
    expect(f.changes.find((c) => c.quantity.kind === 'driven')).toMatchObject({ before: true, after: false, certainty: 'certain' });
    expect(describeForecast(f).short).toContain('No longer driven together');
  });

  it('a card’s prestige the rules withhold (no US threat) is named in the forecast with the rules’ reason, not left out silently', () => {
    // China plays the Amur bridges for its event with the US threatening China but not Russia.
    const s = tweak(withTurn(begun(), 'china', ['c-amur-bridges']), (d) => { d.hostility = { china: 4, russia: 0 }; d.focus = 'china'; });
    const f = forecast(s, 'china', { kind: 'event', card: 'c-amur-bridges' });
    const w = f.warnings.find((x) => x.kind === 'withheld');
    expect(w).toMatchObject({ power: 'russia', certainty: 'certain' });
    expect(w?.text).toMatch(/^Russia scores nothing for .* \(its \+\d\): with no US threat, cooperation earns it no prestige\.$/);
    expect(describeForecast(f).short).toContain('Russia’s card prestige withheld (no US threat)');
    expect(f.changes.some((c) => c.quantity.kind === 'prestige' && c.quantity.power === 'russia')).toBe(false);
  });

  it('an illegal action is refused with the rules’ own reason', () => {
    const s = tweak(withTurn(begun(), 'us', [small.id]), (d) => { d.accommodated.russia = true; d.focus = 'china'; });
    const f = forecast(s, 'us', { kind: 'ops', card: small.id, op: { kind: 'accommodate', target: 'russia' } });
    expect(f.illegal?.code).toBe('alreadyDone');
    expect(describeForecast(f).short).toMatch(/^Not possible: /);
  });

  it('a proposal says what accepting and declining each do', () => {
    const s = tweak(withTurn(begun(), 'china', [small.id]), (d) => { d.tracks.political = 3; });
    const f = forecast(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'political' } });
    expect(f.proposal).toBe(true);
    const political = f.changes.find((c) => c.quantity.kind === 'track' && c.quantity.domain === 'political');
    expect(political).toMatchObject({ certainty: 'answer', before: 3, ifDeclined: 3 });
    expect(political?.after).toBeGreaterThan(3);
    expect(describeForecast(f).full).toMatch(/If Russia accepts: Political cooperation 3 → \d/);
    expect(describeForecast(f).full).toMatch(/If Russia declines: /);
    // An accepted step pays no prestige of its own (docs/design.md §8): the line names the track only.
    expect(describeForecast(f).short).toMatch(/^If accepted: Political coop 3→\d/);
    expect(describeForecast(f).short).not.toMatch(/China \+\d prestige/);
  });

  it('a prestige total the same either way but made of different parts says both, not the accepted parts as certain', () => {
    // As a proposal closing a round can leave it: accepted, the alliance pays and a crisis is lost; declined, neither.
    const prestige = { kind: 'prestige', power: 'russia' } as const;
    const f: Forecast = {
      power: 'russia', action: { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'military' } }, illegal: null,
      changes: [{
        quantity: prestige, before: 1, after: 3, certainty: 'certain',
        sources: [{ source: 'alignment', delta: 1 }, { source: 'crises', delta: -1 }, { source: 'regions', delta: 2 }],
        sourcesIfDeclined: [{ source: 'regions', delta: 2 }],
      }],
      proposal: true, endsRound: true, splitNext: false, drawsEvent: false, crises: [], rivalEvent: null, ends: null, warnings: [],
    };
    const full = describeForecast(f).full;
    expect(full).toContain('Either way: Russia +2 prestige (1 → 3), from Alliance and treaty +1, Crises −1, Regions held +2 if accepted, or Regions held +2 if declined.');
  });

  it('the last play of a round accounts for the scoring it triggers and leaves the world event to chance', () => {
    const s = tweak(withTurn(begun(), 'russia', [small.id], 3), (d) => { d.pushedEvents = []; });
    const f = forecast(s, 'russia', { kind: 'ops', card: small.id, op: { kind: 'influence', region: 'mideast' } });
    expect(f.endsRound).toBe(true);
    expect(f.drawsEvent).toBe(true);
    expect(f.changes.some((c) => c.quantity.kind === 'prestige' && c.quantity.power === 'us')).toBe(true);
    expect(f.changes.some((c) => c.certainty === 'chance')).toBe(true);
    expect(describeForecast(f).short).toMatch(/then a world event$/);
    // What the play itself does comes first; what only the round's end brings is marked and said after it.
    const placed = f.changes.find((c) => c.quantity.kind === 'influence' && c.quantity.region === 'mideast' && c.quantity.power === 'russia');
    expect(placed?.roundEnd).toBeUndefined();
    const us = f.changes.find((c) => c.quantity.kind === 'prestige' && c.quantity.power === 'us');
    expect(us?.roundEnd).toBe(true);
    const short = describeForecast(f).short;
    expect(short.indexOf('RU Middle East')).toBeGreaterThanOrEqual(0);
    expect(short.indexOf('RU Middle East')).toBeLessThan(short.indexOf('at the round’s end: '));
    expect(describeForecast(f).full).toMatch(/This closes the round: crises, upkeep and scoring follow at once, and bring: .*United States \+\d+ prestige/);
    expect(describeForecast(f).full).not.toMatch(/Certain: [^\n]*United States \+\d+ prestige/);
  });

  it('on a round’s last play, what the action itself moves is said apart from what the round’s end then does to it', () => {
    // Russia deploys to Europe on the round's last play; the Europe crisis it joins then wears a force.
    const s = tweak(withTurn(begun(), 'russia', [small.id], 3), (d) => { d.theaterTension.europe = 4; d.forces.russia.europe = 2; });
    const deploy = forecast(s, 'russia', { kind: 'ops', card: small.id, op: { kind: 'deploy', theater: 'europe' } });
    const forces = deploy.changes.filter((c) => c.quantity.kind === 'forces' && c.quantity.partner === 'russia' && c.quantity.theater === 'europe');
    // Netted, 2→2 left the deployment out of the forecast altogether.
    expect(forces.map((c) => [c.before, c.after, c.roundEnd ?? false])).toEqual([[2, 3, false], [3, 2, true]]);
    const line = describeForecast(deploy).short;
    expect(line.indexOf('RU forces Europe 2→3')).toBeGreaterThanOrEqual(0);
    expect(line.indexOf('RU forces Europe 2→3')).toBeLessThan(line.indexOf('at the round’s end: '));
    expect(describeForecast(deploy).full).toMatch(/This closes the round: .*Russia’s forces in Europe 3 → 2/);

    // Russia proposes a Political step on the round's last play, the US threatening China only: the
    // step is the answer's, and the calm decay at the round's end comes after it, on either answer.
    const political = findCard((c) => c.domain === 'political' && c.ops >= 2 && (c.affinity === 'russia' || c.affinity === 'neutral'), 'political card Russia can propose with');
    const p = tweak(withTurn(begun(), 'russia', [political.id], 3), (d) => {
      d.hostility = { china: 3, russia: 0 };
      d.focus = null;
      d.tracks = { economic: 5, technological: 2, political: 7, military: 4 };
    });
    const f = forecast(p, 'russia', { kind: 'ops', card: political.id, op: { kind: 'propose', domain: 'political' } });
    const track = f.changes.filter((c) => c.quantity.kind === 'track' && c.quantity.domain === 'political');
    expect(track[0]).toMatchObject({ before: 7, certainty: 'answer', ifDeclined: 7 });
    expect(num(track[0]?.after)).toBeGreaterThan(7);
    expect(track[1]).toMatchObject({ before: track[0]?.after, beforeIfDeclined: 7, roundEnd: true });
    expect(num(track[1]?.after)).toBeLessThan(num(track[0]?.after));
    // Beside the hand's other choices, what the round's end brings whatever is played is said once,
    // not on every button: this one's line says what it adds.
    const view = viewFor(p, seatOf('russia'));
    const shared = sharedRoundEnd(forecastAll(view, 'russia', legalActions(view, 'russia')));
    expect(shared.size).toBeGreaterThan(0);
    const text = describeForecast(f, new Set(), shared);
    expect(text.short).toMatch(new RegExp(`^If accepted: Political coop 7→${num(track[0]?.after)} · then at the round’s end, also: .*if accepted: Political coop ${num(track[0]?.after)}→${num(track[1]?.after)}`));
    for (const part of shared) expect(text.short).not.toContain(part);
    expect(text.full).toContain(`If China accepts: Political cooperation 7 → ${num(track[0]?.after)}.`);
    expect(text.full).toMatch(/At the round’s end, if accepted: .*Political cooperation \d+ → \d+.*; if declined: /);
  });

  it('with both theaters in crisis, the last play of the round says the US splits its forces next', () => {
    const s = tweak(withTurn(begun(), 'russia', [small.id], 3), (d) => { d.theaterTension = { pacific: 4, europe: 4 }; });
    const f = forecast(s, 'russia', { kind: 'ops', card: small.id, op: { kind: 'influence', region: 'mideast' } });
    expect(f.splitNext).toBe(true);
    expect(f.drawsEvent).toBe(false);
    expect(describeForecast(f).full).toContain('the United States splits its forces');
  });

  it('a card every play of which loses at the Brink is named before it is chosen; a card with one way out is not', () => {
    // A rival's event fired for ops is charged to the player who chose the card: with global
    // tension at 4, every operation the US could spend this Russian card on ends the game.
    const fatal = findCard((c) => c.affinity === 'russia' && c.effects.some((e) => e.kind === 'tension' && e.theater === 'global'), 'Russia card raising global tension');
    const own = findCard((c) => c.affinity === 'us' && !c.effects.some((e) => e.kind === 'tension'), 'US card leaving tension alone');
    const s = tweak(withTurn(begun(), 'us', [fatal.id, own.id]), (d) => { d.globalTension = 4; });
    const legal = legalActions(s, 'us');
    expect(cardsThatLose(s, 'us', legal)).toEqual(new Set([fatal.id]));
    // Each of its plays says so, one by one: the set agrees with the forecasts it summarises.
    for (const a of legal.filter((x) => (x.kind === 'ops' || x.kind === 'event') && x.card === fatal.id)) {
      expect(forecast(s, 'us', a).warnings).toContainEqual(expect.objectContaining({ kind: 'brink', loser: 'us', certainty: 'certain' }));
    }
    // A step further from the Brink, nothing is marked.
    const calmer = tweak(s, (d) => { d.globalTension = 2; });
    expect(cardsThatLose(calmer, 'us', legalActions(calmer, 'us')).size).toBe(0);
  });

  it('pushing global tension to the Brink warns who loses; charging a crisis warns of the tie-break', () => {
    const brink = findCard((c) => c.affinity === 'russia' && c.effects.some((e) => e.kind === 'tension' && e.theater === 'global'), 'Russia card raising global tension');
    const s = tweak(withTurn(begun(), 'russia', [brink.id]), (d) => { d.globalTension = 4; d.theaterTension.europe = 3; });
    const f = forecast(s, 'russia', { kind: 'event', card: brink.id });
    expect(f.warnings).toContainEqual(expect.objectContaining({ kind: 'brink', loser: 'russia', certainty: 'certain' }));
    const deploy = forecast(tweak(s, (d) => { d.globalTension = 2; }), 'russia', { kind: 'ops', card: brink.id, op: { kind: 'deploy', theater: 'europe' } });
    expect(deploy.warnings).toContainEqual(expect.objectContaining({ kind: 'tieBreak', theaters: ['europe'] }));
    // The button line says it once, first; the whole forecast says what the crisis will cost.
    const text = describeForecast(deploy);
    expect(text.short).toMatch(/^Starts the Europe crisis/);
    expect(text.short).not.toMatch(/crisis charged to/);
    expect(text.full).toMatch(/erupts at the round’s end .* global tension rises by 1 .* Brink loses the game/);
  });

  it('mid-round, an action that leaves a crisis to take global tension to the Brink at the round’s end says so before it is played', () => {
    const brink = findCard((c) => c.affinity === 'russia' && c.effects.some((e) => e.kind === 'tension' && e.theater === 'global'), 'Russia card raising global tension');
    // Global tension 4: the Europe crisis Russia's deployment would start takes it to 5 at the round's end.
    const s = tweak(withTurn(begun(), 'russia', [brink.id]), (d) => { d.globalTension = 4; d.theaterTension.europe = 3; });
    const deploy = forecast(s, 'russia', { kind: 'ops', card: brink.id, op: { kind: 'deploy', theater: 'europe' } });
    expect(deploy.endsRound).toBe(false);
    expect(deploy.warnings).toContainEqual(expect.objectContaining({ kind: 'brinkAhead', loser: 'russia', theater: 'europe', certainty: 'certain' }));
    expect(describeForecast(deploy).short).toMatch(/^Brink at the round’s end: Russia loses unless tension falls/);
    expect(describeForecast(deploy).full).toContain('the Europe crisis at the round’s end takes global tension 4→5, the Brink: Russia, charged with it, loses the game unless tension falls first.');
    // Away from the theater the crisis is not started: nothing to warn of.
    const pacific = forecast(s, 'russia', { kind: 'ops', card: brink.id, op: { kind: 'deploy', theater: 'pacific' } });
    expect(pacific.warnings.some((w) => w.kind === 'brinkAhead')).toBe(false);
  });

  it('a rival’s card played for ops names the event it fires', () => {
    const rival = findCard((c) => c.affinity === 'china' && !c.requires && c.ops >= 1, 'China card');
    const s = withTurn(begun(), 'us', [rival.id]);
    const f = forecast(s, 'us', { kind: 'ops', card: rival.id, op: { kind: 'influence', region: 'baltic' } });
    expect(f.rivalEvent).toEqual({ power: 'china', title: card(rival.id).title });
  });

  it('the buttons of a rival’s card say what each operation does; what its event does, the same for all, is left to one line', () => {
    const s = withTurn(begun(), 'us', ['c-power-of-siberia']);
    const ops = legalActions(s, 'us').filter((a) => a.kind === 'ops');
    const all = forecastAll(s, 'us', ops);
    const shared = sharedParts(all);
    // The pipeline's event: the same whichever operation carries it.
    const { economic } = s.tracks;
    expect([...shared]).toEqual(expect.arrayContaining([`Economic coop ${economic}→${economic + 2}`, 'the Power of Siberia pipeline opens']));
    // Russia's prestige is not shared: a sanction or pressure on Russia takes from what the event gives.
    expect(shared.has('Russia +1 prestige')).toBe(false);
    const korea = ops.findIndex((a) => a.kind === 'ops' && a.op.kind === 'influence' && a.op.region === 'korea');
    const line = describeForecast(all[korea]!, shared).short;
    const us = s.influence.korea.us;
    // Unthreatened by this operation, Russia scores nothing for the pipeline, and the line says so.
    expect(line, line).toBe(`US Korea ${us}→${us + 1} · Russia’s card prestige withheld (no US threat) · fires Russia’s event`);
    // Without the others to compare with, the same parts come in the forecast's own order.
    expect(describeForecast(all[korea]!).short.startsWith('Economic coop')).toBe(true);
    // Each button of the card starts differently.
    const firsts = all.map((f) => describeForecast(f, shared).short.split(' · ')[0]);
    expect(new Set(firsts).size).toBeGreaterThan(ops.length / 2);
  });

  it('influence in a region a rival controls: the forecast and the log say why one fewer is placed', () => {
    const four = findCard((c) => c.ops === 4 && c.affinity === 'neutral', 'neutral 4-ops card');
    // China controls the South China Sea: 5 against the US's 1 with stability 2.
    const s = tweak(withTurn(begun(), 'us', [four.id]), (d) => { d.influence.scs = { us: 1, china: 5, russia: 0 }; });
    const a: Action = { kind: 'ops', card: four.id, op: { kind: 'influence', region: 'scs' } };
    expect(describeForecast(forecast(s, 'us', a)).full).toContain('Places 3 of the card’s 4 ops: one fewer where a rival controls the region.');
    const after = act(s, 'us', a);
    expect(after.log.some((e) => e.text.includes("United States places 3 influence in South China Sea (1 less than the card's 4: China controls it)."))).toBe(true);
  });

  it('influence that wins or breaks a region’s control says so before and in the log, with what the region scores a round', () => {
    const four = findCard((c) => c.ops === 4 && c.affinity === 'neutral', 'neutral 4-ops card');
    // Korea (stability 3) held by nobody: 4 more makes the US's 6 enough against China's 1.
    const korea = tweak(withTurn(begun(), 'us', [four.id]), (d) => { d.influence.korea = { us: 2, china: 1, russia: 0 }; });
    const take = describeForecast(forecast(korea, 'us', { kind: 'ops', card: four.id, op: { kind: 'influence', region: 'korea' } }));
    expect(take.short).toContain('US takes Korea (+1 a round)');
    expect(take.full).toContain('United States takes control of Korea, worth 1 prestige to it at each round’s end');
    expect(act(korea, 'us', { kind: 'ops', card: four.id, op: { kind: 'influence', region: 'korea' } }).log.at(-1)?.text).toBe('United States places 4 influence in Korea. United States now controls Korea.');
    // China holds the South China Sea 5 to 1 (stability 2): the US's 4 breaks its hold without taking it.
    const scs = tweak(withTurn(begun(), 'us', [four.id]), (d) => { d.influence.scs = { us: 1, china: 5, russia: 0 }; });
    const breaks = describeForecast(forecast(scs, 'us', { kind: 'ops', card: four.id, op: { kind: 'influence', region: 'scs' } }));
    expect(breaks.short).toContain('CN loses South China Sea (−1 a round)');
    expect(breaks.full).toContain('China loses control of South China Sea: nobody holds it (control needs a lead of 2, the region’s stability, over every rival)');
    // A region that scores its new holder nothing says so.
    const caucasus = tweak(withTurn(begun(), 'china', [four.id]), (d) => { d.influence.caucasus = { us: 0, china: 0, russia: 0 }; });
    expect(describeForecast(forecast(caucasus, 'china', { kind: 'ops', card: four.id, op: { kind: 'influence', region: 'caucasus' } })).short).toContain('CN takes Caucasus (scores it nothing)');
    expect(act(scs, 'us', { kind: 'ops', card: four.id, op: { kind: 'influence', region: 'scs' } }).log.some((e) => e.text.endsWith(' China no longer controls South China Sea.'))).toBe(true);
    // Influence that changes no hands says nothing of control.
    const more = tweak(withTurn(begun(), 'us', [four.id]), (d) => { d.influence.korea = { us: 0, china: 2, russia: 0 }; });
    expect(describeForecast(forecast(more, 'us', { kind: 'ops', card: four.id, op: { kind: 'influence', region: 'korea' } })).full).not.toMatch(/control of Korea/);
  });

  it('export controls warn that they speed the partners’ joint technology, naming the cards, and only when newly imposed', () => {
    const us = findCard((c) => c.ops === 3 && c.affinity === 'us', 'US 3-ops card');
    const a: Action = { kind: 'ops', card: us.id, op: { kind: 'exportControls' } };
    const f = forecast(withTurn(begun(), 'us', [us.id]), 'us', a);
    const w = f.warnings.find((x) => x.kind === 'backfires');
    expect(w?.text).toMatch(/^While export controls are in force, 3 cards give Technological cooperation \+1 more \(.*“A technological alliance”.*\): the blockade pushes Beijing toward Moscow \(P9\)\.$/);
    expect(describeForecast(f).short).toContain('Joint tech cards stronger');
    // Another operation with the same card says nothing of it.
    const sanction = forecast(withTurn(begun(), 'us', [us.id]), 'us', { kind: 'ops', card: us.id, op: { kind: 'sanction', target: 'china' } });
    expect(sanction.warnings.some((x) => x.kind === 'backfires')).toBe(false);
  });

  it('on a round’s last play, the card’s own prestige is said apart from what the round’s end scores, never netted with it', () => {
    // Russia closes round 1 with “Joint wide-body jet stalls”: China and Russia −1 each, then the round's end scores regions.
    const s = withTurn(begun(), 'russia', ['c-wide-body-jet'], 3);
    const f = forecast(s, 'russia', { kind: 'event', card: 'c-wide-body-jet' });
    expect(f.endsRound).toBe(true);
    const russia = f.changes.filter((c) => c.quantity.kind === 'prestige' && c.quantity.power === 'russia');
    expect(russia.map((c) => [num(c.after) - num(c.before), c.roundEnd ?? false])).toEqual([[-1, false], [expect.any(Number), true]]);
    expect(russia[0]?.sources).toEqual([{ source: 'events', delta: -1 }]);
    // China's −1 is certain too, though what the round's end leaves it waits on the world event.
    const china = f.changes.filter((c) => c.quantity.kind === 'prestige' && c.quantity.power === 'china');
    expect(china.map((c) => [c.certainty, c.roundEnd ?? false])).toEqual([['certain', false], ['chance', true]]);
    const line = describeForecast(f).short;
    expect(line).toMatch(/^Technological coop \d→\d · China −1 prestige · Russia −1 prestige · then at the round’s end: /);
    // The whole forecast: the action's part is certain, the round's part comes with the round's end.
    expect(describeForecast(f).full).toMatch(/Certain: .*Russia −1 prestige \(0 → −1: Events −1\)/);
    expect(describeForecast(f).full).toMatch(/This closes the round: .*Russia \+\d prestige \(−1 → \d+: /);
  });

  it('forecasts a whole hand quickly (prints the figure)', () => {
    const hand = begun().hands.us;
    const cases: [string, MatchState, Power][] = [
      ['mid-round US hand', withTurn(begun(), 'us', [...hand]), 'us'],
      ['round-ending Russian hand', withTurn(begun(), 'russia', [...hand], 3), 'russia'],
    ];
    for (const [name, s, p] of cases) {
      const view = viewFor(s, seatOf(p));
      const legal = legalActions(view, p);
      for (let i = 0; i < 5; i++) forecastAll(view, p, legal);
      const runs = 20;
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) forecastAll(view, p, legal);
      const ms = (performance.now() - t0) / runs;
      console.log(`forecast: ${name}, ${legal.length} actions: ${ms.toFixed(2)} ms (${((ms / legal.length) * 1000).toFixed(0)} µs each)`);
      // Generous for a loaded CI machine under Vitest; the figure printed is what to watch.
      expect(ms / legal.length).toBeLessThan(2);
    }
  });
});

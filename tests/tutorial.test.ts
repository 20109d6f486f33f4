/**
 * The tutorials' text is data: every quote is word for word in the paragraph
 * it cites, every part a step points at is drawn, each tutorial's steps are
 * reached in order by its real first round, and the numbers the China and
 * Russia guides teach are the ones the rules apply.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Action, MatchView, Power } from '../game';
import { makeBot } from '../game/bots';
import { describeForecast, forecastAll } from '../game/forecast';
import { legalActions } from '../game/rules/actions';
import { playMatch } from '../game/sim/match';
import type { MatchState } from '../game/state';
import { viewFor } from '../game/view';
import { seatOf } from '../game/types';
import { CARDS as BOARD_CARDS, computeLayout } from '../client/board/layout';
import { tutorialBot } from '../client/tutorial/bots';
import { due, position, reached } from '../client/tutorial/progress';
import type { Tutorial } from '../client/tutorial/steps';
import { TUTORIAL_SCENARIO, US_TUTORIAL } from '../client/tutorial/steps';
import { CHINA_TUTORIAL } from '../client/tutorial/steps-china';
import { RUSSIA_TUTORIAL } from '../client/tutorial/steps-russia';
import { initialState } from '../game/setup';
import { TECH_MILESTONES } from '../game/rules/tech';
import { DEFAULT_TUNING } from '../game/rules/tuning';
import { findCard } from './helpers/cards';
import { act, begun, tweak, withTurn } from './helpers/state';

const article = readFileSync('docs/article.md', 'utf8');
const paragraphs = new Map([...article.matchAll(/^\*\*(P\d+)\.\*\* (.+)$/gm)].map((m) => [m[1], m[2]]));
const TUTORIALS: readonly Tutorial[] = [US_TUTORIAL, CHINA_TUTORIAL, RUSSIA_TUTORIAL];
const PANEL_PARTS = ['status', 'hand', 'actions', 'log'];
const textOf = (t: Tutorial) => t.steps.map((s) => `${s.title} ${s.text}`).join(' ');
const stepOf = (t: Tutorial, id: string) => {
  const s = t.steps.find((x) => x.id === id);
  if (!s) throw new Error(`${t.power} has no step ${id}`);
  return s;
};

describe.each(TUTORIALS.map((t) => [t.power, t] as const))('the %s tutorial', (_power, t) => {
  it.each(t.steps.map((s) => [s.id, s] as const))('%s quotes its paragraph word for word and says enough', (_id, s) => {
    const text = paragraphs.get(s.quote.cite);
    expect(text, `${s.quote.cite} exists`).toBeDefined();
    expect(text).toContain(s.quote.text);
    expect(s.text.length).toBeGreaterThan(40);
    // A guide box a newcomer reads at a glance, on a phone too.
    expect(s.text.length).toBeLessThan(520);
  });

  it('points only at parts the board draws on a desktop canvas, or at the panel', () => {
    const lay = computeLayout(900, 640, (w, ui) => (w >= 1100 * ui ? 50 : 100) * ui, { theaters: ['pacific', 'europe'], topBar: true });
    for (const s of t.steps) {
      for (const x of s.highlight) {
        if ('panel' in x) expect(PANEL_PARTS, s.id).toContain(x.panel);
        else {
          const box = x.board === 'topBar' ? lay.topBar : x.board === 'pacific' || x.board === 'europe' ? lay.theaters[x.board]?.frame : lay.cards?.[x.board];
          expect(box, `${s.id} → ${x.board}`).toBeDefined();
          expect(box!.w * box!.h, `${s.id} → ${x.board}`).toBeGreaterThan(0);
        }
      }
    }
    expect((BOARD_CARDS as readonly string[]).includes(t.power)).toBe(true);
  });

  it('is one round of 2019: three plays in order, steps unique, ending once', () => {
    expect(t.scenario).toBe(TUTORIAL_SCENARIO);
    expect(TUTORIAL_SCENARIO).toBe('2019');
    const ids = t.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(t.steps.filter((s) => s.advance.kind === 'play').map((s) => s.advance.kind === 'play' && s.advance.turn)).toEqual([1, 2, 3]);
    expect(t.steps.at(-1)?.advance.kind).toBe('finish');
    expect(t.steps.filter((s) => s.advance.kind === 'finish')).toHaveLength(1);
    expect(t.steps.filter((s) => s.highlight.length > 0).length).toBeGreaterThanOrEqual(t.steps.length - 1);
    for (const idea of [/event/i, /ops/i, /track/i, /propos/i, /tension/i, /Brink/]) expect(textOf(t)).toMatch(idea);
  });

  it('deals a first world event that leaves the values the guide quotes as they start', () => {
    const bots = { us: tutorialBot('easy', 'us', t.seed), china: tutorialBot('easy', 'china', t.seed), russia: tutorialBot('easy', 'russia', t.seed) };
    let first: MatchState | null = null;
    playMatch({ scenario: t.scenario, seed: t.seed, choose: (v, p, l) => bots[p].decide(v, p, l), maxMoves: 1, observe: (G) => { if (!first && G.step.kind === 'play') first = G; } });
    const s = first as MatchState | null;
    expect(s).not.toBeNull();
    expect({ hostility: s!.hostility, focus: s!.focus, standing: s!.standing, dependency: s!.dependency, tech: s!.chinaTech, tracks: s!.tracks })
      .toEqual({ hostility: { china: 3, russia: 3 }, focus: 'china', standing: 5, dependency: 5, tech: 2, tracks: { economic: 5, technological: 2, political: 4, military: 4 } });
  });

  it('is reached step by step by its real first round, the player acting when the guide says so', () => {
    const states: MatchState[] = [];
    // The other seats are the tutorial's bots, as in the browser; the player plays as an Easy bot would.
    const player = makeBot('easy', `${t.seed}:player`);
    const choose = (view: MatchView, p: Power, legal: readonly Action[]) =>
      p === t.power ? player.decide(view, p, legal) : bot[p].decide(view, p, legal);
    const bot = { us: tutorialBot('easy', 'us', t.seed), china: tutorialBot('easy', 'china', t.seed), russia: tutorialBot('easy', 'russia', t.seed) };
    playMatch({ scenario: t.scenario, seed: t.seed, choose, observe: (G) => states.push(G), maxMoves: 80 });
    const views = states.map((G) => viewFor(G, seatOf(t.power)));
    const at = views.map(position);
    for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThanOrEqual(at[i - 1]!);
    // Walk the guide as the screen does: a reached step is passed (Next pressed at once).
    let index = 0;
    const passed: string[] = [];
    for (const v of views) {
      while (index < t.steps.length - 1 && reached(t.steps[index]!.advance, v, t.power)) {
        const s = t.steps[index]!;
        if (s.advance.kind === 'play' || s.advance.kind === 'answer') {
          // It was the player's move, and the player made it, before the guide moved on.
          const mine = views.filter((w) => due(s.advance, w, t.power) && !reached(s.advance, w, t.power));
          if (s.advance.kind === 'play') expect(mine.some((w) => w.step.kind === 'play' && w.step.power === t.power), `${s.id} is the player's play`).toBe(true);
          else expect(mine.some((w) => w.step.kind === 'respond' && w.step.proposal.to === t.power), `${s.id} is the player's answer`).toBe(true);
        }
        passed.push(s.id);
        index++;
      }
    }
    expect(passed).toEqual(t.steps.slice(0, -1).map((s) => s.id));
    expect(t.steps[index]!.advance.kind).toBe('finish');
  });
});

describe('the tutorials’ progress on a real match', () => {
  it('watch steps wait for the player’s first move of the turn: Russia’s is its answer to China', () => {
    const states: MatchState[] = [];
    const bots = { us: tutorialBot('easy', 'us', 's'), china: tutorialBot('easy', 'china', 's'), russia: tutorialBot('easy', 'russia', 's') };
    playMatch({ scenario: '2019', seed: 's', choose: (v, p, l) => bots[p].decide(v, p, l), observe: (G) => states.push(G), maxMoves: 60 });
    const views = states.map((G) => viewFor(G, seatOf('russia')));
    const answer2 = views.findIndex((v) => v.round === 1 && v.step.kind === 'respond' && v.step.turn === 2 && v.step.proposal.to === 'russia');
    expect(answer2).toBeGreaterThan(0);
    expect(reached({ kind: 'watchUntilTurn', turn: 2 }, views[answer2 - 1]!, 'russia')).toBe(false);
    expect(reached({ kind: 'watchUntilTurn', turn: 2 }, views[answer2]!, 'russia')).toBe(true);
    expect(reached({ kind: 'answer', turn: 2 }, views[answer2]!, 'russia')).toBe(false);
    expect(reached({ kind: 'answer', turn: 2 }, views[answer2 + 1]!, 'russia')).toBe(true);
    const china2 = views.findIndex((v) => v.round === 1 && v.step.kind === 'play' && v.step.power === 'china' && v.step.turn === 2);
    expect(reached({ kind: 'watchUntilTurn', turn: 2 }, views[china2]!, 'china')).toBe(true);
    expect(reached({ kind: 'watchUntilTurn', turn: 2 }, views[china2 - 1]!, 'china')).toBe(false);
    expect(due({ kind: 'play', turn: 2 }, views[china2 - 1]!, 'china')).toBe(false);
    expect(due({ kind: 'play', turn: 2 }, views[china2]!, 'china')).toBe(true);
  });

  it('China’s bot proposes on each turn of round 1, the bargain last when it can; Russia’s bot proposes nothing then', () => {
    const states: MatchState[] = [];
    const bots = { us: tutorialBot('easy', 'us', RUSSIA_TUTORIAL.seed), china: tutorialBot('easy', 'china', RUSSIA_TUTORIAL.seed), russia: tutorialBot('easy', 'russia', RUSSIA_TUTORIAL.seed) };
    playMatch({ scenario: '2019', seed: RUSSIA_TUTORIAL.seed, choose: (v, p, l) => bots[p].decide(v, p, l), observe: (G) => states.push(G), maxMoves: 60 });
    const proposals = states.filter((G) => G.round === 1 && G.step.kind === 'respond').map((G) => G.step.kind === 'respond' && G.step);
    const byTurn = new Map(proposals.map((p) => p && [p.turn, p.proposal] as const).filter((x) => x !== false));
    expect([...byTurn.keys()]).toEqual([1, 2, 3]);
    for (const p of byTurn.values()) expect(p.from).toBe('china');
    expect(byTurn.get(1)).toMatchObject({ kind: 'step', domain: 'economic' });
    // The deal the Russian player sees: China holds a card for the bargain on turn 3.
    expect(byTurn.get(3)).toMatchObject({ kind: 'bargain' });
  });
});

describe('what the China and Russia guides teach is what the rules do', () => {
  // The deal's first world event is the first in the pile: one that leaves these values alone is set below.
  const start = tweak(begun('2019'), (d) => { d.hostility = { china: 3, russia: 3 }; d.focus = 'china'; d.standing = 5; d.dependency = 5; });
  it('the 2019 start: technology 2, hostility 3 and 3 with the Eye on China, Standing and Dependency 5, Political 4, Military 4, Russia 4 forces in Europe holding Crimea', () => {
    const s = initialState('2019');
    expect(s.chinaTech).toBe(2);
    expect(s.hostility).toEqual({ china: 3, russia: 3 });
    expect(s.focus).toBe('china');
    expect([s.standing, s.dependency]).toEqual([5, 5]);
    expect([s.tracks.political, s.tracks.military]).toEqual([4, 4]);
    expect(s.forces.russia.europe).toBe(4);
    expect(s.influence.crimea.russia).toBeGreaterThanOrEqual(s.influence.crimea.us + 3);
    expect(stepOf(RUSSIA_TUTORIAL, 'europe').text).toMatch(/European forces \(4\)/);
    expect(stepOf(CHINA_TUTORIAL, 'eye').text).toMatch(/toward you \(3 at the start\).*4 at the start/);
    expect(stepOf(CHINA_TUTORIAL, 'treaty').text).toMatch(/they are 4 now/);
  });

  it('research: +1, +2 with 3+ ops, 1 less under export controls; level 3 pays 3', () => {
    const small = findCard((c) => c.ops === 2, 'a 2-ops card');
    const big = findCard((c) => c.ops >= 3, 'a 3+ ops card');
    const research = (s: MatchState, id: string) => act(withTurn(s, 'china', [id as never]), 'china', { kind: 'ops', card: id as never, op: { kind: 'research' } });
    expect(research(start, small.id).chinaTech).toBe(3);
    expect(research(start, small.id).prestige.china - start.prestige.china).toBeGreaterThanOrEqual(3);
    expect(research(start, big.id).chinaTech).toBe(4);
    const controlled = tweak(start, (d) => { d.exportControls = 2; });
    expect(research(controlled, small.id).chinaTech).toBe(2);
    // The milestones the guide names are the rules' own.
    expect(TECH_MILESTONES.map((m) => m.level)).toEqual([3, 5, 6]);
    const [l3, l5, l6] = TECH_MILESTONES.map((m) => DEFAULT_TUNING[m.worth]);
    expect(l3).toBe(3);
    expect(stepOf(CHINA_TUTORIAL, 'technology').text).toContain(`raises it 1, or 2 with a card of 3+ ops; reaching 3 pays ${l3} prestige, 5 pays ${l5} and 6 pays ${l6}.`);
  });

  it('diplomacy: Standing +1, +2 with 3+ ops; an accepted Economic step: Dependency +1, track +2 while driven together, no prestige', () => {
    const small = findCard((c) => c.ops === 2 && c.affinity === 'neutral', 'a neutral 2-ops card');
    const big = findCard((c) => c.ops >= 3 && c.affinity === 'neutral', 'a neutral 3+ ops card');
    const dip = (id: string) => act(withTurn(start, 'russia', [id as never]), 'russia', { kind: 'ops', card: id as never, op: { kind: 'diplomacy' } });
    expect(dip(small.id).standing).toBe(6);
    expect(dip(big.id).standing).toBe(7);
    let s = act(withTurn(start, 'china', [small.id]), 'china', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'economic' } });
    s = act(s, 'russia', { kind: 'respond', accept: true });
    expect(s.dependency).toBe(6);
    expect(s.tracks.economic - start.tracks.economic).toBe(2);
    expect(s.prestige).toEqual(start.prestige);
    expect(stepOf(RUSSIA_TUTORIAL, 'diplomacy').text).toMatch(/Standing \+1, or \+2 with a card of 3\+ ops/);
    expect(stepOf(RUSSIA_TUTORIAL, 'answer1').text).toMatch(/Dependency by 1/);
  });

  it('the bargain: 2 prestige each, Political +1; Beijing’s caution costs an unthreatened China 1 a step', () => {
    const card = findCard((c) => c.ops >= 2 && c.affinity === 'neutral', 'a neutral 2+ ops card');
    let s = act(withTurn(start, 'china', [card.id]), 'china', { kind: 'ops', card: card.id, op: { kind: 'bargain' } });
    s = act(s, 'russia', { kind: 'respond', accept: true });
    expect(s.prestige.china - start.prestige.china).toBe(2);
    expect(s.prestige.russia - start.prestige.russia).toBe(2);
    expect(s.tracks.political).toBe(start.tracks.political + 1);
    const calm = tweak(start, (d) => { d.hostility.china = 0; d.focus = null; });
    let c = act(withTurn(calm, 'russia', [card.id]), 'russia', { kind: 'ops', card: card.id, op: { kind: 'propose', domain: 'political' } });
    c = act(c, 'china', { kind: 'respond', accept: true });
    expect(c.prestige.china - calm.prestige.china).toBe(-1);
    expect(stepOf(CHINA_TUTORIAL, 'caution').text).toMatch(/costs you 1 prestige/);
  });
});

describe('the US tutorial’s advice', () => {
  it('“a safe start: influence where the line says US takes …” holds on the player’s first play', () => {
    const bot = { us: tutorialBot('easy', 'us', US_TUTORIAL.seed), china: tutorialBot('easy', 'china', US_TUTORIAL.seed), russia: tutorialBot('easy', 'russia', US_TUTORIAL.seed) };
    let first: MatchView | null = null;
    const choose = (view: MatchView, p: Power, legal: readonly Action[]) => {
      if (p === 'us' && view.step.kind === 'play' && !first) first = view;
      return bot[p].decide(view, p, legal);
    };
    playMatch({ scenario: US_TUTORIAL.scenario, seed: US_TUTORIAL.seed, choose, maxMoves: 4 });
    expect(stepOf(US_TUTORIAL, 'play1').text).toContain('“US takes …”');
    const view = first as MatchView | null;
    expect(view).not.toBeNull();
    const legal = legalActions(view!, 'us').filter((a) => a.kind === 'ops' && a.op.kind === 'influence');
    const lines = forecastAll(view!, 'us', legal).map((f) => describeForecast(f).short);
    expect(lines.some((l) => /US takes /.test(l))).toBe(true);
  });
});

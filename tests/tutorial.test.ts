/**
 * The tutorial's text is data: every quote is word for word in the paragraph
 * it cites, and the guide's progress reads the real match correctly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playMatch } from '../game/sim/match';
import { randomChooser } from '../game/sim/random';
import type { MatchState } from '../game/state';
import { viewFor } from '../game/view';
import { position, reached } from '../client/tutorial/progress';
import { STEPS, TUTORIAL_SCENARIO } from '../client/tutorial/steps';
import { findCard } from './helpers/cards';
import { act, begun, withTurn } from './helpers/state';

const article = readFileSync('docs/article.md', 'utf8');
const paragraphs = new Map([...article.matchAll(/^\*\*(P\d+)\.\*\* (.+)$/gm)].map((m) => [m[1], m[2]]));

describe('tutorial steps', () => {
  it.each(STEPS.map((s) => [s.id, s] as const))('%s quotes its paragraph word for word', (_id, s) => {
    const text = paragraphs.get(s.quote.cite);
    expect(text, `${s.quote.cite} exists`).toBeDefined();
    expect(text).toContain(s.quote.text);
    expect(s.text.length).toBeGreaterThan(40);
  });

  it('teaches card play, the tracks, proposals and tension, in one round of 2019, ending once', () => {
    expect(TUTORIAL_SCENARIO).toBe('2019');
    const ids = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(STEPS.filter((s) => s.advance.kind === 'play').map((s) => s.advance.kind === 'play' && s.advance.turn)).toEqual([1, 2, 3]);
    expect(STEPS.at(-1)?.advance.kind).toBe('finish');
    expect(STEPS.filter((s) => s.advance.kind === 'finish')).toHaveLength(1);
    const all = STEPS.map((s) => `${s.title} ${s.text}`).join(' ');
    for (const idea of [/event/i, /ops/i, /track/i, /alignment/i, /propos/i, /accept/i, /tension/i, /Brink/]) expect(all).toMatch(idea);
  });

  it('says what an accepted proposal pays, as the rules pay it: nothing of its own, prestige only under a US threat', () => {
    const small = findCard((c) => c.affinity === 'neutral' && c.ops <= 2, 'neutral 1–2 ops card');
    let s = withTurn(begun(TUTORIAL_SCENARIO), 'china', [small.id]);
    const before = { ...s.prestige };
    s = act(s, 'china', { kind: 'ops', card: small.id, op: { kind: 'propose', domain: 'political' } });
    s = act(s, 'russia', { kind: 'respond', accept: true });
    expect(s.prestige.russia).toBe(before.russia);
    const step = STEPS.find((x) => x.id === 'proposal');
    expect(s.prestige.china - before.china).toBe(0);
    expect(step?.text).not.toMatch(/gives the proposer \d/);
    expect(step?.text).toMatch(/only while the US threatens it/);
  });
});

describe('tutorial progress on a real match', () => {
  it('sees each US card of round 1 played, the US turns come round, and the round end', () => {
    const states: MatchState[] = [];
    playMatch({ scenario: '2019', seed: 'tut', choose: randomChooser('tut'), observe: (G) => states.push(G) });
    const views = states.map((G) => viewFor(G, '0'));
    // Positions never go back within round 1.
    const at = views.map(position);
    for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThanOrEqual(at[i - 1]!);
    for (const turn of [1, 2, 3] as const) {
      const usTurn = views.findIndex((v) => v.round === 1 && v.step.kind === 'play' && v.step.power === 'us' && v.step.turn === turn);
      expect(usTurn).toBeGreaterThan(0);
      expect(reached({ kind: 'play', turn }, views[usTurn]!)).toBe(false);
      expect(reached({ kind: 'play', turn }, views[usTurn + 1]!)).toBe(true);
      if (turn > 1) {
        expect(reached({ kind: 'watchUntilTurn', turn: turn as 2 | 3 }, views[usTurn - 1]!)).toBe(false);
        expect(reached({ kind: 'watchUntilTurn', turn: turn as 2 | 3 }, views[usTurn]!)).toBe(true);
      }
    }
    const round2 = views.findIndex((v) => v.round === 2 || v.outcome !== null);
    expect(reached({ kind: 'watchRoundEnd' }, views[round2 - 1]!)).toBe(false);
    expect(reached({ kind: 'watchRoundEnd' }, views[round2]!)).toBe(true);
  });
});

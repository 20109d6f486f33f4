/**
 * The play screen's pure parts: what changed between two views, each crisis
 * explained with the rules' own totals, the limits read from the rules, the
 * words for the United States, and the lab's games field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POWERS, REGIONS } from '../../game/types';
import type { MatchState } from '../../game/state';
import { viewFor } from '../../game/view';
import { playMatch, randomChooser } from '../../game/sim';
import { changedKeys, NO_CHANGE } from '../../client/play/changes';
import { newCrises, verdict } from '../../client/play/crisis';
import { logCount, rungSplit, unseen } from '../../client/play/log';
import { possessive, theaterName, theName } from '../../client/ui/words';
import { gamesTyped, MAX_GAMES, MIN_GAMES } from '../../client/screens/lab';
import { firstChoice } from '../../client/ui/actions';
import { card } from '../../game';

/** Every state of a random match, as the public sees it. */
function frames(seed: string): MatchState[] {
  const out: MatchState[] = [];
  playMatch({ scenario: '2019', seed, choose: randomChooser(seed), observe: (G) => out.push(G) });
  return out;
}

describe('play screen logic', () => {
  it('a rung reached is set apart as its own sentence; the paragraph stays with what caused it', () => {
    const line = 'Round 4 · Russia accepts: Technological cooperation +2 (2→4). Moscow and Beijing reach a De facto alliance: from now on each partner the US threatens scores every round, and they fight crises together.';
    expect(rungSplit(line, 'P12')).toEqual({
      cause: 'Round 4 · Russia accepts: Technological cooperation +2 (2→4). (P12)',
      news: 'Moscow and Beijing reach a De facto alliance: from now on each partner the US threatens scores every round, and they fight crises together.',
      rest: '',
    });
    // News in the middle of a line: what follows it is kept, after it.
    expect(rungSplit('China plays X. Moscow and Beijing fall back to a Quasi-alliance. Tension eases.').rest).toBe(' Tension eases.');
    expect(rungSplit('Russia accepts: Economic cooperation +1 (3→4).', 'P8')).toEqual({ cause: 'Russia accepts: Economic cooperation +1 (3→4). (P8)', news: null, rest: '' });
  });

  it('marks exactly the regions whose influence changed, and nothing for the same view', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 6 }), (seed) => {
      const fs = frames(`chg-${seed}`).map((G) => viewFor(G, null));
      for (let i = 1; i < fs.length; i++) {
        const a = fs[i - 1]!;
        const b = fs[i]!;
        const keys = changedKeys(a, b);
        for (const r of REGIONS) expect(keys.has(r)).toBe(POWERS.some((p) => a.influence[r][p] !== b.influence[r][p]));
        expect(changedKeys(b, b)).toBe(NO_CHANGE);
      }
    }), { numRuns: 5 });
  });

  it('explains every crisis with both sides’ parts as the rules recorded them, adding up to the totals of its log line; a match stored before the parts were recorded still gets the totals', () => {
    let crises = 0;
    let withParts = 0;
    let oldParts = 0;
    for (let k = 0; k < 12; k++) {
      const fs = frames(`crisis-${k}`).map((G) => viewFor(G, null));
      // The same match as stored before crisis records carried their parts.
      const old = fs.map((v) => ({ ...v, crises: v.crises.map(({ strength: _parts, ...c }) => c) }));
      for (let i = 1; i < fs.length; i++) {
        for (const r of newCrises(fs[i - 1]!, fs[i]!)) {
          crises++;
          for (const side of [r.us, r.challenger]) {
            expect(side.parts).not.toBeNull();
            withParts++;
            expect(side.parts!.forces + side.parts!.influence + side.parts!.support).toBe(side.total);
          }
          const hi = Math.max(r.us.total, r.challenger.total);
          const lo = Math.min(r.us.total, r.challenger.total);
          expect(fs[i]!.log.some((e) => e.round === r.record.round && e.text.includes(`${hi} to ${lo}`))).toBe(true);
          const winner = r.record.winner;
          if (winner) expect(winner === 'us' ? r.us.total > r.challenger.total : r.challenger.total > r.us.total).toBe(true);
          else expect(r.us.total).toBe(r.challenger.total);
          // The summary gives global tension's rise with its numbers: one up from where the crisis found it.
          expect(r.tension).not.toBeNull();
          expect(r.tension![1] - r.tension![0]).toBeLessThanOrEqual(1);
          expect(verdict(r)).toMatch(/\d→\d \(the Brink is 5\)/);
        }
        for (const r of newCrises(old[i - 1]!, old[i]!)) {
          for (const side of [r.us, r.challenger]) {
            expect(Number.isFinite(side.total)).toBe(true);
            if (side.parts) {
              oldParts++;
              expect(side.parts.forces + side.parts.influence + side.parts.support).toBe(side.total);
            }
          }
        }
      }
    }
    expect(crises).toBeGreaterThan(0);
    expect(withParts).toBe(2 * crises);
    expect(oldParts).toBeGreaterThan(crises);
  });

  it('counts the log from logStart, so a view that dropped old entries announces only the new ones', () => {
    const v = { logStart: 40, log: Array.from({ length: 60 }, (_, i) => ({ round: 1, power: null, text: `e${40 + i}` })) };
    expect(logCount(v)).toBe(100);
    expect(unseen(v, 95).map((e) => e.text)).toEqual(['e95', 'e96', 'e97', 'e98', 'e99']);
    expect(unseen(v, 100)).toEqual([]);
  });

  it('shows first the player’s own card, else a neutral one, never a rival’s while there is another', () => {
    for (const seed of ['first-a', 'first-b', 'first-c']) {
      for (const G of frames(seed)) {
        for (const p of POWERS) {
          const hand = G.hands[p];
          const pick = firstChoice(hand, p);
          if (hand.length === 0) { expect(pick).toBeUndefined(); continue; }
          const of = (a: string) => hand.filter((id) => card(id).affinity === a);
          expect(pick).toBe(of(p)[0] ?? of('neutral')[0] ?? hand[0]);
        }
      }
    }
  });

  it('names the United States with its article and a bare apostrophe', () => {
    expect(possessive('us')).toBe('the United States’');
    expect(possessive('us', true)).toBe('The United States’');
    expect(possessive('china')).toBe('China’s');
    expect(theName('russia', true)).toBe('Russia');
    expect(theaterName('pacific')).toBe('the Pacific');
    expect(theaterName('europe')).toBe('Europe');
  });

  it('runs exactly the number of games typed, or says why not', () => {
    expect(gamesTyped('10')).toEqual({ ok: false, why: expect.stringMatching(/^10 games cannot be run/) });
    expect(gamesTyped(String(MIN_GAMES))).toEqual({ ok: true, games: MIN_GAMES });
    expect(gamesTyped('130')).toEqual({ ok: true, games: 130 });
    expect(gamesTyped(String(MAX_GAMES + 1)).ok).toBe(false);
    expect(gamesTyped('12.5').ok).toBe(false);
    expect(gamesTyped('').ok).toBe(false);
  });
});

/**
 * Where every point came from, as the play screen says it: each round's
 * summary adds up to the round's change in prestige, the breakdown by source
 * adds up to the total, each action's forecast line carries numbers, and the
 * op labels are the rules' own words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateOps, forecast, isPrestigeEntry, legalActions, OP_LABEL, POWER_NAMES, POWERS, PRESTIGE_SOURCE_NAMES, seatOf, TREATY_SIGNED } from '../../game';
import type { MatchState } from '../../game/state';
import { viewFor } from '../../game/view';
import { playMatch, randomChooser } from '../../game/sim';
import { breakdownRows, bySource, roundSummary } from '../../client/play/accounting';
import { forecastLookup, forecastText, shownActions } from '../../client/play/forecasts';
import { opLabel } from '../../client/ui/labels';

function frames(seed: string): MatchState[] {
  const out: MatchState[] = [];
  playMatch({ scenario: '2019', seed, choose: randomChooser(seed), observe: (G) => out.push(G) });
  return out;
}

describe('prestige accounting', () => {
  it('each round’s summary adds up to the round’s change in prestige, by source and in all', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 6 }), (seed) => {
      const fs = frames(`acc-${seed}`);
      let summaries = 0;
      for (let i = 1; i < fs.length; i++) {
        const a = fs[i - 1]!;
        const b = fs[i]!;
        if (!(b.round > a.round || (b.outcome && !a.outcome))) continue;
        const s = roundSummary(a.round, b.log, [], viewFor(b, null));
        summaries++;
        // The prestige at the start of the round: before any of its log lines.
        const prev = b.history.find((r) => r.round === a.round - 1)?.prestige ?? fs[0]!.prestige;
        const now = b.history.find((r) => r.round === a.round)?.prestige;
        if (!now) continue; // a Brink ends the game before the round's record
        for (const p of POWERS) {
          expect(s.totals[p]).toBe(now[p] - prev[p]);
          // Beside the total, the prestige the round ended on (not after the next round's world event).
          expect(s.prestige[p]).toBe(now[p]);
          expect(s.gains[p].reduce((t, r) => t + r.value, 0)).toBe(s.totals[p]);
          for (const r of s.gains[p]) expect(r.name).toBe(PRESTIGE_SOURCE_NAMES[r.source]);
        }
        expect(s.end.some((l) => /regions held|no treaty|keeps them apart|alliance of equals/.test(l))).toBe(true);
        // Every point in the table is in a line of its own: the lines' figures add up to each total.
        for (const p of POWERS) {
          const said = [...s.plays, ...s.end].flatMap((l) => {
            const m = new RegExp(`^${POWER_NAMES[p]} ([+−]\\d+) prestige`).exec(l);
            return m ? [Number((m[1] as string).replace('−', '-'))] : [];
          });
          expect(said.reduce((t, d) => t + d, 0), `${p}: ${[...s.plays, ...s.end].join(' | ')}`).toBe(s.totals[p]);
        }
        if (a.round > 1 || s.event) expect(s.event).toMatch(/\S/);
        // What the board shows now beyond the round's end is the next round's world event, said with it.
        for (const p of POWERS) expect(s.prestige[p] + (s.next?.prestige[p] ?? 0)).toBe(b.prestige[p]);
        if (s.next) expect(s.next.event).toMatch(/\S/);
      }
      expect(summaries).toBeGreaterThan(0);
    }), { numRuns: 4 });
  });

  it('the treaty’s prestige is listed with the round’s plays, where it was paid, not with its end', () => {
    const entry = (power: 'china' | 'russia', delta: number, source: 'alignment', text: string) => ({ round: 2, power, text, prestige: { power, delta, source } });
    const entries = [
      { round: 2, power: 'russia' as const, text: 'Moscow and Beijing sign a mutual-defence treaty.', move: true as const },
      entry('russia', 3, 'alignment', `Russia +3 prestige: ${TREATY_SIGNED}.`),
      entry('china', 3, 'alignment', `China +3 prestige: ${TREATY_SIGNED}.`),
      entry('china', 1, 'alignment', 'China +1 prestige: the alliance stands while the US threatens it.'),
    ];
    const prestige = { us: 0, china: 4, russia: 3 };
    const s = roundSummary(2, entries, [], { prestige, outcome: null, history: [] });
    expect(s.plays).toEqual([`Russia +3 prestige: ${TREATY_SIGNED}.`, `China +3 prestige: ${TREATY_SIGNED}.`]);
    expect(s.end).toEqual(['China +1 prestige: the alliance stands while the US threatens it.']);
  });

  it('the breakdown by source so far is the rules’ own, and adds up to the prestige gained since the start', () => {
    const fs = frames('acc-total');
    const first = fs[0]!;
    const last = fs.at(-1)!;
    const sums = bySource(last.log.filter(isPrestigeEntry).map((e) => e.prestige));
    for (const p of POWERS) {
      const rows = breakdownRows(last.prestigeBySource[p]);
      expect(rows.map((r) => r.value)).toEqual(breakdownRows(sums[p]).map((r) => r.value));
      expect(rows.every((r) => r.value !== 0)).toBe(true);
      expect(rows.reduce((t, r) => t + r.value, 0)).toBe(last.prestige[p] - first.prestige[p]);
    }
    expect(breakdownRows({ events: 2, regions: 0, crises: -1 })).toEqual([
      { source: 'crises', name: 'Crises', value: -1 },
      { source: 'events', name: 'Events', value: 2 },
    ]);
  });
});

describe('forecasts on the buttons', () => {
  it('every action shown for a card says what it will do with numbers', () => {
    const fs = frames('fc-hand').filter((G) => G.step.kind === 'play' || G.step.kind === 'respond' || G.step.kind === 'split');
    for (const G of fs.slice(0, 40)) {
      const power = G.step.kind === 'play' ? G.step.power : G.step.kind === 'respond' ? G.step.proposal.to : 'us';
      const view = viewFor(G, seatOf(power));
      const legal = legalActions(G, power);
      const first = legal.find((a) => a.kind === 'ops' || a.kind === 'event');
      const shown = shownActions(legal, first && (first.kind === 'ops' || first.kind === 'event') ? first.card : null);
      const describe = forecastLookup(view, power, shown);
      for (const a of shown) {
        const t = describe(a);
        expect(t).not.toBeNull();
        // A digit with an arrow, or a signed number. Two lines may carry none: moving the focus (only
        // the marker moves) and an action that changes nothing, which must say so and why.
        const line = `${t!.short} ${t!.warnings.join(' ')}`;
        expect(line).toMatch(/\d\s*→\s*\d|[+−-]\d|^Focus → (China|Russia|none)|^No change \S/);
        expect(t!.full.length).toBeGreaterThan(0);
      }
    }
  });

  it('lifts the warnings a player must not miss out of the line, and always asks for them', () => {
    const G = frames('fc-warn').find((s) => s.step.kind === 'play' && s.step.power === 'us')!;
    const view = viewFor(G, seatOf('us'));
    const accommodate = legalActions(G, 'us').find((a) => a.kind === 'ops' && a.op.kind === 'accommodate');
    if (accommodate) {
      const t = forecastText(forecast(view, 'us', accommodate));
      expect(t.mustConfirm).toBe(true);
      expect(t.warnings.join(' ')).toMatch(/\S/);
      expect(t.short).not.toMatch(/^Permanent/);
    }
    const plain = legalActions(G, 'us').find((a) => a.kind === 'ops' && a.op.kind === 'influence')!;
    expect(forecastText(forecast(view, 'us', plain)).mustConfirm).toBe(false);
    // Being charged with a crisis does not stop a play, but its line in the whole forecast (and the
    // confirmation) is drawn as a warning: each caution is one of the full text's lines.
    const charged = 'United States would be charged with starting the Europe crisis.';
    const t = forecastText({ ...forecast(view, 'us', plain), warnings: [{ kind: 'tieBreak', theaters: ['europe'], certainty: 'certain', text: charged }] });
    expect(t.mustConfirm).toBe(false);
    expect(t.cautions).toEqual([charged]);
    expect(t.full.split('\n')).toContain(charged);
    // A Brink left for the round's end is confirmed by the one who would lose it; to the others it is a caution.
    const ahead = (loser: 'us' | 'russia') => forecastText({ ...forecast(view, 'us', plain), warnings: [{ kind: 'brinkAhead', loser, theater: 'europe', certainty: 'certain', text: 'Brink ahead.' }] });
    expect(ahead('us')).toMatchObject({ mustConfirm: true, warnings: ['Brink ahead.'] });
    expect(ahead('russia')).toMatchObject({ mustConfirm: false, cautions: ['Brink ahead.'] });
  });

  it('names every op with the rules’ own verb phrase', () => {
    for (const p of POWERS) for (const op of candidateOps(p)) {
      const verb = OP_LABEL[op.kind];
      expect(opLabel(op).toLowerCase().startsWith(verb)).toBe(true);
    }
  });
});

/** The client's non-drawing logic: view model, labels, the text mirror. */
import { describe, expect, it } from 'vitest';
import { legalActions } from '../../game/rules/actions';
import { viewFor } from '../../game/view';
import { boardVM } from '../../client/viewmodel';
import { mirrorLines } from '../../client/ui/mirror';
import { actionLabel, logLine } from '../../client/ui/labels';
import { headline } from '../../client/ui/gameover';
import { begun, tweak } from '../helpers/state';

describe('board view model', () => {
  it('derives control, alignment and the acting power from the state', () => {
    const s = tweak(begun(), (d) => {
      d.influence.taiwan = { us: 7, china: 2, russia: 0 };
      d.tracks = { economic: 7, technological: 4, political: 6, military: 6 };
    });
    const vm = boardVM(viewFor(s, '0'), '2019');
    expect(vm.regions.find((r) => r.id === 'taiwan')?.controller).toBe('us');
    expect(vm.alignment).toBe('defacto');
    expect(vm.alignmentName).toBe('De facto alliance');
    expect(vm.acting).toBe('us');
    expect(vm.year).toBe(2019);
  });

  it('highlights exactly the regions where the acting seat may place influence', () => {
    const s = tweak(begun(), (d) => { d.accommodated.russia = true; });
    const v = viewFor(s, '0');
    const vm = boardVM(v, '2019', legalActions(v, 'us'));
    const targetable = new Set(vm.regions.filter((r) => r.targetable).map((r) => r.id));
    const influence = new Set(legalActions(v, 'us').flatMap((a) => (a.kind === 'ops' && a.op.kind === 'influence' ? [a.op.region] : [])));
    expect(targetable).toEqual(influence);
    // Accommodating Russia gives up its sphere: Crimea is not a target, the Pacific still is.
    expect(targetable.has('crimea')).toBe(false);
    expect(targetable.has('taiwan')).toBe(true);
  });
});

describe('words on screen', () => {
  it('the mirror lists every region with its influence and controller', () => {
    const lines = mirrorLines(boardVM(viewFor(begun(), '1'), '2019'));
    expect(lines.filter((l) => /stability \d/.test(l))).toHaveLength(10);
    expect(lines.join('\n')).toMatch(/Taiwan Strait \(Pacific, stability 4, flashpoint\)/);
    // The map's name leads (the one the buttons and the log say), the full name beside it.
    expect(lines.join('\n')).toMatch(/^Korea \(Korean Peninsula, Pacific, stability 3\)/m);
  });

  it('log lines carry the round, the power (once) and the citation', () => {
    expect(logLine({ round: 3, power: 'russia', text: 'Moscow accepts.', cite: 'P6' })).toBe('Round 3 · Russia: Moscow accepts. (P6)');
    // A line that opens with its power's name does not say it twice.
    expect(logLine({ round: 3, power: 'china', text: 'China proposes.', cite: 'P6' })).toBe('Round 3 · China proposes. (P6)');
    expect(logLine({ round: 2, power: 'us', text: 'United States plays “Pivot to Asia” for its event.' })).toBe('Round 2 · United States plays “Pivot to Asia” for its event.');
  });

  it('labels name the card and the operation', () => {
    const s = begun();
    const a = legalActions(s, 'us').find((x) => x.kind === 'ops' && x.op.kind === 'influence' && x.op.region === 'korea');
    expect(a && actionLabel(a)).toMatch(/^Place influence in Korea — ".+" for \d ops$/);
  });

  it('the game-over headline names the Brink loser', () => {
    const s = tweak(begun(), (d) => { d.outcome = { kind: 'brink', loser: 'russia', winner: 'us' }; });
    expect(headline(viewFor(s, null))).toMatch(/Russia pushed the world to the Brink and loses\. United States wins/);
  });
});

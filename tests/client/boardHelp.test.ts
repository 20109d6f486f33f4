/** The help a part of the board gives when tapped or hovered: its numbers now, and what they do. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TUNING, TECH_MILESTONES } from '../../game';
import { viewFor } from '../../game/view';
import { boardVM } from '../../client/viewmodel';
import { boardHelp } from '../../client/ui/boardHelp';
import { actionLabel } from '../../client/ui/labels';
import { CARDS } from '../../client/board/layout';
import { legalActions } from '../../game/rules/actions';
import { begun, tweak } from '../helpers/state';

const text = (s: Parameters<typeof tweak>[1] = () => {}, id: (typeof CARDS)[number] = 'us'): string => {
  const h = boardHelp(boardVM(viewFor(tweak(begun(), s), '0'), '2019'), id);
  return [h.title, ...h.lines, h.cite].join('\n');
};

describe('meter card help', () => {
  it('every card, each theater’s header and the top bar has a title, lines and the paragraph behind it', () => {
    const vm = boardVM(viewFor(begun(), '0'), '2019');
    for (const id of [...CARDS, 'pacific', 'europe', 'topBar'] as const) {
      const h = boardHelp(vm, id);
      expect(h.title.length, id).toBeGreaterThan(3);
      expect(h.lines.length, id).toBeGreaterThanOrEqual(2);
      expect(h.cite, id).toMatch(/^P\d/);
    }
  });

  it('the US card counts the Eye of Sauron and export controls in the threat, and says when the pair is driven together', () => {
    const t = text((d) => { d.hostility = { china: 2, russia: 3 }; d.focus = 'china'; d.exportControls = 2; });
    expect(t).toContain('China 4 (hostility 2, +1 for the Eye of Sauron, +1 for export controls)');
    expect(t).toContain('Russia 3 (hostility 3)');
    expect(t).toMatch(/now China and Russia/);
    expect(t).toMatch(/driven together/);
    const calm = text((d) => { d.hostility = { china: 1, russia: 1 }; d.focus = null; d.exportControls = 0; });
    expect(calm).toMatch(/neither is now/);
    expect(calm).not.toMatch(/driven together/);
  });

  it('the alignment card names the next rung and what it lacks', () => {
    const quasi = text((d) => { d.tracks = { economic: 6, technological: 1, political: 4, military: 4 }; }, 'alignment');
    expect(quasi).toMatch(/Next: De facto alliance/);
    expect(quasi).toContain('Technological 1 raised');
    const defacto = text((d) => { d.tracks = { economic: 7, technological: 4, political: 5, military: 6 }; }, 'alignment');
    expect(defacto).toMatch(/the treaty .* Political and Military 7\+ \(now 5 and 6\)/);
  });

  it('the Russia card says whether Standing scores now, and what resentment does', () => {
    expect(text((d) => { d.standing = 5; d.dependency = 4; }, 'russia')).toMatch(/it does now/);
    const resentful = text((d) => { d.standing = 3; d.dependency = 5; }, 'russia');
    expect(resentful).toMatch(/not now/);
    expect(resentful).toMatch(/resents the junior role/);
  });

  it('a theater’s header names its flashpoint, its crisis threshold and who fights there; the top bar names the Brink', () => {
    const vm = boardVM(viewFor(tweak(begun(), (d) => { d.theaterTension.europe = 4; d.usPool = 6; d.forces.russia.europe = 4; }), '0'), '2019');
    const europe = [boardHelp(vm, 'europe').title, ...boardHelp(vm, 'europe').lines].join('\n');
    expect(europe).toMatch(/^Europe tension/);
    expect(europe).toContain('Tension 4 of 5: at 4 a crisis erupts at Ukraine (★) at the round’s end — this round');
    expect(europe).toContain('the US (its whole pool, 6) against Russia (4 forces here)');
    const top = boardHelp(vm, 'topBar').lines.join('\n');
    expect(top).toMatch(/pushes it to 5 \(Brink\) loses at once/);
  });

  it('the China card marks the milestones reached', () => {
    const t = text((d) => { d.chinaTech = 5; }, 'china');
    // The worths are the rules' table's.
    const worth = (level: number) => DEFAULT_TUNING[TECH_MILESTONES.find((m) => m.level === level)!.worth];
    expect(t).toContain(`level 3 pays ${worth(3)} (reached)`);
    expect(t).toContain(`level 5 pays ${worth(5)} (reached)`);
    expect(t).toContain(`level 6 pays ${worth(6)}.`);
  });
});

describe('region names', () => {
  it('an influence action names the region as its map badge does', () => {
    const v = viewFor(begun(), '0');
    const vm = boardVM(v, '2019');
    const labels = legalActions(v, 'us').filter((a) => a.kind === 'ops' && a.op.kind === 'influence').map(actionLabel);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(vm.regions.some((r) => l.includes(` in ${r.name} —`)), l).toBe(true);
  });
});

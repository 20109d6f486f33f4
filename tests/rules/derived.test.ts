import { describe, expect, it } from 'vitest';
import { controller } from '../../game/board';
import { alignment, drivenTogether, resentful } from '../../game/rules/derived';
import type { Alignment } from '../../game/types';

describe('alignment level (P1, P2, P5, P12)', () => {
  const cases: { name: string; tracks: [number, number, number, number]; treaty?: boolean; want: Alignment }[] = [
    { name: '1996 start is a strategic partnership', tracks: [1, 1, 2, 2], want: 'partnership' },
    { name: 'total 12 makes a quasi-alliance', tracks: [4, 1, 4, 3], want: 'quasi' },
    { name: 'total 22 with every track 3+ is de facto', tracks: [7, 3, 6, 6], want: 'defacto' },
    { name: 'total 22 with tech at 2 stays quasi: tech is the weakest link (P9)', tracks: [8, 2, 6, 6], want: 'quasi' },
    { name: 'the signed treaty is de jure whatever the tracks', tracks: [1, 1, 1, 1], treaty: true, want: 'dejure' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [economic, technological, political, military] = c.tracks;
      expect(alignment({ tracks: { economic, technological, political, military }, treaty: c.treaty ?? false })).toBe(c.want);
    });
  }
});

describe('control of a region: influence ≥ highest rival + stability', () => {
  it('the US controls Taiwan (stability 4) with 6 against China’s 2', () => {
    expect(controller({ us: 6, china: 2, russia: 0 }, 'taiwan')).toBe('us');
  });
  it('5 against 2 is not enough in Taiwan', () => {
    expect(controller({ us: 5, china: 2, russia: 0 }, 'taiwan')).toBeNull();
  });
  it('an empty region is controlled by nobody', () => {
    expect(controller({ us: 0, china: 0, russia: 0 }, 'scs')).toBeNull();
  });
  it('China controls the South China Sea (stability 2) with 2 against none', () => {
    expect(controller({ us: 0, china: 2, russia: 0 }, 'scs')).toBe('china');
  });
});

describe('balance-of-power and junior-partner meters', () => {
  it('driven together only when the US is hostile (3+) to both (P16)', () => {
    expect(drivenTogether({ hostility: { china: 3, russia: 3 } })).toBe(true);
    expect(drivenTogether({ hostility: { china: 5, russia: 2 } })).toBe(false);
  });
  it('Russia is resentful when Dependency exceeds Standing (P14)', () => {
    expect(resentful({ dependency: 6, standing: 5 })).toBe(true);
    expect(resentful({ dependency: 5, standing: 5 })).toBe(false);
  });
});

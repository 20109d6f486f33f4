/** The quantities a forecast compares, in the order a forecast lists them, and how to read each. */
import { FLAGS } from '../content/types';
import { drivenTogether, regionController } from '../rules/derived';
import type { MatchState } from '../state';
import { DOMAINS, PARTNERS, POWERS, REGIONS, THEATERS } from '../types';
import type { Quantity, Value } from './types';

export const QUANTITIES: readonly Quantity[] = [
  ...PARTNERS.map((partner) => ({ kind: 'hostility', partner }) as const),
  { kind: 'focus' },
  ...PARTNERS.map((partner) => ({ kind: 'accommodated', partner }) as const),
  { kind: 'driven' },
  ...DOMAINS.map((domain) => ({ kind: 'track', domain }) as const),
  { kind: 'treaty' },
  { kind: 'dependency' },
  { kind: 'standing' },
  { kind: 'chinaTech' },
  { kind: 'exportControls' },
  ...POWERS.map((power) => ({ kind: 'prestige', power }) as const),
  ...REGIONS.flatMap((region) => POWERS.map((power) => ({ kind: 'influence', region, power }) as const)),
  ...REGIONS.map((region) => ({ kind: 'control', region }) as const),
  ...PARTNERS.flatMap((partner) => THEATERS.map((theater) => ({ kind: 'forces', partner, theater }) as const)),
  { kind: 'usPool' },
  ...THEATERS.map((theater) => ({ kind: 'theaterTension', theater }) as const),
  { kind: 'globalTension' },
  ...THEATERS.map((theater) => ({ kind: 'crisisTrigger', theater }) as const),
  ...POWERS.map((power) => ({ kind: 'crisesStarted', power }) as const),
  ...FLAGS.map((flag) => ({ kind: 'flag', flag }) as const),
];

export function read(s: MatchState, q: Quantity): Value {
  switch (q.kind) {
    case 'hostility': return s.hostility[q.partner];
    case 'focus': return s.focus;
    case 'accommodated': return s.accommodated[q.partner];
    case 'driven': return drivenTogether(s);
    case 'track': return s.tracks[q.domain];
    case 'treaty': return s.treaty;
    case 'dependency': return s.dependency;
    case 'standing': return s.standing;
    case 'chinaTech': return s.chinaTech;
    case 'exportControls': return s.exportControls;
    case 'prestige': return s.prestige[q.power];
    case 'influence': return s.influence[q.region][q.power];
    case 'control': return regionController(s, q.region);
    case 'forces': return s.forces[q.partner][q.theater];
    case 'usPool': return s.usPool;
    case 'theaterTension': return s.theaterTension[q.theater];
    case 'globalTension': return s.globalTension;
    case 'crisisTrigger': return s.crisisTrigger[q.theater];
    case 'crisesStarted': return s.crisesStarted[q.power];
    case 'flag': return s.flags[q.flag] === true;
  }
}

/**
 * Every quantity of `s` at once, in the order of QUANTITIES (tests check it
 * against `read`). Written out: a forecast reads some 30 states per action.
 */
export function snapshot(s: MatchState): Value[] {
  const v: Value[] = [s.hostility.china, s.hostility.russia, s.focus, s.accommodated.china, s.accommodated.russia, drivenTogether(s)];
  for (const d of DOMAINS) v.push(s.tracks[d]);
  v.push(s.treaty, s.dependency, s.standing, s.chinaTech, s.exportControls);
  for (const p of POWERS) v.push(s.prestige[p]);
  for (const r of REGIONS) {
    const row = s.influence[r];
    v.push(row.us, row.china, row.russia);
  }
  for (const r of REGIONS) v.push(regionController(s, r));
  for (const p of PARTNERS) for (const t of THEATERS) v.push(s.forces[p][t]);
  v.push(s.usPool);
  for (const t of THEATERS) v.push(s.theaterTension[t]);
  v.push(s.globalTension);
  for (const t of THEATERS) v.push(s.crisisTrigger[t]);
  for (const p of POWERS) v.push(s.crisesStarted[p]);
  for (const f of FLAGS) v.push(s.flags[f] === true);
  return v;
}

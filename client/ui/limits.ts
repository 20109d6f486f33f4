/**
 * The rules' limits, for the words a player reads (help page, region panel,
 * action descriptions). Most come from game/index.ts; the influence cap and
 * the force caps are not exported there, so they are read from the rules
 * themselves: the first amount at which `whyNotOp` refuses another placement
 * or deployment ('maxed'). Nothing here is a copied number.
 */
import type { MatchState, Op, Power } from '../../game';
import { initialState, whyNotOp } from '../../game';

function firstRefused(max: number, probe: (n: number) => boolean): number {
  for (let n = 0; n <= max; n++) if (probe(n)) return n;
  return max;
}


function refused(power: Power, op: Op, edit: (v: MatchState, n: number) => MatchState): (n: number) => boolean {
  const v0 = initialState('2019');
  return (n) => whyNotOp(edit(v0, n), power, 4, op)?.code === 'maxed';
}

let cached: { influence: number; forces: number; usPool: number } | null = null;

/** Influence a power may hold in one region; forces per partner per theater; the US pool. */
export function caps(): { influence: number; forces: number; usPool: number } {
  cached ??= {
    influence: firstRefused(100, refused('us', { kind: 'influence', region: 'korea' }, (v, n) => ({ ...v, influence: { ...v.influence, korea: { ...v.influence.korea, us: n } } }))),
    forces: firstRefused(100, refused('china', { kind: 'deploy', theater: 'pacific' }, (v, n) => ({ ...v, forces: { ...v.forces, china: { ...v.forces.china, pacific: n } } }))),
    usPool: firstRefused(100, refused('us', { kind: 'deploy', theater: 'pacific' }, (v, n) => ({ ...v, usPool: n }))),
  };
  return cached;
}

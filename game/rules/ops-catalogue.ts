/**
 * What actions and operations exist: their shapes, the domain each op is spent in, which powers
 * may use it, the ops it needs, its words, and every op shape a power might choose. Whether one
 * is legal now is game/rules/actions.ts.
 */
import type { CardId } from '../content/types';
import type { Domain, Partner, Power, RegionId, Theater } from '../types';
import { DOMAINS, isPartner, PARTNERS, REGIONS, THEATERS } from '../types';

/** An operation bought with a card's ops value. Each belongs to one domain. */
export type Op =
  | { readonly kind: 'propose'; readonly domain: Domain }
  | { readonly kind: 'bargain' }
  | { readonly kind: 'treaty' }
  | { readonly kind: 'sanction'; readonly target: Partner }
  | { readonly kind: 'research' }
  | { readonly kind: 'exportControls' }
  | { readonly kind: 'influence'; readonly region: RegionId }
  | { readonly kind: 'pressure'; readonly target: Partner }
  | { readonly kind: 'focus'; readonly target: Partner | 'none' }
  | { readonly kind: 'wedge' }
  | { readonly kind: 'accommodate'; readonly target: Partner }
  | { readonly kind: 'diplomacy' }
  | { readonly kind: 'deploy'; readonly theater: Theater }
  | { readonly kind: 'rally'; readonly theater: Theater };

export type Action =
  | { readonly kind: 'begin' }
  | { readonly kind: 'event'; readonly card: CardId }
  | { readonly kind: 'ops'; readonly card: CardId; readonly op: Op }
  | { readonly kind: 'respond'; readonly accept: boolean }
  | { readonly kind: 'split'; readonly pacific: number };

export const OP_DOMAIN: Readonly<Record<Op['kind'], Domain | 'proposal'>> = {
  propose: 'proposal',
  bargain: 'political',
  treaty: 'political',
  sanction: 'economic',
  research: 'technological',
  exportControls: 'technological',
  influence: 'political',
  pressure: 'political',
  focus: 'political',
  wedge: 'political',
  accommodate: 'political',
  diplomacy: 'political',
  deploy: 'military',
  rally: 'military',
};

/** The domain an op is spent in. */
export const opDomain = (op: Op): Domain => (op.kind === 'propose' ? op.domain : (OP_DOMAIN[op.kind] as Domain));

/** Which powers may use each op. */
export const OP_POWERS: Readonly<Record<Op['kind'], readonly Power[]>> = {
  propose: ['china', 'russia'],
  bargain: ['china', 'russia'],
  treaty: ['china', 'russia'],
  sanction: ['us'],
  research: ['china'],
  exportControls: ['us'],
  influence: ['us', 'china', 'russia'],
  pressure: ['us'],
  focus: ['us'],
  wedge: ['us'],
  accommodate: ['us'],
  diplomacy: ['russia'],
  deploy: ['us', 'china', 'russia'],
  rally: ['us'],
};

/** Ops value a card needs for each op (default 1). */
export const MIN_OPS: Partial<Readonly<Record<Op['kind'], number>>> = {
  bargain: 2,
  treaty: 2,
  wedge: 2,
  accommodate: 3,
};

/** Political cooperation needed before the spheres bargain (P11). */
export const BARGAIN_MIN_POLITICAL = 4;

export const OP_LABEL: Readonly<Record<Op['kind'], string>> = {
  propose: 'propose a cooperation step',
  bargain: 'propose the spheres bargain',
  treaty: 'propose the mutual-defence treaty',
  sanction: 'impose sanctions',
  research: 'invest in own research',
  exportControls: 'impose export controls',
  influence: 'place influence',
  pressure: 'apply pressure',
  focus: 'move the focus',
  wedge: 'foster distrust',
  accommodate: 'seek durable accommodation',
  diplomacy: 'conduct great-power diplomacy',
  deploy: 'deploy forces',
  rally: 'rally allies',
};

/** Every op shape a power might choose (before checking legality). */
export function candidateOps(power: Power): Op[] {
  const ops: Op[] = [];
  if (isPartner(power)) {
    for (const d of DOMAINS) ops.push({ kind: 'propose', domain: d });
    ops.push({ kind: 'bargain' }, { kind: 'treaty' });
  }
  if (power === 'china') ops.push({ kind: 'research' });
  if (power === 'russia') ops.push({ kind: 'diplomacy' });
  if (power === 'us') {
    for (const t of PARTNERS) {
      ops.push({ kind: 'sanction', target: t }, { kind: 'pressure', target: t }, { kind: 'accommodate', target: t }, { kind: 'focus', target: t });
    }
    ops.push({ kind: 'focus', target: 'none' }, { kind: 'exportControls' }, { kind: 'wedge' });
    for (const t of THEATERS) ops.push({ kind: 'rally', theater: t });
  }
  for (const r of REGIONS) ops.push({ kind: 'influence', region: r });
  for (const t of THEATERS) ops.push({ kind: 'deploy', theater: t });
  return ops;
}

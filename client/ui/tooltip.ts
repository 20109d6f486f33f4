/** The tooltip of a region: its numbers and the article paragraph behind it. */
import type { RegionId } from '../../game';
import { POWER_NAMES, POWERS } from '../../game';
import type { BoardVM } from '../viewmodel';
import { h } from './dom';

export function regionTooltip(vm: BoardVM, id: RegionId): HTMLElement[] {
  const r = vm.regions.find((x) => x.id === id);
  if (!r) return [];
  return [
    h('strong', {}, `${r.name}${r.flashpoint ? ' ★ flashpoint' : ''}`),
    h('span', {}, `Stability ${r.stability} · ${r.controller ? `controlled by ${POWER_NAMES[r.controller]}` : 'uncontrolled'}`),
    h('span', {}, POWERS.map((p) => `${POWER_NAMES[p]} ${r.influence[p]}`).join(' · ')),
    h('span', { class: 'cite' }, `Source: Lukin, ${r.cite}`),
  ];
}

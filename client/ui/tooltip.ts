/** Tooltips over the board: its numbers and the article paragraph behind them. */
import type { RegionId } from '../../game';
import { POWER_NAMES, POWERS } from '../../game';
import type { HelpSpot } from '../board/layout';
import type { BoardVM } from '../viewmodel';
import { boardHelp } from './boardHelp';
import { h } from './dom';

export function regionTooltip(vm: BoardVM, id: RegionId): HTMLElement[] {
  const r = vm.regions.find((x) => x.id === id);
  if (!r) return [];
  return [
    // The map's name first (the one the buttons and the log use), then the full one when it says more.
    h('strong', {}, `${r.name}${r.flashpoint ? ' ★ flashpoint' : ''}`),
    ...(r.fullName === r.name ? [] : [h('span', {}, r.fullName)]),
    h('span', {}, `Stability ${r.stability} · ${r.controller ? `controlled by ${POWER_NAMES[r.controller]}` : 'uncontrolled'}`),
    h('span', {}, POWERS.map((p) => `${POWER_NAMES[p]} ${r.influence[p]}`).join(' · ')),
    h('span', { class: 'cite' }, `Source: Lukin, ${r.cite}`),
  ];
}

/** The tooltip of a meter card, a theater's header or the top bar: what it means, with its numbers now. */
export function helpTooltip(vm: BoardVM, id: HelpSpot): HTMLElement[] {
  const m = boardHelp(vm, id);
  return [
    h('strong', {}, m.title),
    ...m.lines.map((l) => h('span', {}, l)),
    h('span', { class: 'cite' }, `Source: Lukin, ${m.cite}`),
  ];
}

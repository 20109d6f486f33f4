/** The whole board as text: the accessible mirror of the canvas. */
import type { BoardVM } from '../viewmodel';
import { DOMAIN_NAMES, DOMAINS, POWER_NAMES, POWERS, score, THEATER_NAMES } from '../../game';
import { h } from './dom';

export function mirrorLines(vm: BoardVM): string[] {
  const lines: string[] = [
    `Round ${vm.round} of ${vm.lastRound} (${vm.year}). ${vm.acting ? `${POWER_NAMES[vm.acting]} to act.` : 'Game over.'}`,
    `Global tension ${vm.globalTension} of 5: ${vm.globalTensionName}.`,
    ...vm.theaters.map((t) => `${THEATER_NAMES[t.id]} tension ${t.tension} (crisis at ${t.threshold}); China forces ${t.forces.china}, Russia forces ${t.forces.russia}.`),
    `US global force pool ${vm.usPool}.`,
    `Alignment: ${vm.alignmentName}${vm.treaty ? ' (treaty signed)' : ''}. Cooperation tracks: ${DOMAINS.map((d) => `${DOMAIN_NAMES[d]} ${vm.tracks[d]}`).join(', ')} (total ${vm.trackTotal}).`,
    `US hostility: toward China ${vm.hostility.china}, toward Russia ${vm.hostility.russia}. Focus: ${vm.focus ? POWER_NAMES[vm.focus] : 'none'}.${vm.driven ? ' Driven together.' : ''}`,
    `Russia: Dependency ${vm.dependency}, Standing ${vm.standing}${vm.resentful ? ' — resentful' : ''}. China technology ${vm.chinaTech}.${vm.exportControls ? ` Export controls: ${vm.exportControls} rounds.` : ''}`,
    `Prestige: ${POWERS.map((p) => `${POWER_NAMES[p]} ${score(vm.prestige[p])}`).join(', ')}.`,
  ];
  for (const r of vm.regions) {
    const inf = POWERS.map((p) => `${POWER_NAMES[p]} ${r.influence[p]}`).join(', ');
    lines.push(`${r.name} (${r.fullName === r.name ? '' : `${r.fullName}, `}${THEATER_NAMES[r.theater]}, stability ${r.stability}${r.flashpoint ? ', flashpoint' : ''}): ${inf}. ${r.controller ? `Controlled by ${POWER_NAMES[r.controller]}.` : 'Uncontrolled.'} Source ${r.cite}.`);
  }
  if (vm.currentEvent) lines.push(`World event: ${vm.currentEvent.title} — ${vm.currentEvent.text} (${vm.currentEvent.cite})`);
  return lines;
}

export function renderMirror(vm: BoardVM): HTMLElement {
  return h('details', { class: 'mirror', id: 'mirror' },
    h('summary', {}, 'Board as text'),
    h('ul', {}, mirrorLines(vm).map((l) => h('li', {}, l))));
}

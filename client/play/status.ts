/** The status box (its "Round N/M" is what the online and classroom tests read): whose turn, the round and year, the world event; after the end, the result. */
import type { Power } from '../../game';
import { POWER_NAMES } from '../../game';
import { h } from '../ui/dom';
import type { BoardVM } from '../viewmodel';

export function stepWords(vm: BoardVM): string {
  return vm.stepKind === 'respond' ? 'answering a proposal' : vm.stepKind === 'split' ? 'splitting forces for a two-front crisis' : 'to play';
}

/** `showResult` is offered once the match is over, so a closed game-over dialog can always be opened again. */
export function renderStatus(vm: BoardVM, who: Power | null, showResult: (() => void) | null): HTMLElement {
  let result: HTMLElement | null = null;
  if (vm.outcome && showResult) {
    result = h('button', { type: 'button', class: 'show-result', id: 'show-result' }, 'Show the result');
    result.addEventListener('click', showResult);
  }
  return h('section', { class: 'status', 'aria-label': 'Status' },
    vm.outcome
      ? h('p', { class: 'turn' }, `Game over after round ${vm.round} · ${POWER_NAMES[vm.outcome.winner]} wins `, result)
      : h('p', { class: 'turn' },
        h('span', { class: `power-tag tag-${who ?? 'none'}` }, who ? POWER_NAMES[who] : '—'),
        ` ${stepWords(vm)} · Round ${vm.round}/${vm.lastRound} · ${vm.year}`),
    vm.currentEvent
      ? h('p', { class: 'event' }, h('strong', {}, `World event: ${vm.currentEvent.title}. `), vm.currentEvent.text, h('span', { class: 'cite' }, ` (${vm.currentEvent.cite})`))
      : '',
  );
}

/**
 * The replay's side panel, pure DOM from one frame: what happened at this
 * step, the round and world event, every hand (the match is over, so nothing
 * is secret any more) and the log up to this step.
 */
import { card } from '../../game';
import { worldEvent } from '../../game';
import type { RecordedStep } from '../../game/sim';
import type { MatchState } from '../../game';
import { POWER_NAMES, POWERS } from '../../game';
import { h } from '../ui/dom';
import { actionLabel, logLine } from '../ui/labels';
import type { BoardVM } from '../viewmodel';

/** "Step 12 of 66": the words shown under the controls and announced to screen readers. */
export function stepText(k: number, total: number, vm: BoardVM): string {
  return `Step ${k} of ${total} · Round ${vm.round}/${vm.lastRound} (${vm.year})`;
}

export function whatHappened(k: number, done: RecordedStep | undefined): HTMLElement {
  if (k === 0 || !done) return h('p', { class: 'replay-what' }, 'The start of the match, before the deal.');
  if ('edit' in done) {
    return h('p', { class: 'replay-what' }, done.edit === 'pushEvent'
      ? `The teacher pushes a world event: “${worldEvent(done.event).title}”.`
      : 'The bell: the match is scored where it stands.');
  }
  return h('p', { class: 'replay-what' },
    h('span', { class: `power-tag tag-${done.seat}` }, POWER_NAMES[done.seat]), ' ', actionLabel(done.action));
}

export function statusLines(vm: BoardVM): HTMLElement {
  return h('section', { class: 'status', 'aria-label': 'Status' },
    h('p', { class: 'turn' },
      vm.outcome ? `Game over after round ${vm.round}` : `Round ${vm.round}/${vm.lastRound} · ${vm.year}`,
      vm.acting && !vm.outcome ? ` · ${POWER_NAMES[vm.acting]} to act next` : ''),
    vm.currentEvent
      ? h('p', { class: 'event' }, h('strong', {}, `World event: ${vm.currentEvent.title}. `), vm.currentEvent.text, h('span', { class: 'cite' }, ` (${vm.currentEvent.cite})`))
      : '',
  );
}

export function allHands(G: MatchState): HTMLElement {
  return h('section', { class: 'replay-hands', 'aria-label': 'Hands' },
    h('h2', {}, 'Hands'),
    POWERS.map((p) => h('div', { class: 'replay-hand' },
      h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p]),
      G.hands[p].length
        ? h('ul', {}, G.hands[p].map((id) => h('li', {}, `${card(id).title} (${card(id).ops})`)))
        : h('p', { class: 'hint' }, 'No cards.'))),
  );
}

export function logUpTo(G: MatchState): HTMLElement {
  const list = h('ol', { class: 'log-list' }, G.log.map((e) => h('li', { class: e.power ? `by-${e.power}` : 'by-world' }, logLine(e))));
  return h('section', { class: 'log', 'aria-label': 'Log' }, h('h2', {}, `Log (${G.log.length} entries)`), list);
}

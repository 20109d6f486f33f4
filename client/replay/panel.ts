/**
 * The replay's additions to the play screen's panel, pure DOM from one frame:
 * what happened at this step and every hand (the match is over, so nothing is
 * secret any more). Status, log and mirror are the play screen's own.
 */
import { card } from '../../game';
import { worldEvent } from '../../game';
import type { RecordedStep } from '../../game/sim';
import type { MatchState } from '../../game';
import { POWER_NAMES, POWERS } from '../../game';
import { h } from '../ui/dom';
import { actionLabel } from '../ui/labels';
import type { BoardVM } from '../viewmodel';

/** "Step 12 of 66": the words shown under the controls and announced to screen readers. */
export function stepText(k: number, total: number, vm: BoardVM): string {
  return `Step ${k} of ${total} · Round ${vm.round}/${vm.lastRound} (${vm.year})`;
}

export function whatHappened(k: number, done: RecordedStep | undefined): HTMLElement {
  if (k === 0 || !done) return h('p', { class: 'replay-what' }, 'The start of the match, before the deal.');
  if ('edit' in done) {
    if (done.edit === 'clock') {
      return h('p', { class: 'replay-what' }, h('span', { class: `power-tag tag-${done.power}` }, POWER_NAMES[done.power]),
        ' Time is up: the turn clock’s Normal bot plays this turn (the next steps).');
    }
    return h('p', { class: 'replay-what' }, done.edit === 'pushEvent'
      ? `The teacher pushes a world event: “${worldEvent(done.event).title}”.`
      : 'The bell: the match is scored where it stands.');
  }
  return h('p', { class: 'replay-what' },
    h('span', { class: `power-tag tag-${done.seat}` }, POWER_NAMES[done.seat]), ' chose: ', actionLabel(done.action));
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

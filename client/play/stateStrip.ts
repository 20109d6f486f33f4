/**
 * The state line a small screen always shows, whichever view is open: the
 * round, whose turn it is, global tension and each power's prestige. Hidden
 * on larger screens, where the status box and the board's top bar say it.
 */
import type { Power } from '../../game';
import { POWERS, score } from '../../game';
import { POWER_CODE } from '../board/palette';
import { h } from '../ui/dom';
import { resultChip, turnOfRound, TURNS_TITLE } from '../ui/labels';
import type { BoardVM } from '../viewmodel';

function turnWords(vm: BoardVM, who: Power | null): string {
  if (vm.outcome) return resultChip(vm.outcome, (p) => POWER_CODE[p]);
  if (!who) return 'Waiting';
  return `${POWER_CODE[who]} ${vm.stepKind === 'respond' ? 'answers' : vm.stepKind === 'split' ? 'splits' : 'to play'}`;
}

export function renderStateStrip(vm: BoardVM, who: Power | null): HTMLElement {
  const chip = vm.outcome ? vm.outcome.winner : who;
  return h('div', { class: 'state-strip', 'aria-label': 'Game state' },
    // Each power has three turns a round: which one this is tells when the round (and its crises) ends.
    h('span', { class: 'ss-round', title: TURNS_TITLE }, `Round ${vm.round}/${vm.lastRound}`, vm.turn && !vm.outcome ? h('span', { class: 'ss-turn-of' }, `, ${turnOfRound(vm)}`) : ''),
    h('span', { class: `power-tag tag-${chip ?? 'none'} ss-turn` }, turnWords(vm, who)),
    h('span', { class: `ss-tension${vm.globalTension >= vm.brink - 1 ? ' alarm' : ''}`, title: vm.globalTensionName }, `Global tension ${vm.globalTension}/${vm.brink} ${vm.globalTension >= vm.brink ? 'Brink' : vm.globalTensionName}`),
    h('span', { class: 'ss-prestige', 'aria-label': 'Prestige' },
      POWERS.map((p) => h('span', { class: `ss-p ss-${p}` }, `${POWER_CODE[p]} ${score(vm.prestige[p])}`))),
  );
}

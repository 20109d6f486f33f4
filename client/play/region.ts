/**
 * The chosen region: a click on the map selects it (it never plays anything)
 * and this panel says what stands there — stability, each power's influence
 * against the cap, who controls it — and what the chosen card may do there.
 */
import type { Action, CardId, MatchView, Power, RegionId } from '../../game';
import { BOARD, card, MAX_INFLUENCE, POWER_NAMES, POWERS, THEATER_NAMES } from '../../game';
import { actionButton, opChoices, refused, rivalEventNote, roundEndNote } from '../ui/actions';
import type { Describe } from '../ui/actions';
import { h } from '../ui/dom';
import { opLabel } from '../ui/labels';
import { theName } from '../ui/words';
import type { BoardVM } from '../viewmodel';

export interface RegionPanelProps {
  readonly vm: BoardVM;
  readonly region: RegionId;
  /** The acting human and the chosen card, when they may act now. */
  readonly actor: { readonly view: MatchView; readonly power: Power; readonly legal: readonly Action[]; readonly card: CardId | null } | null;
  readonly onAct: (a: Action) => void;
  readonly onClose: () => void;
  readonly describe?: Describe;
}

/** The ops of a card that concern a region: influence there, and its theater's forces and allies. */
function regionActions(p: NonNullable<RegionPanelProps['actor']>, region: RegionId): { label: string; action: Action; why: string | null }[] {
  if (!p.card || p.view.step.kind !== 'play') return [];
  const theater = BOARD[region].theater;
  return opChoices(p, p.card)
    .filter((o) => (o.op.kind === 'influence' && o.op.region === region) || ((o.op.kind === 'deploy' || o.op.kind === 'rally') && o.op.theater === theater))
    .map((o) => ({ label: opLabel(o.op), action: o.action, why: o.why }));
}

export function renderRegionPanel(p: RegionPanelProps): HTMLElement {
  const r = p.vm.regions.find((x) => x.id === p.region);
  const info = BOARD[p.region];
  const cap = MAX_INFLUENCE;
  const close = h('button', { type: 'button', class: 'region-close', 'aria-label': 'Close the region panel' }, '×');
  close.addEventListener('click', p.onClose);
  if (!r) return h('section', {});
  const top = (q: Power) => Math.max(...POWERS.filter((x) => x !== q).map((x) => r.influence[x]));
  const acts = p.actor ? regionActions(p.actor, p.region) : [];
  const describe = p.describe ?? (() => null);
  const stuck = POWERS.filter((q) => r.influence[q] >= cap).length >= 2 && r.stability > 0;
  return h('section', { class: 'region-panel', id: 'region-panel', role: 'region', 'aria-label': `Region: ${r.name}`, tabindex: '-1' },
    h('div', { class: 'region-head' }, h('h2', {}, `${r.name}${r.flashpoint ? ' ★' : ''}`), close),
    h('p', { class: 'hint' }, `${r.fullName === r.name ? '' : `${r.fullName} · `}${THEATER_NAMES[r.theater]}${r.flashpoint ? ' · flashpoint (crises are fought here)' : ''}${r.sphere ? ` · ${POWER_NAMES[r.sphere]}’s sphere` : ''} · stability ${r.stability} · source ${info.cite}`),
    h('table', { class: 'region-inf' },
      h('caption', {}, `Influence (at most ${cap} per power)`),
      h('tbody', {}, POWERS.map((q) => h('tr', { class: r.controller === q ? 'controls' : '' },
        h('th', { scope: 'row' }, h('span', { class: `power-tag tag-${q}` }, POWER_NAMES[q])),
        h('td', {}, `${r.influence[q]} of ${cap}`),
        h('td', { class: 'hint' }, r.controller === q ? 'controls it' : `needs ${Math.min(top(q) + r.stability, cap + 1) > cap ? 'more than the cap allows' : top(q) + r.stability} to control`))))),
    h('p', {}, r.controller ? `${theName(r.controller, true)} controls it.` : 'Nobody controls it.', ` A power controls a region when its influence is at least the highest rival’s plus the stability (${r.stability}).`),
    stuck ? h('p', { class: 'warn' }, `Two powers are at the cap of ${cap} here: nobody can control it any more.`) : '',
    p.actor && p.actor.card && p.actor.view.step.kind === 'play'
      ? h('div', { class: 'region-acts' },
        h('h3', {}, `With “${card(p.actor.card).title}” here`),
        rivalEventNote(p.actor.card, p.actor.view, p.actor.power, p.describe),
        roundEndNote(p.describe),
        acts.length
          ? h('ul', { class: 'act-list' }, acts.map((a) => a.why ? refused(a.label, a.why) : actionButton(a.label, a.action, p.onAct, describe(a.action))))
          : h('p', { class: 'hint' }, 'This card has nothing to do here.'))
      : h('p', { class: 'hint' }, p.actor ? '' : 'Actions appear here on your turn.'),
  );
}

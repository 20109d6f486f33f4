/**
 * The Actions region and the hand: the acting seat's legal actions as
 * buttons, and the ones it cannot take with the rules' own reason.
 */
import { card } from '../../game';
import type { CardId } from '../../game';
import type { Action, Op } from '../../game';
import { candidateOps, opDomain, whyNot, whyNotOp } from '../../game';
import { acceptingPays } from '../../game';
import type { MatchView } from '../../game';
import type { Domain, Power, RegionId } from '../../game';
import { DOMAIN_NAMES, DOMAINS, POWER_NAMES, THEATER_NAMES } from '../../game';
import { h } from './dom';
import { opLabel, proposalLabel } from './labels';

export interface ActionsProps {
  readonly view: MatchView;
  readonly power: Power;
  readonly legal: readonly Action[];
  readonly selected: CardId | null;
  readonly onSelect: (id: CardId) => void;
  readonly onAct: (a: Action) => void;
  /** A region action got or lost keyboard focus or the pointer: show the region on the board. */
  readonly onRegionFocus?: (id: RegionId | null, anchor: DOMRect | null) => void;
}

const sameOp = (a: Op, b: Op): boolean => JSON.stringify(a) === JSON.stringify(b);

function actionButton(label: string, a: Action, onAct: (a: Action) => void, extra = ''): HTMLButtonElement {
  const b = h('button', { type: 'button', class: `act ${extra}`.trim() }, label);
  b.addEventListener('click', () => onAct(a));
  return b;
}

function disabled(label: string, reason: string): HTMLElement {
  return h('div', { class: 'act-off' },
    h('button', { type: 'button', class: 'act', disabled: true, 'aria-describedby': undefined }, label),
    h('span', { class: 'why' }, reason));
}

/** The hand: one compact, selectable card each; the chosen one is shown whole in Actions. */
export function renderHand(p: ActionsProps): HTMLElement {
  const hand = p.view.hands[p.power] ?? [];
  return h('section', { class: 'hand', 'aria-label': `${POWER_NAMES[p.power]}'s hand` },
    h('h2', {}, `Your hand (${POWER_NAMES[p.power]})`),
    h('ul', { class: 'cards' },
      hand.map((id) => {
        const c = card(id);
        const aff = c.affinity === 'neutral' ? 'Neutral' : POWER_NAMES[c.affinity];
        const b = h('button', {
          type: 'button',
          class: `card aff-${c.affinity}${p.selected === id ? ' selected' : ''}`,
          'aria-pressed': p.selected === id ? 'true' : 'false',
          'data-card': id,
          title: `${c.text} — ${c.note} (Source: ${c.cite})`,
        },
          h('span', { class: 'ops', 'aria-label': `${c.ops} ops` }, String(c.ops)),
          h('span', { class: 'card-body' },
            h('strong', { class: 'card-title' }, c.title),
            h('span', { class: 'card-meta' }, `${aff} · ${DOMAIN_NAMES[c.domain]} · ${c.cite}`)),
        );
        b.addEventListener('click', () => p.onSelect(id));
        return h('li', {}, b);
      }),
    ),
  );
}

/** Everything printed on a card: shown for the one being played. */
function cardDetail(id: CardId): HTMLElement {
  const c = card(id);
  const aff = c.affinity === 'neutral' ? 'Neutral' : POWER_NAMES[c.affinity];
  return h('div', { class: `card-detail aff-${c.affinity}` },
    h('p', { class: 'card-meta' }, `${c.ops} ops · ${aff} · ${DOMAIN_NAMES[c.domain]}${c.year ? ` · ${c.year}` : ''}`),
    h('p', { class: 'card-text' }, c.text),
    h('p', { class: 'card-note' }, c.note, ' ', h('span', { class: 'cite' }, `Source: Lukin, ${c.cite}`)),
  );
}

/** The Actions region for the acting human. */
export function renderActions(p: ActionsProps): HTMLElement {
  const region = h('section', { role: 'region', 'aria-label': 'Actions', id: 'actions', class: 'actions', tabindex: '-1' });
  const step = p.view.step;
  if (step.kind === 'respond') {
    region.append(
      h('div', { class: 'proposal', role: 'group', 'aria-label': 'Proposal' },
        h('h2', {}, 'A proposal'),
        h('p', {}, proposalLabel(step.proposal)),
        h('p', { class: 'hint' }, `${acceptingPays(p.view, step.proposal)} The proposer has spent the card either way.`),
        p.legal.map((a) => actionButton(a.kind === 'respond' && a.accept ? 'Accept' : 'Decline', a, p.onAct, a.kind === 'respond' && a.accept ? 'primary' : '')),
      ),
    );
    return region;
  }
  if (step.kind === 'split') {
    region.append(h('h2', {}, 'Two-front crisis: split your forces'),
      h('p', { class: 'hint' }, `Send part of the pool of ${p.view.usPool} to the Pacific; the rest go to Europe.`),
      h('div', { class: 'split' }, p.legal.map((a) => a.kind === 'split'
        ? actionButton(`${THEATER_NAMES.pacific} ${a.pacific} · ${THEATER_NAMES.europe} ${p.view.usPool - a.pacific}`, a, p.onAct)
        : null)));
    return region;
  }
  if (step.kind !== 'play') return region;
  const id = p.selected;
  if (!id) {
    region.append(h('p', {}, 'Choose a card from your hand.'));
    return region;
  }
  const c = card(id);
  region.append(h('h2', {}, `Play “${c.title}” (${c.ops} ops)`), cardDetail(id));
  const ev: Action = { kind: 'event', card: id };
  const evWhy = whyNot(p.view, p.power, ev);
  region.append(h('h3', {}, 'For its event'));
  region.append(evWhy ? disabled(`Event: ${c.text}`, evWhy.message) : actionButton(`Event: ${c.text}`, ev, p.onAct, 'event'));
  if (c.affinity !== 'neutral' && c.affinity !== p.power) {
    region.append(h('p', { class: 'warn' }, `Played for ops, this card also fires ${POWER_NAMES[c.affinity]}'s event.`));
  }
  const byDomain = new Map<Domain, HTMLElement[]>();
  for (const op of candidateOps(p.power)) {
    const a: Action = { kind: 'ops', card: id, op };
    const legal = p.legal.some((l) => l.kind === 'ops' && l.card === id && sameOp(l.op, op));
    const why = legal ? null : whyNotOp(p.view, p.power, c.ops, op);
    const d = opDomain(op);
    const el = why ? disabled(opLabel(op), why.message) : actionButton(opLabel(op), a, p.onAct);
    if (op.kind === 'influence' && p.onRegionFocus) {
      const show = p.onRegionFocus;
      const target = el.matches('button') ? el : el.querySelector('button');
      target?.setAttribute('data-region', op.region);
      const on = () => show(op.region, el.getBoundingClientRect());
      const off = () => show(null, null);
      el.addEventListener('focusin', on);
      el.addEventListener('mouseenter', on);
      el.addEventListener('focusout', off);
      el.addEventListener('mouseleave', off);
    }
    byDomain.set(d, [...(byDomain.get(d) ?? []), el]);
  }
  for (const d of DOMAINS) {
    const items = byDomain.get(d);
    if (!items?.length) continue;
    region.append(h('div', { class: `domain domain-${d}`, role: 'group', 'aria-label': `${DOMAIN_NAMES[d]} ops` },
      h('h3', {}, `${DOMAIN_NAMES[d]} ops`), items));
  }
  return region;
}

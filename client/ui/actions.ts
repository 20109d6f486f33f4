/**
 * The Actions region and the hand. For the chosen card: its event first when
 * it may be played, then its ops grouped under headings (the card's own
 * domain first, then influence by theater, then the rest), each button with
 * an accessible description of what it does (`describe`: the rules'
 * forecast, client/play/forecasts.ts), and in each group the actions not possible now, folded away,
 * each with the rules' reason. On a small screen the influence groups are folded too, each
 * summary naming its regions. Arrow keys move between the buttons.
 */
import { card } from '../../game';
import type { CardId } from '../../game';
import type { Action, Op } from '../../game';
import { candidateOps, opDomain, whyNot, whyNotOp } from '../../game';
import { acceptingPays, rivalEventFires } from '../../game';
import type { MatchView } from '../../game';
import type { Domain, Power, RegionId, Theater } from '../../game';
import { BOARD, DOMAIN_NAMES, DOMAINS, POWER_NAMES, THEATER_NAMES, THEATERS } from '../../game';
import { canonical } from '../../game/sim';
import { h } from './dom';
import { opLabel, opsCount, proposalLabel } from './labels';
import { possessive, theaterName, theName } from './words';

/** What an action will do, as the button, its description and the confirmation show it. */
export interface ActionText {
  /** One line with numbers under the button; also its accessible description. */
  readonly short: string;
  /** Everything, shown on focus and hover and in the confirmation. */
  readonly full: string;
  /** Said on the button in a line of its own: it cannot succeed, it ends the game, it is permanent. */
  readonly warnings: readonly string[];
  /**
   * Lines of `full` a player should not read past (charged with starting a crisis, a blunted
   * sanction, a promised prestige withheld): drawn as warnings wherever `full` is shown.
   */
  readonly cautions: readonly string[];
  /** Asked before it is played, whatever “Confirm every play” says. */
  readonly mustConfirm: boolean;
}
/** What each action will do; `shared`: what every operation of a rival's card does alike (its event), said once. */
export type Describe = ((a: Action) => ActionText | null) & {
  /** What a rival's card's event does whichever operation is chosen (sharedParts). */
  readonly shared?: readonly string[];
  /** What the round's end brings whichever action closes it (sharedRoundEnd). */
  readonly roundEnd?: readonly string[];
};

export interface ActionsProps {
  readonly view: MatchView;
  readonly power: Power;
  readonly legal: readonly Action[];
  readonly selected: CardId | null;
  readonly onSelect: (id: CardId) => void;
  readonly onAct: (a: Action) => void;
  /** A region action got or lost keyboard focus or the pointer: show the region on the board. */
  readonly onRegionFocus?: (id: RegionId | null, anchor: DOMRect | null) => void;
  /** What each action will do (the rules' forecast); nothing is said without it. */
  readonly describe?: Describe;
  /** A small screen: the influence groups start folded, each naming its regions, and open on a tap. */
  readonly fold?: boolean;
  /** The hand's cards every play of which loses the game at the Brink (the rules' cardsThatLose). */
  readonly losing?: ReadonlySet<CardId>;
}

/** Ops compared as the replay compares states: by their canonical form (key order does not matter). */
const sameOp = (a: Op, b: Op): boolean => canonical(a) === canonical(b);
let ids = 0;
/** The actions whose whole forecast a touch player opened (by canonical form). */
const wholeOpen = new Set<string>();
/** The influence groups a small screen's player opened: a redraw (a bot's move) keeps them open. */
const influenceOpen = new Set<Theater>();

/** A rival's card fires its event when played for ops: said once, with what the event does to every operation. */
export function rivalEventNote(id: CardId, view: MatchView, power: Power, describe: Describe | undefined): HTMLElement | '' {
  const c = card(id);
  if (c.affinity === 'neutral' || c.affinity === power) return '';
  // Its condition unmet (a one-time event already happened), the event does not fire: said, not promised.
  if (!rivalEventFires(view, id, power)) return h('p', { class: 'hint rival-event' }, `Played for ops, this ${POWER_NAMES[c.affinity]} card fires no event now: its condition is not met.`);
  const shared = describe?.shared ?? [];
  return h('p', { class: 'warn rival-event' }, `Played for ops, this card also fires ${possessive(c.affinity)} event${shared.length ? `, whichever operation you choose: ${shared.join(' · ')}` : ''}.`);
}

/** On the round's last play: what its end brings whatever is played, said once above the choices (their lines say only what they add). */
export function roundEndNote(describe: Describe | undefined): HTMLElement | '' {
  const parts = describe?.roundEnd ?? [];
  return parts.length ? h('p', { class: 'hint round-end-note' }, h('strong', {}, 'This play closes the round. '), `Whatever you play, the round’s end brings: ${parts.join(' · ')}.`) : '';
}

/** Open the folded group an action's button is in (a Suggest pick, the first button to focus). */
export function reveal(el: Element): void {
  const fold = el.closest('details.act-fold');
  if (fold instanceof HTMLDetailsElement) fold.open = true;
}

/** What a turn's focus lands on: the first playable button, or the summary of the folded group it is in. */
export function firstFocus(list: ParentNode): HTMLElement | null {
  const first = list.querySelector<HTMLElement>('button:not([disabled])');
  const fold = first?.closest('details.act-fold:not([open])');
  return fold?.querySelector<HTMLElement>(':scope > summary') ?? first ?? null;
}

/** A playable action: the button, its forecast line (aria-describedby), any warning line, and the full forecast on focus and hover. */
export function actionButton(label: string, a: Action, onAct: (a: Action) => void, text: ActionText | null, extra = ''): HTMLElement {
  const id = `act-desc-${++ids}`;
  const warned = !!text?.warnings.length;
  const b = h('button', { type: 'button', class: `act ${extra}${warned ? ' warned' : ''}`.trim(), 'aria-describedby': text ? id : undefined, 'data-action': canonical(a) }, label);
  b.addEventListener('click', () => onAct(a));
  if (!text) return h('li', { class: 'act-on' }, b);
  const li = h('li', { class: 'act-on' }, b,
    h('span', { class: 'desc', id },
      h('span', { class: 'forecast' }, text.short),
      text.warnings.map((w) => h('span', { class: 'act-warn' }, ' ', h('span', { 'aria-hidden': 'true' }, '⚠ '), w))));
  if (text.full && text.full !== text.short) {
    // Touch has no hover, and a tap plays: there "More" opens the whole forecast under the line,
    // and it stays open through the redraws that replace the list (a bot's move, the board loading).
    const key = canonical(a);
    const open = wholeOpen.has(key);
    if (open) li.classList.add('show-full');
    const more = h('button', { type: 'button', class: 'act-whole', 'aria-expanded': String(open), 'aria-label': `Whole forecast: ${label}` }, open ? 'Less' : 'More');
    more.addEventListener('click', () => {
      const now = li.classList.toggle('show-full');
      more.setAttribute('aria-expanded', String(now));
      more.textContent = now ? 'Less' : 'More';
      if (now) wholeOpen.add(key);
      else wholeOpen.delete(key);
    });
    li.append(more, h('span', { class: 'act-full', 'aria-hidden': 'true' }, fullLines(text, 'span')));
  }
  return li;
}

/** The whole forecast, a line each, its cautions marked as warnings. */
export function fullLines(text: Pick<ActionText, 'full' | 'cautions'>, tag: 'span' | 'p'): HTMLElement[] {
  const cautions = new Set(text.cautions);
  return text.full.split('\n').filter((l) => l).map((l) => (cautions.has(l)
    ? h(tag, { class: 'full-line caution' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), l)
    : h(tag, { class: 'full-line' }, l)));
}

/** An action the rules refuse now: shown, with the rules' sentence, never clickable. */
export function refused(label: string, reason: string): HTMLElement {
  const id = `act-why-${++ids}`;
  return h('li', { class: 'act-off' },
    h('button', { type: 'button', class: 'act', disabled: true, 'aria-describedby': id }, label),
    h('span', { class: 'why', id }, reason));
}

/**
 * The card shown first when a turn begins: the power's own first, whose event is written for it;
 * then a neutral one; a rival's last, since played for ops it also fires its owner's event.
 */
export function firstChoice(hand: readonly CardId[], power: Power): CardId | undefined {
  return hand.find((id) => card(id).affinity === power) ?? hand.find((id) => card(id).affinity === 'neutral') ?? hand[0];
}

/** The hand: one compact, selectable card each; the chosen one is shown whole in Actions. */
export function renderHand(p: ActionsProps): HTMLElement {
  const hand = p.view.hands[p.power] ?? [];
  return h('section', { class: 'hand', 'aria-label': `${possessive(p.power, true)} hand` },
    h('h2', {}, `Your hand (${POWER_NAMES[p.power]})`),
    h('ul', { class: 'cards' },
      hand.map((id) => {
        const c = card(id);
        const aff = c.affinity === 'neutral' ? 'Neutral' : POWER_NAMES[c.affinity];
        const loses = p.losing?.has(id) ?? false;
        const b = h('button', {
          type: 'button',
          class: `card aff-${c.affinity}${p.selected === id ? ' selected' : ''}${loses ? ' loses' : ''}`,
          'aria-pressed': p.selected === id ? 'true' : 'false',
          'data-card': id,
          title: `${c.text} — ${c.note} (Source: ${c.cite})`,
        },
          h('span', { class: 'ops', 'aria-label': opsCount(c.ops) }, String(c.ops)),
          h('span', { class: 'card-body' },
            h('strong', { class: 'card-title' }, c.title),
            h('span', { class: 'card-meta' }, `${aff} · ${DOMAIN_NAMES[c.domain]} · ${c.cite}`),
            // Said on the card, before it is chosen: its forecasts would say it only once it is.
            loses ? h('span', { class: 'card-loses' }, `⚠ Every play loses: global tension reaches the Brink and ${theName(p.power)} loses the game`) : ''),
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
    h('p', { class: 'card-meta' }, `${opsCount(c.ops)} · ${aff} · ${DOMAIN_NAMES[c.domain]}${c.year === undefined ? '' : ` · ${c.year}${c.until === undefined ? '' : `–${c.until}`}`}${c.once ? ' · once' : ''}`),
    h('p', { class: 'card-text' }, c.text),
    h('p', { class: 'card-note' }, c.note, ' ', h('span', { class: 'cite' }, `Source: Lukin, ${c.cite}`)),
  );
}

/** Where an op goes in the list: influence by theater, everything else by domain. */
type GroupKey = `influence-${Theater}` | Domain;

function groupOf(op: Op): GroupKey {
  return op.kind === 'influence' ? `influence-${BOARD[op.region].theater}` : opDomain(op);
}

function groupTitle(g: GroupKey): string {
  if (g.startsWith('influence-')) return `Influence in ${theaterName(g.slice('influence-'.length) as Theater)}`;
  return g === 'political' ? 'Political ops' : `${DOMAIN_NAMES[g as Domain]} ops`;
}

/** The order of the groups: the card's own domain first, then influence, then the rest. */
export function groupOrder(cardDomain: Domain): GroupKey[] {
  const influence = THEATERS.map((t) => `influence-${t}` as const);
  const rest = DOMAINS.filter((d) => d !== cardDomain);
  const first: GroupKey[] = cardDomain === 'political' ? [...influence, 'political'] : [cardDomain, ...influence];
  return [...first, ...rest];
}

export interface OpChoice {
  readonly op: Op;
  readonly action: Action;
  readonly why: string | null;
}

/** Every op the power could spend this card on, legal or with the rules' reason. */
export function opChoices(p: Pick<ActionsProps, 'view' | 'power' | 'legal'>, id: CardId): OpChoice[] {
  const c = card(id);
  return candidateOps(p.power).map((op) => {
    const action: Action = { kind: 'ops', card: id, op };
    const legal = p.legal.some((l) => l.kind === 'ops' && l.card === id && sameOp(l.op, op));
    return { op, action, why: legal ? null : (whyNotOp(p.view, p.power, c.ops, op)?.message ?? 'Not possible now.') };
  });
}

/** Wire one action's element to show its region (the board's outline and tooltip). */
function showsRegion(el: HTMLElement, region: RegionId, show: NonNullable<ActionsProps['onRegionFocus']>): void {
  el.querySelector('button')?.setAttribute('data-region', region);
  const on = () => show(region, el.getBoundingClientRect());
  const off = () => show(null, null);
  el.addEventListener('focusin', on);
  el.addEventListener('mouseenter', on);
  el.addEventListener('focusout', off);
  el.addEventListener('mouseleave', off);
}

/** Up/Down (and Home/End) move between the region's buttons; Tab still works as usual. */
function arrowKeys(region: HTMLElement): void {
  region.addEventListener('keydown', (ev) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(ev.key)) return;
    const all = [...region.querySelectorAll<HTMLElement>('button:not([disabled]), summary')].filter((b) => b.offsetParent !== null);
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    const to = ev.key === 'Home' ? 0 : ev.key === 'End' ? all.length - 1 : i + (ev.key === 'ArrowDown' ? 1 : -1);
    const target = all[Math.max(0, Math.min(all.length - 1, to))];
    if (!target) return;
    ev.preventDefault();
    target.focus();
  });
}

/** The Actions region for the acting human. */
export function renderActions(p: ActionsProps): HTMLElement {
  const region = h('section', { role: 'region', 'aria-label': 'Actions', id: 'actions', class: 'actions', tabindex: '-1' });
  arrowKeys(region);
  const describe: Describe = p.describe ?? (() => null);
  const step = p.view.step;
  if (step.kind === 'respond') {
    region.append(
      h('div', { class: 'proposal', role: 'group', 'aria-label': 'Proposal' },
        h('h2', {}, 'A proposal'),
        h('p', {}, proposalLabel(step.proposal)),
        h('p', { class: 'hint' }, `${acceptingPays(p.view, step.proposal)} The proposer has spent the card either way.`),
        roundEndNote(p.describe),
        h('ul', { class: 'act-list' }, p.legal.map((a) => {
          const yes = a.kind === 'respond' && a.accept;
          return actionButton(yes ? 'Accept' : 'Decline', a, p.onAct, describe(a), yes ? 'primary' : '');
        })),
      ),
    );
    return region;
  }
  if (step.kind === 'split') {
    region.append(h('h2', {}, 'Two-front crisis: split your forces'),
      h('p', { class: 'hint' }, `Send part of the pool of ${p.view.usPool} to the Pacific; the rest go to Europe. Each side’s strength is its forces there plus its influence at the flashpoint.`),
      h('ul', { class: 'act-list split' }, p.legal.map((a) => a.kind === 'split'
        ? actionButton(`${THEATER_NAMES.pacific} ${a.pacific} · ${THEATER_NAMES.europe} ${p.view.usPool - a.pacific}`, a, p.onAct, describe(a))
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
  region.append(h('h2', {}, `Play “${c.title}” (${opsCount(c.ops)})`), cardDetail(id), roundEndNote(p.describe));
  const refusedAll: HTMLElement[] = [];

  // 1. The card's event, first when it may be played.
  const ev: Action = { kind: 'event', card: id };
  const evWhy = whyNot(p.view, p.power, ev);
  if (!evWhy) {
    region.append(h('div', { class: 'act-group group-event', role: 'group', 'aria-labelledby': `grp-event` },
      h('h3', { id: 'grp-event' }, 'Its event'),
      h('ul', { class: 'act-list' }, actionButton(`Play for its event`, ev, p.onAct, describe(ev), 'event'))));
  } else {
    refusedAll.push(refused('Play for its event', evWhy.message));
  }
  region.append(rivalEventNote(id, p.view, p.power, p.describe));

  // 2. The ops, grouped and ordered.
  const byGroup = new Map<GroupKey, OpChoice[]>();
  for (const o of opChoices(p, id)) byGroup.set(groupOf(o.op), [...(byGroup.get(groupOf(o.op)) ?? []), o]);
  for (const g of groupOrder(c.domain)) {
    const items = byGroup.get(g) ?? [];
    const on = items.filter((o) => !o.why);
    const off = items.filter((o) => o.why);
    const el = (o: OpChoice): HTMLElement => {
      const li = o.why ? refused(opLabel(o.op), o.why) : actionButton(opLabel(o.op), o.action, p.onAct, describe(o.action));
      if (o.op.kind === 'influence' && p.onRegionFocus) showsRegion(li, o.op.region, p.onRegionFocus);
      return li;
    };
    if (!on.length) {
      refusedAll.push(...off.map(el));
      continue;
    }
    const gid = `grp-${g}`;
    const head = h('h3', { id: gid }, groupTitle(g), g === c.domain ? h('span', { class: 'hint' }, ' · this card’s domain') : '');
    const body = [
      h('ul', { class: 'act-list' }, on.map(el)),
      off.length ? h('details', { class: 'act-more' }, h('summary', {}, `${off.length} not possible now`), h('ul', { class: 'act-list' }, off.map(el))) : '',
    ];
    const theater = g.startsWith('influence-') ? (g.slice('influence-'.length) as Theater) : null;
    if (p.fold && theater) {
      // Ten regions with their forecasts were most of a phone's list: the summary names them instead.
      const names = on.flatMap((o) => (o.op.kind === 'influence' ? [BOARD[o.op.region].name] : []));
      const fold = h('details', { class: `act-group act-fold group-${g}`, 'aria-labelledby': gid, open: influenceOpen.has(theater) },
        h('summary', {}, head, h('span', { class: 'fold-regions' }, names.join(' · '))),
        ...body);
      fold.addEventListener('toggle', () => (fold.open ? influenceOpen.add(theater) : influenceOpen.delete(theater)));
      region.append(fold);
    } else {
      region.append(h('div', { class: `act-group group-${g}`, role: 'group', 'aria-labelledby': gid }, head, ...body));
    }
  }
  if (refusedAll.length) {
    region.append(h('details', { class: 'act-more act-none' },
      h('summary', {}, `${refusedAll.length} not possible with this card now`),
      h('ul', { class: 'act-list' }, refusedAll)));
  }
  return region;
}

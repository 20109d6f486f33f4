/**
 * What a power may do. `legalActions` lists every legal action of a power in
 * a state; `whyNot` says in words why one action is not legal. Moves, the UI,
 * the bots and `ai.enumerate` all go through these two functions.
 */
import { BOARD, MAX_INFLUENCE } from '../board';
import { card, isCardId } from '../content';
import type { CardId } from '../content/types';
import type { RulesState } from '../state';
import type { Domain, Partner, Power, RegionId, Theater } from '../types';
import {
  DOMAIN_NAMES, DOMAINS, isPartner, PARTNERS, POWER_NAMES, REGIONS, THEATERS,
} from '../types';
import { alignmentAtLeast, TREATY_MIN } from './derived';
import { holds, MAX_CHINA_TECH, MAX_FORCES, MAX_METER, MAX_TRACK, MAX_US_POOL, sphereClosedToUs } from './effects';

/** An operation bought with a card's ops value. Each belongs to one domain. */
export type Op =
  | { readonly kind: 'propose'; readonly domain: Domain }
  | { readonly kind: 'bargain' }
  | { readonly kind: 'treaty' }
  | { readonly kind: 'sanction'; readonly target: Partner }
  | { readonly kind: 'research' }
  | { readonly kind: 'exportControls' }
  | { readonly kind: 'influence'; readonly region: RegionId }
  | { readonly kind: 'pressure'; readonly target: Partner }
  | { readonly kind: 'focus'; readonly target: Partner | 'none' }
  | { readonly kind: 'wedge' }
  | { readonly kind: 'accommodate'; readonly target: Partner }
  | { readonly kind: 'diplomacy' }
  | { readonly kind: 'deploy'; readonly theater: Theater }
  | { readonly kind: 'rally'; readonly theater: Theater };

export type Action =
  | { readonly kind: 'begin' }
  | { readonly kind: 'event'; readonly card: CardId }
  | { readonly kind: 'ops'; readonly card: CardId; readonly op: Op }
  | { readonly kind: 'respond'; readonly accept: boolean }
  | { readonly kind: 'split'; readonly pacific: number };

export const OP_DOMAIN: Readonly<Record<Op['kind'], Domain | 'proposal'>> = {
  propose: 'proposal',
  bargain: 'political',
  treaty: 'political',
  sanction: 'economic',
  research: 'technological',
  exportControls: 'technological',
  influence: 'political',
  pressure: 'political',
  focus: 'political',
  wedge: 'political',
  accommodate: 'political',
  diplomacy: 'political',
  deploy: 'military',
  rally: 'military',
};

/** The domain an op is spent in. */
export const opDomain = (op: Op): Domain => (op.kind === 'propose' ? op.domain : (OP_DOMAIN[op.kind] as Domain));

/** Which powers may use each op. */
const OP_POWERS: Readonly<Record<Op['kind'], readonly Power[]>> = {
  propose: ['china', 'russia'],
  bargain: ['china', 'russia'],
  treaty: ['china', 'russia'],
  sanction: ['us'],
  research: ['china'],
  exportControls: ['us'],
  influence: ['us', 'china', 'russia'],
  pressure: ['us'],
  focus: ['us'],
  wedge: ['us'],
  accommodate: ['us'],
  diplomacy: ['russia'],
  deploy: ['us', 'china', 'russia'],
  rally: ['us'],
};

/** Ops value a card needs for each op (default 1). */
export const MIN_OPS: Partial<Readonly<Record<Op['kind'], number>>> = {
  bargain: 2,
  treaty: 2,
  wedge: 2,
  accommodate: 3,
};

/** Political cooperation needed before the spheres bargain (P11). */
export const BARGAIN_MIN_POLITICAL = 4;

export type ReasonCode =
  | 'gameOver'
  | 'notYourTurn'
  | 'wrongStep'
  | 'notInHand'
  | 'unknownCard'
  | 'rivalEvent'
  | 'eventCondition'
  | 'notYourOp'
  | 'opsTooLow'
  | 'maxed'
  | 'alreadyDone'
  | 'notReady'
  | 'accommodated'
  | 'focused'
  | 'sphereClosed'
  | 'badSplit'
  | 'malformed';

/** A rejection: a typed code for programs and a sentence for people. */
export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
}

const no = (code: ReasonCode, message: string): Reason => ({ code, message });

/** The power the match is waiting for, or null when it is over. */
export function actor(s: Pick<RulesState, 'step'>): Power | null {
  switch (s.step.kind) {
    case 'begin':
    case 'split':
      return 'us';
    case 'play':
      return s.step.power;
    case 'respond':
      return s.step.proposal.to;
    case 'over':
      return null;
  }
}

/** Why `power` may not take `action` now, or null if it may. */
export function whyNot(s: RulesState, power: Power, action: Action): Reason | null {
  if (s.step.kind === 'over' || s.outcome) return no('gameOver', 'The game is over.');
  const who = actor(s);
  if (who !== power) return no('notYourTurn', `It is ${who ? POWER_NAMES[who] : 'nobody'}'s turn, not ${POWER_NAMES[power]}'s.`);
  switch (action.kind) {
    case 'begin':
      return s.step.kind === 'begin' ? null : no('wrongStep', 'The match has already begun.');
    case 'respond':
      if (s.step.kind !== 'respond') return no('wrongStep', 'There is no proposal to answer.');
      return typeof action.accept === 'boolean' ? null : no('malformed', 'Answer a proposal with accept or decline.');
    case 'split': {
      if (s.step.kind !== 'split') return no('wrongStep', 'There is no two-front crisis to split forces for.');
      const n = action.pacific;
      if (!Number.isInteger(n) || n < 0 || n > s.usPool) {
        return no('badSplit', `Send between 0 and ${s.usPool} forces to the Pacific; the rest go to Europe.`);
      }
      return null;
    }
    case 'event':
    case 'ops':
      return whyNotCard(s, power, action);
  }
}

function whyNotCard(
  s: RulesState,
  power: Power,
  action: Extract<Action, { kind: 'event' | 'ops' }>,
): Reason | null {
  if (s.step.kind !== 'play') return no('wrongStep', 'Cards are played only on your action turn.');
  if (!isCardId(action.card)) return no('unknownCard', 'No such card.');
  if (!(s.hands[power] ?? []).includes(action.card)) return no('notInHand', 'That card is not in your hand.');
  const c = card(action.card);
  if (action.kind === 'event') {
    if (c.affinity !== power && c.affinity !== 'neutral') {
      return no('rivalEvent', `"${c.title}" is ${POWER_NAMES[c.affinity]}'s event: play it for ops instead (its event will fire for ${POWER_NAMES[c.affinity]}).`);
    }
    if (c.requires && !holds(s, c.requires)) return no('eventCondition', `"${c.title}" cannot be played for its event now: ${conditionText(c.requires)}.`);
    return null;
  }
  return whyNotOp(s, power, c.ops, action.op);
}

/** Why `power` may not spend `ops` on `op`, or null. */
export function whyNotOp(s: RulesState, power: Power, ops: number, op: Op): Reason | null {
  if (!op || typeof op !== 'object' || !Object.hasOwn(OP_POWERS, op.kind)) return no('malformed', 'Unknown operation.');
  if (!OP_POWERS[op.kind].includes(power)) return no('notYourOp', `${POWER_NAMES[power]} cannot ${OP_LABEL[op.kind]}.`);
  const min = MIN_OPS[op.kind] ?? 1;
  const reason = whyNotOpNow(s, power, op);
  // What no card could change (done already, maxed, locked) says more than the card's value.
  if (reason && LASTING.has(reason.code)) return reason;
  if (ops < min) return no('opsTooLow', `Needs a card worth ${min}+ ops.`);
  return reason;
}

/** Reasons that hold whatever card is played. */
const LASTING: ReadonlySet<ReasonCode> = new Set(['malformed', 'alreadyDone', 'maxed', 'accommodated', 'sphereClosed']);

/** Why the state rules `op` out for `power`, whatever the card's value. */
function whyNotOpNow(s: RulesState, power: Power, op: Op): Reason | null {
  switch (op.kind) {
    case 'propose':
      if (!DOMAINS.includes(op.domain)) return no('malformed', 'Unknown domain.');
      if (s.tracks[op.domain] >= MAX_TRACK) return no('maxed', `${DOMAIN_NAMES[op.domain]} cooperation is already at its maximum.`);
      return null;
    case 'bargain':
      if (s.flags.crimeaRecognised && s.flags.claimsEndorsed) return no('alreadyDone', 'The spheres bargain has already been struck.');
      if (s.tracks.political < BARGAIN_MIN_POLITICAL) return no('notReady', `The spheres bargain needs Political cooperation ${BARGAIN_MIN_POLITICAL}+.`);
      return null;
    case 'treaty':
      if (s.treaty) return no('alreadyDone', 'The treaty is already signed.');
      if (s.tracks.political < TREATY_MIN || s.tracks.military < TREATY_MIN) {
        return no('notReady', `The treaty needs Political and Military cooperation ${TREATY_MIN}+.`);
      }
      if (!alignmentAtLeast(s, 'defacto')) return no('notReady', 'The treaty needs a De facto alliance first.');
      return null;
    case 'sanction':
    case 'pressure':
      if (!PARTNERS.includes(op.target)) return no('malformed', 'Unknown target.');
      if (s.accommodated[op.target]) return no('accommodated', `The US has durably accommodated ${POWER_NAMES[op.target]}.`);
      return null;
    case 'research':
      return s.chinaTech >= MAX_CHINA_TECH ? no('maxed', 'China’s technology is already at its maximum.') : null;
    case 'exportControls':
      return s.exportControls > 0 ? no('alreadyDone', 'Export controls are already in force.') : null;
    case 'influence': {
      if (!REGIONS.includes(op.region)) return no('malformed', 'Unknown region.');
      const sphere = BOARD[op.region].sphere;
      if (power === 'us' && sphere && sphereClosedToUs(s, op.region)) {
        return no('sphereClosed', `The US accepted ${POWER_NAMES[sphere]}'s sphere when it accommodated it.`);
      }
      if (s.influence[op.region][power] >= MAX_INFLUENCE) return no('maxed', `${BOARD[op.region].name} already holds the most influence a power may place.`);
      return null;
    }
    case 'focus':
      if (op.target !== 'none' && !PARTNERS.includes(op.target)) return no('malformed', 'Unknown target.');
      if ((op.target === 'none' ? null : op.target) === s.focus) return no('alreadyDone', 'The focus is already there.');
      return null;
    case 'wedge':
      return null;
    case 'accommodate':
      if (!PARTNERS.includes(op.target)) return no('malformed', 'Unknown target.');
      if (s.accommodated[op.target]) return no('alreadyDone', `${POWER_NAMES[op.target]} is already accommodated.`);
      if (s.focus === op.target) return no('focused', `The Eye of Sauron is on ${POWER_NAMES[op.target]}: move the focus before accommodating it.`);
      return null;
    case 'diplomacy':
      return s.standing >= MAX_METER ? no('maxed', 'Russia’s Standing is already at its maximum.') : null;
    case 'deploy':
      if (!THEATERS.includes(op.theater)) return no('malformed', 'Unknown theater.');
      if (power === 'us' ? s.usPool >= MAX_US_POOL : isPartner(power) && s.forces[power][op.theater] >= MAX_FORCES) {
        return no('maxed', 'No more forces can be deployed there.');
      }
      return null;
    case 'rally':
      return THEATERS.includes(op.theater) ? null : no('malformed', 'Unknown theater.');
  }
}

export const OP_LABEL: Readonly<Record<Op['kind'], string>> = {
  propose: 'propose a cooperation step',
  bargain: 'propose the spheres bargain',
  treaty: 'propose the mutual-defence treaty',
  sanction: 'impose sanctions',
  research: 'invest in own research',
  exportControls: 'impose export controls',
  influence: 'place influence',
  pressure: 'apply pressure',
  focus: 'move the focus',
  wedge: 'foster distrust',
  accommodate: 'seek durable accommodation',
  diplomacy: 'conduct great-power diplomacy',
  deploy: 'deploy forces',
  rally: 'rally allies',
};

function conditionText(c: NonNullable<ReturnType<typeof card>['requires']>): string {
  switch (c.kind) {
    case 'alignmentAtLeast': return `needs alignment at ${c.level} or higher`;
    case 'alignmentBelow': return `needs alignment below ${c.level}`;
    case 'trackAtLeast': return `needs ${DOMAIN_NAMES[c.domain]} cooperation ${c.value}+`;
    case 'hostileToBoth': return 'needs the US hostile to both China and Russia';
    case 'resentful': return 'needs a resentful Russia';
    case 'focusOn': return c.power === 'none' ? 'needs no US focus' : `needs the US focus on ${POWER_NAMES[c.power]}`;
    case 'flag': return `needs ${c.flag} to have happened`;
    case 'notFlag': return 'it has already happened';
    case 'exportControls': return 'needs export controls in force';
    case 'tensionAtLeast': return `needs ${c.theater} tension ${c.value}+`;
  }
}

/** Every op shape a power might choose (before checking legality). */
export function candidateOps(power: Power): Op[] {
  const ops: Op[] = [];
  if (isPartner(power)) {
    for (const d of DOMAINS) ops.push({ kind: 'propose', domain: d });
    ops.push({ kind: 'bargain' }, { kind: 'treaty' });
  }
  if (power === 'china') ops.push({ kind: 'research' });
  if (power === 'russia') ops.push({ kind: 'diplomacy' });
  if (power === 'us') {
    for (const t of PARTNERS) {
      ops.push({ kind: 'sanction', target: t }, { kind: 'pressure', target: t }, { kind: 'accommodate', target: t }, { kind: 'focus', target: t });
    }
    ops.push({ kind: 'focus', target: 'none' }, { kind: 'exportControls' }, { kind: 'wedge' });
    for (const t of THEATERS) ops.push({ kind: 'rally', theater: t });
  }
  for (const r of REGIONS) ops.push({ kind: 'influence', region: r });
  for (const t of THEATERS) ops.push({ kind: 'deploy', theater: t });
  return ops;
}

/** Every legal action of `power` in `s` (empty when it is not that power's move). */
export function legalActions(s: RulesState, power: Power): Action[] {
  if (s.outcome || actor(s) !== power) return [];
  switch (s.step.kind) {
    case 'begin':
      return [{ kind: 'begin' }];
    case 'respond':
      return [{ kind: 'respond', accept: true }, { kind: 'respond', accept: false }];
    case 'split':
      return Array.from({ length: s.usPool + 1 }, (_, pacific) => ({ kind: 'split', pacific }) as const);
    case 'over':
      return [];
    case 'play': {
      const out: Action[] = [];
      const ops = candidateOps(power);
      for (const id of s.hands[power] ?? []) {
        const ev: Action = { kind: 'event', card: id };
        if (!whyNot(s, power, ev)) out.push(ev);
        const value = card(id).ops;
        for (const op of ops) if (!whyNotOp(s, power, value, op)) out.push({ kind: 'ops', card: id, op });
      }
      return out;
    }
  }
}

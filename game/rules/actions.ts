/**
 * What a power may do. `legalActions` lists every legal action of a power in
 * a state; `whyNot` says in words why one action is not legal. Moves, the UI,
 * the bots and `ai.enumerate` all go through these two functions.
 */
import { BOARD, MAX_INFLUENCE } from '../board';
import { card, isCardId } from '../content';
import type { RulesState } from '../state';
import type { Power } from '../types';
import { DOMAIN_NAMES, DOMAINS, isPartner, PARTNERS, POWER_NAMES, powerPossessive, REGIONS, THEATERS } from '../types';
import { alignmentAtLeast, TREATY_MIN } from './derived';
import { holds, MAX_CHINA_TECH, MAX_FORCES, MAX_METER, MAX_TRACK, MAX_US_POOL, rivalEventFires, sphereClosedToUs } from './effects';
import type { Action, Op } from './ops-catalogue';
import { BARGAIN_MIN_POLITICAL, candidateOps, MIN_OPS, OP_LABEL, OP_POWERS } from './ops-catalogue';

// The catalogue of actions and ops is read through here by most of the rules.
export type { Action, Op } from './ops-catalogue';
export { BARGAIN_MIN_POLITICAL, candidateOps, MIN_OPS, OP_DOMAIN, OP_LABEL, opDomain } from './ops-catalogue';

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

/** Whether the match still waits for its opening move (the seats may still be filling). */
export function awaitingStart(s: Pick<RulesState, 'step'>): boolean {
  return s.step.kind === 'begin';
}

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
  if (who !== power) return no('notYourTurn', `It is ${who ? powerPossessive(who) : 'nobody’s'} turn, not ${powerPossessive(power)}.`);
  switch (action.kind) {
    case 'begin':
      return awaitingStart(s) ? null : no('wrongStep', 'The match has already begun.');
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
      const fires = !c.requires || rivalEventFires(s, action.card, power) ? `its event will fire for ${POWER_NAMES[c.affinity]}` : `its event would not fire now: ${conditionText(c.requires)}`;
      return no('rivalEvent', `"${c.title}" is ${powerPossessive(c.affinity)} event: play it for ops instead (${fires}).`);
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

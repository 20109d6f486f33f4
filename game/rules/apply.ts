/**
 * Apply a legal action to the state: a plain working copy (game/rules/copy.ts) the move returns frozen. The caller
 * has checked `whyNot` first; this function does not re-validate.
 */
import { alignment, alignmentNews } from './derived';
import { card } from '../content';
import type { Effect } from '../content/types';
import { changedParts } from '../forecast/describe';
import { snapshot } from '../forecast/quantities';
import type { MatchState } from '../state';
import { POWER_NAMES } from '../types';
import type { Action } from './actions';
import { opDomain } from './actions';
import { deal, discardPlayed, drawWorldEvent } from './deck';
import type { EffectContext } from './effects';
import { applyEffects, rivalEventFires } from './effects';
import { amend, log, logMove } from './log';
import { applyOp } from './ops';
import { answerProposal } from './proposals';
import type { Rng } from './rng';
import { advance, resolveSplit } from './round';
import type { Power } from '../types';
import { DOMAIN_NAMES } from '../types';
import { drawTieOrder } from './outcome';

export function applyAction(s: MatchState, power: Power, action: Action, rng: Rng): void {
  switch (action.kind) {
    case 'begin':
      deal(s, rng);
      s.tieOrder = drawTieOrder(s.eventDeck);
      s.step = { kind: 'play', power: 'us', turn: 1 };
      log(s, null, `Round 1 begins (${s.startYear}).`);
      log(s, null, `Drawn with the deal, the tie order: ${s.tieOrder.map((p) => POWER_NAMES[p]).join(', ')}. A tie on prestige and crises started goes to the first of them.`);
      drawWorldEvent(s, rng);
      return;
    case 'respond': {
      if (s.step.kind !== 'respond') return;
      answerProposal(s, s.step.proposal, action.accept);
      advance(s, rng);
      return;
    }
    case 'split':
      resolveSplit(s, action.pacific, rng);
      return;
    case 'event':
    case 'ops': {
      const c = card(action.card);
      const hand = s.hands[power];
      hand.splice(hand.indexOf(action.card), 1);
      let fired = action.kind === 'event';
      if (action.kind === 'event') {
        logMove(s, power, `${POWER_NAMES[power]} plays "${c.title}" for its event: ${c.text}`, c.cite);
        eventWithResult(s, c.effects, { self: power, culprit: power, cause: `“${c.title}”` });
      } else {
        logMove(s, power, `${POWER_NAMES[power]} plays "${c.title}" for ${c.ops} ${DOMAIN_NAMES[opDomainOf(action)]} op${c.ops === 1 ? '' : 's'}.`);
        applyOp(s, power, c.ops, action.op);
        // A rival's card played for ops fires that rival's event too. The tension
        // it raises is the player's doing: choosing to play it was their action.
        if (c.affinity !== 'neutral' && rivalEventFires(s, action.card, power) && !s.outcome) {
          log(s, c.affinity, `${firesFor(c.title, c.affinity)}: ${c.text}`, c.cite);
          eventWithResult(s, c.effects, { self: c.affinity, culprit: power, cause: `“${c.title}”` });
          fired = true;
        }
      }
      // A one-time event that has happened, by whoever's hand, does not happen again.
      discardPlayed(s, action.card, fired);
      if (!s.outcome && s.step.kind === 'play') advance(s, rng);
      return;
    }
  }
}

/**
 * A card's event, then what it did in the log: its text says what may happen, with conditions;
 * the result line says what did (prestige has lines of its own).
 */
function eventWithResult(s: MatchState, effects: readonly Effect[], ctx: EffectContext): void {
  const line = s.log.length - 1;
  const before = snapshot(s);
  const was = alignment(s);
  applyEffects(s, effects, ctx);
  const parts = changedParts(before, snapshot(s));
  // Lines the effects wrote (prestige, a sphere closed to the US) already say the rest.
  if (parts.length > 0) amend(s, line, ` Result: ${parts.join(' · ')}.${alignmentNews(was, alignment(s))}`);
  else if (s.log.length === line + 1) amend(s, line, ' Result: nothing changes.');
}

/** How the log opens the line of a rival's event fired by a card played for ops (a forecast looks for it). */
export const firesFor = (title: string, rival: Power): string => `"${title}" fires for ${POWER_NAMES[rival]}`;
const opDomainOf = (a: Extract<Action, { kind: 'ops' }>) => opDomain(a.op);

/**
 * Words for actions, cards and log entries. Pure functions: unit-tested, and
 * shared by the buttons, the screen-reader announcements and the text view.
 */
import { BOARD } from '../../game';
import { card } from '../../game';
import type { Action, Op } from '../../game';
import { proposalPhrase } from '../../game';
import type { LogEntry, Proposal } from '../../game';
import { POWER_NAMES } from '../../game';
import { theaterName } from './words';

export function opLabel(op: Op): string {
  switch (op.kind) {
    case 'propose': return `Propose ${proposalPhrase({ kind: 'step', domain: op.domain })}`;
    case 'bargain': return 'Propose the spheres bargain (Crimea for the sea claims)';
    case 'treaty': return 'Propose the mutual-defence treaty';
    case 'sanction': return `Sanction ${POWER_NAMES[op.target]}`;
    case 'research': return 'Invest in own research';
    case 'exportControls': return 'Impose export controls on China';
    case 'influence': return `Place influence in ${BOARD[op.region].name}`;
    case 'pressure': return `Pressure ${POWER_NAMES[op.target]}`;
    case 'focus': return op.target === 'none' ? 'Lift the focus' : `Turn the focus on ${POWER_NAMES[op.target]}`;
    case 'wedge': return 'Foster distrust between Moscow and Beijing';
    case 'accommodate': return `Seek durable accommodation with ${POWER_NAMES[op.target]}`;
    case 'diplomacy': return 'Great-power diplomacy (Standing)';
    case 'deploy': return `Deploy forces to ${theaterName(op.theater)}`;
    case 'rally': return `Rally allies in ${theaterName(op.theater)}`;
  }
}

export function actionLabel(a: Action): string {
  switch (a.kind) {
    case 'begin': return 'Begin the match';
    case 'event': return `Play "${card(a.card).title}" for its event`;
    case 'ops': return `${opLabel(a.op)} — "${card(a.card).title}" for ${card(a.card).ops} ops`;
    case 'respond': return a.accept ? 'Accept the proposal' : 'Decline the proposal';
    case 'split': return `Send ${a.pacific} to the Pacific`;
  }
}

export function proposalLabel(p: Proposal): string {
  return `${POWER_NAMES[p.from]} proposes ${proposalPhrase(p)} to ${POWER_NAMES[p.to]}.`;
}

/** A log entry as one plain line: "Round 2 · China: … (P7)". */
export function logLine(e: LogEntry): string {
  const who = e.power ? `${POWER_NAMES[e.power]}: ` : '';
  return `Round ${e.round} · ${who}${e.text}${e.cite ? ` (${e.cite})` : ''}`;
}

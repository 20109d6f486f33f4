/**
 * Words for actions, cards and log entries. Pure functions: unit-tested, and
 * shared by the buttons, the screen-reader announcements and the text view.
 */
import { BOARD } from '../../game';
import { card } from '../../game';
import type { Action, Op } from '../../game';
import { DOMAIN_NAMES, OP_LABEL, proposalPhrase } from '../../game';
import type { LogEntry, Outcome, Power, Proposal } from '../../game';
import { POWER_NAMES, TURNS_PER_ROUND } from '../../game';
import { POWER_CODE } from '../board/palette';
import { theaterName } from './words';

/** What an op does to whom: the rules' own verb phrase (OP_LABEL, also in their refusals), then its object. */
function opObject(op: Op): string {
  switch (op.kind) {
    case 'propose': return ` (${DOMAIN_NAMES[op.domain]})`;
    case 'bargain': return ' (Crimea for the sea claims)';
    case 'sanction': return ` on ${POWER_NAMES[op.target]}`;
    case 'pressure': return ` to ${POWER_NAMES[op.target]}`;
    case 'exportControls': return ' on China';
    case 'influence': return ` in ${BOARD[op.region].name}`;
    case 'focus': return op.target === 'none' ? ' away from both' : ` to ${POWER_NAMES[op.target]}`;
    case 'wedge': return ' between Moscow and Beijing';
    case 'accommodate': return ` with ${POWER_NAMES[op.target]}`;
    case 'diplomacy': return ' (Standing)';
    case 'deploy': return ` to ${theaterName(op.theater)}`;
    case 'rally': return ` in ${theaterName(op.theater)}`;
    case 'treaty': case 'research': return '';
  }
}

export function opLabel(op: Op): string {
  const verb = OP_LABEL[op.kind];
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)}${opObject(op)}`;
}

/** "1 op", "3 ops". */
export const opsCount = (n: number): string => `${n} op${n === 1 ? '' : 's'}`;

export function actionLabel(a: Action): string {
  switch (a.kind) {
    case 'begin': return 'Begin the match';
    case 'event': return `Play "${card(a.card).title}" for its event`;
    case 'ops': {
      const { title, ops } = card(a.card);
      return `${opLabel(a.op)} — "${title}" for ${opsCount(ops)}`;
    }
    case 'respond': return a.accept ? 'Accept the proposal' : 'Decline the proposal';
    case 'split': return `Send ${a.pacific} to the Pacific`;
  }
}

export function proposalLabel(p: Proposal): string {
  return `${POWER_NAMES[p.from]} proposes ${proposalPhrase(p)} to ${POWER_NAMES[p.to]}.`;
}

/** A log entry as one plain line: "Round 2 · China: … (P7)". */
export function logLine(e: LogEntry): string {
  return `${logHead(e)}${e.cite ? ` (${e.cite})` : ''}`;
}

/** A log line without its round or paragraph: "China: …". */
export function logBody(e: LogEntry): string {
  // A line that names its power first ("China −1 prestige: …", "United States plays …") says it once.
  const who = e.power && !e.prestige && !e.text.startsWith(POWER_NAMES[e.power]) ? `${POWER_NAMES[e.power]}: ` : '';
  return `${who}${e.text}`;
}

/** A log line without its paragraph: "Round 3 · China: …". */
export const logHead = (e: LogEntry): string => `Round ${e.round} · ${logBody(e)}`;

/**
 * The result in a chip's few words: "China wins", or after the Brink "CN wins · US at Brink" (the
 * winner did not push the world there). `name`: how the chip names a winner (short or full).
 */
export function resultChip(o: Outcome, name: (p: Power) => string): string {
  return o.kind === 'brink' ? `${POWER_CODE[o.winner]} wins · ${POWER_CODE[o.loser]} at Brink` : `${name(o.winner)} wins`;
}

/** Which of the round's turns this is, said so it cannot read as one power's count. */
export const turnOfRound = (vm: { readonly turn: number | null; readonly turns: number }): string =>
  `turn ${vm.turn ?? 1} of ${vm.turns} each`;

export const TURNS_TITLE = `Each power plays ${TURNS_PER_ROUND} turns a round, one after another; the round’s crises and scoring come after the last.`;

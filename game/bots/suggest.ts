/**
 * Hints for a person's seat: the actions Normal's judgement ranks highest from that seat's own
 * view (one-ply look-ahead through the real rules on a guess of the hidden cards; a proposal
 * judged by how the partner would answer), each with the terms that set it above the one
 * ranked after it. A few ms for most hands but 100 ms and more for a few on a busy core, so the
 * client runs it in a Web Worker (client/play/hintWorker.ts).
 */
import type { Action } from '../rules/actions';
import { prng } from '../sim/prng';
import type { MatchState, MatchView } from '../state';
import type { Power } from '../types';
import { determinize } from './determinize';
import { evaluate } from './evaluate';
import { lookAhead } from './normal';
import type { Reason } from './reasons';
import { reasonsBetween } from './reasons';

export interface Suggestion {
  readonly action: Action;
  /** Why it ranks where it does: against the next action ranked below it that scores less (none if nothing does). */
  readonly reasons: readonly Reason[];
}

/** How many actions a hint offers. */
export const SUGGESTIONS = 3;

export function suggest(view: MatchView, power: Power, legal: readonly Action[], n = SUGGESTIONS): Suggestion[] {
  const choices = legal.filter((a) => a.kind !== 'begin');
  if (choices.length === 0) return [];
  // The same guess and the same draws for every action, so they are compared on equal terms;
  // seeded by the position, so asking twice gives the same hint.
  const tag = `hint:${power}:${view.logStart + view.log.length}`;
  const base = determinize(view, power, prng(tag));
  const ranked: { action: Action; after: MatchState; v: number }[] = choices
    .map((action) => {
      const after = lookAhead(base, power, action, prng(tag));
      return { action, after, v: evaluate(after, power) };
    })
    .sort((x, y) => y.v - x.v);
  return ranked.slice(0, n).map((x, i) => {
    // Against the first action ranked below it that scores less: an exact tie (two equivalent
    // placements, say) has no term that separates them, and would leave the hint without a reason.
    const below = ranked.slice(i + 1).find((y) => y.v < x.v);
    return { action: x.action, reasons: below ? reasonsBetween(x.after, below.after, power) : [] };
  });
}

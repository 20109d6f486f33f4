/**
 * Hints for a person's seat: the actions ranked highest from that seat's own view by the
 * judgement the power wins most by (BEST_JUDGEMENT, Expert's; one-ply look-ahead through the real rules on a guess of the hidden cards; a proposal
 * judged by how the partner would answer), each with the terms that set it above the one
 * ranked after it. A few ms for most hands but 100 ms and more for a few on a busy core, so the
 * client runs it in a Web Worker (client/play/hintWorker.ts).
 */
import type { Action } from '../rules/actions';
import { prng } from '../sim/prng';
import type { MatchState, MatchView } from '../state';
import type { Power } from '../types';
import { determinize } from './determinize';
import { BEST_JUDGEMENT, evaluate } from './evaluate';
import { lookAhead } from './normal';
import type { Reason } from './reasons';
import { reasonsBetween } from './reasons';

export interface Suggestion {
  readonly action: Action;
  /** The different move it is compared with: the best ranked below it that scores less (null if none does). */
  readonly against: Action | null;
  /** Why it ranks above `against`: the terms that separate them most. */
  readonly reasons: readonly Reason[];
}

/** How many actions a hint offers. */
export const SUGGESTIONS = 3;

/**
 * What a move does, whichever card pays for it: placing influence in Ukraine is one move whether
 * it is paid with this card or that one. Suggestions are different moves, each with its best card.
 */
export function moveKey(a: Action): string {
  if (a.kind === 'ops') {
    const target = Object.entries(a.op).filter(([k]) => k !== 'kind').map(([k, v]) => `${k}=${String(v)}`).sort();
    return ['ops', a.op.kind, ...target].join(':');
  }
  return a.kind === 'event' ? `event:${a.card}` : JSON.stringify(a);
}

export function suggest(view: MatchView, power: Power, legal: readonly Action[], n = SUGGESTIONS): Suggestion[] {
  const choices = legal.filter((a) => a.kind !== 'begin');
  if (choices.length === 0) return [];
  // The same guess and the same draws for every action, so they are compared on equal terms;
  // seeded by the position, so asking twice gives the same hint.
  const tag = `hint:${power}:${view.logStart + view.log.length}`;
  const base = determinize(view, power, prng(tag));
  const w = BEST_JUDGEMENT[power];
  const ranked: { action: Action; after: MatchState; v: number }[] = choices
    .map((action) => {
      const after = lookAhead(base, power, action, prng(tag));
      return { action, after, v: evaluate(after, power, w) };
    })
    .sort((x, y) => y.v - x.v);
  // Each move once, at its best card's rank.
  const seen = new Set<string>();
  const moves = ranked.filter((x) => {
    const k = moveKey(x.action);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return moves.slice(0, n).map((x, i) => {
    // Against the first move ranked below it that scores less: an exact tie (two equivalent
    // placements, say) has no term that separates them, and would leave the hint without a reason.
    const below = moves.slice(i + 1).find((y) => y.v < x.v);
    return { action: x.action, against: below?.action ?? null, reasons: below ? reasonsBetween(x.after, below.after, power, w) : [] };
  });
}

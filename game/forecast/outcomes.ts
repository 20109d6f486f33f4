/**
 * Every way an action can turn out, found by playing it with the real rules on
 * copies of what the acting seat can see: each answer to a proposal, and each
 * world event the next round could open with.
 */
import { WORLD_EVENTS } from '../content';
import type { EventId } from '../content/types';
import type { Action } from '../rules/actions';
import { applyAction } from '../rules/apply';
import { workingCopy } from '../rules/copy';
import { resolveWorldEvent } from '../rules/deck';
import type { Rng } from '../rules/rng';
import type { MatchState, MatchView } from '../state';
import type { Power } from '../types';

/** One way it turns out. */
export interface Outcome {
  /** The partner's answer, when the action is a proposal. */
  readonly answer: boolean | null;
  /** The state once the action (and its answer) has resolved, before any draw. */
  readonly settled: MatchState;
  /** The final states: one per possible world event, or just `settled`. */
  readonly finals: readonly MatchState[];
}

/** Thrown by the forecast's rng when the rules reach for the world-event pile: the draw is enumerated instead. */
class DrawReached extends Error {}
const DRAW = new DrawReached('the rules reached for the world-event pile');
const isEventList = (items: readonly unknown[]): boolean => typeof items[0] === 'string' && items[0].startsWith('e-');

/** Keeps cards in order (hands are not forecast) and stops at the world-event draw. */
const stopAtDraw: Rng = {
  shuffle(items) {
    if (isEventList(items)) throw DRAW;
    return [...items];
  },
};

/** Puts `last` on top of the world-event pile: that is the event drawn. */
const drawing = (last: EventId): Rng => ({
  shuffle(items) {
    if (!isEventList(items)) return [...items];
    const rest = items.filter((x) => x !== (last as unknown));
    return [...rest, ...items.filter((x) => x === (last as unknown))];
  },
});

const EVENT_IDS: readonly EventId[] = WORLD_EVENTS.map((e) => e.id);

/**
 * The state the seat can see, as a full state: other hands and both piles
 * empty (unknown), and fresh append-only lists so the new log lines are the
 * action's own.
 */
export function guessFor(v: MatchView | MatchState, power: Power): MatchState {
  const hands: Record<Power, MatchState['hands'][Power]> = { us: [], china: [], russia: [] };
  hands[power] = [...(v.hands[power] ?? [])];
  // Copied, not shared: workingCopy freezes the step and outcome it is given, and they are the caller's.
  const base: MatchState = {
    ...(v as MatchState),
    step: structuredClone(v.step),
    outcome: v.outcome ? structuredClone(v.outcome) : null,
    hands,
    deck: [],
    eventDeck: [],
    log: [],
    history: [],
    crises: [],
  };
  return workingCopy(base);
}

function play(from: MatchState, power: Power, action: Action, rng: Rng): { s: MatchState; pending: boolean } {
  const s = workingCopy(from);
  try {
    applyAction(s, power, action, rng);
    return { s, pending: false };
  } catch (e) {
    // The rules stop only at the draw: every change before it is in `s`.
    if (e === DRAW) return { s, pending: true };
    throw e;
  }
}

function withDraws(settled: MatchState, pending: boolean): MatchState[] {
  if (!pending) return [settled];
  return EVENT_IDS.map((id) => {
    const s = workingCopy(settled);
    resolveWorldEvent(s, id);
    return s;
  });
}

export function outcomes(guess: MatchState, power: Power, action: Action): Outcome[] {
  if (action.kind === 'begin') {
    // The deal shuffles the pile as well as drawing from it: play it once per event.
    const finals = EVENT_IDS.map((id) => play(guess, power, action, drawing(id)).s);
    return [{ answer: null, settled: finals[0] ?? guess, finals }];
  }
  const first = play(guess, power, action, stopAtDraw);
  const step = first.s.step;
  if (guess.step.kind === 'play' && step.kind === 'respond') {
    return [true, false].map((accept) => {
      const r = play(first.s, step.proposal.to, { kind: 'respond', accept }, stopAtDraw);
      return { answer: accept, settled: r.s, finals: withDraws(r.s, r.pending) };
    });
  }
  return [{ answer: null, settled: first.s, finals: withDraws(first.s, first.pending) }];
}

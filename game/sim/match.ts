/**
 * Play one complete match through the real boardgame.io reducer, each seat
 * choosing from its own view. Used by the simulator, the benchmarks, the
 * property tests and (in a Web Worker) the thesis lab: no Node-only APIs.
 */
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { Multipolar, toMove } from '../game';
import type { Action } from '../rules/actions';
import { actor, legalActions } from '../rules/actions';
import { alignment } from '../rules/derived';
import type { MatchState, MatchView, Outcome } from '../state';
import type { Alignment, Power, ScenarioId, Theater } from '../types';
import { seatOf } from '../types';
import { viewFor } from '../view';

/** A seat's decision: given its own view and its legal actions, pick one. */
export type Chooser = (view: MatchView, power: Power, legal: readonly Action[]) => Action;

export interface MatchResult {
  readonly outcome: Outcome | null;
  readonly rounds: number;
  readonly alignment: Alignment;
  readonly crises: readonly { readonly theater: Theater; readonly twoFront: boolean }[];
  readonly moves: number;
  readonly invalidMoves: number;
  /** Set when the match could not be finished (a bug). */
  readonly error?: string;
  readonly final: MatchState;
}

export interface MatchOptions {
  readonly scenario: ScenarioId;
  readonly seed: string | number;
  readonly choose: Chooser | Readonly<Record<Power, Chooser>>;
  /** Safety net against a rules bug that never ends a game. */
  readonly maxMoves?: number;
  /** Called with every state the match passes through (tests check invariants). */
  readonly observe?: (G: MatchState) => void;
}

export type MatchReducer = (state: State<MatchState>, action: ReturnType<typeof moveAction>) => State<MatchState> & {
  transients?: { error?: unknown };
};

/** The redux action boardgame.io's reducer takes for `seat` taking `action`. */
export function moveAction(seat: string, action: Action) {
  const { move, args } = toMove(action);
  return { type: 'MAKE_MOVE', payload: { type: move, args, playerID: seat } } as const;
}

/** A new match (before the deal) and the real reducer that advances it. */
export function startMatch(scenario: ScenarioId, seed: string | number): { state: State<MatchState>; reducer: MatchReducer } {
  const game = { ...Multipolar, seed };
  const reducer = CreateGameReducer({ game }) as unknown as MatchReducer;
  const state = InitializeGame({ game, numPlayers: 3, setupData: { scenario } }) as State<MatchState>;
  return { state, reducer };
}

export function playMatch(opts: MatchOptions): MatchResult {
  const match = startMatch(opts.scenario, opts.seed);
  const { reducer } = match;
  let { state } = match;
  opts.observe?.(state.G);
  const maxMoves = opts.maxMoves ?? 2000;
  let moves = 0;
  let invalidMoves = 0;
  let error: string | undefined;
  while (state.ctx.gameover === undefined) {
    if (moves >= maxMoves) {
      error = `no end after ${maxMoves} moves`;
      break;
    }
    const power = actor(state.G);
    if (!power) {
      error = 'no power to act but no game over';
      break;
    }
    const seat = seatOf(power);
    const view = viewFor(state.G, seat);
    const legal = legalActions(view, power);
    if (legal.length === 0) {
      error = `${power} has no legal action in step ${state.G.step.kind}`;
      break;
    }
    const choose = typeof opts.choose === 'function' ? opts.choose : opts.choose[power];
    const action = choose(view, power, legal);
    const next = reducer(state, moveAction(seat, action));
    moves += 1;
    if (next.transients?.error) {
      invalidMoves += 1;
      error = `rejected ${JSON.stringify(action)} by ${power}`;
      break;
    }
    state = next;
    opts.observe?.(state.G);
  }
  const G = state.G;
  return {
    outcome: G.outcome,
    rounds: G.round,
    alignment: alignment(G),
    crises: G.crises.map((c) => ({ theater: c.theater, twoFront: c.twoFront })),
    moves,
    invalidMoves,
    ...(error ? { error } : {}),
    final: G,
  };
}

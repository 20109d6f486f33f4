/**
 * The boardgame.io `Game`: a thin adapter from boardgame.io's moves, turns and
 * stages to the pure rules in game/rules/.
 */
import type { ActivePlayersArg, Ctx, Game, Plugin } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import type { Action, Op } from './rules/actions';
import type { CardId } from './content/types';
import { actor, legalActions, whyNot } from './rules/actions';
import { applyAction } from './rules/apply';
import { freezeDeep, workingCopy } from './rules/copy';
import type { Rng } from './rules/rng';
import { initialState } from './setup';
import type { MatchState } from './state';
import type { ScenarioId } from './types';
import { powerOf, SCENARIOS, seatOf } from './types';
import { viewFor } from './view';

export interface SetupData {
  readonly scenario?: ScenarioId;
}

/** Move names as boardgame.io knows them, one per action kind. */
export const MOVE_NAMES = {
  begin: 'begin',
  event: 'playEvent',
  ops: 'playOps',
  respond: 'respond',
  split: 'splitForces',
} as const satisfies Record<Action['kind'], string>;

/** The boardgame.io move (name and args) for an action. */
export function toMove(a: Action): { move: string; args: unknown[] } {
  switch (a.kind) {
    case 'begin': return { move: MOVE_NAMES.begin, args: [] };
    case 'event': return { move: MOVE_NAMES.event, args: [a.card] };
    case 'ops': return { move: MOVE_NAMES.ops, args: [a.card, a.op] };
    case 'respond': return { move: MOVE_NAMES.respond, args: [a.accept] };
    case 'split': return { move: MOVE_NAMES.split, args: [a.pacific] };
  }
}

interface MoveContext {
  G: MatchState;
  /** The state before this move (plain, frozen): read it, write `G`. */
  before?: MatchState;
  playerID: string;
  random: { Shuffle<T>(deck: T[]): T[] };
}

/** Every move goes through the one legality check, then the pure rules. */
function perform({ G, before, playerID, random }: MoveContext, action: Action): MatchState | typeof INVALID_MOVE {
  const power = powerOf(playerID);
  const state = before ?? G;
  if (!power || whyNot(state, power, action)) return INVALID_MOVE;
  const rng: Rng = { shuffle: (items) => random.Shuffle([...items]) };
  // The rules write on a plain copy, returned frozen as the next G, rather
  // than on immer's draft: draft writes and immer's finalise walk made a move
  // ~10× boardgame.io's floor (docs/performance.md).
  const next = workingCopy(state);
  applyAction(next, power, action, rng);
  return freezeDeep(next);
}

/**
 * Hands each move the state as it was before the move (`before`), beside
 * boardgame.io's immer draft `G`. Every read through a draft creates a proxy
 * that immer must finalise, so legality is checked on `before`, several times
 * cheaper. User plugins wrap moves outside boardgame.io's immer plugin, so
 * `context.G` is still the plain state here.
 */
const StateBeforeMove: Plugin<undefined, undefined, MatchState> = {
  name: 'multipolar-before',
  fnWrap: (fn) => (context, ...args) => fn({ ...context, before: context.G }, ...args),
};


/** The stage every acting seat is in. */
const ACT = 'act';

type Ctx4Move = MoveContext & { events: { setActivePlayers: (arg: ActivePlayersArg) => void } };

/** Perform an action and hand the move to whoever acts next. */
function step(c: Ctx4Move, action: Action): MatchState | typeof INVALID_MOVE {
  const r = perform(c, action);
  if (r !== INVALID_MOVE) handOver(c, r);
  return r;
}

// Moves run on the master only (client: false): a client holds just its own
// seat's view, without the piles a move may draw from.
const MOVES = {
  begin: { move: (c: Ctx4Move) => step(c, { kind: 'begin' }), client: false },
  playEvent: { move: (c: Ctx4Move, card: CardId) => step(c, { kind: 'event', card }), client: false },
  playOps: { move: (c: Ctx4Move, card: CardId, op: Op) => step(c, { kind: 'ops', card, op }), client: false },
  respond: { move: (c: Ctx4Move, accept: boolean) => step(c, { kind: 'respond', accept }), client: false },
  splitForces: { move: (c: Ctx4Move, pacific: number) => step(c, { kind: 'split', pacific }), client: false },
} as const;

export const Multipolar: Game<MatchState, Record<string, unknown>, SetupData> = {
  name: 'multipolar',
  minPlayers: 3,
  maxPlayers: 3,
  disableUndo: true,
  plugins: [StateBeforeMove],

  setup: (_ctx, setupData) => initialState(setupData?.scenario ?? '2019'),

  validateSetupData: (data, numPlayers) => {
    if (numPlayers !== 3) return 'Multipolar is played by exactly 3 players.';
    if (data?.scenario !== undefined && !(SCENARIOS as readonly string[]).includes(data.scenario)) {
      return `Unknown scenario "${String(data.scenario)}": choose one of ${SCENARIOS.join(', ')}.`;
    }
    return undefined;
  },

  // One boardgame.io turn is one round: the US opens every round, and after
  // each move the one seat the rules wait for is made the only active player.
  // Passing activity this way costs a third of ending a boardgame.io turn per
  // move (docs/performance.md), and no two seats are ever active at once.
  turn: {
    order: { first: () => 0, next: () => 0 },
    activePlayers: { currentPlayer: ACT },
    endIf: ({ G, ctx }) => G.round !== ctx.turn,
    stages: { [ACT]: { moves: MOVES } },
  },

  moves: MOVES,

  endIf: ({ G }) => G.outcome ?? undefined,

  playerView: ({ G, playerID }) => viewFor(G, playerID),

  ai: {
    enumerate: (G: MatchState, ctx: Ctx, playerID: string) => {
      const power = powerOf(playerID);
      if (!power) return [];
      if (ctx.activePlayers && !Object.hasOwn(ctx.activePlayers, playerID)) return [];
      return legalActions(G, power).map(toMove);
    },
  },
};

/** Make the seat the rules now wait for the only active one. */
function handOver(c: { events: { setActivePlayers: (arg: ActivePlayersArg) => void } }, next: MatchState): void {
  const who = actor(next);
  if (who) c.events.setActivePlayers({ value: { [seatOf(who)]: ACT } });
}

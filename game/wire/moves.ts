/**
 * What may travel on the game's socket namespace, as valibot schemas: one per
 * message a client may send (`sync`, `update`; `chat` is never accepted), and
 * the notice the server sends back when it refuses one. The server parses
 * every incoming event with these before boardgame.io sees it and hands
 * boardgame.io the parsed copy; the client may use them to check what it sends.
 *
 * Move and op names are looked up as own keys of their tables (`byOwnKey`), never with `in`,
 * so an inherited name (`toString`, `__proto__` …) is simply not one of them.
 */
import * as v from 'valibot';
import { CARDS } from '../content';
import type { CardId } from '../content/types';
import { MOVE_NAMES } from '../game';
import { MAX_US_POOL } from '../rules/effects';
import type { Op } from '../rules/actions';
import { DOMAINS, PARTNERS, REGIONS, SEATS, THEATERS } from '../types';

/** Matches are named by the lobby (letters, digits, `-`, `_`). */
export const MatchID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
/** A seat of the match: "0" United States, "1" China, "2" Russia. */
export const SeatID = v.picklist(SEATS);
/** What the lobby handed the player when they joined (base64url). */
export const Credentials = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,128}$/));
export const StateID = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const CARD_IDS = CARDS.map((c) => c.id) as [CardId, ...CardId[]];
export const CardIdSchema = v.picklist(CARD_IDS);

const Domain = v.picklist(DOMAINS);
const Partner = v.picklist(PARTNERS);
const Theater = v.picklist(THEATERS);
const op = <K extends string, E extends v.ObjectEntries>(kind: K, entries: E) => v.strictObject({ kind: v.literal(kind), ...entries });

/**
 * The schema of the variant named by `input[key]`, found as an own key of `table` (never `in`,
 * never a walk of the prototype), or one that refuses everything. valibot's `variant` tries each
 * option's discriminator in turn, building objects for each: on every move, for fourteen ops.
 */
function byOwnKey<T extends Record<string, v.GenericSchema>>(table: T, key: string, what: string) {
  const none = v.custom<never>(() => false, `not a known ${what}`);
  return v.lazy((input: unknown) => {
    const name = typeof input === 'object' && input !== null && Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
    return typeof name === 'string' && Object.hasOwn(table, name) ? (table[name] as T[keyof T]) : none;
  });
}

const OPS = {
  propose: op('propose', { domain: Domain }),
  bargain: op('bargain', {}),
  treaty: op('treaty', {}),
  sanction: op('sanction', { target: Partner }),
  research: op('research', {}),
  exportControls: op('exportControls', {}),
  influence: op('influence', { region: v.picklist(REGIONS) }),
  pressure: op('pressure', { target: Partner }),
  focus: op('focus', { target: v.picklist([...PARTNERS, 'none']) }),
  wedge: op('wedge', {}),
  accommodate: op('accommodate', { target: Partner }),
  diplomacy: op('diplomacy', {}),
  deploy: op('deploy', { theater: Theater }),
  rally: op('rally', { theater: Theater }),
} as const satisfies { readonly [K in Op['kind']]: v.GenericSchema };

/** Every op of game/rules/actions.ts `Op`. */
export const OpSchema = byOwnKey(OPS, 'kind', 'op');

/** The args of each move (game/game.ts MOVES), by move name. */
export const MOVE_ARGS = {
  [MOVE_NAMES.begin]: v.strictTuple([]),
  [MOVE_NAMES.event]: v.strictTuple([CardIdSchema]),
  [MOVE_NAMES.ops]: v.strictTuple([CardIdSchema, OpSchema]),
  [MOVE_NAMES.respond]: v.strictTuple([v.boolean()]),
  [MOVE_NAMES.split]: v.strictTuple([v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_US_POOL))]),
} as const;

const movePayload = <N extends keyof typeof MOVE_ARGS>(name: N) =>
  v.strictObject({ type: v.literal(name), args: MOVE_ARGS[name], playerID: SeatID, credentials: Credentials });

/**
 * boardgame.io's MAKE_MOVE action. No other action type is accepted: the
 * client sends only moves (no events, no undo, and never SYNC/UPDATE/PATCH,
 * which would replace the stored state with whatever they carry).
 */
const MOVE_PAYLOADS = {
  [MOVE_NAMES.begin]: movePayload(MOVE_NAMES.begin),
  [MOVE_NAMES.event]: movePayload(MOVE_NAMES.event),
  [MOVE_NAMES.ops]: movePayload(MOVE_NAMES.ops),
  [MOVE_NAMES.respond]: movePayload(MOVE_NAMES.respond),
  [MOVE_NAMES.split]: movePayload(MOVE_NAMES.split),
} as const;

export const MoveAction = v.strictObject({
  type: v.literal('MAKE_MOVE'),
  payload: byOwnKey(MOVE_PAYLOADS, 'type', 'move'),
});
export type MoveAction = v.InferOutput<typeof MoveAction>;

/** `update`: [action, stateID, matchID, playerID]; a move is always a seat's. */
export const UpdateMessage = v.strictTuple([MoveAction, StateID, MatchID, SeatID]);
export type UpdateMessage = v.InferOutput<typeof UpdateMessage>;

/** `sync`: [matchID, playerID, credentials, numPlayers]; no seat (null) watches as a spectator. */
export const SyncMessage = v.strictTuple([
  MatchID,
  v.nullish(SeatID),
  v.nullish(Credentials),
  v.nullish(v.literal(3)),
]);
export type SyncMessage = v.InferOutput<typeof SyncMessage>;

/** Events a client may send, each with its schema. `chat` is absent: the game has no chat. */
export const CLIENT_MESSAGES = { update: UpdateMessage, sync: SyncMessage } as const;
export type ClientEvent = keyof typeof CLIENT_MESSAGES;

/** The event the server sends when it refuses what a client sent (a socket.io event name). */
export const REFUSED_EVENT = 'multipolar:refused';

export const REFUSAL_CODES = [
  /** The seat's credentials were wrong, or nobody has joined that seat. */
  'seat',
  /** The match's stored state is damaged: it cannot be played on. */
  'broken',
  /** No such match. */
  'match',
  /** Too many events from this socket: it is being disconnected. */
  'budget',
  /** The message was not one this game accepts. */
  'malformed',
  /** The server failed while handling it (logged on the server). */
  'failed',
  /** A classroom table held by its teacher (paused, or not started): the move was not made. */
  'held',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export const Refusal = v.strictObject({ code: v.picklist(REFUSAL_CODES), message: v.pipe(v.string(), v.maxLength(500)) });
export type Refusal = v.InferOutput<typeof Refusal>;

// The schemas and the rules' types must describe the same moves.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const opsAgree: Same<v.InferOutput<typeof OpSchema>, Op> = true;
const namesAgree: Same<keyof typeof MOVE_ARGS, (typeof MOVE_NAMES)[keyof typeof MOVE_NAMES]> = true;
void opsAgree;
void namesAgree;

/**
 * Quarantine for damaged matches. A stored state that does not have the shape
 * boardgame.io and the rules rely on (a G that is not a match state, a
 * malformed ctx, a _stateID that is not a whole number, JSON that does not
 * parse) would throw in every move and every sync of its match, and could
 * take the process down with it. The storage is wrapped so that such a state
 * is never handed out: reading it throws `BrokenMatch`, which every reader
 * turns into an answer, and the match is marked broken in its stored metadata
 * (`gameover: { broken: reason }`) so that the lobby list and the seat
 * keeper's resume, which both skip finished matches, leave it out after a
 * restart too. Every other match is served as before.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import * as v from 'valibot';
import { POWERS, SCENARIOS } from '../game';
import { isSynchronous } from './storage/kind';

type Storage = StorageAPI.Sync | StorageAPI.Async;

/** Thrown by a quarantined storage instead of handing out a damaged state. */
export class BrokenMatch extends Error {
  constructor(readonly matchID: string, readonly reason: string) {
    super(`match ${matchID} is broken: ${reason}`);
    this.name = 'BrokenMatch';
  }
}

/** What the player is told about a broken match. */
export const BROKEN_MESSAGE = 'This match’s saved game is damaged and cannot be played on. Every other match is unaffected; please start a new one.';

const whole = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const plainObject = v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'an object');

/** The parts of boardgame.io's ctx that its flow reads on every move and sync. */
const Ctx = v.looseObject({
  numPlayers: v.pipe(whole, v.minValue(1)),
  turn: whole,
  currentPlayer: v.string(),
  playOrder: v.array(v.string()),
  playOrderPos: whole,
  phase: v.nullable(v.string()),
  activePlayers: v.nullable(v.record(v.pipe(v.string(), v.regex(/^\d{1,3}$/)), v.nullable(v.string()))),
});

/** Any game's state, as boardgame.io needs it. */
const StateShape = v.looseObject({ G: plainObject, ctx: Ctx, plugins: v.optional(plainObject), _stateID: whole });

const num = v.number();
// Lists are checked as lists, not walked: v.array would copy each (the log has hundreds of entries) on every read.
const list = v.custom<unknown[]>((x) => Array.isArray(x), 'a list');
/** The tie order is three entries, each power once: checked whole (it is that small). */
const tieOrder = v.pipe(
  v.array(v.picklist(POWERS)),
  v.length(POWERS.length),
  v.check((xs) => new Set(xs).size === xs.length, 'each power once'),
);
/** The top level of a Multipolar G (game/state.ts MatchState). */
const MatchStateShape = v.looseObject({
  scenario: v.picklist(SCENARIOS),
  round: whole,
  lastRound: whole,
  startYear: num,
  step: v.looseObject({ kind: v.picklist(['begin', 'play', 'respond', 'split', 'over']) }),
  tracks: plainObject,
  treaty: v.boolean(),
  hostility: plainObject,
  focus: v.nullable(v.string()),
  dependency: num,
  standing: num,
  chinaTech: num,
  exportControls: num,
  accommodated: plainObject,
  flags: plainObject,
  globalTension: num,
  theaterTension: plainObject,
  crisisTrigger: plainObject,
  influence: plainObject,
  forces: plainObject,
  usPool: num,
  prestige: plainObject,
  prestigeBySource: plainObject,
  techMilestones: list,
  crisesStarted: plainObject,
  tieOrder: v.optional(tieOrder), // absent in matches stored before ties were drawn
  crises: list,
  hands: plainObject,
  deck: list,
  discard: list,
  removed: list,
  eventDeck: list,
  currentEvent: v.nullable(v.string()),
  pushedEvents: list,
  log: list,
  history: list,
  outcome: v.nullable(plainObject),
});

const ABORT_EARLY = { abortEarly: true } as const;

/** Why a stored state cannot be served, or null when it can. `ownG` also checks G as a Multipolar match state. */
export function stateProblem(state: unknown, ownG: boolean): string | null {
  return genericProblem(state) ?? (ownG ? matchStateProblem((state as State).G) : null);
}

function genericProblem(state: unknown): string | null {
  const shape = v.safeParse(StateShape, state, ABORT_EARLY);
  return shape.success ? null : `state: ${where(shape.issues[0])}`;
}

function matchStateProblem(G: unknown): string | null {
  const g = v.safeParse(MatchStateShape, G, ABORT_EARLY);
  return g.success ? null : `G: ${where(g.issues[0])}`;
}

/** An issue's path (keys of our own schemas only: never the stored values). */
function where(issue: v.BaseIssue<unknown> | undefined): string {
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path} is malformed` : 'malformed';
}

/** Is this stored metadata the mark of a broken match? */
export function brokenReason(metadata: Server.MatchData | undefined): string | null {
  const g = metadata?.gameover as unknown;
  if (typeof g !== 'object' || g === null || !Object.hasOwn(g, 'broken')) return null;
  const reason = (g as { broken: unknown }).broken;
  return typeof reason === 'string' ? reason : 'damaged';
}

export interface QuarantineOptions {
  /** The game whose G is checked as a Multipolar match state; other games' states get the generic checks. */
  readonly gameName: string;
  /** A damaged state was read (once per match per process). */
  readonly onBroken: (matchID: string, reason: string) => void;
}

/**
 * The storage, with every state it hands out checked. It keeps the wrapped storage's
 * kind (sync or async: boardgame.io branches on it) and every other method.
 */
export function quarantine<S extends Storage>(inner: S, o: QuarantineOptions): S {
  const isSync = isSynchronous(inner);
  const reported = new Set<string>();
  // States already found sound: the storage hands the same object back from memory on every
  // move (server/storage/sqlite.ts), and it is never changed in place (G is frozen).
  const checked = new WeakSet<object>();
  const broken = (matchID: string, reason: string): BrokenMatch => {
    if (!reported.has(matchID)) {
      reported.add(matchID);
      o.onBroken(matchID, reason);
    }
    return new BrokenMatch(matchID, reason);
  };
  // JSON that does not parse is damage; any other failure (a lost connection) is not.
  const unreadable = (matchID: string, err: unknown): never => {
    if (err instanceof SyntaxError) throw broken(matchID, 'stored JSON does not parse');
    throw err;
  };
  /** The first problem of the states in `found`, or null. G is checked as Multipolar's unless the match is another game's. */
  const problem = (found: StorageAPI.FetchFields, ownG: () => boolean | Promise<boolean>): string | null | Promise<string | null> => {
    const states = [found.state, found.initialState].filter((s) => s !== undefined && !checked.has(s));
    if (states.length === 0) return null;
    const generic = states.map(genericProblem).find((p) => p !== null);
    if (generic) return generic;
    const specific = states.map((s) => matchStateProblem(s.G)).find((p) => p !== null);
    if (!specific) {
      for (const s of states) checked.add(s);
      return null;
    }
    const own = ownG();
    return own instanceof Promise ? own.then((yes) => (yes ? specific : null)) : own ? specific : null;
  };
  // Which matches are another game's (the benchmark's floor), so their states are not read twice per move.
  const others = new Map<string, boolean>();
  const gameOf = (matchID: string, found: StorageAPI.FetchFields, fetchMeta: () => Server.MatchData | undefined | Promise<Server.MatchData | undefined>) => {
    const known = others.get(matchID);
    if (known !== undefined) return !known;
    // No metadata (a match being created): judge it as this server's own game.
    const judge = (m: Server.MatchData | undefined) => {
      const own = m === undefined || m.gameName === o.gameName;
      if (m !== undefined) {
        if (others.size >= 10_000) others.clear();
        others.set(matchID, !own);
      }
      return own;
    };
    if (found.metadata) return judge(found.metadata);
    const m = fetchMeta();
    return m instanceof Promise ? m.then(judge) : judge(m);
  };

  const fetchSync = (matchID: string, opts: StorageAPI.FetchOpts) => {
    let found: StorageAPI.FetchFields;
    try {
      found = (inner as StorageAPI.Sync).fetch(matchID, opts);
    } catch (err) {
      return unreadable(matchID, err);
    }
    const p = problem(found, () => gameOf(matchID, found, () => (inner as StorageAPI.Sync).fetch(matchID, { metadata: true }).metadata));
    if (p) throw broken(matchID, p as string);
    return found;
  };
  const fetchAsync = async (matchID: string, opts: StorageAPI.FetchOpts) => {
    let found: StorageAPI.FetchFields;
    try {
      found = await (inner as StorageAPI.Async).fetch(matchID, opts);
    } catch (err) {
      return unreadable(matchID, err);
    }
    const p = await problem(found, () => gameOf(matchID, found, async () => (await (inner as StorageAPI.Async).fetch(matchID, { metadata: true })).metadata));
    if (p) throw broken(matchID, p);
    return found;
  };
  // A fetch set on the wrapper (a test holding a read) stands in front of the checked one, as it
  // would on the storage itself; it reaches the storage through the checked fetch it was bound to.
  let outer: unknown = null;
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'fetch') return outer ?? (isSync ? fetchSync : fetchAsync);
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(target, prop, value) {
      if (prop !== 'fetch') return Reflect.set(target, prop, value, target);
      outer = value;
      return true;
    },
  });
}

/**
 * Mark a match broken in its stored metadata, so that a restart still knows (the lobby
 * list and the seat keeper's resume skip matches with a `gameover`). Resolves to false
 * when the metadata itself is missing or unreadable.
 */
export async function markBroken(db: Storage, matchID: string, reason: string): Promise<boolean> {
  let metadata: Server.MatchData | undefined;
  try {
    ({ metadata } = await db.fetch(matchID, { metadata: true }));
  } catch {
    return false;
  }
  if (!metadata || typeof metadata !== 'object' || brokenReason(metadata)) return Boolean(metadata);
  await db.setMetadata(matchID, { ...metadata, gameover: { broken: reason.slice(0, 200) }, updatedAt: Date.now() });
  return true;
}

/**
 * Replay: a finished match rebuilt from its record (scenario, seed and the
 * actions in order) by running the real boardgame.io reducer again, so frame
 * k is exactly the state after k actions. Also the compact text form of a
 * record used in shareable links, and the bridge from boardgame.io's stored
 * log to a record. Pure: runs in the browser, the server and tests.
 */
import type { LogEntry as BgLogEntry } from 'boardgame.io';
import { MOVE_NAMES } from '../game';
import type { Action, Op } from '../rules/actions';
import { actor, legalActions } from '../rules/actions';
import { isCardId } from '../content';
import type { EventId } from '../content/types';
import { clockRunsOut, isEventId, pushWorldEvent, scoreNow } from '../rules/classroom';
import type { MatchState } from '../state';
import type { Power, ScenarioId } from '../types';
import { powerOf, SCENARIOS, seatOf } from '../types';
import { moveAction, startMatch } from './match';
import { hashSeed } from './prng';

export interface RecordedAction {
  readonly seat: Power;
  readonly action: Action;
}

/**
 * A change the server makes outside any move (classroom: a teacher's pushed
 * world event, the bell that scores a table where it stands, the turn clock
 * running out), kept in
 * boardgame.io's log as an entry of type EDIT_LOG_TYPE so a replay can redo it.
 */
export type ServerEdit =
  | { readonly edit: 'pushEvent'; readonly event: EventId }
  | { readonly edit: 'scoreNow' }
  /** The turn clock ran out for `power`: its turn is the clock's bot's (the bot's moves follow as ordinary moves). */
  | { readonly edit: 'clock'; readonly power: Power };
export const EDIT_LOG_TYPE = 'MULTIPOLAR_EDIT';

/** One step of a record: a seat's action, or a server edit. */
export type RecordedStep = RecordedAction | ServerEdit;
const isEdit = (s: RecordedStep): s is ServerEdit => 'edit' in s;

/** The state after a server edit (the pure rules the classroom uses). */
export function applyEdit(G: MatchState, e: ServerEdit): MatchState {
  switch (e.edit) {
    case 'pushEvent': return pushWorldEvent(G, e.event);
    case 'scoreNow': return scoreNow(G);
    case 'clock': return clockRunsOut(G, e.power, actor(G));
  }
}

/** Everything needed to rebuild a match: the JSON of `GET /api/replay/:matchID`. */
export interface MatchRecord {
  readonly scenario: ScenarioId;
  readonly seed: string;
  readonly actions: readonly RecordedStep[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };
const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Frames of a replay: `frames[k]` is the state after k actions (frames[0] before the deal). */
export interface Replay {
  readonly record: MatchRecord;
  readonly frames: readonly MatchState[];
}

/** Rebuild every state of a match. Refuses a record the rules reject at any step. */
export function replay(record: MatchRecord): Result<Replay> {
  const { reducer, state: first } = startMatch(record.scenario, record.seed);
  let state = first;
  const frames: MatchState[] = [state.G];
  for (const [i, step] of record.actions.entries()) {
    if (isEdit(step)) {
      // As the server's rewrite does: new G, the match over if the edit ended it, the next state id.
      const G = applyEdit(state.G, step);
      state = { ...state, G, ctx: G.outcome ? { ...state.ctx, gameover: G.outcome } : state.ctx, _stateID: state._stateID + 1 };
      frames.push(G);
      continue;
    }
    const { seat, action } = step;
    const who = actor(state.G);
    if (who !== seat) return fail(`Action ${i + 1} is by ${seat}, but ${who ?? 'nobody'} was to act.`);
    const next = reducer(state, moveAction(seatOf(seat), action));
    if (next.transients?.error) return fail(`Action ${i + 1} (${action.kind}) is not legal in the replayed match.`);
    state = next;
    frames.push(state.G);
  }
  return { ok: true, value: { record, frames } };
}

/** JSON with sorted keys. Key order does not matter: an action from a stored log equals the one the rules list. */
export function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}
export const sameAction = (a: Action, b: Action): boolean => canonical(a) === canonical(b);

/** The action a boardgame.io move stands for (the inverse of `toMove`). */
export function fromMove(move: string, args: readonly unknown[] = []): Action | null {
  const [a] = args;
  switch (move) {
    case MOVE_NAMES.begin: return { kind: 'begin' };
    case MOVE_NAMES.event: return typeof a === 'string' && isCardId(a) ? { kind: 'event', card: a } : null;
    case MOVE_NAMES.ops: return typeof a === 'string' && isCardId(a) && typeof args[1] === 'object' && args[1] !== null ? { kind: 'ops', card: a, op: args[1] as Op } : null;
    case MOVE_NAMES.respond: return typeof a === 'boolean' ? { kind: 'respond', accept: a } : null;
    case MOVE_NAMES.split: return typeof a === 'number' ? { kind: 'split', pacific: a } : null;
    default: return null;
  }
}

/** The moves in boardgame.io's log, in order (automatic events such as turn ends are left out). */
export function actionsFromLog(log: readonly BgLogEntry[]): Result<RecordedStep[]> {
  const out: RecordedStep[] = [];
  for (const entry of log) {
    if ((entry.action.type as string) === EDIT_LOG_TYPE) {
      const edit = parseEdit((entry.action as { payload?: unknown }).payload);
      if (!edit) return fail('The log holds a server edit this game does not know.');
      out.push(edit);
      continue;
    }
    if (entry.action.type !== 'MAKE_MOVE') continue;
    const { type, args, playerID } = entry.action.payload as { type: string; args?: unknown[] | null; playerID: string };
    const seat = powerOf(playerID);
    const action = fromMove(type, args ?? []);
    if (!seat || !action) return fail(`The log holds a move this game does not know: ${type} by seat ${playerID}.`);
    out.push({ seat, action });
  }
  return { ok: true, value: out };
}

function parseEdit(p: unknown): ServerEdit | null {
  const o = p as { edit?: unknown; event?: unknown; power?: unknown } | null;
  if (o?.edit === 'scoreNow') return { edit: 'scoreNow' };
  if (o?.edit === 'clock' && (o.power === 'us' || o.power === 'china' || o.power === 'russia')) return { edit: 'clock', power: o.power };
  if (o?.edit === 'pushEvent' && isEventId(o.event)) return { edit: 'pushEvent', event: o.event };
  return null;
}

/** Whether a record can take the compact link form (server edits cannot: share the match's id). */
export const linkable = (record: MatchRecord): boolean => !record.actions.some(isEdit);

// ---- Compact text form: `1.<scenario>.<seed>.<choices>.<check>` -----------
// Only steps with a choice are written, as the index of the action among the
// rules' legal actions there (LEB128 varints, base64url): a whole 2019 match
// fits in a link of about 100 characters. <check> is a hash of the final state,
// so a link made under other rules is refused rather than shown as another game.

const FORMAT = '1';

function toBase64Url(bytes: readonly number[]): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): number[] | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return [...atob(text.replace(/-/g, '+').replace(/_/g, '/'))].map((c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function pushVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

function readVarints(bytes: readonly number[]): number[] | null {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (const b of bytes) {
    if (shift > 28) return null;
    v |= (b & 0x7f) << shift;
    if (b & 0x80) shift += 7;
    else {
      out.push(v >>> 0);
      v = 0;
      shift = 0;
    }
  }
  return shift === 0 ? out : null;
}

/** A short hash of the last state: the same rules and moves give the same one. */
function finalCheck(frames: readonly MatchState[]): string {
  return hashSeed(canonical(frames[frames.length - 1])).toString(36);
}

/** The record as a short URL-safe string (throws on a record the rules reject: a bug upstream). */
export function encodeRecord(record: MatchRecord): string {
  const r = replay(record);
  if (!r.ok) throw new Error(r.error);
  const bytes: number[] = [];
  pushVarint(bytes, record.actions.length);
  record.actions.forEach((step, k) => {
    if (isEdit(step)) throw new Error('A record with server edits has no compact link: share its match id.');
    const { seat, action } = step;
    const legal = legalActions(r.value.frames[k] as MatchState, seat);
    if (legal.length > 1) pushVarint(bytes, legal.findIndex((l) => sameAction(l, action)));
  });
  const seed = encodeURIComponent(record.seed).replace(/\./g, '%2E');
  return [FORMAT, record.scenario, seed, toBase64Url(bytes), finalCheck(r.value.frames)].join('.');
}

/** Parse a record made by `encodeRecord`, replaying it to find each action; with its frames. */
export function decodeRecord(text: string): Result<Replay> {
  const parts = text.split('.');
  if (parts.length !== 5 || parts[0] !== FORMAT) return fail('This replay link is not one this version understands.');
  const [, scenario = '', rawSeed = '', choices = '', check = ''] = parts;
  if (!(SCENARIOS as readonly string[]).includes(scenario)) return fail(`Unknown scenario "${scenario}" in the replay link.`);
  let seed: string;
  try {
    seed = decodeURIComponent(rawSeed);
  } catch {
    return fail('The replay link is damaged (seed).');
  }
  const bytes = fromBase64Url(choices);
  const numbers = bytes ? readVarints(bytes) : null;
  if (!numbers || numbers.length === 0) return fail('The replay link is damaged (moves).');
  const [count = 0, ...indices] = numbers;
  const { reducer, state: first } = startMatch(scenario as ScenarioId, seed);
  let state = first;
  const frames: MatchState[] = [state.G];
  const actions: RecordedAction[] = [];
  let next = 0;
  for (let k = 0; k < count; k++) {
    const seat = actor(state.G);
    const legal = seat ? legalActions(state.G, seat) : [];
    if (!seat || legal.length === 0) return fail(`The replay link has more moves than its match (${count}, ended after ${k}).`);
    const index = legal.length > 1 ? indices[next++] : 0;
    const action = index === undefined ? undefined : legal[index];
    if (!action) return fail(`The replay link is damaged at move ${k + 1}.`);
    state = reducer(state, moveAction(seatOf(seat), action));
    actions.push({ seat, action });
    frames.push(state.G);
  }
  if (next !== indices.length) return fail('The replay link is damaged (extra moves).');
  if (finalCheck(frames) !== check) return fail('This replay was recorded under other rules (or the link is damaged): it cannot be shown faithfully.');
  return { ok: true, value: { record: { scenario: scenario as ScenarioId, seed, actions }, frames } };
}

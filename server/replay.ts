/**
 * The record of a finished online or classroom match, for `GET /api/replay/:matchID`:
 * {scenario, seed, actions}, built from boardgame.io's stored log. A replay shows every
 * hand and the seed (which fixes every shuffle), so a match still being played is refused,
 * and a broken match (a damaged stored state: server/quarantine.ts) is gone (410).
 */
import type { LogEntry, State, StorageAPI } from 'boardgame.io';
import type { MatchRecord, Result, ServerEdit } from '../game/sim';
import { actionsFromLog, canonical, EDIT_LOG_TYPE, replay } from '../game/sim';
import type { MatchState } from '../game';
import { BROKEN_MESSAGE, BrokenMatch, brokenReason } from './quarantine';

export type ReplayError = { readonly status: 404 | 409 | 410 | 500; readonly error: string };

type Db = StorageAPI.Async | StorageAPI.Sync;

export async function replayRecord(db: Db, matchID: string): Promise<{ ok: true; record: MatchRecord } | ({ ok: false } & ReplayError)> {
  const broken = { ok: false, status: 410, error: `${BROKEN_MESSAGE} It has no replay.` } as const;
  let found: StorageAPI.FetchFields;
  try {
    found = await db.fetch(matchID, { log: true, initialState: true, metadata: true, state: true });
  } catch (err) {
    if (err instanceof BrokenMatch) return broken;
    throw err;
  }
  const { state, initialState, log, metadata } = found;
  if (!state || !initialState || !metadata) return { ok: false, status: 404, error: `No match ${matchID}.` };
  if (brokenReason(metadata)) return broken;
  const G = state.G as MatchState;
  // Over by the rules, or ended by the server (retention ends a match nobody moved in as abandoned).
  if (state.ctx.gameover === undefined && !G.outcome && metadata.gameover === undefined) {
    return { ok: false, status: 409, error: 'This match is still being played: its replay opens when it is over.' };
  }
  const seed = (initialState).plugins?.random?.data as { seed?: string | number } | undefined;
  if (seed?.seed === undefined) return { ok: false, status: 500, error: 'The match was stored without its seed.' };
  const actions: Result<MatchRecord['actions']> = actionsFromLog(log ?? []);
  if (!actions.ok) return { ok: false, status: 500, error: actions.error };
  const record: MatchRecord = { scenario: (initialState.G as MatchState).scenario, seed: String(seed.seed), actions: actions.value };
  // A state changed outside moves (or a different rules version) would replay wrongly: say so instead.
  const rebuilt = replay(record);
  const last = rebuilt.ok ? rebuilt.value.frames[rebuilt.value.frames.length - 1] : undefined;
  if (!last || canonical(last) !== canonical(G)) {
    return { ok: false, status: 500, error: rebuilt.ok ? 'The stored moves do not rebuild the final position of this match.' : rebuilt.error };
  }
  return { ok: true, record };
}

/** The part of a Koa context the route uses. */
interface Ctx {
  readonly method: string;
  readonly path: string;
  status: number;
  body: unknown;
}

/**
 * Koa middleware for `GET /api/replay/:matchID`: 200 with {scenario, seed, actions},
 * 404 for an unknown match, 409 while it is still being played; errors as { error }.
 */
export function replayRoute(db: Db) {
  return async (ctx: Ctx, next: () => Promise<unknown>): Promise<unknown> => {
    const m = /^\/api\/replay\/([^/]{1,64})$/.exec(ctx.path);
    if (!m || ctx.method !== 'GET') return next();
    let id: string;
    try {
      id = decodeURIComponent(m[1] as string);
    } catch {
      id = '';
    }
    const r = id ? await replayRecord(db, id) : ({ ok: false, status: 404, error: 'No such match.' } as const);
    ctx.status = r.ok ? 200 : r.status;
    ctx.body = r.ok ? r.record : { error: r.error };
    return undefined;
  };
}

/**
 * The log entry a server-side change of a match must store with its new state
 * (`db.setState(matchID, next, [editLogEntry(before, edit)])`), so the replay
 * redoes it at the same point. `before` is the state the edit was applied to.
 */
export function editLogEntry(before: State, edit: ServerEdit): LogEntry {
  return {
    action: { type: EDIT_LOG_TYPE, payload: edit },
    _stateID: before._stateID,
    turn: before.ctx.turn,
    phase: before.ctx.phase,
  } as unknown as LogEntry;
}

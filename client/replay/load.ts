/**
 * Where a replay comes from: a link carrying the whole record (`?r=`), or a
 * finished online or classroom match on the server (`?match=`, GET /api/replay/:id).
 */
import type { MatchRecord, Replay, Result } from '../../game/sim';
import { decodeRecord, encodeRecord, linkable, replay } from '../../game/sim';
import { onlineReplayHash, replayHash } from './store';

export interface LoadedReplay {
  readonly replay: Replay;
  /** The in-app address to share: the whole record (`?r=`), or the server's match (`?match=`). */
  readonly share: string;
}

export async function loadReplay(query: URLSearchParams): Promise<Result<LoadedReplay>> {
  const code = query.get('r');
  if (code) {
    const r = decodeRecord(code);
    return r.ok ? { ok: true, value: { replay: r.value, share: replayHash(code) } } : r;
  }
  const id = query.get('match');
  if (id) return fromServer(id);
  return { ok: false, error: 'This link names no match to replay.' };
}

async function fromServer(matchID: string): Promise<Result<LoadedReplay>> {
  let res: Response;
  try {
    res = await fetch(`/api/replay/${encodeURIComponent(matchID)}`);
  } catch {
    return { ok: false, error: 'The server could not be reached.' };
  }
  const body = (await res.json().catch(() => null)) as (MatchRecord & { error?: string }) | null;
  if (!res.ok || !body) return { ok: false, error: body?.error ?? `The server answered ${res.status}.` };
  const r = replay(body);
  if (!r.ok) return r;
  // A classroom match with a teacher's edits has no compact form: its link names the match.
  return { ok: true, value: { replay: r.value, share: linkable(body) ? replayHash(encodeRecord(body)) : onlineReplayHash(matchID) } };
}

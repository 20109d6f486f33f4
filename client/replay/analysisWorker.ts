/// <reference lib="webworker" />
/**
 * An analysis worker: rebuilds the match from its record once (kept for the
 * next request on the same record), then plays out from the step it is sent.
 * The lab's worker (client/lab/worker.ts) plays games from the deal only.
 */
import { chancesAt, playLabGameFrom } from '../../game/analysis';
import type { GameRow } from '../../game/lab';
import type { MatchState } from '../../game';
import type { MatchRecord } from '../../game/sim';
import { canonical, replay } from '../../game/sim';
import type { AnalysisReply, AnalysisRequest } from './analysisProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let cached: { key: string; frames: readonly MatchState[] } | null = null;

function framesOf(record: MatchRecord): readonly MatchState[] {
  const key = canonical(record);
  if (cached?.key === key) return cached.frames;
  const r = replay(record);
  if (!r.ok) throw new Error(r.error);
  cached = { key, frames: r.value.frames };
  return cached.frames;
}

function stateAt(record: MatchRecord, step: number): MatchState {
  const s = framesOf(record)[step];
  if (!s) throw new Error(`The match has no step ${step}.`);
  return s;
}

scope.onmessage = (ev: MessageEvent<AnalysisRequest>) => {
  const msg = ev.data;
  try {
    if (msg.kind === 'chances') {
      const result = chancesAt(stateAt(msg.record, msg.step), msg.step, { playouts: msg.playouts, seed: msg.seed });
      scope.postMessage({ kind: 'chances', job: msg.job, result } satisfies AnalysisReply);
    } else {
      const from = stateAt(msg.record, msg.step);
      const rows: GameRow[] = [];
      for (let i = msg.from; i < msg.to; i++) rows.push(playLabGameFrom(from, msg.cfg, i));
      scope.postMessage({ kind: 'rows', job: msg.job, run: msg.run, rows } satisfies AnalysisReply);
    }
  } catch (e) {
    scope.postMessage({ kind: 'error', job: msg.job, message: e instanceof Error ? e.message : String(e) } satisfies AnalysisReply);
  }
};

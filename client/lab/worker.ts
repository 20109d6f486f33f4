/// <reference lib="webworker" />
/** A lab worker: plays the games it is sent through the real rules, one chunk at a time. */
import { playLabGame } from '../../game/lab';
import type { GameRow } from '../../game/lab';
import type { PlayRequest, WorkerReply } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<PlayRequest>) => {
  const { run, cfg, from, to } = ev.data;
  try {
    const rows: GameRow[] = [];
    for (let i = from; i < to; i++) rows.push(playLabGame(cfg, i).row);
    scope.postMessage({ kind: 'rows', run, rows } satisfies WorkerReply);
  } catch (e) {
    scope.postMessage({ kind: 'error', message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
};

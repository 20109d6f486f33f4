/** Messages between the lab page and its Web Workers. */
import type { GameRow, LabConfig } from '../../game/lab';

/** Play games [from, to) of one run. */
export interface PlayRequest {
  readonly kind: 'play';
  readonly run: number;
  readonly cfg: LabConfig;
  readonly from: number;
  readonly to: number;
}

export type WorkerReply =
  | { readonly kind: 'rows'; readonly run: number; readonly rows: readonly GameRow[] }
  | { readonly kind: 'error'; readonly message: string };

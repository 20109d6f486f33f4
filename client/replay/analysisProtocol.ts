/** Messages between the replay screen and its analysis Web Workers. */
import type { StepChances } from '../../game/analysis';
import type { GameRow, LabConfig } from '../../game/lab';
import type { MatchRecord } from '../../game/sim';

export type AnalysisRequest =
  /** Win chances at one step of the match the record rebuilds. */
  | { readonly kind: 'chances'; readonly job: number; readonly record: MatchRecord; readonly step: number; readonly playouts: number; readonly seed: string }
  /** Lab games [from, to) of one strategy's run from one step. */
  | { readonly kind: 'lab'; readonly job: number; readonly record: MatchRecord; readonly step: number; readonly run: number; readonly cfg: LabConfig; readonly from: number; readonly to: number };

export type AnalysisReply =
  | { readonly kind: 'chances'; readonly job: number; readonly result: StepChances }
  | { readonly kind: 'rows'; readonly job: number; readonly run: number; readonly rows: readonly GameRow[] }
  | { readonly kind: 'error'; readonly job: number; readonly message: string };

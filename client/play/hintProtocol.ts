/** What the page and Suggest's worker (hintWorker.ts) say to each other. */
import type { Action, MatchView, Power } from '../../game';
import type { Suggestion } from '../../game/hints';

export interface HintRequest {
  readonly id: number;
  readonly view: MatchView;
  readonly power: Power;
  readonly legal: readonly Action[];
}

export type HintReply =
  | { readonly id: number; readonly picks: readonly Suggestion[] }
  | { readonly id: number; readonly error: string };

/**
 * What the play screen needs from a match: the hot-seat match (three seats on
 * one device), the online match (one seat, or none for a spectator) and a
 * replay (no seat; its frames stepped by the replay controls) all provide it.
 */
import type { Action } from '../../game';
import type { MatchView } from '../../game';
import type { Power } from '../../game';
import type { DecisionTrace } from '../../game/bots';

export interface PlaySource {
  /** The seats people on this screen play: several pass the device; none means watching. */
  readonly seats: readonly Power[];
  /** A name for the match that outlasts a reload (online: its id and seat), for what this tab remembers of it. */
  readonly key?: string;
  /** The match as `seat` sees it (null: the public view); null before the first state arrives. */
  view(seat: Power | null): MatchView | null;
  /** Whose move it is, or null when the match is over. */
  acting(): Power | null;
  legal(p: Power): Action[];
  /** Take an action for a seat; the rules validate it again in the move. */
  act(p: Power, a: Action): void;
  /** Who plays a power, in words for "Waiting for …": "China (bot)", "Russia (Alice)". */
  playedBy(p: Power): string;
  onChange(f: () => void): () => void;
  stop(): void;
  /** Where this device plays the bots (hot-seat, tutorial): how long each bot waits before its move, ms. */
  setBotDelay?(ms: number): void;
  /** Where this device plays the bots: what the bot move whose first log entry is `entry` (0-based) weighed, for its reasons. */
  botTrace?(entry: number): DecisionTrace | null;
  /** A note said beside a log line (0-based), if any: online, a move a stand-in bot made for someone away; on this device, what tipped a bot's decline. */
  logNote?(entry: number): string | null;
  /**
   * The state the one on screen came from, when the source knows it (a replay: the frame
   * before). What changed and which crises happened are then read against it, so a jump
   * across the match does not light up everything at once.
   */
  previous?(): MatchView | null;
}

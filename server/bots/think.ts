/**
 * One bot decision, as a worker thread of the server's thinker runs it
 * (server/bots/thinker.ts): the bot is made afresh from its seed for each
 * decision, so a decision depends only on what it is sent.
 */
import { makeBot, nextBotAction } from '../../game/bots';
import type { BotLevel } from '../../game/bots';
import type { Action, MatchView, Power } from '../../game';

export interface ThinkRequest {
  readonly level: BotLevel;
  /** The match, seat and state the decision is for: the same request always makes the same bot. */
  readonly seed: string;
  /** The seat's own view: a bot never sees what its seat cannot. */
  readonly view: MatchView;
  readonly power: Power;
  /** Hard's search budget (HARD_BOT_MS); `hardPlayouts` fixes its playouts instead (tests). */
  readonly hardBudgetMs: number;
  readonly hardPlayouts?: number;
  /** Expert's thinking time (EXPERT_BOT_MS); `expertPlayouts` fixes its sweeps instead (tests). */
  readonly expertBudgetMs: number;
  readonly expertPlayouts?: number;
}

export function think(req: ThinkRequest): Action | null {
  const hard = req.hardPlayouts === undefined ? { budgetMs: req.hardBudgetMs } : { playouts: req.hardPlayouts };
  const expert = req.expertPlayouts === undefined ? { budgetMs: req.expertBudgetMs } : { playouts: req.expertPlayouts };
  return nextBotAction(makeBot(req.level, req.seed, hard, expert), req.view, req.power);
}

export default think;

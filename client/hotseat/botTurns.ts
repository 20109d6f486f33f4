/**
 * The bot seats of a match played on this device (hot-seat, play on from a
 * replay): the acting seat's bot moves after the set delay, one turn pending at
 * a time, through the one bot driver (`nextBotAction`) the server uses too;
 * a Hard or Expert seat thinks in a worker (searchThinker.ts) and is awaited.
 */
import type { Action, MatchView, Power } from '../../game';
import { legalActions } from '../../game';
import { nextBotAction } from '../../game/bots';
import type { Bot, DecisionTrace } from '../../game/bots';
import { isThinker } from './thinker';
import type { Thinker } from './thinker';

/** Bot decisions kept for the log's reasons: the log shows its latest 80 lines, most of them bots'. */
const TRACES = 80;

export interface BotTable {
  acting(): Power | null;
  view(p: Power): MatchView | null;
  act(p: Power, a: Action): void;
}

export class BotTurns {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A worker's decision is awaited: no other turn starts meanwhile. */
  private thinking = false;
  private stopped = false;
  /** What each bot move weighed, by the log entry its move began with; null: decided here, with nothing to compare (a tie, or one choice). */
  private readonly traces = new Map<number, DecisionTrace | null>();

  constructor(private readonly table: BotTable, private readonly bots: Partial<Record<Power, Bot | Thinker>>, private delay: number) {}

  /** The bots' pace (the speed setting): takes effect from the next bot move. */
  setDelay(ms: number): void {
    this.delay = Math.max(0, ms);
  }

  /** After a change: if a bot holds the acting seat and no turn is pending, play it soon. */
  poke(): void {
    const who = this.table.acting();
    if (this.stopped || !who || !this.bots[who] || this.timer || this.thinking) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.stopped) return;
      const p = this.table.acting();
      const bot = p ? this.bots[p] : undefined;
      const v = p ? this.table.view(p) : null;
      if (!p || !bot || !v) return;
      if (isThinker(bot)) return this.await(bot, v, p);
      const next = nextBotAction(bot, v, p);
      if (!next) return;
      this.played(v, p, next, bot.trace());
    }, this.delay);
  }

  private played(v: MatchView, p: Power, a: Action, t: DecisionTrace | null): void {
    this.traces.set(v.logStart + v.log.length, t);
    for (const k of this.traces.keys()) if (this.traces.size > TRACES) this.traces.delete(k);
    this.table.act(p, a);
  }

  /** A worker's turn: played only if the match is still where it was asked. */
  private await(bot: Thinker, v: MatchView, p: Power): void {
    this.thinking = true;
    const at = v.logStart + v.log.length;
    bot.think(v, p, legalActions(v, p)).then((d) => {
      this.thinking = false;
      const now = this.table.view(p);
      if (!this.stopped && now && now.logStart + now.log.length === at) this.played(v, p, d.action, d.trace);
      else this.poke();
    }, (e: unknown) => console.warn('multipolar: bot thinker', e));
  }

  /** The decision of the bot move whose first log entry is `entry` (0-based), while kept. */
  trace(entry: number): DecisionTrace | null {
    return this.traces.get(entry) ?? null;
  }

  /** Whether a bot on this page made the move whose first log entry is `entry` (a saved match's earlier moves: not). */
  decidedHere(entry: number): boolean {
    return this.traces.has(entry);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const b of Object.values(this.bots)) if (b && isThinker(b)) b.stop();
  }
}

/**
 * The bot seats of a match played on this device (hot-seat, play on from a
 * replay): the acting seat's bot moves after the set delay, one turn pending at
 * a time, through the one bot driver (`nextBotAction`) the server uses too.
 */
import type { Action, MatchView, Power } from '../../game';
import { nextBotAction } from '../../game/bots';
import type { Bot } from '../../game/bots';

export interface BotTable {
  acting(): Power | null;
  view(p: Power): MatchView | null;
  act(p: Power, a: Action): void;
}

export class BotTurns {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly table: BotTable, private readonly bots: Partial<Record<Power, Bot>>, private delay: number) {}

  /** The bots' pace (the speed setting): takes effect from the next bot move. */
  setDelay(ms: number): void {
    this.delay = Math.max(0, ms);
  }

  /** After a change: if a bot holds the acting seat and no turn is pending, play it soon. */
  poke(): void {
    const who = this.table.acting();
    if (this.stopped || !who || !this.bots[who] || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.stopped) return;
      const p = this.table.acting();
      const bot = p ? this.bots[p] : undefined;
      const v = p ? this.table.view(p) : null;
      if (!p || !bot || !v) return;
      const next = nextBotAction(bot, v, p);
      if (next) this.table.act(p, next);
    }, this.delay);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}

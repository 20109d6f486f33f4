/**
 * "Play on from here": a hot-seat match that starts at a replay's step, the
 * exact state there (hands and piles as they were), people in the seats chosen
 * and bots in the rest. It runs the pure rules the boardgame.io moves run
 * (game/analysis playOn's way): a boardgame.io match can only start at the deal.
 */
import type { Action, MatchState, MatchView, Power } from '../../game';
import { actor, applyAction, awaitingStart, legalActions, POWER_NAMES, POWERS, seatOf, viewFor, whyNot } from '../../game';
import { rulesRng } from '../../game/analysis';
import type { Bot, DecisionTrace } from '../../game/bots';
import { BotTurns } from '../hotseat/botTurns';
import { pageBot } from '../hotseat/thinker';
import type { Thinker } from '../hotseat/thinker';
import type { SeatKind } from '../hotseat/match';
import { Listeners } from '../play/listeners';
import type { PlaySource } from '../play/source';

export interface PlayOnOptions {
  readonly from: MatchState;
  readonly seats: Readonly<Record<Power, SeatKind>>;
  readonly seed: string;
  readonly botDelayMs: number;
}

export class PlayOnMatch implements PlaySource {
  private state: MatchState;
  private readonly rng: ReturnType<typeof rulesRng>;
  private readonly bots: Partial<Record<Power, Bot | Thinker>> = {};
  private readonly listeners = new Listeners();
  private readonly botTurns: BotTurns;
  private stopped = false;
  readonly seats: readonly Power[];

  constructor(private readonly options: PlayOnOptions) {
    // Frames are frozen; every move writes on a fresh copy (applyAction's contract with the real moves).
    this.state = options.from;
    this.rng = rulesRng(options.seed);
    this.seats = POWERS.filter((p) => options.seats[p] === 'human');
    for (const p of POWERS) {
      const kind = options.seats[p];
      if (kind === 'human') continue;
      this.bots[p] = pageBot(kind, `${options.seed}:${p}`);
    }
    this.botTurns = new BotTurns(this, this.bots, options.botDelayMs);
    queueMicrotask(() => this.changed());
  }

  view(p: Power | null): MatchView {
    return viewFor(this.state, p === null ? null : seatOf(p));
  }

  acting(): Power | null {
    return actor(this.state);
  }

  legal(p: Power): Action[] {
    return legalActions(this.view(p), p);
  }

  playedBy(p: Power): string {
    return this.options.seats[p] === 'human' ? POWER_NAMES[p] : `${POWER_NAMES[p]} (bot)`;
  }

  act(p: Power, a: Action): void {
    if (this.stopped || actor(this.state) !== p || whyNot(this.state, p, a)) return;
    const next = structuredClone(this.state);
    applyAction(next, p, a, this.rng);
    this.state = next;
    this.changed();
  }

  setBotDelay(ms: number): void {
    this.botTurns.setDelay(ms);
  }

  botTrace(entry: number): DecisionTrace | null {
    return this.botTurns.trace(entry);
  }

  onChange(f: () => void): () => void {
    return this.listeners.add(f);
  }

  stop(): void {
    this.stopped = true;
    this.botTurns.stop();
    this.listeners.clear();
  }

  private changed(): void {
    if (this.stopped) return;
    this.listeners.emit();
    this.scheduleBot();
  }

  private scheduleBot(): void {
    // From the start of a match, the deal needs no person (as in hot-seat).
    if (awaitingStart(this.state)) {
      queueMicrotask(() => this.act('us', { kind: 'begin' }));
      return;
    }
    this.botTurns.poke();
  }
}

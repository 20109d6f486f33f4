/**
 * Server-side bots (boardgame.io 0.50 has none: docs/boardgameio.md §9).
 *
 * After every stored change of a match the keeper looks at whose move it is:
 * the opening deal is always the server's; a seat the creator gave to a bot is
 * played by that bot; a person's seat is played by a Normal bot while its
 * player has been away longer than `standInAfterMs` (the board shows it
 * through the seat's `data.standIn`), and handed back the moment they return.
 * Bots see only their seat's view, as every bot does, and their moves go
 * through boardgame.io's Master in the match's own queue, like a person's.
 */
import type { Game, Server, State, StorageAPI } from 'boardgame.io';
import { Master } from 'boardgame.io/master';
import type { BotLevel } from '../game/bots';
import type { MatchState } from '../game';
import { toMove, MOVE_NAMES } from '../game';
import { powerOf } from '../game';
import { awaitingStart, viewFor } from '../game';
import type { PlayerData } from './lobby';
import type { StandInMove } from '../game/wire/lobby';
import type { Thinker } from './bots/thinker';
import { BrokenMatch } from './quarantine';

type Storage = StorageAPI.Sync | StorageAPI.Async;
interface Frame {
  readonly type: string;
  readonly args: readonly unknown[];
}
interface Queue {
  add<T>(fn: () => Promise<T> | T): Promise<T>;
}

export interface SeatKeeperOptions {
  readonly game: Game;
  readonly db: Storage;
  /** boardgame.io's per-match queue, so a bot's move never interleaves with a person's. */
  readonly queueFor: (matchID: string) => Queue;
  /** Deliver a frame to every socket of a match. */
  readonly publish: (matchID: string, frame: Frame) => void;
  /** Pause before a bot moves, so people can follow the board. */
  readonly botDelayMs: number;
  /** How long a person may be away before a bot plays their seat. */
  readonly standInAfterMs: number;
  /** Time budget for a Hard bot's search. */
  readonly hardBudgetMs: number;
  /** Where bots think (server/bots/thinker.ts: worker threads, off the event loop). */
  readonly thinker: Thinker;
  /** Expert's thinking time (EXPERT_BOT_MS). */
  readonly expertBudgetMs: number;
  /** Other processes share the storage (REDIS_URL): a start here does not mean their sockets are gone. */
  readonly shared?: boolean;
}

/** A match has fewer moves than this; the cap keeps a seat's record bounded whatever happens. */
const MAX_STAND_IN_MOVES = 400;

const filterMetadata = (metadata: Server.MatchData) =>
  Object.values(metadata.players).map(({ credentials: _secret, ...p }) => p);

/** Who plays a seat now: its bot, its stand-in, or nobody (a person). */
function botLevelOf(player: Server.PlayerMetadata | undefined): BotLevel | null {
  const data = player?.data as PlayerData | undefined;
  return data?.bot ?? data?.standIn ?? null;
}

/** The one seat the rules wait for (one active seat at a time: game/game.ts). */
function actingSeat(state: State): string | null {
  if (state.ctx.gameover !== undefined) return null;
  const active = state.ctx.activePlayers ? Object.keys(state.ctx.activePlayers) : [state.ctx.currentPlayer];
  return active[0] ?? null;
}

export class SeatKeeper {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly awayTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Matches with a seat the server plays (a bot or a stand-in): only these need a look after a move. */
  private readonly botMatches = new Set<string>();
  private stopped = false;
  /** Matches whose seats must wait (a paused classroom table): the keeper makes no move there. */
  held: (matchID: string) => boolean | Promise<boolean> = () => false;

  constructor(private readonly o: SeatKeeperOptions) {}

  /** Look at a match soon (after a stored move, a seat change, a restart). */
  poke(matchID: string, delayMs = this.o.botDelayMs): void {
    if (this.stopped || this.pending.has(matchID)) return;
    this.pending.set(
      matchID,
      setTimeout(() => {
        this.pending.delete(matchID);
        this.o.queueFor(matchID).add(() => this.act(matchID)).catch((err: unknown) => {
          // A damaged match is quarantined and logged once there (server/quarantine.ts): it owes no more moves.
          if (err instanceof BrokenMatch) return this.forget(matchID);
          console.error('multipolar: bot move failed', err);
        });
      }, delayMs),
    );
  }

  /** A new state was stored: the server owes a move if it deals or plays the acting seat. */
  stateStored(matchID: string, state: State): void {
    if (!(state.G as Partial<MatchState>).step) return; // another game on the same server (the benchmark's floor)
    if (state.ctx.gameover !== undefined) return this.forget(matchID);
    if (awaitingStart(state.G as MatchState) || this.botMatches.has(matchID)) this.poke(matchID);
  }

  /** Seat metadata changed: start or cancel the away clock of each person's seat. */
  metadataChanged(matchID: string, metadata: Server.MatchData): void {
    if (this.stopped) return;
    if (metadata.gameover !== undefined) return this.forget(matchID);
    if (Object.values(metadata.players).some((p) => botLevelOf(p))) {
      this.botMatches.add(matchID);
      // A bot's move may be owed by a process that died: whoever sees a seat change looks (CAS keeps one).
      if (this.o.shared) this.poke(matchID);
    } else this.botMatches.delete(matchID);
    for (const [id, player] of Object.entries(metadata.players)) {
      const key = `${matchID}:${id}`;
      const data = player.data as PlayerData | undefined;
      const person = Boolean(player.name) && !data?.bot;
      const away = person && player.isConnected !== true && !data?.standIn && metadata.gameover === undefined;
      if (!away) {
        clearTimeout(this.awayTimers.get(key));
        this.awayTimers.delete(key);
      } else if (!this.awayTimers.has(key)) {
        this.awayTimers.set(key, setTimeout(() => {
          this.awayTimers.delete(key);
          void this.o.queueFor(matchID).add(() => this.standIn(matchID, id));
        }, this.o.standInAfterMs));
      }
      if (person && player.isConnected === true && data?.standIn) {
        void this.o.queueFor(matchID).add(() => this.handBack(matchID, id));
      }
    }
  }

  /**
   * The matches a restart resumes. Without retention (server/retention.ts sets this): every
   * match whose metadata has no gameover.
   */
  runningMatches: (gameName: string) => Promise<readonly string[]> = async (gameName) =>
    this.o.db.listMatches({ gameName, where: { isGameover: false } });

  /**
   * After a restart no socket is connected: mark every seat away and resume bots. When other
   * processes share the storage their sockets live on, so seats are left as they are.
   * Only running matches are resumed (not over, abandoned or broken, not past retention).
   * Returns them.
   */
  async resumeAll(gameName: string): Promise<readonly string[]> {
    const ids: string[] = [];
    for (const matchID of await this.runningMatches(gameName)) {
      const { metadata } = await this.o.db.fetch(matchID, { metadata: true });
      // Any gameover (finished, abandoned, broken) means the match is not running.
      if (!metadata || metadata.gameover !== undefined) continue;
      ids.push(matchID);
      if (!this.o.shared) {
        for (const p of Object.values(metadata.players)) if (p.isConnected) p.isConnected = false;
        await this.o.db.setMetadata(matchID, metadata);
      }
      this.poke(matchID);
    }
    return ids;
  }

  private forget(matchID: string): void {
    this.botMatches.delete(matchID);
    for (const [key, t] of this.awayTimers) {
      if (key.startsWith(`${matchID}:`)) {
        clearTimeout(t);
        this.awayTimers.delete(key);
      }
    }
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.pending.values()) clearTimeout(t);
    for (const t of this.awayTimers.values()) clearTimeout(t);
    this.pending.clear();
    this.awayTimers.clear();
  }

  /**
   * The process that held this seat's socket is gone (server/presence.ts): mark the seat away,
   * as the socket's disconnect would have, so its away clock starts. A seat connected again
   * meanwhile is left alone by the caller.
   */
  markAway(matchID: string, seat: string): Promise<void> {
    return this.setConnected(matchID, seat, false);
  }

  /** This process was taken for gone while its socket for the seat stayed: mark it connected again. */
  markBack(matchID: string, seat: string): Promise<void> {
    return this.setConnected(matchID, seat, true);
  }

  private setConnected(matchID: string, seat: string, connected: boolean): Promise<void> {
    return this.o.queueFor(matchID).add(async () => {
      const { metadata } = await this.o.db.fetch(matchID, { metadata: true });
      const player = metadata?.players[Number(seat)];
      if (!metadata || !player || Boolean(player.isConnected) === connected || metadata.gameover !== undefined) return;
      player.isConnected = connected;
      await this.o.db.setMetadata(matchID, metadata);
      this.o.publish(matchID, { type: 'matchData', args: [matchID, filterMetadata(metadata)] });
    });
  }

  private async standIn(matchID: string, seat: string): Promise<void> {
    await this.setPlayerData(matchID, seat, (p) => (p.isConnected === true ? null : { ...(p.data as object), standIn: 'normal' }));
    this.poke(matchID);
  }

  private async handBack(matchID: string, seat: string): Promise<void> {
    await this.setPlayerData(matchID, seat, (p) => {
      if (p.isConnected !== true) return null;
      const { standIn: _done, ...rest } = (p.data ?? {}) as PlayerData;
      return rest;
    });
  }

  /** Change one seat's data (or nothing when `f` says null) and tell every socket; `evenOver`: also once the match is over (a record of its last move). */
  private async setPlayerData(matchID: string, seat: string, f: (p: Server.PlayerMetadata) => object | null, evenOver = false): Promise<void> {
    const { metadata } = await this.o.db.fetch(matchID, { metadata: true });
    const player = metadata?.players[Number(seat)];
    if (!metadata || !player || (metadata.gameover !== undefined && !evenOver)) return;
    const data = f(player);
    if (!data) return;
    player.data = data;
    await this.o.db.setMetadata(matchID, metadata);
    this.o.publish(matchID, { type: 'matchData', args: [matchID, filterMetadata(metadata)] });
  }

  /** Make the move the server owes, if any. */
  private async act(matchID: string): Promise<void> {
    if (await this.held(matchID)) return;
    const { state, metadata } = await this.o.db.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) return;
    // Over by its metadata alone (abandoned by retention, or broken): no bot plays on.
    if (metadata.gameover !== undefined) return this.forget(matchID);
    const seat = actingSeat(state);
    if (seat === null) return this.forget(matchID);
    if (awaitingStart(state.G as MatchState)) return this.submit(matchID, state, seat, { move: MOVE_NAMES.begin, args: [] });
    const player = metadata.players[Number(seat)];
    const level = botLevelOf(player);
    if (!level) return;
    const at = (state.G as MatchState).log.length;
    const moved = await this.botMove(matchID, state, seat, level);
    // A stand-in's move is kept on the seat, so the log can say it and the person, back, hears of it.
    if (moved && !(player?.data as PlayerData | undefined)?.bot) await this.markStandIn(matchID, seat, { at, away: player?.name ?? null });
  }

  private markStandIn(matchID: string, seat: string, move: StandInMove): Promise<void> {
    return this.setPlayerData(matchID, seat, (p) => {
      const data = (p.data ?? {}) as PlayerData;
      return { ...data, standIns: [...(data.standIns ?? []), move].slice(-MAX_STAND_IN_MOVES) };
    }, true);
  }

  /**
   * One move by a bot of `level` for `seat`, if that seat is to act: for a
   * caller already in the match's queue (the classroom's turn clock). Returns
   * whether a move was made.
   */
  async moveNow(matchID: string, seat: string, level: BotLevel): Promise<boolean> {
    const { state } = await this.o.db.fetch(matchID, { state: true });
    if (!state || actingSeat(state) !== seat || awaitingStart(state.G as MatchState)) return false;
    return this.botMove(matchID, state, seat, level);
  }

  private async botMove(matchID: string, state: State, seat: string, level: BotLevel): Promise<boolean> {
    const power = powerOf(seat);
    if (!power) return false;
    // A fresh bot per decision, seeded by the match, seat and state: the same position gets the same move.
    const next = await this.o.thinker.decide({
      level, seed: `${matchID}:${seat}:${level}:${state._stateID}`, view: viewFor(state.G as MatchState, seat), power,
      hardBudgetMs: this.o.hardBudgetMs, expertBudgetMs: this.o.expertBudgetMs,
    });
    if (!next) return false;
    await this.submit(matchID, state, seat, toMove(next));
    return true;
  }

  /** A move through boardgame.io's Master, as a socket's would go (stored, then sent to every socket). */
  private async submit(matchID: string, state: State, seat: string, move: { move: string; args: unknown[] }): Promise<void> {
    const master = new Master(this.o.game, this.o.db, {
      send: () => undefined,
      sendAll: (frame: Frame) => this.o.publish(matchID, frame),
    }, undefined);
    const action = { type: 'MAKE_MOVE' as const, payload: { type: move.move, args: move.args, playerID: seat } };
    await master.onUpdate(action as never, state._stateID, matchID, seat);
  }
}

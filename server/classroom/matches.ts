/**
 * What the classroom does to its tables' boardgame.io matches, each in the
 * match's own queue so nothing interleaves with a move: edit the seats,
 * rewrite the state outside a move (a pushed event, the bell), read them.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import type { MatchState, Seat } from '../../game';
import type { ServerEdit } from '../../game/sim';
import { BrokenMatch } from '../quarantine';
import { editLogEntry } from '../replay';
import type { Table } from './session';
import type { Frame } from './tables';
import { matchDataFrame, personSeat, updateFrame } from './tables';

type Storage = StorageAPI.Sync | StorageAPI.Async;

export interface MatchDeps {
  /** Storage as boardgame.io sees it: writes are reported, so frames go out once stored. */
  readonly db: Storage;
  readonly inQueue: <T>(matchID: string, fn: () => Promise<T> | T) => Promise<T>;
  readonly publish: (matchID: string, frame: Frame) => void;
}

export interface TableRow {
  readonly table: Table;
  readonly state?: State;
  readonly metadata?: Server.MatchData;
}

export class TableMatches {
  constructor(private readonly d: MatchDeps) {}

  /** Change a match's seats and tell its sockets. */
  async editSeats(matchID: string, f: (m: Server.MatchData) => void): Promise<void> {
    await this.d.inQueue(matchID, async () => {
      const { metadata } = await this.d.db.fetch(matchID, { metadata: true });
      if (!metadata) return;
      f(metadata);
      await this.d.db.setMetadata(matchID, metadata);
      this.d.publish(matchID, matchDataFrame(matchID, metadata));
    });
  }

  /** Seat a person; returns their new credentials. */
  async seatPerson(matchID: string, seat: Seat, name: string): Promise<string> {
    let creds = '';
    await this.editSeats(matchID, (m) => {
      creds = personSeat(m.players[Number(seat)]!, name);
    });
    return creds;
  }

  async credentials(matchID: string, seat: Seat): Promise<string> {
    const { metadata } = await this.d.db.fetch(matchID, { metadata: true });
    return metadata?.players[Number(seat)]?.credentials ?? '';
  }

  async isOver(matchID: string): Promise<boolean> {
    const { state } = await this.d.db.fetch(matchID, { state: true });
    return !state || state.ctx.gameover !== undefined;
  }

  /**
   * A server-side change of a match's state, in the match's queue (see
   * `rewriteNow`). Returns whether the state changed.
   */
  rewrite(matchID: string, f: (G: MatchState) => MatchState, edit: ServerEdit): Promise<boolean> {
    return this.d.inQueue(matchID, () => this.rewriteNow(matchID, f, edit));
  }

  /**
   * The same, for a caller already in the match's queue: the next state id,
   * stored (a state the game ends with also ends the match's metadata), then
   * shown to every socket of the match. The edit goes into the match's log, so
   * a replay redoes it at the same point (server/replay.ts).
   */
  async rewriteNow(matchID: string, f: (G: MatchState) => MatchState, edit: ServerEdit): Promise<boolean> {
    const { state, metadata } = await this.d.db.fetch(matchID, { state: true, metadata: true });
    if (!state || state.ctx.gameover !== undefined) return false;
    const G = f(state.G as MatchState);
    if (G === state.G) return false;
    const ctx = G.outcome ? { ...state.ctx, gameover: G.outcome } : state.ctx;
    const next: State = { ...state, G, ctx, _stateID: state._stateID + 1 };
    await this.d.db.setState(matchID, next, [editLogEntry(state, edit)]);
    if (G.outcome && metadata) {
      metadata.gameover = G.outcome;
      metadata.updatedAt = Date.now();
      await this.d.db.setMetadata(matchID, metadata);
    }
    this.d.publish(matchID, updateFrame(matchID, next));
    return true;
  }

  /** Every table's state and seats; a damaged table without them (quarantined and logged there). */
  fetchAll(tables: readonly Table[]): Promise<TableRow[]> {
    return Promise.all(tables.map(async (table) => {
      try {
        return { table, ...(await this.d.db.fetch(table.matchID, { state: true, metadata: true })) };
      } catch (err) {
        if (err instanceof BrokenMatch) return { table };
        throw err;
      }
    }));
  }

  /** A match's state, metadata and log gone (in its queue, after any move in flight). */
  wipe(matchID: string): Promise<void> {
    return this.d.inQueue(matchID, () => this.d.db.wipe(matchID));
  }

  fetchState(matchID: string): Promise<State | undefined> {
    return Promise.resolve(this.d.db.fetch(matchID, { state: true })).then((r) => r.state);
  }

  fetchMetadata(matchID: string): Promise<Server.MatchData | undefined> {
    return Promise.resolve(this.d.db.fetch(matchID, { metadata: true })).then((r) => r.metadata);
  }
}

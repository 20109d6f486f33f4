/**
 * A seat (or a spectator) on a real server over a raw socket.io connection,
 * speaking boardgame.io 0.50's wire protocol: it keeps every frame it
 * receives, so tests can check what reached the wire, and can play its seat
 * with a bot as fast as the server answers.
 */
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { joinUpdateLog } from '../../client/online/log-join';
import { toMove } from '../../game/game';
import { REFUSED_EVENT } from '../../game/wire/moves';
import { makeBot } from '../../game/bots';
import { actor, legalActions } from '../../game/rules/actions';
import type { MatchView } from '../../game/state';
import { powerOf } from '../../game/types';

export interface WireState {
  readonly G: MatchView;
  readonly ctx: { gameover?: unknown };
  readonly _stateID: number;
}
export interface Frame {
  readonly event: string;
  readonly args: unknown[];
}

export class SocketPlayer {
  readonly frames: Frame[] = [];
  readonly socket: Socket;
  /** The state as boardgame.io's client holds it: a sync replaces it, whatever its age. */
  state: WireState | null = null;
  /** The newest state any frame brought, and how many syncs came back older than it. */
  newest: WireState | null = null;
  staleSyncs = 0;
  matchData: { id: number; name?: string; isConnected?: boolean; data?: Record<string, unknown> }[] = [];
  private autoplay = false;
  private readonly waiters = new Set<() => void>();

  constructor(
    url: string,
    readonly matchID: string,
    readonly playerID: string | null,
    private readonly credentials?: string,
    private readonly bot = makeBot('easy', `${matchID}:${playerID}`),
  ) {
    this.socket = io(`${url}/multipolar`, { transports: ['websocket'], reconnection: false });
    this.socket.onAny((event: string, ...args: unknown[]) => {
      this.frames.push({ event, args });
      if (event === 'sync') {
        const info = args[1] as { state: WireState; filteredMetadata?: SocketPlayer['matchData'] };
        this.state = info.state;
        if (this.newest && this.newest._stateID > info.state._stateID) this.staleSyncs += 1;
        else this.newest = info.state;
        if (info.filteredMetadata) this.matchData = info.filteredMetadata;
      } else if (event === 'update') {
        // Updates carry only the log entries this socket lacks: joined as the browser's client does.
        const next = joinUpdateLog(this.state, { type: event, args }).data.args[1] as WireState;
        if (!this.state || next._stateID > this.state._stateID) this.state = next;
        if (!this.newest || next._stateID > this.newest._stateID) this.newest = next;
      } else if (event === 'matchData') {
        this.matchData = args[1] as SocketPlayer['matchData'];
      } else if (event === REFUSED_EVENT) {
        // A refusal moves nothing on: answering it with the same move at once would repeat it as
        // fast as the server answers, until the server closes the connection for the flood.
        // (`play()` sends again when a test asks.)
        this.wake();
        return;
      }
      this.changed();
    });
    this.socket.on('connect', () => this.socket.emit('sync', matchID, playerID, credentials, 3));
  }

  get stateID(): number {
    return this.state?._stateID ?? -1;
  }
  get over(): boolean {
    return this.state?.ctx.gameover !== undefined;
  }

  /** Play this seat with the bot whenever it is its move. */
  play(): this {
    this.autoplay = true;
    this.changed();
    return this;
  }

  /** Resolve when `ok` holds, checked after every frame (or fail after `ms`). */
  until(ok: () => boolean, ms = 30_000): Promise<void> {
    if (ok()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out at state ${this.stateID}`));
      }, ms);
      const check = () => {
        if (!ok()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  close(): void {
    this.autoplay = false;
    this.socket.close();
  }

  /** Lets every waiting test look at the frames again. */
  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  private changed(): void {
    this.wake();
    const s = this.state;
    const power = this.playerID === null ? undefined : powerOf(this.playerID);
    if (!this.autoplay || !s || !power || this.over || s.G.step.kind === 'begin' || actor(s.G) !== power) return;
    const legal = legalActions(s.G, power);
    if (legal.length === 0) return;
    const { move, args } = toMove(this.bot.decide(s.G, power, legal));
    this.socket.emit(
      'update',
      { type: 'MAKE_MOVE', payload: { type: move, args, playerID: this.playerID, credentials: this.credentials } },
      s._stateID,
      this.matchID,
      this.playerID,
    );
  }
}

/** Sockets opened by a test file, to close together when it ends. */
export class SocketPlayers {
  readonly all: SocketPlayer[] = [];
  connect(url: string, matchID: string, seat: string | null, credentials?: string): SocketPlayer {
    const p = new SocketPlayer(url, matchID, seat, credentials);
    this.all.push(p);
    return p;
  }
  closeAll(): void {
    for (const s of this.all) s.close();
  }
}

/** Create a match through the Lobby API and seat a person in each given seat. */
export async function createMatch(
  url: string,
  setupData: Record<string, unknown>,
  people: readonly string[],
): Promise<{ matchID: string; credentials: Record<string, string> }> {
  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await r.json()) as Record<string, string>;
    if (!r.ok) throw new Error(`${path}: ${r.status} ${json.error}`);
    return json;
  };
  const { matchID } = await post('/games/multipolar/create', { numPlayers: 3, setupData });
  const credentials: Record<string, string> = {};
  for (const seat of people) {
    const j = await post(`/games/multipolar/${matchID}/join`, { playerID: seat, playerName: `Player ${seat}` });
    credentials[seat] = j.playerCredentials!;
  }
  return { matchID: matchID!, credentials };
}

/**
 * The load generators' side of the wire (bench:server, bench:cluster): the
 * Lobby's POST, and a seat's socket that keeps only the newest state it has seen
 * (no frame log, unlike tests/support/socket-player.ts: the benches run
 * thousands of them).
 */
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

export interface WireState<G = unknown> {
  G: G;
  ctx: { gameover?: unknown; activePlayers?: Record<string, string> | null };
  _stateID: number;
}

export async function post(url: string, path: string, body: unknown): Promise<Record<string, string>> {
  const r = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await r.json()) as Record<string, string>;
  if (!r.ok) throw new Error(`${path}: ${r.status} ${json.error}`);
  return json;
}

/** One seat's (or a spectator's) socket on game `game`: the newest state it has seen. */
export class Seat<G = unknown> {
  readonly socket: Socket;
  state: WireState<G> | null = null;
  onState: (() => void) | null = null;
  constructor(url: string, readonly matchID: string, readonly playerID: string | null, readonly credentials?: string, game = 'multipolar') {
    this.socket = io(`${url}/${game}`, { transports: ['websocket'], reconnection: false });
    this.socket.on('connect', () => this.socket.emit('sync', matchID, playerID, credentials, 3));
    this.socket.on('sync', (_id: string, info: { state: WireState<G> }) => this.take(info.state));
    this.socket.on('update', (_id: string, state: WireState<G>) => this.take(state));
  }
  private take(state: WireState<G>) {
    if (!this.state || state._stateID > this.state._stateID) {
      this.state = state;
      this.onState?.();
    }
  }
}

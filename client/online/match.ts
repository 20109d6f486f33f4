/**
 * An online match: one boardgame.io client over socket.io to the page's own
 * server, seated (playerID + credentials) or watching (no playerID: the
 * public view). Seat names and who is connected come from the socket's
 * matchData and, every few seconds, from the Lobby API, which also tells
 * when the players have started the next match.
 */
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import * as v from 'valibot';
import { Multipolar, toMove } from '../../game';
import type { Action } from '../../game';
import { actor, legalActions } from '../../game';
import type { MatchView } from '../../game';
import type { Power } from '../../game';
import { POWER_NAMES, POWERS, powerOf } from '../../game';
import { Listeners } from '../play/listeners';
import type { PlaySource } from '../play/source';
import { REFUSED_EVENT, Refusal } from '../../game/wire/moves';
import type { Joined, MatchInfo, PlayerMeta } from './lobby';
import type { TransportData } from './log-join';
import { joinUpdateLog } from './log-join';
import { getMatch } from './lobby';
import type { SeatState } from './seats';
import { openSeats, seatStates, standInNote } from './seats';
import type { StandInMove } from '../../game/wire/lobby';

/** How often the Lobby API is asked about seats and a next match, ms. */
const POLL_MS = 2500;

/** `refused`: the server will not serve this page (wrong seat credentials, a broken match …); says why. */
export type Connection = 'connecting' | 'online' | 'offline' | { readonly refused: string };

/** Refusals that stand until the page is reloaded; others (a failed request) clear with the next state. */
const LASTING: ReadonlySet<Refusal['code']> = new Set(['seat', 'broken', 'match', 'budget']);

/** The socket boardgame.io's client opens in `start()` (it keeps it to itself). */
type ClientSocket = { on(event: string, fn: (...args: unknown[]) => void): unknown };
const socketOf = (client: unknown): ClientSocket | undefined =>
  (client as { transport?: { socket?: ClientSocket } }).transport?.socket;

export interface OnlineOptions {
  readonly matchID: string;
  /** null: watch as a spectator. */
  readonly seat: Joined | null;
  /** What the Lobby API said when the page opened. */
  readonly info: MatchInfo;
}

type BgClient = ReturnType<typeof Client>;

export class OnlineMatch implements PlaySource {
  readonly seats: readonly Power[];
  readonly key: string;
  readonly me: Power | null;
  private readonly client: BgClient;
  /** Told when the game state changes (the play screen redraws, and focus moves to the actions). */
  private readonly listeners = new Listeners();
  /** Told when anything changes: seats, connection, next match (the online panel). */
  private readonly metaListeners = new Listeners();
  private lastStateID = -1;
  private lastMetaKey = '';
  private lastMarks = 0;
  private players: readonly PlayerMeta[];
  private info: MatchInfo;
  private everOnline = false;
  private refused: Refusal | null = null;
  private stopped = false;
  private readonly poller: ReturnType<typeof setInterval>;

  constructor(readonly options: OnlineOptions) {
    this.me = options.seat ? (powerOf(options.seat.playerID) ?? null) : null;
    this.seats = this.me ? [this.me] : [];
    this.key = `online:${options.matchID}:${this.me ?? 'watch'}`;
    this.info = options.info;
    this.players = options.info.players;
    this.client = Client({
      game: Multipolar,
      numPlayers: 3,
      multiplayer: SocketIO({ server: location.origin }),
      matchID: options.matchID,
      ...(options.seat ? { playerID: options.seat.playerID, credentials: options.seat.credentials } : {}),
      debug: false,
    });
    // Updates carry only the log entries this page lacks: joined onto its window first (client/online/log-join.ts).
    const client = this.client as unknown as { receiveTransportData(d: TransportData): void; transport?: { requestSync?(): void } };
    const receive = client.receiveTransportData.bind(client);
    client.receiveTransportData = (d) => {
      const { data, gap } = joinUpdateLog(this.client.getState(), d);
      receive(data);
      if (gap) client.transport?.requestSync?.();
    };
    // One subscriber, fanned out (docs/boardgameio.md §10).
    this.client.subscribe(() => this.changed(true));
    this.client.start();
    // The server says why it refuses this page (game/wire/moves.ts): show it instead of waiting forever.
    socketOf(this.client)?.on(REFUSED_EVENT, (notice: unknown) => {
      const r = v.safeParse(Refusal, notice);
      if (!r.success) return;
      this.refused = r.output;
      this.changed(false);
    });
    this.poller = setInterval(() => void this.poll(), POLL_MS);
  }

  view(_seat: Power | null): MatchView | null {
    return (this.client.getState()?.G as MatchView | undefined) ?? null;
  }

  acting(): Power | null {
    const v = this.view(null);
    return v ? actor(v) : null;
  }

  legal(p: Power): Action[] {
    const v = this.view(p);
    return v && p === this.me ? legalActions(v, p) : [];
  }

  act(p: Power, a: Action): void {
    if (p !== this.me) return;
    const { move, args } = toMove(a);
    const fn = this.client.moves[move];
    if (fn) fn(...args);
  }

  playedBy(p: Power): string {
    const s = this.seatStates()[p];
    if (s.kind === 'bot') return `${POWER_NAMES[p]} (bot)`;
    if (s.kind === 'open') return `${POWER_NAMES[p]} (open seat)`;
    return `${POWER_NAMES[p]} (${s.name}${s.standIn ? ', played by a bot while away' : ''})`;
  }

  /** A stand-in's move: said beside its first log line. */
  logNote(entry: number): string | null {
    for (const m of this.players) {
      const move = m.data?.standIns?.find((s) => s.at === entry);
      if (move) return standInNote(move);
    }
    return null;
  }

  /** The moves a stand-in made for this page's seat while its person, `name`, was away. */
  missed(name: string): readonly StandInMove[] {
    const mine = this.players.find((m) => powerOf(String(m.id)) === this.me);
    return (mine?.data?.standIns ?? []).filter((s) => s.away === name);
  }

  seatStates(): Readonly<Record<Power, SeatState>> {
    return seatStates(this.players);
  }

  /** Seats nobody has taken yet (the server deals at once; play waits at an open seat's turn). */
  open(): Power[] {
    return openSeats(this.seatStates());
  }

  connection(): Connection {
    if (this.refused) return { refused: this.refused.message };
    if (this.client.getState()?.isConnected) return 'online';
    return this.everOnline ? 'offline' : 'connecting';
  }

  /** The match's last known Lobby record (unlisted, next match …). */
  latest(): MatchInfo {
    return this.info;
  }

  onChange(f: () => void): () => void {
    return this.listeners.add(f);
  }

  /** Seats, connection or the next match changed. */
  onMeta(f: () => void): () => void {
    return this.metaListeners.add(f);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.poller);
    this.client.stop();
    this.listeners.clear();
    this.metaListeners.clear();
  }

  private changed(fromSocket: boolean): void {
    if (this.stopped) return;
    const state = this.client.getState();
    if (state?.isConnected) this.everOnline = true;
    const live = this.client.matchData as readonly PlayerMeta[] | undefined;
    if (fromSocket && live) this.players = live;
    const stateID = state?._stateID ?? -1;
    // A stand-in's move is recorded on its seat just after the move: the log redraws to mark it.
    const marks = this.players.reduce((n, m) => n + (m.data?.standIns?.length ?? 0), 0);
    if (stateID !== this.lastStateID || marks !== this.lastMarks) {
      if (stateID !== this.lastStateID && this.refused && !LASTING.has(this.refused.code)) this.refused = null;
      this.lastStateID = stateID;
      this.lastMarks = marks;
      this.listeners.emit();
    }
    const metaKey = JSON.stringify([this.players, this.connection(), this.info.nextMatchID ?? null]);
    if (metaKey !== this.lastMetaKey) {
      this.lastMetaKey = metaKey;
      this.metaListeners.emit();
    }
  }

  private async poll(): Promise<void> {
    try {
      const info = await getMatch(this.options.matchID);
      if (this.stopped) return;
      this.info = info;
      // The socket's matchData arrives only when someone connects or drops;
      // joins and bot stand-ins can come between.
      this.players = mergePlayers(this.players, info.players);
      this.changed(false);
    } catch {
      // The socket's own status tells the player about a lost connection.
    }
  }
}

/** The Lobby API's seats, keeping the socket's fresher connection flags. */
function mergePlayers(live: readonly PlayerMeta[], polled: readonly PlayerMeta[]): PlayerMeta[] {
  return POWERS.map((_, i) => {
    const fromPoll = polled.find((m) => m.id === i) ?? { id: i };
    const fromLive = live.find((m) => m.id === i);
    return { ...fromPoll, isConnected: fromPoll.isConnected ?? fromLive?.isConnected };
  });
}

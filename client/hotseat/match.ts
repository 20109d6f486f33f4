/**
 * A hot-seat match: three boardgame.io clients on one Local transport, one
 * per seat, so each seat's state is filtered by `playerView` exactly as online.
 * Bots decide from their own seat's client state only.
 */
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { Multipolar, toMove } from '../../game';
import { initialState } from '../../game';
import type { Bot, BotLevel, DecisionTrace } from '../../game/bots';
import type { Action } from '../../game';
import { actor, awaitingStart, isDeclinedProposal, legalActions } from '../../game';
import { explain, reasonLine } from '../../game/hints';
import type { MatchRecord } from '../../game/sim';
import { actionsFromLog } from '../../game/sim';
import type { MatchView } from '../../game';
import type { Power, ScenarioId } from '../../game';
import { POWER_NAMES, POWERS, seatOf } from '../../game';
import { Listeners } from '../play/listeners';
import type { PlaySource } from '../play/source';
import { BotTurns } from './botTurns';
import { beginSaving, noteProgress, SAVED_MATCH_ID, storageKeyOf } from './saved';
import { pageBot } from './thinker';
import type { Thinker } from './thinker';

export type SeatKind = 'human' | BotLevel;

export interface HotseatOptions {
  readonly scenario: ScenarioId;
  readonly seats: Readonly<Record<Power, SeatKind>>;
  /** Pause before a bot acts, so people can follow (0 in tests); `setBotDelay` changes it. */
  readonly botDelayMs: number;
  readonly seed?: string;
  readonly makeBot?: (level: BotLevel, power: Power, seed: string) => Bot;
  /**
   * Keep the match in this browser, so a reload resumes it (the play screen's matches, not the
   * tutorial's): 'new' replaces whatever was saved, 'resume' goes on with it (client/hotseat/saved.ts).
   */
  readonly save?: 'new' | 'resume';
}

type BgClient = ReturnType<typeof Client>;

export interface MatchSnapshot {
  /** Each seat's own view (null before the first sync). */
  readonly views: Readonly<Record<Power, MatchView | null>>;
  readonly stateID: number;
}

export class HotseatMatch implements PlaySource {
  private readonly clients: Record<Power, BgClient>;
  private readonly bots: Partial<Record<Power, Bot | Thinker>> = {};
  private readonly listeners = new Listeners<[MatchSnapshot]>();
  private readonly botTurns: BotTurns;
  /** A bot's declined proposal: its note, by log entry (null: none to give). */
  private readonly declineNotes = new Map<number, string | null>();
  private stopped = false;
  private dealt = false;
  /** Whether boardgame.io keeps this match in localStorage (see `save`). */
  private readonly saved: boolean;
  readonly seed: string;
  readonly seats: readonly Power[];
  /** Only a match kept in this browser outlasts a reload. */
  readonly key?: string;

  constructor(readonly options: HotseatOptions) {
    this.seed = options.seed ?? Math.random().toString(36).slice(2, 10);
    this.seats = this.humans();
    if (options.save) this.key = `hotseat:${this.seed}`;
    const game = { ...Multipolar, seed: this.seed, setup: () => initialState(options.scenario) };
    this.saved = options.save === 'resume' || (options.save === 'new' && beginSaving({ scenario: options.scenario, seed: this.seed, seats: options.seats }));
    // Saved, the transport writes the state and its log on every move, and a new transport reads
    // them back: a resumed match goes on with the very dice it had (the state carries them).
    const multiplayer = this.saved ? Local({ persist: true, storageKey: storageKeyOf(this.seed) }) : Local();
    const matchID = this.saved ? SAVED_MATCH_ID : 'default';
    const make = (p: Power) => Client({ game, numPlayers: 3, multiplayer, matchID, playerID: seatOf(p), debug: false });
    this.clients = { us: make('us'), china: make('china'), russia: make('russia') };
    for (const p of POWERS) {
      const kind = options.seats[p];
      if (kind === 'human') continue;
      // Hard and Expert search in a worker, unless a caller supplies its own bots.
      this.bots[p] = options.makeBot ? options.makeBot(kind, p, this.seed) : pageBot(kind, `${this.seed}:${p}`);
    }
    this.botTurns = new BotTurns(this, this.bots, options.botDelayMs);
    // One subscriber per client, fanned out (docs/boardgameio.md §10).
    for (const p of POWERS) this.clients[p].subscribe(() => this.changed());
    for (const p of POWERS) this.clients[p].start();
  }

  /** The seat's own view of the match (before anyone is shown: the United States'). */
  view(p: Power | null): MatchView | null {
    return (this.clients[p ?? 'us'].getState()?.G as MatchView | undefined) ?? null;
  }

  /** Whose move it is, from any seat's (identical) public state. */
  acting(): Power | null {
    const v = this.view('us');
    return v ? actor(v) : null;
  }

  isHuman(p: Power): boolean {
    return this.options.seats[p] === 'human';
  }

  humans(): Power[] {
    return POWERS.filter((p) => this.isHuman(p));
  }

  playedBy(p: Power): string {
    return this.isHuman(p) ? POWER_NAMES[p] : `${POWER_NAMES[p]} (bot)`;
  }

  legal(p: Power): Action[] {
    const v = this.view(p);
    return v ? legalActions(v, p) : [];
  }

  /** The match so far as a replay record: the moves in boardgame.io's log, in order. */
  record(): MatchRecord | null {
    const moves = actionsFromLog(this.clients.us.log ?? []);
    return moves.ok ? { scenario: this.options.scenario, seed: this.seed, actions: moves.value } : null;
  }

  /** Take an action for a seat; the rules validate it again in the move. */
  act(p: Power, a: Action): void {
    const { move, args } = toMove(a);
    const fn = this.clients[p].moves[move];
    if (fn) fn(...args);
  }

  botTrace(entry: number): DecisionTrace | null {
    return this.botTurns.trace(entry);
  }

  /**
   * A bot's declined proposal says beside its line what tipped the answer ("why: …"), so the
   * proposer learns what the partner weighed without opening the log's reasons. Worked out once.
   */
  logNote(entry: number): string | null {
    if (this.declineNotes.has(entry)) return this.declineNotes.get(entry) ?? null;
    const v = this.view('us');
    const line = v?.log[entry - v.logStart];
    if (!line || !isDeclinedProposal(line) || !this.botTurns.decidedHere(entry)) return null;
    // No trace, or nothing in its favour: the bot judged both answers the same (a tie it broke by chance).
    const first = explain(this.botTurns.trace(entry)).find((r) => r.delta > 0);
    const note = first ? `why: ${reasonLine(first)}` : `why: accepting would not have helped ${line.power ? POWER_NAMES[line.power] : 'it'}; it weighed both answers the same`;
    this.declineNotes.set(entry, note);
    return note;
  }

  /** The bots' pace (the speed setting): takes effect from the next bot move. */
  setBotDelay(ms: number): void {
    this.botTurns.setDelay(ms);
  }

  onChange(f: (s: MatchSnapshot) => void): () => void {
    return this.listeners.add(f);
  }

  stop(): void {
    this.stopped = true;
    this.botTurns.stop();
    for (const p of POWERS) this.clients[p].stop();
    this.listeners.clear();
  }

  private changed(): void {
    if (this.stopped) return;
    const snapshot: MatchSnapshot = {
      views: { us: this.view('us'), china: this.view('china'), russia: this.view('russia') },
      stateID: this.clients.us.getState()?._stateID ?? 0,
    };
    this.listeners.emit(snapshot);
    const v = snapshot.views.us;
    if (this.saved && v) noteProgress(this.seed, v.round, v.outcome !== null);
    this.scheduleBot();
  }

  private scheduleBot(): void {
    // Hot-seat deals at once: the opening move needs no person.
    const view = this.view('us');
    if (view && awaitingStart(view)) {
      if (!this.dealt) {
        this.dealt = true;
        queueMicrotask(() => this.act('us', { kind: 'begin' }));
      }
      return;
    }
    this.botTurns.poke();
  }
}

/**
 * Who sits where, in words: seat states from the match metadata, the share
 * link and the join code. Pure, so it is unit-tested without a browser.
 */
import type { BotLevel } from '../../game/bots';
import type { Power } from '../../game';
import { POWER_NAMES, POWERS, powerOf } from '../../game';
import type { MatchInfo, PlayerMeta } from './lobby';
import type { StandInMove } from '../../game/wire/lobby';

export type SeatState =
  /** Nobody holds it; after a player left mid-game a bot plays it until someone joins. */
  | { readonly kind: 'open'; readonly standIn: BotLevel | null }
  | { readonly kind: 'bot'; readonly level: BotLevel }
  | { readonly kind: 'person'; readonly name: string; readonly connected: boolean; readonly standIn: BotLevel | null };

const LEVEL_NAMES: Readonly<Record<BotLevel, string>> = { easy: 'Easy', normal: 'Normal', hard: 'Hard', expert: 'Expert' };

export function seatState(m: PlayerMeta | undefined): SeatState {
  const bot = m?.data?.bot;
  if (bot) return { kind: 'bot', level: bot };
  if (!m?.name) return { kind: 'open', standIn: m?.data?.standIn ?? null };
  return { kind: 'person', name: m.name, connected: !!m.isConnected, standIn: m.data?.standIn ?? null };
}

export function seatStates(players: readonly PlayerMeta[]): Readonly<Record<Power, SeatState>> {
  const at = (p: Power) => players.find((m) => powerOf(String(m.id)) === p);
  return { us: seatState(at('us')), china: seatState(at('china')), russia: seatState(at('russia')) };
}

/** One short line for a seat: "Alice · connected", "Normal bot", "open seat". */
export function seatLine(s: SeatState): string {
  switch (s.kind) {
    case 'open': return s.standIn ? 'open seat · a bot plays it meanwhile' : 'open seat';
    case 'bot': return `${LEVEL_NAMES[s.level]} bot`;
    case 'person':
      if (s.standIn) return 'away · played by a bot while away';
      return s.connected ? 'connected' : 'disconnected';
  }
}

/**
 * What the others at the table need to know about someone away, in sight and not only in the seat
 * list: who is not connected, and whether a bot already plays for them. Null when everyone is here.
 */
export function awayNote(states: Readonly<Record<Power, SeatState>>, me: Power | null): string | null {
  const lines = POWERS.flatMap((p) => {
    const s = states[p];
    if (p === me || s.kind !== 'person') return [];
    if (s.standIn) return [`${s.name} is away: a bot plays ${POWER_NAMES[p]} until they return.`];
    return s.connected ? [] : [`${s.name} (${POWER_NAMES[p]}) is not connected: a bot plays for them if they stay away.`];
  });
  return lines.length ? lines.join(' ') : null;
}

/** What the log says beside a move a stand-in made. */
export const standInNote = (m: StandInMove): string =>
  m.away ? `a bot played this while ${m.away} was away` : 'a bot played this while the seat was open';

/**
 * What a person back at their seat is told of the moves a bot made for them (`rounds`: the round of
 * each the page's log still holds). Null when there were none.
 */
export function missedNote(moves: readonly StandInMove[], rounds: readonly number[]): string | null {
  if (moves.length === 0) return null;
  const lo = Math.min(...rounds);
  const hi = Math.max(...rounds);
  // The page's log may no longer hold the oldest: then only the last one's round is sure.
  const when = rounds.length === 0 ? '' : rounds.length < moves.length ? `, the last in round ${hi}` : lo === hi ? ` in round ${lo}` : ` in rounds ${lo}–${hi}`;
  const n = moves.length === 1 ? 'one move' : `${moves.length} moves`;
  return `While you were away, a bot played ${n} for you${when}. The log marks ${moves.length === 1 ? 'it' : 'each'}.`;
}

export const openSeats = (states: Readonly<Record<Power, SeatState>>): Power[] =>
  POWERS.filter((p) => states[p].kind === 'open');

export const isFull = (m: Pick<MatchInfo, 'players'>): boolean => openSeats(seatStates(m.players)).length === 0;

/** The link that opens a match's join page. */
export const shareLink = (origin: string, matchID: string): string => `${origin}/#/online/match/${encodeURIComponent(matchID)}`;

/**
 * A match ID from what a person typed or pasted: a 6-character code in any
 * case (codes are upper case), or a whole share link.
 */
export function parseCode(input: string): string | null {
  const text = input.trim();
  const link = text.match(/#\/online\/match\/([^/?#\s]+)/);
  const raw = link ? decodeURIComponent(link[1] as string) : text;
  if (!raw || /\s/.test(raw) || raw.length > 64) return null;
  return /^[a-z0-9]{6}$/i.test(raw) ? raw.toUpperCase() : raw;
}

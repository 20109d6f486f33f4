/**
 * The seats this browser holds, kept in localStorage per match: a reload or a
 * dropped network finds its credentials here and resumes the seat.
 */
import type { ScenarioId } from '../../game';
import { SEATS } from '../../game';
import type { Joined } from './lobby';

export interface HeldSeat extends Joined {
  readonly matchID: string;
  readonly name: string;
  readonly scenario: ScenarioId;
  /** ms since the epoch: the newest match is listed first. */
  readonly savedAt: number;
  /** How many of a stand-in's moves for this seat its person has been told of. */
  readonly missedSeen?: number;
}

const KEY = 'multipolar:seats';
/** The last name typed, offered again in every join form. */
const NAME_KEY = 'multipolar:name';

function readAll(): Record<string, HeldSeat> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    if (!raw || typeof raw !== 'object') return {};
    const out: Record<string, HeldSeat> = {};
    for (const [id, v] of Object.entries(raw as Record<string, Partial<HeldSeat>>)) {
      if (v && typeof v.credentials === 'string' && (SEATS as readonly string[]).includes(String(v.playerID))) {
        out[id] = v as HeldSeat;
      }
    }
    return out;
  } catch {
    return {};
  }
}

function writeAll(all: Record<string, HeldSeat>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Private mode or a full quota: the seat still works until the page closes.
  }
}

export function heldSeat(matchID: string): HeldSeat | null {
  return readAll()[matchID] ?? null;
}

/** Every held seat, newest first. */
export function heldSeats(): HeldSeat[] {
  return Object.values(readAll()).sort((a, b) => b.savedAt - a.savedAt);
}

export function holdSeat(matchID: string, seat: Joined, name: string, scenario: ScenarioId): HeldSeat {
  const held: HeldSeat = { matchID, playerID: seat.playerID, credentials: seat.credentials, name, scenario, savedAt: Date.now() };
  writeAll({ ...readAll(), [matchID]: held });
  rememberName(name);
  return held;
}

/** The person has read of the first `n` moves a stand-in made for them. */
export function sawMissed(matchID: string, n: number): void {
  const all = readAll();
  const held = all[matchID];
  if (held) writeAll({ ...all, [matchID]: { ...held, missedSeen: n } });
}

export function dropSeat(matchID: string): void {
  const all = readAll();
  delete all[matchID];
  writeAll(all);
}

export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // See writeAll.
  }
}

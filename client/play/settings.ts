/**
 * The player's settings on this browser (localStorage): whether every play is
 * confirmed before it is sent, and how fast the bots on this device move.
 * A URL may override both (`?confirm=0`, `?botDelay=0`: tests and benchmarks).
 */
import { finishedMatches } from '../replay/store';

const CONFIRM_KEY = 'multipolar.confirmPlays';
const SPEED_KEY = 'multipolar.botSpeed';
/** "A player's first games": confirmation stays on by default until this many matches are finished here. */
export const CONFIRM_FIRST_GAMES = 3;
/** The online matches this browser played to their end (their ids: a reload counts one once). */
const ONLINE_DONE_KEY = 'multipolar.onlineFinished';

export const BOT_SPEEDS = {
  instant: { label: 'Instant', ms: 0 },
  normal: { label: 'Normal', ms: 900 },
  slow: { label: 'Slow', ms: 2200 },
} as const;
export type BotSpeed = keyof typeof BOT_SPEEDS;
const isSpeed = (v: string | null): v is BotSpeed => v !== null && Object.hasOwn(BOT_SPEEDS, v);

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, v: string): void {
  try {
    localStorage.setItem(key, v);
  } catch {
    // Private browsing may refuse storage: the setting lasts for this page only.
  }
}

const query = (): URLSearchParams => new URLSearchParams(location.search);

/** When confirmation is on before the player has chosen: always, for the first games here, or not. */
export type ConfirmDefault = 'always' | 'firstGames' | 'off';

/**
 * Whether a play waits for "Confirm": the player's own choice once made; before that,
 * `byDefault` (the tutorial: always; hot-seat: the first games on this browser). `?confirm=0|1`
 * and `?bench=1` (the client benchmark, which clicks as fast as it can) override it.
 */
export function confirmPlays(byDefault: ConfirmDefault): boolean {
  const q = query();
  if (q.get('confirm') === '0' || q.has('bench')) return false;
  if (q.get('confirm') === '1') return true;
  const saved = read(CONFIRM_KEY);
  if (saved === 'on' || saved === 'off') return saved === 'on';
  return byDefault === 'always' || (byDefault === 'firstGames' && finishedMatches().length + onlineFinished().length < CONFIRM_FIRST_GAMES);
}

function onlineFinished(): string[] {
  try {
    const ids = JSON.parse(read(ONLINE_DONE_KEY) ?? '[]') as unknown;
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** A seat's online match is over: one of the player's first games is played (a hot-seat one is kept with its replay). */
export function noteFinishedOnline(matchID: string): void {
  const ids = onlineFinished();
  if (ids.includes(matchID) || ids.length >= CONFIRM_FIRST_GAMES) return;
  write(ONLINE_DONE_KEY, JSON.stringify([...ids, matchID]));
}

export function setConfirmPlays(on: boolean): void {
  write(CONFIRM_KEY, on ? 'on' : 'off');
}

/** The bots' pace on this device; `?botDelay=N` (ms) wins for tests. */
export function botDelayMs(fallback: BotSpeed = 'normal'): number {
  const v = query().get('botDelay');
  const n = v === null ? NaN : Number(v);
  if (Number.isFinite(n) && n >= 0) return n;
  return BOT_SPEEDS[botSpeed(fallback)].ms;
}

export function botSpeed(fallback: BotSpeed = 'normal'): BotSpeed {
  const v = read(SPEED_KEY);
  return isSpeed(v) ? v : fallback;
}

export function setBotSpeed(s: BotSpeed): void {
  write(SPEED_KEY, s);
}

/** Whether the URL fixes the bots' pace (then the speed setting is not offered). */
export const botDelayFixed = (): boolean => query().has('botDelay');

export { isSpeed };

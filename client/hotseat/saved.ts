/**
 * The hot-seat match in progress, kept in this browser so that a reload, a
 * phone that drops a tab in the background or a closed laptop loses nothing.
 * boardgame.io's Local transport keeps the match itself (state, log and its
 * dice) under STORAGE_KEY; beside it this module keeps what the transport does
 * not know: who sits where, and how far the match has gone, for the Resume
 * links. One match at a time: starting another replaces it.
 */
import type { Power, ScenarioId } from '../../game';
import { POWER_NAMES, POWERS, SCENARIO_DATA, SCENARIOS } from '../../game';
import { BOT_LEVELS } from '../../game/bots';
import type { SeatKind } from './match';

/** Where a reload of a hot-seat match lands: the saved match goes on (client/router.ts). */
export const RESUME_HASH = '#/hotseat/play';

const STORAGE_KEY = 'multipolar.hotseat';
const META_KEY = `${STORAGE_KEY}.seats`;
/**
 * boardgame.io's storage prefix for a match (it adds `_state`, `_log`, …), one per deal: a second
 * tab that starts a match takes the saved place, and the first tab's later writes go to keys of
 * their own rather than under the second's seats.
 */
export const storageKeyOf = (seed: string): string => `${STORAGE_KEY}.match.${seed}`;
/** The one match id the saved match runs under. */
export const SAVED_MATCH_ID = 'saved';

export interface SavedHotseat {
  readonly scenario: ScenarioId;
  readonly seed: string;
  readonly seats: Readonly<Record<Power, SeatKind>>;
  /** The round being played when last saved, and whether the match had ended. */
  readonly round: number;
  readonly over: boolean;
}

const isSeat = (x: unknown): x is SeatKind => x === 'human' || (BOT_LEVELS as readonly unknown[]).includes(x);

/** The saved match, or null if there is none or what is stored is not one. */
export function savedHotseat(): SavedHotseat | null {
  try {
    const o = JSON.parse(localStorage.getItem(META_KEY) ?? 'null') as Partial<Record<keyof SavedHotseat, unknown>> | null;
    if (!o || typeof o !== 'object') return null;
    const seats = o.seats as Partial<Record<Power, unknown>> | null;
    if (!(SCENARIOS as readonly unknown[]).includes(o.scenario) || typeof o.seed !== 'string' || !seats || typeof seats !== 'object') return null;
    if (!POWERS.every((p) => Object.hasOwn(seats, p) && isSeat(seats[p]))) return null;
    if (typeof o.round !== 'number' || typeof o.over !== 'boolean') return null;
    // The match itself must be there too (storage cleared by hand, or never written).
    if (localStorage.getItem(`${storageKeyOf(o.seed)}_state`) === null) return null;
    return { scenario: o.scenario as ScenarioId, seed: o.seed, seats: seats as Record<Power, SeatKind>, round: o.round, over: o.over };
  } catch {
    return null;
  }
}

/** Forget the saved match: the transport's keys and ours. */
export function forgetSaved(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(STORAGE_KEY)) keys.push(k);
    }
    for (const k of keys) localStorage.removeItem(k);
  } catch {
    // Storage disabled: nothing was saved.
  }
}

/**
 * Start saving a new match: whatever was saved is forgotten first. False when this browser
 * cannot keep one (storage disabled or nearly full): the match is then played unsaved, since
 * the transport writes on every move and a failed write would stall the game.
 */
export function beginSaving(m: Omit<SavedHotseat, 'round' | 'over'>): boolean {
  forgetSaved();
  try {
    // Room for the largest match (a 1996 game's state and log come to some 150 KB).
    const probe = `${STORAGE_KEY}.probe`;
    localStorage.setItem(probe, 'x'.repeat(400_000));
    localStorage.removeItem(probe);
    localStorage.setItem(META_KEY, JSON.stringify({ ...m, round: 1, over: false }));
    return true;
  } catch {
    forgetSaved();
    return false;
  }
}

/** Note how far the saved match dealt with `seed` has gone (for the Resume links); another tab's match is left alone. */
export function noteProgress(seed: string, round: number, over: boolean): void {
  try {
    const o = JSON.parse(localStorage.getItem(META_KEY) ?? 'null') as SavedHotseat | null;
    if (o && o.seed === seed && (o.round !== round || o.over !== over)) localStorage.setItem(META_KEY, JSON.stringify({ ...o, round, over }));
  } catch {
    // Best effort: the match itself is saved by the transport.
  }
}

/** "2019 “Title”, round 3 of 8 — United States: you · China: bot (hard) · Russia: bot (normal)". */
export function describeSaved(m: SavedHotseat): string {
  const s = SCENARIO_DATA[m.scenario];
  const seats = POWERS.map((p) => `${POWER_NAMES[p]}: ${m.seats[p] === 'human' ? 'person' : `bot (${m.seats[p]})`}`).join(' · ');
  return `${s.startYear} “${s.title}”, round ${m.round} of ${s.rounds} — ${seats}`;
}

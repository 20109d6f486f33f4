/**
 * The finished hot-seat matches kept in this browser (localStorage), newest
 * first, each with its replay link. A few dozen records of ~100 characters.
 */
import type { ScenarioId } from '../../game';

export interface SavedMatch {
  /** The replay code (`encodeRecord`); also the identity of the match. */
  readonly code: string;
  readonly scenario: ScenarioId;
  /** Milliseconds since the epoch. */
  readonly finishedAt: number;
  /** One sentence: who won and how (the game-over headline). */
  readonly summary: string;
  /** Who sat where, e.g. "United States: person · China: bot (easy) · …". */
  readonly seats: string;
}

const KEY = 'multipolar.finishedMatches';
const KEEP = 30;

export function finishedMatches(): SavedMatch[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((m): m is SavedMatch => typeof m?.code === 'string' && typeof m?.summary === 'string') : [];
  } catch {
    return [];
  }
}

/** Keep a finished match (once: saving the same code again does nothing). */
export function saveFinished(m: SavedMatch): void {
  const rest = finishedMatches().filter((x) => x.code !== m.code);
  try {
    localStorage.setItem(KEY, JSON.stringify([m, ...rest].slice(0, KEEP)));
  } catch {
    // Storage full or disabled (private mode): the replay link still works.
  }
}

/** The in-app address of a replay; share it with `shareUrl`. */
export const replayHash = (code: string): string => `#/replay?r=${encodeURIComponent(code)}`;
export const onlineReplayHash = (matchID: string): string => `#/replay?match=${encodeURIComponent(matchID)}`;
export const shareUrl = (hash: string): string => `${location.origin}${location.pathname}${hash}`;

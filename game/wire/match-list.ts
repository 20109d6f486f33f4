/**
 * The public list of open matches (`GET /games/multipolar`), as the server
 * (server/match-list.ts) pages it and the online lobby reads it: newest open
 * matches first, PAGE_SIZE at a time, `next` the cursor of the following page.
 */

/** Matches per page: the answer's size is bounded by it, however many matches are stored. */
export const MATCH_PAGE_SIZE = 20;

/** A cursor as the server hands it out: `<createdAt>.<matchID>` of the page's last match. */
export const CURSOR_PATTERN = /^\d{1,16}\.[A-Za-z0-9_-]{1,64}$/;

export interface MatchPage<M> {
  readonly matches: readonly M[];
  /** Pass as `?cursor=` for the next page; null on the last page. */
  readonly next: string | null;
}

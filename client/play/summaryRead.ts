/**
 * The last round whose summary a person here closed, per match, for this tab
 * (sessionStorage): a reload does not show again a summary already read,
 * while one left unread when the page went away comes back.
 */
const keyOf = (match: string): string => `multipolar.summaryRead.${match}`;

/** The last round whose summary was closed in this tab for `match` (0: none, or no key). */
export function lastRead(match: string | undefined): number {
  if (!match) return 0;
  try {
    const n = Number(sessionStorage.getItem(keyOf(match)));
    return Number.isInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

export function markRead(match: string | undefined, round: number): void {
  if (!match || round <= lastRead(match)) return;
  try {
    sessionStorage.setItem(keyOf(match), String(round));
  } catch {
    // Storage refused (private browsing): a reload may show the summary again.
  }
}

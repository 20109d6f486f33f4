/**
 * Fill the hidden parts of a seat's view with one plausible guess, so a bot
 * can look ahead through the real rules without ever seeing the real hands
 * or the real order of the piles.
 */
import { WORLD_EVENTS } from '../content';
import type { CardId } from '../content/types';
import { scenarioDeck } from '../rules/deck';
import type { Prng } from '../sim/prng';
import type { MatchState, MatchView } from '../state';
import type { Power } from '../types';
import { POWERS } from '../types';

function shuffle<T>(xs: readonly T[], r: Prng): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

export function determinize(v: MatchView, me: Power, r: Prng): MatchState {
  const mine = v.hands[me] ?? [];
  const seen = new Set<CardId>([...mine, ...v.discard, ...v.removed]);
  const unseen = shuffle(scenarioDeck(v.scenario, v.round).filter((c) => !seen.has(c)), r);
  const hands = { us: [] as CardId[], china: [] as CardId[], russia: [] as CardId[] };
  hands[me] = [...mine];
  for (const p of POWERS) {
    if (p === me) continue;
    hands[p] = unseen.splice(0, v.handSizes[p]);
  }
  const { handSizes: _h, deckSize: _d, eventDeckSize, ...open } = v;
  // No deep clone: the bots never write on this state, only on workingCopy()s
  // of it, which copy every field but the append-only lists; those are copied
  // here (their records are never changed) so no look-ahead can add to the view's.
  return {
    ...open,
    log: [...open.log],
    history: [...open.history],
    crises: [...open.crises],
    hands,
    deck: unseen,
    eventDeck: shuffle(WORLD_EVENTS.map((e) => e.id), r).slice(0, eventDeckSize),
  };
}

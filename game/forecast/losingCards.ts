/**
 * The cards in a hand that can only lose: every legal play of them, certainly, ends the game at
 * the Brink with the player the loser (a rival's event fired for ops with global tension a step
 * short, say). The hand marks them, so a player learns it before choosing the card, not after.
 */
import type { CardId } from '../content/types';
import type { Action } from '../rules/actions';
import type { MatchState, MatchView } from '../state';
import type { Power } from '../types';
import { forecastAll } from './forecast';
import type { Forecast } from './types';

const loses = (f: Forecast | undefined, power: Power): boolean =>
  !!f && f.warnings.some((w) => w.kind === 'brink' && w.loser === power && w.certainty === 'certain');

/** The cards of `legal` (plays of a card: its event or an operation) every one of whose plays loses `power` the game. */
export function cardsThatLose(state: MatchView | MatchState, power: Power, legal: readonly Action[]): Set<CardId> {
  const byCard = new Map<CardId, Action[]>();
  for (const a of legal) {
    if (a.kind !== 'event' && a.kind !== 'ops') continue;
    const list = byCard.get(a.card);
    if (list) list.push(a);
    else byCard.set(a.card, [a]);
  }
  // One play a card first: a card whose first play survives is not doomed, and most are not.
  const plays = [...byCard.entries()];
  const first = forecastAll(state, power, plays.map(([, list]) => list[0] as Action));
  const out = new Set<CardId>();
  plays.forEach(([id, list], i) => {
    if (loses(first[i], power) && forecastAll(state, power, list.slice(1)).every((f) => loses(f, power))) out.add(id);
  });
  return out;
}

/** Dealing, drawing and discarding cards; drawing world events. */
import { alignment, alignmentNews } from './derived';
import { card, CARDS, worldEvent, WORLD_EVENTS } from '../content';
import type { CardId, EventId, StrategyCard } from '../content/types';
import type { Scenario } from '../scenarios';
import { SCENARIOS } from '../scenarios';
import type { MatchState } from '../state';
import type { ScenarioId } from '../types';
import { POWERS } from '../types';
import { applyEffects } from './effects';
import { log } from './log';
import type { Rng } from './rng';

export const HAND_SIZE = 5;

/** The two calendar years a round stands for (one round is two years). */
export function roundYears(startYear: number, round: number): { readonly first: number; readonly last: number } {
  const first = startYear + 2 * (round - 1);
  return { first, last: first + 1 };
}

/**
 * Whether a card may be in play in a round of a scenario. An undated card always is. A dated one
 * (a one-time historical event) is from the round whose years reach its year, never before, until
 * its moment passes; never when the scenario's starting state already holds it (dated before the
 * start, or listed as done for the start year).
 */
export function inPlay(c: StrategyCard, scenario: Scenario, round: number): boolean {
  if (c.year === undefined) return true;
  if (c.year < scenario.startYear || scenario.startYearCards.done.includes(c.id)) return false;
  const { first, last } = roundYears(scenario.startYear, round);
  return c.year <= last && (c.until === undefined || c.until >= first);
}

/** The cards in play in a round of a scenario. */
export function scenarioDeck(scenario: ScenarioId, round = 1): CardId[] {
  const sc = SCENARIOS[scenario];
  return CARDS.filter((c) => inPlay(c, sc, round)).map((c) => c.id);
}

/** The opening deal: shuffle both piles and fill every hand. */
export function deal(s: MatchState, rng: Rng): void {
  s.deck = rng.shuffle(scenarioDeck(s.scenario, s.round));
  s.eventDeck = rng.shuffle(WORLD_EVENTS.map((e) => e.id));
  refillHands(s, rng);
}

/** A round's calendar: the dated cards in play, and those that may not be (never changes: memoised). */
interface Calendar {
  readonly dated: readonly StrategyCard[];
  readonly outOfPlay: ReadonlySet<CardId>;
}
const calendars = new Map<string, Calendar>();
function calendar(scenario: ScenarioId, round: number): Calendar {
  const key = `${scenario}:${round}`;
  let cal = calendars.get(key);
  if (!cal) {
    const sc = SCENARIOS[scenario];
    const dated = CARDS.filter((c) => c.year !== undefined);
    cal = { dated: dated.filter((c) => inPlay(c, sc, round)), outOfPlay: new Set(dated.filter((c) => !inPlay(c, sc, round)).map((c) => c.id)) };
    calendars.set(key, cal);
  }
  return cal;
}

/**
 * At a round's start, dated cards follow the calendar: those whose year has come are shuffled into
 * the draw pile, and those whose moment has passed leave the game, from a hand too.
 */
// Runs at every round's end, in every look-ahead of every bot: it reads the memoised calendar.
function followCalendar(s: MatchState, rng: Rng): void {
  const { dated, outOfPlay } = calendar(s.scenario, s.round);
  const passed = (id: CardId): boolean => outOfPlay.has(id);
  const gone = outOfPlay.size === 0 ? [] : [...s.deck, ...s.discard, ...POWERS.flatMap((p) => s.hands[p])].filter(passed);
  if (gone.length > 0) {
    s.deck = s.deck.filter((id) => !passed(id));
    s.discard = s.discard.filter((id) => !passed(id));
    for (const p of POWERS) s.hands[p] = s.hands[p].filter((id) => !passed(id));
    log(s, null, `Their moment has passed: ${gone.map((id) => `“${card(id).title}”`).join(', ')} leave${gone.length === 1 ? 's' : ''} the game.`);
  }
  const present = (id: CardId): boolean =>
    s.deck.includes(id) || s.discard.includes(id) || s.removed.includes(id) || POWERS.some((p) => s.hands[p].includes(id));
  const due = dated.filter((c) => !present(c.id));
  if (due.length > 0) {
    s.deck = rng.shuffle([...s.deck, ...due.map((c) => c.id)]);
    const { first, last } = roundYears(s.startYear, s.round);
    log(s, null, `New in ${first}–${String(last).slice(2)}: ${due.map((c) => `“${c.title}”`).join(', ')} join${due.length === 1 ? 's' : ''} the deck.`);
  }
}

function drawCard(s: MatchState, rng: Rng): CardId | undefined {
  if (s.deck.length === 0 && s.discard.length > 0) {
    s.deck = rng.shuffle(s.discard);
    s.discard = [];
  }
  return s.deck.pop();
}

export function refillHands(s: MatchState, rng: Rng): void {
  followCalendar(s, rng);
  for (const p of POWERS) {
    const hand = s.hands[p];
    while (hand.length < HAND_SIZE) {
      const c = drawCard(s, rng);
      if (!c) break;
      hand.push(c);
    }
  }
}

/** A played card goes to the discard pile, or leaves the game once its one-time event has happened (whoever fired it). */
export function discardPlayed(s: MatchState, id: CardId, eventHappened: boolean): void {
  if (eventHappened && card(id).once) s.removed.push(id);
  else s.discard.push(id);
}

/** Draw and resolve the round's world event (docs/design.md §4, step 1). */
export function drawWorldEvent(s: MatchState, rng: Rng): void {
  let id: EventId | undefined = s.pushedEvents.shift();
  if (!id) {
    if (s.eventDeck.length === 0) s.eventDeck = rng.shuffle(WORLD_EVENTS.map((e) => e.id));
    id = s.eventDeck.pop();
  }
  if (id) resolveWorldEvent(s, id);
}

/** The round's world event resolves for everyone (also how a forecast tries each possible draw). */
export function resolveWorldEvent(s: MatchState, id: EventId): void {
  const e = worldEvent(id);
  s.currentEvent = id;
  log(s, null, `World event — ${e.title}: ${e.text}`, e.cite, true);
  const was = alignment(s);
  applyEffects(s, e.effects, { self: null, culprit: null, cause: `“${e.title}”` });
  const news = alignmentNews(was, alignment(s));
  if (news) log(s, null, news.trim(), 'P1', true);
}

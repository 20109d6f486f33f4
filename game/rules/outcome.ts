/**
 * Who wins: highest prestige; ties go to fewer crises started, then by the tie
 * order drawn with the deal. Not to the larger sphere, which favoured Russia,
 * and not by seat: seat order gave China every tie with Russia
 * (docs/decisions/tie-order-drawn.md).
 */
import type { MatchState, Outcome } from '../state';
import type { Power } from '../types';
import { POWERS } from '../types';

type Key = readonly [number, number, number];
type Scored = Pick<MatchState, 'prestige' | 'crisesStarted' | 'tieOrder'>;

/** Frozen: states share their tie order (game/rules/copy.ts), and a move replaces it, never edits it. */
const PERMUTATIONS: readonly (readonly Power[])[] = ([
  ['us', 'china', 'russia'], ['us', 'russia', 'china'], ['china', 'us', 'russia'],
  ['china', 'russia', 'us'], ['russia', 'us', 'china'], ['russia', 'china', 'us'],
] as Power[][]).map((order) => Object.freeze(order));

/** The tie order before the deal: seat order. */
export const SEAT_TIE_ORDER = PERMUTATIONS[0] as readonly Power[];

/**
 * The order ties go in after crises started, drawn with the deal: read off the shuffled world-event
 * pile, so the seed's random stream is the same as without it and nobody can steer it later.
 * Every order is equally likely (a hash of the pile, modulo six).
 */
export function drawTieOrder(eventDeck: readonly string[]): readonly Power[] {
  // FNV-1a over the ids in pile order, then murmur3's finaliser: FNV's low bits alone depend only
  // on which characters there are, not their order, and every deal holds the same events.
  let h = 0x811c9dc5;
  for (const id of eventDeck) for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return PERMUTATIONS[(h >>> 0) % PERMUTATIONS.length] as readonly Power[];
}

/** Seat order stands in for a match stored before the tie order was drawn. */
export const tieOrderOf = (s: Pick<MatchState, 'tieOrder'>): readonly Power[] => (Array.isArray(s.tieOrder) ? s.tieOrder : SEAT_TIE_ORDER);

function rankKey(s: Scored, p: Power): Key {
  return [s.prestige[p], -s.crisesStarted[p], -tieOrderOf(s).indexOf(p)];
}

/** Powers best first. */
export function ranking(s: Scored, among: readonly Power[] = POWERS): Power[] {
  const keyed = among.map((p) => ({ p, k: rankKey(s, p) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < 3; i++) {
      const d = (b.k[i] ?? 0) - (a.k[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map((x) => x.p);
}

function tieBreakUsed(s: Scored, first: Power, second: Power | undefined): 'crises' | 'lot' | undefined {
  if (!second) return undefined;
  const a = rankKey(s, first);
  const b = rankKey(s, second);
  if (a[0] !== b[0]) return undefined;
  return a[1] !== b[1] ? 'crises' : 'lot';
}

/** The outcome when the game ends now; `brinkLoser` if someone pushed to the Brink. */
export function decideOutcome(s: MatchState, brinkLoser?: Power): Outcome {
  if (brinkLoser) {
    const [winner] = ranking(s, POWERS.filter((p) => p !== brinkLoser));
    return { kind: 'brink', loser: brinkLoser, winner: winner as Power };
  }
  const [first, second] = ranking(s);
  const tieBreak = tieBreakUsed(s, first as Power, second);
  return { kind: 'victory', winner: first as Power, ...(tieBreak ? { tieBreak } : {}) };
}

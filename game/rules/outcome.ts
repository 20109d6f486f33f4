/**
 * Who wins: highest prestige; ties go to fewer crises started, then by seat
 * (the US, China, Russia): not to the larger sphere, which favoured Russia.
 */
import type { MatchState, Outcome } from '../state';
import type { Power } from '../types';
import { POWERS } from '../types';

type Key = readonly [number, number, number];

function rankKey(s: Pick<MatchState, 'prestige' | 'crisesStarted'>, p: Power): Key {
  return [s.prestige[p], -s.crisesStarted[p], -POWERS.indexOf(p)];
}

/** Powers best first. */
export function ranking(s: Pick<MatchState, 'prestige' | 'crisesStarted'>, among: readonly Power[] = POWERS): Power[] {
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

function tieBreakUsed(s: MatchState, first: Power, second: Power | undefined): 'crises' | 'order' | undefined {
  if (!second) return undefined;
  const a = rankKey(s, first);
  const b = rankKey(s, second);
  if (a[0] !== b[0]) return undefined;
  return a[1] !== b[1] ? 'crises' : 'order';
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

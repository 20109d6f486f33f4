/**
 * Turning points: the steps where some power's chance of winning moved most
 * from the step before, with what the step did (its log lines) and who moved.
 * A swing the next step takes back (an estimate flipping from 100 % to 0 %
 * and back) is a spike of the estimate, not a turning point.
 */
import type { RecordedStep } from '../sim/replay';
import type { LogEntry, MatchState } from '../state';
import type { Power } from '../types';
import { POWERS } from '../types';
import type { StepChances } from './chances';

export interface Swing {
  readonly step: number;
  /** The largest change of any power's chance between step−1 and step, one-step spikes smoothed away (0–1). */
  readonly size: number;
  /** The power whose chance changed most, and its chance before and after. */
  readonly power: Power;
  readonly before: number;
  readonly after: number;
}

/** A power's chance at each step with one-step spikes smoothed away: the median of it and its two neighbours (the ends as they are). */
function steadied(chances: readonly StepChances[], p: Power): number[] {
  const x = chances.map((c) => c.chances[p]);
  return x.map((v, k) => (k === 0 || k === x.length - 1 ? v : [x[k - 1] as number, v, x[k + 1] as number].sort((a, b) => a - b)[1] as number));
}

/**
 * Swings between consecutive steps, one per step from 1: each power's change with one-step
 * spikes smoothed away (an estimate that flips from 100 % to 0 % and back moves nothing), the
 * largest power's; `before` and `after` are its chances as estimated.
 */
export function swings(chances: readonly StepChances[]): Swing[] {
  const steady = Object.fromEntries(POWERS.map((p) => [p, steadied(chances, p)])) as Record<Power, number[]>;
  const out: Swing[] = [];
  for (let k = 1; k < chances.length; k++) {
    let power: Power = 'us';
    let size = -1;
    for (const p of POWERS) {
      const d = Math.abs((steady[p][k] as number) - (steady[p][k - 1] as number));
      if (d > size) { size = d; power = p; }
    }
    out.push({ step: (chances[k] as StepChances).step, size, power, before: (chances[k - 1] as StepChances).chances[power], after: (chances[k] as StepChances).chances[power] });
  }
  return out;
}

/** The `n` largest swings (an earlier step first among equals; none of size 0), largest first. */
export function turningPoints(chances: readonly StepChances[], n = 3): Swing[] {
  return swings(chances)
    .filter((s) => s.size > 0)
    .sort((x, y) => y.size - x.size || x.step - y.step)
    .slice(0, n);
}

export interface StepStory {
  readonly step: number;
  /** The round the step was taken in (a round's last move leaves the next round on the board). */
  readonly round: number;
  /** What the step was: a power's move, the deal (the opening world event), or a server's edit (a teacher, the clock). */
  readonly by: 'move' | 'deal' | 'edit';
  /** Who moved (null for the deal and an edit: the deal's seat only starts the game). */
  readonly who: Power | null;
  /** The log lines the step added. */
  readonly lines: readonly LogEntry[];
}

/** What step k did, read from the frames around it and the record's step. */
export function stepStory(frames: readonly MatchState[], actions: readonly RecordedStep[], k: number): StepStory {
  const now = frames[k] as MatchState;
  const before = k > 0 ? (frames[k - 1] as MatchState) : null;
  const done = actions[k - 1];
  const by = !done || 'edit' in done ? 'edit' : done.action.kind === 'begin' ? 'deal' : 'move';
  return {
    step: k,
    round: (before ?? now).round,
    by,
    who: by === 'move' && done && !('edit' in done) ? done.seat : null,
    lines: before ? now.log.slice(before.log.length) : [],
  };
}

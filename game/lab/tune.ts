/**
 * The tuning sweep's pure half (server/cli/tune.ts runs it in worker threads): the settings a
 * command line names, the games each setting plays, and what they add up to. Every setting
 * plays the same seeds, so settings differ only by the numbers changed.
 */
import { judgementFor } from '../bots';
import type { BotLevel, Judgement, JudgementTerms } from '../bots';
import type { HardOptions } from '../bots/hard';
import type { ExpertOptions } from '../bots/expert';
import { tuned, withTuning } from '../rules/tuning';
import type { Tuning, TuningKey } from '../rules/tuning';
import type { Power, ScenarioId } from '../types';
import { POWERS } from '../types';
import { playLabGame } from './play';
import { wilson } from './stats';
import type { Interval } from './stats';
import type { StrategyId } from './strategies';

/** The numbers one setting changes, in the order the command line named them. */
export type Setting = Readonly<Partial<Record<TuningKey, number>>>;

/** Every combination of the values named for each key (the first key varies slowest). */
export function settingsOf(sets: readonly (readonly [TuningKey, readonly number[]])[]): Setting[] {
  let out: Setting[] = [{}];
  for (const [key, values] of sets) out = out.flatMap((s) => values.map((v) => ({ ...s, [key]: v })));
  return out;
}

export const settingName = (s: Setting): string =>
  Object.entries(s).map(([k, v]) => `${k}=${v}`).join(' ') || 'defaults';

/** One batch of games for a worker: games [from, to) of one setting, scenario, strategy and bot level. */
export interface TuneJob {
  readonly setting: number;
  readonly overrides: Setting;
  readonly scenario: ScenarioId;
  readonly strategy: StrategyId;
  readonly level: BotLevel;
  readonly hard: HardOptions;
  readonly expert?: ExpertOptions;
  /** Terms that replace some of a power's judgement (its level's own otherwise; Easy weighs nothing). */
  readonly judgement?: Readonly<Partial<Record<Power, JudgementTerms>>>;
  readonly seed: string;
  readonly from: number;
  readonly to: number;
}

/** What the sweep keeps of a game. */
export interface TuneRow {
  readonly winner: Power | null;
  readonly brink: boolean;
  /** De facto or beyond reached at any point (the lab's `alignment.defacto`). */
  readonly defacto: boolean;
  readonly dejure: boolean;
  readonly error: boolean;
}

/** Play a job's games with its numbers in the rules (the lab's own game: game/lab/play.ts). */
export function playJob(job: TuneJob): TuneRow[] {
  const table: Tuning = tuned(job.overrides);
  const levels: Record<Power, BotLevel> = { us: job.level, china: job.level, russia: job.level };
  const level = job.level;
  const judgement: Partial<Record<Power, Judgement>> = {};
  if (level !== 'easy') for (const p of POWERS) if (job.judgement?.[p]) judgement[p] = judgementFor(p, job.judgement[p]);
  const cfg = { scenario: job.scenario, strategy: job.strategy, levels, seed: job.seed, hard: job.hard, ...(job.expert ? { expert: job.expert } : {}), judgement };
  return withTuning(table, () => {
    const rows: TuneRow[] = [];
    for (let i = job.from; i < job.to; i++) {
      const { row } = playLabGame(cfg, i);
      rows.push({
        winner: row.winner,
        brink: row.brinkLoser !== null,
        defacto: row.reached.defacto !== null,
        dejure: row.reached.dejure !== null,
        error: row.error !== null,
      });
    }
    return rows;
  });
}

export interface Share {
  readonly count: number;
  readonly games: number;
  readonly rate: number;
  readonly ci: Interval;
}

const share = (count: number, games: number): Share => ({ count, games, rate: games ? count / games : 0, ci: wilson(count, games) });

export interface RunFigures {
  readonly games: number;
  readonly wins: Readonly<Record<Power, Share>>;
  readonly defacto: Share;
  readonly dejure: Share;
  readonly brink: Share;
  readonly errors: number;
}

export function figuresOf(rows: readonly TuneRow[]): RunFigures {
  const n = rows.length;
  return {
    games: n,
    wins: Object.fromEntries(POWERS.map((p) => [p, share(rows.filter((r) => r.winner === p).length, n)])) as Record<Power, Share>,
    defacto: share(rows.filter((r) => r.defacto).length, n),
    dejure: share(rows.filter((r) => r.dejure).length, n),
    brink: share(rows.filter((r) => r.brink).length, n),
    errors: rows.filter((r) => r.error).length,
  };
}

/** "34.1 (31.2–37.1)": a share in per cent with its 95 % Wilson interval. */
export const pctCi = (s: Share): string =>
  `${(100 * s.rate).toFixed(1)} (${(100 * s.ci.lo).toFixed(1)}–${(100 * s.ci.hi).toFixed(1)})`;

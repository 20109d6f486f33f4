/**
 * What a set of lab runs says about the article's claim in P16, computed
 * from the games, never written in advance. P16: while the US threatens both,
 * Moscow and Beijing's alignment "will only deepen"; fostering distrust
 * between them "sounds naïve"; only a durable accommodation with one or both
 * can prevent the alliance.
 *
 * Every strategy plays the same seeds, so game i under A and game i under B
 * are a pair: each declared comparison is McNemar's test on those pairs
 * (stats.ts), at two levels — De facto alliance or beyond (P1's "true
 * alliance") and the treaty (the De jure alliance, P12). The comparisons are
 * fixed here, before any run, and Holm's correction runs across all of them
 * that the chosen strategies allow. Nothing is picked from the data.
 */
import type { GameRow, LevelAbove } from './play';
import type { Interval, McNemar } from './stats';
import { ALPHA, holm, pairedTest, wilson } from './stats';
import type { LabSummary } from './summary';
import type { StrategyId } from './strategies';
import { STRATEGY } from './strategies';

/** One strategy's run: its summary and its games, in game order. */
export interface LabRun {
  readonly summary: LabSummary;
  readonly rows: readonly GameRow[];
}

export type TestedLevel = Extract<LevelAbove, 'defacto' | 'dejure'>;
export const TESTED_LEVELS: readonly TestedLevel[] = ['defacto', 'dejure'];
export const LEVEL_NAME: Readonly<Record<TestedLevel, string>> = {
  defacto: 'De facto alliance or beyond',
  dejure: 'the treaty (De jure alliance)',
};

export interface Declared {
  readonly a: StrategyId;
  readonly b: StrategyId;
  /** Which part of P16 the pair tests. */
  readonly question: 'baseline' | 'accommodation' | 'wedge';
}

/** The comparisons, declared before any run: each line against the unsteered US, then P16's own pairs. */
export const DECLARED: readonly Declared[] = [
  ...(['pressure-both', 'wedge-russia', 'accommodate-russia', 'accommodate-china', 'restraint', 'mixed'] as const)
    .map((a): Declared => ({ a, b: 'unsteered', question: 'baseline' })),
  { a: 'accommodate-russia', b: 'pressure-both', question: 'accommodation' },
  { a: 'accommodate-china', b: 'pressure-both', question: 'accommodation' },
  { a: 'accommodate-russia', b: 'accommodate-china', question: 'accommodation' },
  { a: 'wedge-russia', b: 'pressure-both', question: 'wedge' },
  { a: 'wedge-russia', b: 'accommodate-russia', question: 'wedge' },
  { a: 'wedge-russia', b: 'accommodate-china', question: 'wedge' },
];

export interface Comparison extends Declared {
  readonly level: TestedLevel;
  readonly games: number;
  readonly rateA: number;
  readonly rateB: number;
  readonly ciA: Interval;
  readonly ciB: Interval;
  /** rateA − rateB. */
  readonly diff: number;
  readonly test: McNemar;
  /** Holm-adjusted across every comparison made in this verdict. */
  readonly pAdjusted: number;
  readonly significant: boolean;
}

export interface Verdict {
  /** What the runs say as a whole: the De facto sentence, and whether any difference is significant. */
  readonly headline: readonly string[];
  /** One sentence per declared comparison: the two rates at each level, the test, the Holm-adjusted p. */
  readonly findings: readonly string[];
  readonly comparisons: readonly Comparison[];
  /** Per strategy: the rates with their intervals, wins, the Brink by power, two fronts. */
  readonly figures: readonly string[];
  /** Declared pairs that could not be tested (a strategy not run, or runs on other games). */
  readonly untested: readonly string[];
}

const name = (id: StrategyId): string => STRATEGY[id].name;
export const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const ci = (i: Interval): string => `95% CI ${pct(i.lo)}–${pct(i.hi)}`;
export const pText = (p: number): string => (p < 0.001 ? '< 0.001' : `= ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`);
const points = (d: number): string => {
  const v = Math.round(Math.abs(d) * 1000) / 10;
  return `${v} point${v === 1 ? '' : 's'}`;
};

const reached = (rows: readonly GameRow[], level: TestedLevel): boolean[] => rows.map((r) => r.reached[level] !== null);

/** Two runs are paired when they played the same games: same scenario, bots, seed and count. */
function paired(x: LabSummary, y: LabSummary): boolean {
  return x.scenario === y.scenario && x.seed === y.seed && x.games === y.games
    && x.levels.us === y.levels.us && x.levels.china === y.levels.china && x.levels.russia === y.levels.russia;
}

/** One level of one pair, in words: the rates, the difference's direction and size, and whether it counts. */
export function levelSentence(c: Comparison): string {
  const verb = c.level === 'dejure' ? 'The treaty was signed in' : 'De facto alliance or beyond formed in';
  const dir = c.diff === 0 ? 'no difference' : `${points(c.diff)} ${c.diff < 0 ? 'fewer' : 'more'} under ${name(c.a)}`;
  const discordant = c.test.onlyA + c.test.onlyB;
  const test = `McNemar ${c.test.method === 'exact' ? 'exact' : 'χ²'} on ${discordant} discordant game${discordant === 1 ? '' : 's'}, adjusted p ${pText(c.pAdjusted)}`;
  // Each figure names its strategy: the lead before it may name the pair in either order.
  return `${verb} ${pct(c.rateA)} of games under ${name(c.a)} (${ci(c.ciA)}) against ${pct(c.rateB)} under ${name(c.b)} (${ci(c.ciB)}): ${dir}, ${c.significant ? 'significant' : 'not significant'} after Holm correction (${test})`;
}

/** A pair at both levels: a lead saying who holds the alliance back better where it counts, then the figures. */
export function pairSentence(cs: readonly Comparison[]): string {
  const first = cs[0];
  if (!first) return '';
  const lower = cs.filter((c) => c.significant && c.diff < 0).map((c) => c.level);
  const higher = cs.filter((c) => c.significant && c.diff > 0).map((c) => c.level);
  const at = (ls: readonly TestedLevel[]) => ls.map((l) => (l === 'dejure' ? 'the treaty' : 'De facto or beyond')).join(' and ');
  const lead = lower.length && !higher.length
    ? `${name(first.a)} beats ${name(first.b)} on ${at(lower)}: the pair got there less often`
    : higher.length && !lower.length
      ? `${name(first.b)} beats ${name(first.a)} on ${at(higher)}: the pair got there less often under ${name(first.b)}`
      : lower.length && higher.length
        ? `${name(first.a)} against ${name(first.b)} goes both ways: fewer on ${at(lower)}, more on ${at(higher)}`
        : `These runs cannot tell ${name(first.a)} from ${name(first.b)} at either level`;
  return `${lead}. ${cs.map(levelSentence).join('. ')}.`;
}

/** The De facto level across all runs: formed in most games everywhere, or which lines kept it rare. */
function deFactoSentence(runs: readonly LabRun[]): string {
  const rate = (r: LabRun) => r.summary.alignment.defacto.rate;
  const sorted = [...runs].sort((x, y) => rate(x) - rate(y));
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  if (!lo || !hi) return '';
  const rare = runs.filter((r) => rate(r) <= 0.5);
  if (rare.length === 0) {
    const span = rate(lo) === rate(hi) ? `in ${pct(rate(lo))} of games under each`
      : `from ${pct(rate(lo))} under ${name(lo.summary.strategy)} to ${pct(rate(hi))} under ${name(hi.summary.strategy)}`;
    return `De facto alliance or beyond formed in most games under every strategy run (${span}): no US line kept the pair from it in most games.`;
  }
  return rare.map((r) => {
    const f = r.summary.alignment.defacto;
    return `${name(r.summary.strategy)} keeps the alliance from forming in most games: De facto or beyond in ${pct(f.rate)} (${ci(wilson(f.games, r.summary.games))}).`;
  }).join(' ');
}

function figure(r: LabRun): string {
  const s = r.summary;
  const d = s.alignment.defacto;
  const j = s.alignment.dejure;
  const when = d.meanRound === null ? '' : `, on average in round ${d.meanRound.toFixed(1)}`;
  const b = s.tension.brinkBy;
  const brink = s.tension.brink === 0 ? 'none ended at the Brink'
    : `${pct(s.tension.brinkRate)} ended at the Brink (pushed there by the US ${b.us}, China ${b.china}, Russia ${b.russia})`;
  return `${name(s.strategy)}: De facto alliance or beyond reached in ${pct(d.rate)} (${ci(wilson(d.games, s.games))}) of ${s.games} games${when}; the treaty in ${pct(j.rate)} (${ci(wilson(j.games, s.games))}); US won ${pct(s.winRate.us)}, China ${pct(s.winRate.china)}, Russia ${pct(s.winRate.russia)}; ${brink}; two fronts erupted at once in ${pct(s.twoFront.rate)} of games.`;
}

export function p16Verdict(runs: readonly LabRun[]): Verdict {
  const by = (id: StrategyId) => runs.find((r) => r.summary.strategy === id);
  const untested: string[] = [];
  const raw: Omit<Comparison, 'pAdjusted' | 'significant'>[] = [];
  for (const d of DECLARED) {
    const A = by(d.a);
    const B = by(d.b);
    if (!A || !B) continue;
    if (!paired(A.summary, B.summary) || A.rows.length !== B.rows.length) {
      untested.push(`${name(d.a)} against ${name(d.b)}: the runs played different games, so they cannot be paired.`);
      continue;
    }
    for (const level of TESTED_LEVELS) {
      const a = reached(A.rows, level);
      const b = reached(B.rows, level);
      const n = a.length || 1;
      const xa = a.filter(Boolean).length;
      const xb = b.filter(Boolean).length;
      raw.push({
        ...d, level, games: a.length,
        rateA: xa / n, rateB: xb / n, ciA: wilson(xa, a.length), ciB: wilson(xb, b.length), diff: (xa - xb) / n,
        test: pairedTest(a, b),
      });
    }
  }
  const adjusted = holm(raw.map((c) => c.test.p));
  const comparisons: Comparison[] = raw.map((c, i) => {
    const pAdjusted = adjusted[i] ?? 1;
    return { ...c, pAdjusted, significant: pAdjusted < ALPHA };
  });

  const pairs = (q: Declared['question']) => DECLARED.filter((d) => d.question === q)
    .map((d) => comparisons.filter((c) => c.a === d.a && c.b === d.b))
    .filter((cs) => cs.length > 0);
  const headline: string[] = [];
  if (runs.length > 0) headline.push(deFactoSentence(runs));
  const findings = [...pairs('accommodation'), ...pairs('wedge'), ...pairs('baseline')].map(pairSentence);
  if (comparisons.length === 0) {
    headline.push('These runs test none of the declared comparisons: run the Unsteered baseline, Pressure both, the Wedge and an Accommodate strategy on the same games.');
  } else if (!comparisons.some((c) => c.significant)) {
    headline.push(`No difference between strategies is significant after Holm correction across the ${comparisons.length} tests: these runs cannot tell the strategies apart.`);
  }
  return { headline, findings, comparisons, figures: runs.map(figure), untested };
}

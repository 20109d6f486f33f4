/**
 * What a set of lab runs says about the article's claim in P16, computed
 * from the figures, never written in advance. The claim, split in two:
 *  - accommodation: "The only way to prevent this is for the US to reach
 *    durable accommodation with Russia or China, or both" — the De facto
 *    alliance (P1's "true alliance") forms less often under accommodation
 *    than under pressure on both;
 *  - wedge: fostering distrust "sounds naïve" — it keeps the alliance from
 *    forming less well than accommodation does.
 * Each is tested at two levels, the De facto and the De jure alliance.
 * A difference counts only when a two-proportion z-test puts it beyond
 * |z| ≥ 1.96 (about 95 % confidence); otherwise the runs cannot tell.
 */
import type { LabSummary } from './summary';
import type { StrategyId } from './strategies';
import { STRATEGY } from './strategies';

export type ClaimStatus = 'supported' | 'contradicted' | 'inconclusive' | 'untested';

export interface Claim {
  readonly id: 'accommodation' | 'wedge';
  readonly status: ClaimStatus;
  readonly text: string;
}

export interface Verdict {
  readonly overall: 'supports' | 'contradicts' | 'mixed' | 'inconclusive' | 'untested';
  readonly headline: string;
  readonly claims: readonly Claim[];
  /** Plain sentences with the figures behind the claims. */
  readonly figures: readonly string[];
}

export const Z_CRITICAL = 1.96;

/** z for the difference a − b of two proportions (0 when both are all-or-nothing alike). */
export function twoProportionZ(a: number, na: number, b: number, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  const pa = a / na;
  const pb = b / nb;
  const p = (a + b) / (na + nb);
  const se = Math.sqrt(p * (1 - p) * (1 / na + 1 / nb));
  return se === 0 ? 0 : (pa - pb) / se;
}

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const name = (id: StrategyId): string => STRATEGY[id].name;

/** The levels a claim is tested at: P1's de facto alliance and P12's treaty. */
const TESTED = [
  { level: 'defacto', label: 'the De facto alliance' },
  { level: 'dejure', label: 'the De jure alliance (the treaty)' },
] as const;

interface Comparison {
  /** −1: a significantly lower than b; 1: higher; 0: cannot tell. */
  readonly sign: -1 | 0 | 1;
  readonly text: string;
}

function compare(a: LabSummary, b: LabSummary): Comparison[] {
  return TESTED.map(({ level, label }) => {
    const fa = a.alignment[level];
    const fb = b.alignment[level];
    const z = twoProportionZ(fa.games, a.games, fb.games, b.games);
    const sign = z <= -Z_CRITICAL ? -1 : z >= Z_CRITICAL ? 1 : 0;
    return { sign, text: `${label} formed in ${pct(fa.rate)} of games under ${name(a.strategy)} against ${pct(fb.rate)} under ${name(b.strategy)} (z = ${z.toFixed(2)}${sign === 0 ? ', within chance' : ''})` };
  });
}

/**
 * A claim that a's alliance rates are lower than b's: supported when lower at
 * some level and higher at none, contradicted the other way round.
 */
function judge(id: Claim['id'], cs: readonly Comparison[], says: Record<ClaimStatus, string>): Claim {
  const lower = cs.some((c) => c.sign < 0);
  const higher = cs.some((c) => c.sign > 0);
  const status: ClaimStatus = lower && !higher ? 'supported' : higher && !lower ? 'contradicted' : 'inconclusive';
  return { id, status, text: `${says[status]} ${cs.map((c) => c.text).join('; ')}.` };
}

export function p16Verdict(runs: readonly LabSummary[]): Verdict {
  const by = (id: StrategyId) => runs.find((r) => r.strategy === id);
  const pressure = by('pressure-both');
  const wedge = by('wedge-russia');
  const accs = [by('accommodate-russia'), by('accommodate-china')].filter((x): x is LabSummary => !!x);
  // The accommodation that did best: the article asks whether any accommodation works.
  const score = (s: LabSummary) => s.alignment.defacto.rate + s.alignment.dejure.rate;
  const acc = accs.sort((x, y) => score(x) - score(y))[0];

  const figures = runs.map((r) => {
    const d = r.alignment.defacto;
    const when = d.meanRound === null ? '' : `, on average in round ${d.meanRound.toFixed(1)}`;
    return `${name(r.strategy)}: De facto alliance reached in ${pct(d.rate)} of ${r.games} games${when}; De jure in ${pct(r.alignment.dejure.rate)}; US won ${pct(r.winRate.us)}; ${pct(r.tension.brinkRate)} ended at the Brink.`;
  });

  const claims: Claim[] = [];
  claims.push(
    pressure && acc
      ? judge('accommodation', compare(acc, pressure), {
          supported: 'Accommodation holds the alliance back, as P16 argues:',
          contradicted: 'Accommodation does not hold the alliance back; against P16,',
          inconclusive: 'These runs cannot show that accommodation holds the alliance back better than pressure:',
          untested: '',
        })
      : { id: 'accommodation', status: 'untested', text: 'To test whether accommodation prevents the alliance, run Pressure both and at least one Accommodate strategy.' },
  );
  claims.push(
    wedge && acc
      ? judge('wedge', compare(acc, wedge), {
          supported: 'Fostering distrust does worse than accommodation, as P16 expects:',
          contradicted: 'Fostering distrust does better than accommodation, against P16:',
          inconclusive: 'These runs cannot tell fostering distrust from accommodation:',
          untested: '',
        })
      : { id: 'wedge', status: 'untested', text: 'To test whether fostering distrust is naïve, run Wedge and at least one Accommodate strategy.' },
  );

  const statuses = claims.map((c) => c.status);
  const overall: Verdict['overall'] = statuses.every((s) => s === 'untested')
    ? 'untested'
    : statuses.every((s) => s === 'supported')
      ? 'supports'
      : statuses.includes('supported') && statuses.includes('contradicted')
        ? 'mixed'
        : statuses.includes('contradicted')
          ? 'contradicts'
          : statuses.includes('supported')
            ? 'mixed'
            : 'inconclusive';
  const headline = {
    supports: 'These runs support P16: accommodation keeps the alliance from forming better than pressure or fostering distrust does.',
    contradicts: 'These runs do not support P16: accommodation does no better than pressure or fostering distrust at keeping the alliance from forming.',
    mixed: 'These runs support P16 only in part: see each claim below.',
    inconclusive: 'These runs neither support nor refute P16: the differences between strategies are within chance. More games may tell.',
    untested: 'These runs cannot test P16: choose Pressure both, Wedge and an Accommodate strategy.',
  }[overall];
  return { overall, headline, claims, figures };
}

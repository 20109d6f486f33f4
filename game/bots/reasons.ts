/**
 * Why a bot chose what it did: the terms of its evaluation (evaluate.ts) that most separate
 * the chosen action's outcome from the next best's, each in the game's words with the
 * article's paragraph it stands for (docs/design.md maps rules to paragraphs).
 */
import type { Action } from '../rules/actions';
import { prng } from '../sim/prng';
import type { MatchView, RulesState } from '../state';
import type { Power, Theater } from '../types';
import { POWER_NAMES, THEATER_NAMES } from '../types';
import { determinize } from './determinize';
import type { Judgement, Term, TermId } from './evaluate';
import { evaluate, evaluateTerms, STANDARD } from './evaluate';
import { lookAhead } from './normal';
import type { DecisionTrace } from './types';

/** One reason: a term that moved, which way and by how much, said for a player. */
export interface Reason {
  readonly term: TermId;
  readonly theater?: Theater;
  /** The term's value for the chosen action minus its value for the one compared (positive: in its favour). */
  readonly delta: number;
  /** "keeps Russia's Standing above its Dependency" */
  readonly text: string;
  /** The article's paragraph: "P14". */
  readonly cite: string;
}

/** How many reasons a decision gives. */
export const REASONS = 3;

/** Differences smaller than this are rounding, not a reason. */
const NOISE = 1e-6;

/** A power as the subject of a clause: "the US", "China". */
const who = (p: Power): string => (p === 'us' ? 'the US' : POWER_NAMES[p]);

/** The words for a term that favours (`up`) or counts against (`!up`) the chosen action, and its paragraph. */
function words(id: TermId, p: Power, up: boolean, theater: Theater | undefined, rival: Power | undefined): { text: string; cite: string } {
  const where = theater ? THEATER_NAMES[theater] : '';
  switch (id) {
    case 'outcome': return { text: up ? 'wins the game, or avoids losing it' : 'loses the game', cite: 'P16' };
    // Every reason compares two moves, so it is said as more or less than the other move: "gains
    // prestige" would be false of a move that only costs less than the one it is compared with.
    case 'prestige': return { text: up ? `leaves ${who(p)} more prestige now` : `leaves ${who(p)} less prestige now`, cite: p === 'us' ? 'P16' : 'P5' };
    case 'income':
      return p === 'us'
        ? { text: up ? 'the US earns more each round (regions held, no treaty)' : 'the US earns less each round', cite: 'P12' }
        : { text: up ? `${POWER_NAMES[p]} earns more each round (regions, an alliance that pays, calm with Washington)` : `${POWER_NAMES[p]} earns less each round`, cite: 'P5' };
    case 'reach': return { text: up ? `more influence toward regions ${who(p)} values` : `less influence toward regions ${who(p)} values`, cite: 'P13' };
    case 'rival': {
      // The rival ahead by its outlook (prestige, what it earns each round, its reach), not by prestige
      // alone: said so, since it may trail on prestige now.
      const whom = rival ? `${POWER_NAMES[rival]}, the rival with the best outlook (prestige, income, reach)` : 'the rival with the best outlook (prestige, income, reach)';
      return { text: up ? `holds back ${whom}` : `helps ${whom}`, cite: 'P16' };
    }
    case 'crisis-start': return { text: up ? `avoids starting a crisis in ${where} that pushes the world toward the Brink` : `starts a crisis in ${where} that pushes the world toward the Brink`, cite: 'P13' };
    case 'crisis-edge': return { text: up ? `makes a crisis in ${where} one ${who(p)} can win` : `makes a crisis in ${where} one ${who(p)} would lose`, cite: 'P13' };
    case 'crisis-blame': return { text: up ? `keeps clear of blame for a crisis in ${where}` : `takes the blame for a crisis in ${where} the US would win`, cite: 'P13' };
    case 'driven-together': return { text: up ? 'stops driving Russia and China together' : 'drives Russia and China together', cite: 'P16' };
    case 'threatened': return { text: up ? 'eases the US threat felt in Moscow and Beijing' : 'raises the US threat felt in Moscow and Beijing', cite: 'P16' };
    case 'standing': return { text: up ? 'keeps Russia’s Standing above its Dependency' : 'lets Russia’s Dependency gain on its Standing', cite: 'P14' };
    case 'tech': return { text: up ? 'more technology for China' : 'less technology for China', cite: 'P9' };
  }
}

const keyOf = (t: Pick<Term, 'id' | 'theater'>): string => (t.theater ? `${t.id}:${t.theater}` : t.id);

/** Each term's total by id and theater (a term may be told more than once). */
function byKey(terms: readonly Term[]): Map<string, Term> {
  const m = new Map<string, Term>();
  for (const t of terms) {
    const k = keyOf(t);
    const had = m.get(k);
    m.set(k, had ? merged(had, t, had.value + t.value) : t);
  }
  return m;
}

/** Two tellings of one term: their values summed, the rival named only if both name the same one. */
function merged(a: Term, b: Term, value: number): Term {
  const { rival: _a, ...rest } = a;
  return a.rival && a.rival === b.rival ? { ...rest, value, rival: a.rival } : { ...rest, value };
}

/** The mean of several evaluations' terms (Hard's playouts), term by term. */
export function meanTerms(all: readonly (readonly Term[])[]): Term[] {
  if (all.length === 0) return [];
  const sum = new Map<string, Term>();
  for (const terms of all) {
    for (const t of byKey(terms).values()) {
      const k = keyOf(t);
      const had = sum.get(k);
      sum.set(k, had ? merged(had, t, had.value + t.value) : t);
    }
  }
  return [...sum.values()].map((t) => ({ ...t, value: t.value / all.length }));
}

/** The terms that separate `chosen` from `other` most, largest difference first, in words (and the largest in its favour, if none of those is). */
export function reasonsFrom(chosen: readonly Term[], other: readonly Term[], p: Power, n = REASONS): Reason[] {
  const a = byKey(chosen);
  const b = byKey(other);
  const keys = new Set([...a.keys(), ...b.keys()]);
  const diffs: { t: Term; delta: number }[] = [];
  for (const k of keys) {
    const x = a.get(k);
    const y = b.get(k);
    const delta = (x?.value ?? 0) - (y?.value ?? 0);
    // A rival is named when both outcomes have the same one ahead.
    const t = x && y ? merged(x, y, 0) : ((x ?? y) as Term);
    if (Math.abs(delta) > NOISE) diffs.push({ t, delta });
  }
  diffs.sort((u, v) => Math.abs(v.delta) - Math.abs(u.delta));
  const named = diffs.slice(0, n);
  // Many small gains may outweigh a few large costs: then the largest gain is named too, so the
  // reasons never read as a list of reasons not to play the move.
  const gain = named.some((d) => d.delta > 0) ? undefined : diffs.find((d) => d.delta > 0);
  if (gain) named.push(gain);
  return named.map(({ t, delta }) => ({
    term: t.id,
    ...(t.theater ? { theater: t.theater } : {}),
    delta,
    ...words(t.id, p, delta > 0, t.theater, t.rival),
  }));
}

/** Why `chosen` (the state after the chosen action) beat `other` (after the next best), for `p` judging by `w`. */
export function reasonsBetween(chosen: RulesState, other: RulesState, p: Power, w: Judgement = STANDARD): Reason[] {
  return reasonsFrom(evaluateTerms(chosen, p, w).terms, evaluateTerms(other, p, w).terms, p, REASONS);
}

/**
 * Easy ranks nothing, so its reasons compare its pick with the move Normal's one-ply judgement
 * likes best among the others, on a guess of the hidden cards of its own (never Easy's PRNG:
 * explaining must not change what it plays next).
 */
function pickReasons(view: MatchView, power: Power, chosen: Action, legal: readonly Action[]): Reason[] {
  const tag = `why:${view.logStart + view.log.length}`;
  const base = determinize(view, power, prng(tag));
  const mine = lookAhead(base, power, chosen, prng(tag));
  let other: RulesState | null = null;
  let otherScore = -Infinity;
  for (const a of legal) {
    if (a === chosen) continue;
    const s = lookAhead(base, power, a, prng(tag));
    const v = evaluate(s, power);
    if (v > otherScore) { otherScore = v; other = s; }
  }
  return other ? reasonsBetween(mine, other, power) : [];
}

/**
 * Why a bot decided as it did, from its trace: Normal's one-ply outcomes compared; Hard's
 * terms averaged over its playouts (what its averaged values were made of), compared; Easy's
 * pick against the best of the rest.
 */
export function explain(trace: DecisionTrace | null): Reason[] {
  if (!trace) return [];
  if (trace.kind === 'picked') return pickReasons(trace.view, trace.power, trace.chosen, trace.legal);
  const mean = (ends: readonly RulesState[]): Term[] => meanTerms(ends.map((s) => evaluateTerms(s, trace.power, trace.judgement).terms));
  return trace.next.length ? reasonsFrom(mean(trace.chosen), mean(trace.next), trace.power) : [];
}

/** A reason as one line: "keeps Russia’s Standing above its Dependency — P14". */
export const reasonLine = (r: Reason): string => `${r.text} — ${r.cite}`;

/**
 * A crisis, explained: both sides' strengths and what decided it, read from
 * the match's crisis records (MatchView.crises) and their log lines. The
 * totals come from the rules' own log line ("… prevails 9 to 7"); the parts
 * (forces, influence at the flashpoint, the partner's support) from the view
 * just before, and are shown only when they add up to those totals.
 */
import type { CrisisRecord, LogEntry, MatchView, Power, Theater } from '../../game';
import { alignment, alignmentRank, BOARD, BRINK, CHALLENGER, DEFAULT_TUNING, FLASHPOINT, POWER_NAMES, THEATER_NAMES } from '../../game';
import { h } from '../ui/dom';
import { forceCount, possessive, theaterName, theName } from '../ui/words';

export interface Side {
  readonly power: Power;
  readonly total: number;
  /** Forces, influence at the flashpoint, the partner's forces; null when they could not be read. */
  readonly parts: { readonly forces: number; readonly influence: number; readonly support: number } | null;
}

export interface CrisisReport {
  readonly record: CrisisRecord;
  readonly flashpoint: string;
  readonly us: Side;
  readonly challenger: Side;
  /** Global tension before and after the crisis, from its log line; null when the line does not say. */
  readonly tension: readonly [number, number] | null;
}

const num = (s: string | undefined): number => Number(s ?? NaN);

/** The strengths in the crisis's log line: [us, challenger]. */
function totalsFromLog(log: readonly LogEntry[], c: CrisisRecord): [number, number] | null {
  const m = lineOf(log, c)?.text.match(/(\d+) to (\d+)/);
  if (!m) return null;
  const hi = num(m[1]);
  const lo = num(m[2]);
  if (!c.winner) return [hi, lo];
  return c.winner === 'us' ? [hi, lo] : [lo, hi];
}

/** The crisis's log line. */
function lineOf(log: readonly LogEntry[], c: CrisisRecord): LogEntry | undefined {
  const prefix = `${THEATER_NAMES[c.theater]} crisis at ${BOARD[FLASHPOINT[c.theater]].name}:`;
  return [...log].reverse().find((x) => x.round === c.round && x.text.startsWith(prefix));
}

/** Global tension before and after, as the crisis's log line says it ("global tension 2→3"). */
function tensionFromLog(log: readonly LogEntry[], c: CrisisRecord): [number, number] | null {
  const m = lineOf(log, c)?.text.match(/global tension (\d+)→(\d+)/);
  return m ? [num(m[1]), num(m[2])] : null;
}

/** The US forces sent to a theater: its pool, or its share of a two-front split (the split's log line). */
function usForces(before: MatchView, after: MatchView, c: CrisisRecord): number {
  if (!c.twoFront) return before.usPool;
  const e = [...after.log].reverse().find((x) => x.round === c.round && x.power === 'us' && /^The US sends \d+ forces to the Pacific and \d+ to Europe\./.test(x.text));
  const m = e?.text.match(/sends (\d+) forces to the Pacific and (\d+) to Europe/);
  return m ? num(c.theater === 'pacific' ? m[1] : m[2]) : NaN;
}

function partsOf(before: MatchView, after: MatchView, c: CrisisRecord, side: 'us' | 'challenger'): Side['parts'] {
  const fp = FLASHPOINT[c.theater];
  const ch = CHALLENGER[c.theater];
  if (side === 'us') return { forces: usForces(before, after, c), influence: before.influence[fp].us, support: 0 };
  const partner = ch === 'china' ? 'russia' : 'china';
  // From De facto alliance up the partner's forces in the theater stand with the challenger (docs/rules.md, Crises).
  const support = alignmentRank(alignment(before)) >= alignmentRank('defacto') ? before.forces[partner][c.theater] : 0;
  return { forces: before.forces[ch][c.theater], influence: before.influence[fp][ch], support };
}

/**
 * The challenger's parts. The partner's support depends on the alignment when the crisis
 * was fought, which the round's last move can change (an accepted step reaching De facto):
 * of "with support" and "without", the one that gives the rules' total is the one used.
 */
function challengerParts(before: MatchView, after: MatchView, c: CrisisRecord, total: number | undefined): Side['parts'] {
  const guess = partsOf(before, after, c, 'challenger');
  if (!guess || total === undefined || sum(guess) === total) return guess;
  const partner = CHALLENGER[c.theater] === 'china' ? 'russia' : 'china';
  const other = { ...guess, support: guess.support ? 0 : before.forces[partner][c.theater] };
  return sum(other) === total ? other : guess;
}

const sum = (p: NonNullable<Side['parts']>): number => p.forces + p.influence + p.support;

/** The crises that happened between two views, explained. */
export function newCrises(before: MatchView | null, after: MatchView): CrisisReport[] {
  if (!before || after.crises.length <= before.crises.length) return [];
  return after.crises.slice(before.crises.length).map((c) => {
    const flashpoint = BOARD[FLASHPOINT[c.theater]].name;
    // The rules record each side's parts as the crisis was fought.
    if (c.strength) {
      const { us, challenger } = c.strength;
      return { record: c, flashpoint, us: { power: 'us', total: sum(us), parts: us }, challenger: { power: CHALLENGER[c.theater], total: sum(challenger), parts: challenger }, tension: tensionFromLog(after.log, c) };
    }
    // A match stored before they were recorded: the totals from the log, the parts from the view before.
    const totals = totalsFromLog(after.log, c);
    const usParts = partsOf(before, after, c, 'us');
    const chParts = challengerParts(before, after, c, totals?.[1]);
    const us = totals?.[0] ?? (usParts ? sum(usParts) : NaN);
    const ch = totals?.[1] ?? (chParts ? sum(chParts) : NaN);
    return {
      record: c,
      flashpoint,
      us: { power: 'us', total: us, parts: usParts && sum(usParts) === us ? usParts : null },
      challenger: { power: CHALLENGER[c.theater], total: ch, parts: chParts && sum(chParts) === ch ? chParts : null },
      tension: tensionFromLog(after.log, c),
    };
  });
}

function partsText(s: Side, theater: Theater): string {
  if (!s.parts) return '';
  const bits = [`forces ${s.parts.forces}${s.power === 'us' ? '' : ` in ${theaterName(theater)}`}`, `influence ${s.parts.influence} at the flashpoint`];
  if (s.parts.support) bits.push(`${possessive(s.power === 'china' ? 'russia' : 'china', true)} forces ${s.parts.support}`);
  return bits.join(' + ');
}

/** What decided it, in one sentence. */
export function verdict(r: CrisisReport): string {
  const c = r.record;
  const wear = `the US pool loses ${forceCount(DEFAULT_TUNING.usCrisisWear)}, ${theName(r.challenger.power)} ${forceCount(DEFAULT_TUNING.challengerCrisisWear)} in ${theaterName(c.theater)}`;
  const rise = r.tension ? `global tension’s rise, ${r.tension[0]}→${r.tension[1]} (the Brink is ${BRINK}),` : 'the rise in global tension';
  const starter = c.startedBy
    ? ` ${theName(c.startedBy, true)} pushed ${theaterName(c.theater)} over the threshold, so ${rise} is charged to ${theName(c.startedBy)}.`
    : r.tension ? ` Global tension rises ${r.tension[0]}→${r.tension[1]} (the Brink is ${BRINK}).` : '';
  if (!c.winner) return `Equal strength: a standoff. Nobody gains; ${wear} all the same, and the theater calms down.${starter}`;
  const loser: Power = c.winner === 'us' ? r.challenger.power : 'us';
  const neutral = loser !== 'us' && c.startedBy && c.startedBy !== 'us' && c.startedBy !== loser
    ? ` ${theName(c.startedBy, true)} started it, so ${theName(c.startedBy)} pays ${possessive(loser)} loss (friendly neutrality).` : '';
  return `${theName(c.winner, true)} was stronger and wins prestige and influence at ${r.flashpoint}; ${theName(loser)} loses prestige. Win or lose, ${wear}.${neutral}${starter}`;
}

/** One crisis: both strengths, their parts, and what decided it (the round summary). */
export function renderCrisis(r: CrisisReport, heading: 'h2' | 'h3'): HTMLElement {
  return h('div', { class: 'crisis-one' },
    h(heading, {}, `${r.record.twoFront ? 'Two-front crisis' : 'Crisis'} in ${theaterName(r.record.theater)}: ${r.flashpoint} (round ${r.record.round})`),
    h('table', { class: 'crisis-sides' },
      h('tbody', {}, [r.us, r.challenger].map((s) => h('tr', { class: `${r.record.winner === s.power ? 'won' : ''}` },
        h('th', { scope: 'row' }, h('span', { class: `power-tag tag-${s.power}` }, POWER_NAMES[s.power])),
        h('td', { class: 'crisis-total' }, Number.isFinite(s.total) ? String(s.total) : '?'),
        h('td', { class: 'crisis-parts' }, s.parts ? `(${partsText(s, r.record.theater)})` : '(forces + influence at the flashpoint + any partner support)'))))),
    h('p', { class: 'crisis-verdict' }, verdict(r)));
}

/**
 * Where every point came from: a power's prestige by source so far (the
 * status line's breakdown), and a round's summary — its world event, its
 * crises, what its plays and crises scored, what its end brought, and each power's gain
 * by source — read from
 * the rules' prestige log lines, which record every change with its source.
 */
import type { LogEntry, MatchView, Power, PrestigeChange, PrestigeLogEntry, PrestigeSource } from '../../game';
import { isPrestigeEntry, POWERS, PRESTIGE_SOURCE_NAMES, PRESTIGE_SOURCES, TREATY_SIGNED } from '../../game';
import type { CrisisReport } from './crisis';

export interface SourceRow {
  readonly source: PrestigeSource;
  readonly name: string;
  readonly value: number;
}

/** The sources with a non-zero value, in the rules' order. */
export function breakdownRows(bySource: Readonly<Partial<Record<PrestigeSource, number>>>): SourceRow[] {
  return PRESTIGE_SOURCES.flatMap((source) => {
    const value = bySource[source] ?? 0;
    return value ? [{ source, name: PRESTIGE_SOURCE_NAMES[source], value }] : [];
  });
}

/** Each power's prestige by source over some prestige changes. */
export function bySource(changes: readonly PrestigeChange[]): Record<Power, Partial<Record<PrestigeSource, number>>> {
  const out: Record<Power, Partial<Record<PrestigeSource, number>>> = { us: {}, china: {}, russia: {} };
  for (const c of changes) out[c.power][c.source] = (out[c.power][c.source] ?? 0) + c.delta;
  return out;
}

/** The sources a round's end scores (upkeep), as against those of plays, events and crises. */
const END_SOURCES: ReadonlySet<PrestigeSource> = new Set(['regions', 'alignment', 'calm', 'standing', 'leverage']);

export interface RoundSummary {
  readonly round: number;
  /** The world event the round opened with ("Fears of a naval blockade: …"), when its line is known. */
  readonly event: string | null;
  readonly crises: readonly CrisisReport[];
  /**
   * What the round's plays, world event and crises scored, one prestige line each, in order: a
   * card's event, an accepted step, pressure, a milestone, a crisis ("China +1 prestige: “Food for China”.").
   */
  readonly plays: readonly string[];
  /** What the round's end brought, one line each: the alliance's drift, resentment, regions, alignment, Standing, what eased or rose. */
  readonly end: readonly string[];
  /** Each power's gain this round by source, and in all. */
  readonly gains: Readonly<Record<Power, readonly SourceRow[]>>;
  readonly totals: Readonly<Record<Power, number>>;
  /** Prestige once the round is over. */
  readonly prestige: Readonly<Record<Power, number>>;
  readonly over: boolean;
  /** Why the game ended before the round's end, when it did (the Brink), in the log's words. */
  readonly ending: string | null;
  /**
   * The next round's opening world event, when it has already moved prestige: the scores on the
   * board include it, the round's totals do not. Its line, when known, and each power's change.
   */
  readonly next: { readonly event: string | null; readonly prestige: Readonly<Record<Power, number>> } | null;
}

const worldEventOf = (entries: readonly LogEntry[]): string | null =>
  entries.find((e) => e.power === null && e.text.startsWith('World event — '))?.text.slice('World event — '.length) ?? null;

/**
 * Round `round`'s summary from its log lines (every line of that round, as the screen saw
 * them arrive), its crises, and the first view after it.
 */
export function roundSummary(round: number, entries: readonly LogEntry[], crises: readonly CrisisReport[], after: Pick<MatchView, 'prestige' | 'outcome' | 'history'>): RoundSummary {
  const mine = entries.filter((e) => e.round === round);
  const event = worldEventOf(mine);
  // The treaty's prestige is booked with the alliance's but paid at the signing, a play of the round.
  const atRoundEnd = (e: PrestigeLogEntry): boolean => END_SOURCES.has(e.prestige.source) && !e.text.endsWith(`: ${TREATY_SIGNED}.`);
  const end = mine.filter((e) => (isPrestigeEntry(e) ? atRoundEnd(e) && e.prestige.delta !== 0 : e.upkeep))
    .map((e) => e.text);
  const plays = mine.filter((e) => isPrestigeEntry(e) && e.prestige.delta !== 0 && !atRoundEnd(e)).map((e) => e.text);
  const sums = bySource(mine.filter(isPrestigeEntry).map((e) => e.prestige));
  const gains = Object.fromEntries(POWERS.map((p) => [p, breakdownRows(sums[p])])) as Record<Power, SourceRow[]>;
  const totals = Object.fromEntries(POWERS.map((p) => [p, gains[p].reduce((t, r) => t + r.value, 0)])) as Record<Power, number>;
  const ending = after.outcome ? mine.find((e) => e.text.includes('pushed the world to the Brink'))?.text ?? null : null;
  // Prestige as the round's record left it: the next round's world event, already in `after`, is not this round's.
  const atEnd = after.history.find((h) => h.round === round)?.prestige ?? after.prestige;
  const moved = Object.fromEntries(POWERS.map((p) => [p, after.prestige[p] - atEnd[p]])) as Record<Power, number>;
  const next = POWERS.some((p) => moved[p] !== 0) ? { event: worldEventOf(entries.filter((e) => e.round === round + 1)), prestige: moved } : null;
  return { round, event, crises: crises.filter((c) => c.record.round === round), plays, end, gains, totals, prestige: { ...atEnd }, over: !!after.outcome, ending, next };
}

/** Words for the end of a match: who won and why. */
import type { MatchView } from '../../game';
import type { Power } from '../../game';
import { ALIGNMENT_NAMES, POWER_NAMES, POWERS, PRESTIGE_SOURCE_NAMES, PRESTIGE_SOURCES, THEATER_NAMES } from '../../game';
import type { Alignment } from '../../game';
import { alignment, peakAlignment } from '../../game';

/**
 * Where the alignment ended, and the higher level it reached before falling back, if it did:
 * "Alignment at the end: Quasi-alliance (it reached De facto alliance in round 2)."
 */
export function alignmentLine(peak: { readonly level: Alignment; readonly round: number | null }, end: Alignment): string {
  const before = peak.level !== end ? ` (it reached ${ALIGNMENT_NAMES[peak.level]}${peak.round ? ` in round ${peak.round}` : ''})` : '';
  return `Alignment at the end: ${ALIGNMENT_NAMES[end]}${before}.`;
}

export function headline(v: MatchView): string {
  const o = v.outcome;
  if (!o) return 'The match is still on.';
  if (o.kind === 'brink') {
    return `${POWER_NAMES[o.loser]} pushed the world to the Brink and loses. ${POWER_NAMES[o.winner]} wins on prestige.`;
  }
  const tb = o.tieBreak === 'crises' ? ' (tied on prestige; fewer crises started)' : o.tieBreak === 'lot' ? ' (tied on prestige and crises; decided by the tie order drawn with the deal)' : o.tieBreak === 'order' ? ' (tied on prestige and crises; decided by seat order)' : '';
  return `${POWER_NAMES[o.winner]} wins with ${v.prestige[o.winner]} prestige${tb}.`;
}

export function explanation(v: MatchView): string[] {
  const crises = v.crises.map((c) => `${THEATER_NAMES[c.theater]} in round ${c.round}: ${c.winner ? `${POWER_NAMES[c.winner]} prevailed` : 'standoff'}${c.startedBy ? `, started by ${POWER_NAMES[c.startedBy]}` : ''}${c.twoFront ? ' (two-front)' : ''}`);
  return [
    alignmentLine(peakAlignment(v.history, alignment(v)), alignment(v)),
    crises.length ? `Crises: ${crises.join('; ')}.` : 'No crisis erupted.',
    `Final global tension: ${v.globalTension} of 5.`,
  ];
}

/** Prestige by source per power: rows for the game-over table. */
export function prestigeRows(v: MatchView): { source: string; values: Record<Power, number> }[] {
  return PRESTIGE_SOURCES.filter((s) => POWERS.some((p) => v.prestigeBySource[p][s])).map((s) => ({
    source: PRESTIGE_SOURCE_NAMES[s],
    values: Object.fromEntries(POWERS.map((p) => [p, v.prestigeBySource[p][s] ?? 0])) as Record<Power, number>,
  }));
}

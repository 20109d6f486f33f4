/**
 * Values derived from the state. Never stored in G: always computed here.
 */
import { BOARD, controller } from '../board';
import type { RulesState } from '../state';
import type { Alignment, Partner, Power, RegionId, Theater } from '../types';
import { DEFAULT_TUNING, tuning } from './tuning';
import { ALIGNMENT_NAMES, ALIGNMENTS, DOMAINS, REGIONS } from '../types';

type S = Pick<RulesState, 'tracks' | 'treaty'>;

/** Sum of the four cooperation tracks needed for each level. */
export const ALIGNMENT_THRESHOLDS = { quasi: 12, defacto: 22 } as const;
/** De facto alliance also needs every track at least this high. */
export const DEFACTO_MIN_TRACK = 3;
/** The treaty needs Political and Military at least this high (docs/design.md §4). */
export const TREATY_MIN = 7;

export const trackTotal = (s: Pick<RulesState, 'tracks'>): number =>
  DOMAINS.reduce((n, d) => n + s.tracks[d], 0);

/** The alignment level, from the tracks and the treaty (P1, P2, P5, P12). */
export function alignment(s: S): Alignment {
  if (s.treaty) return 'dejure';
  const total = trackTotal(s);
  const minTrack = Math.min(...DOMAINS.map((d) => s.tracks[d]));
  if (total >= ALIGNMENT_THRESHOLDS.defacto && minTrack >= DEFACTO_MIN_TRACK) return 'defacto';
  if (total >= ALIGNMENT_THRESHOLDS.quasi) return 'quasi';
  return 'partnership';
}

export const alignmentRank = (a: Alignment): number => ALIGNMENTS.indexOf(a);

/**
 * A rung of the ladder reached or lost, as the line that caused it says it (P1): " Moscow and
 * Beijing reach a De facto alliance: …", " … fall back to a Quasi-alliance.", or '' when unchanged.
 */
export function alignmentNews(was: Alignment, now: Alignment): string {
  if (was === now) return '';
  if (alignmentRank(now) < alignmentRank(was)) return ` ${RUNG_NEWS} fall back to a ${ALIGNMENT_NAMES[now]}.`;
  return ` ${RUNG_NEWS} reach a ${ALIGNMENT_NAMES[now]}${now === 'defacto' ? ': from now on each partner the US threatens scores every round, and they fight crises together' : ''}.`;
}

const RUNG_NEWS = 'Moscow and Beijing';
const RUNG_AT = new RegExp(` (?=${RUNG_NEWS} (reach|fall back to) a )`);

/** Where a line's news of a rung reached or lost begins (alignmentNews), or −1: shown apart from the rest. */
export const rungNewsAt = (text: string): number => {
  const m = RUNG_AT.exec(text);
  return m ? m.index + 1 : -1;
};

/**
 * The highest alignment a match reached, with the first round that ended on it: its round
 * records, then where it stands now (round null: reached only since the last record).
 */
export function peakAlignment(history: readonly { readonly round: number; readonly alignment: Alignment }[], now: Alignment): { readonly level: Alignment; readonly round: number | null } {
  let peak: { level: Alignment; round: number | null } = { level: ALIGNMENTS[0], round: null };
  for (const h of history) if (alignmentRank(h.alignment) > alignmentRank(peak.level)) peak = { level: h.alignment, round: h.round };
  return alignmentRank(now) > alignmentRank(peak.level) ? { level: now, round: null } : peak;
}
export const alignmentAtLeast = (s: S, level: Alignment): boolean =>
  alignmentRank(alignment(s)) >= alignmentRank(level);

/** The default threat at or above which a partner counts as threatened (the table's hostileAt). */
export const HOSTILE = DEFAULT_TUNING.hostileAt;

type ThreatState = Pick<RulesState, 'hostility'> & Partial<Pick<RulesState, 'focus' | 'exportControls'>>;

/**
 * How threatening the US looks to a partner (docs/design.md §8): its hostility (raised by
 * pressure, sanctions, export controls and crises), more where the Eye of Sauron rests (P5),
 * and, for China, while Western export controls are in force (P9).
 */
export function threat(s: ThreatState, p: Partner): number {
  const t = tuning();
  return s.hostility[p]
    + (s.focus === p ? t.focusThreat : 0)
    + (p === 'china' && (s.exportControls ?? 0) > 0 ? t.controlsThreat : 0);
}

/** Whether a partner feels the US threat (P5, P16). */
export const threatened = (s: ThreatState, p: Partner): boolean => threat(s, p) >= tuning().hostileAt;

/** "Driven together": the US threatens both (P16's balance-of-power law). */
export const drivenTogether = (s: ThreatState): boolean => threatened(s, 'china') && threatened(s, 'russia');

/** Russia resents the junior-partner role when Dependency exceeds Standing (P14). */
export const resentful = (s: Pick<RulesState, 'dependency' | 'standing'>): boolean =>
  s.dependency > s.standing;

export const regionController = (s: Pick<RulesState, 'influence'>, r: RegionId): Power | null =>
  controller(s.influence[r], r);

export const regionsControlled = (s: Pick<RulesState, 'influence'>, p: Power, theater?: Theater): RegionId[] =>
  REGIONS.filter((r) => (!theater || BOARD[r].theater === theater) && regionController(s, r) === p);

/** A flashpoint is contested when two powers hold influence there and nobody controls it. */
export function contested(s: Pick<RulesState, 'influence'>, r: RegionId): boolean {
  const holders = Object.values(s.influence[r]).filter((v) => v >= 2).length;
  return holders >= 2 && regionController(s, r) === null;
}

/** Whether the partner adds its forces to the other's crisis (from De facto up). */
export const partnerSupports = (s: S): boolean => alignmentAtLeast(s, 'defacto');

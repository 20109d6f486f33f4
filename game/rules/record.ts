/**
 * One round's row of the timeline (MatchState.history): what the after-action
 * report, its CSV and the play screen's end-of-round summary read. Built at
 * the end of upkeep (or when a teacher's bell stops the round), from the state
 * and from this round's lines of the log.
 */
import type { LogEntry, MatchState, RoundRecord } from '../state';
import { isPrestigeEntry } from '../state';
import type { Partner, Power, PrestigeSource, RegionId } from '../types';
import { PARTNERS, POWER_NAMES, REGIONS } from '../types';
import { alignment, drivenTogether, regionController } from './derived';

/** This round's log lines (the log only grows, so they are its tail). */
function roundLines(s: Pick<MatchState, 'log' | 'round'>): LogEntry[] {
  let i = s.log.length;
  while (i > 0 && s.log[i - 1]!.round === s.round) i--;
  return s.log.slice(i);
}

/*
 * The sentences game/rules/ops.ts and game/rules/proposals.ts log for a wedge,
 * an accommodation and a declined proposal (tests/rules/record.test.ts plays
 * each through the rules, so a reworded sentence fails there, not silently here).
 */
const WEDGE_WORKED = /^The US fosters distrust between Moscow and Beijing/;
const WEDGE_FAILED = /^The US tries to foster distrust/;
const ACCOMMODATION = new RegExp(`^The US reaches a durable accommodation with (${PARTNERS.map((p) => POWER_NAMES[p]).join('|')})`);
const DECLINED = / declines .+'s proposal\.$/;

// The cheap tests first: every look-ahead that ends a round makes a record.
export const isDeclinedProposal = (e: LogEntry): boolean => e.power !== 'us' && e.text.endsWith("'s proposal.") && DECLINED.test(e.text);

/** What a log line records, for the debrief: a wedge, an accommodation, a declined proposal, or something else. */
export type DebriefLine = 'wedge-worked' | 'wedge-failed' | 'accommodation' | 'declined' | null;
export function debriefLine(e: LogEntry): DebriefLine {
  if (e.power === 'us') {
    if (!e.text.startsWith('The US ')) return null;
    if (WEDGE_WORKED.test(e.text)) return 'wedge-worked';
    if (WEDGE_FAILED.test(e.text)) return 'wedge-failed';
    return ACCOMMODATION.test(e.text) ? 'accommodation' : null;
  }
  return isDeclinedProposal(e) ? 'declined' : null;
}

/** Prestige changes of these lines, summed per power and source. */
export function prestigeGains(lines: readonly LogEntry[]): Record<Power, Partial<Record<PrestigeSource, number>>> {
  const gains: Record<Power, Partial<Record<PrestigeSource, number>>> = { us: {}, china: {}, russia: {} };
  for (const e of lines) {
    if (!isPrestigeEntry(e)) continue;
    const { power, source, delta } = e.prestige;
    gains[power][source] = (gains[power][source] ?? 0) + delta;
  }
  return gains;
}

/**
 * The record of the round `s` is in. `exportControls`: whether Western export
 * controls were in force during the round (upkeep counts them down before the
 * record is made).
 */
export function roundRecord(s: MatchState, exportControls: boolean): RoundRecord {
  const lines = roundLines(s);
  const accommodations: Partner[] = [];
  let worked = 0;
  let failed = 0;
  let declined = 0;
  for (const e of lines) {
    const kind = debriefLine(e);
    if (kind === 'wedge-worked') worked++;
    else if (kind === 'wedge-failed') failed++;
    else if (kind === 'declined') declined++;
    else if (kind === 'accommodation') {
      const name = ACCOMMODATION.exec(e.text)?.[1];
      const partner = PARTNERS.find((p) => POWER_NAMES[p] === name);
      if (partner && !accommodations.includes(partner)) accommodations.push(partner);
    }
  }
  return {
    round: s.round,
    globalTension: s.globalTension,
    tracks: { ...s.tracks },
    prestige: { ...s.prestige },
    alignment: alignment(s),
    crises: s.crises.filter((c) => c.round === s.round).map((c) => c.theater),
    hostility: { ...s.hostility },
    focus: s.focus,
    drivenTogether: drivenTogether(s),
    dependency: s.dependency,
    standing: s.standing,
    exportControls,
    accommodations,
    wedges: { worked, failed },
    declined,
    gains: prestigeGains(lines),
    held: heldRegions(s),
  };
}

function heldRegions(s: Pick<MatchState, 'influence'>): Partial<Record<RegionId, Power>> {
  const held: Partial<Record<RegionId, Power>> = {};
  for (const r of REGIONS) {
    const c = regionController(s, r);
    if (c) held[r] = c;
  }
  return held;
}

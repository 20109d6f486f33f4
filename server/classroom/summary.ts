/**
 * What the teacher sees of a table: a mini-board summary (live on the wall)
 * and the after-action record (the report). Both come from the full state on
 * the server and carry nothing secret: no hand, no pile order.
 */
import type { Server, State } from 'boardgame.io';
import { actor } from '../../game';
import { alignment, alignmentRank } from '../../game';
import type { MatchState } from '../../game';
import type { Alignment } from '../../game';
import { ALIGNMENTS, POWERS, SEATS } from '../../game';
import type { PlayerData } from '../lobby';
import type { SeatKind, SeatSummary, TableReport, TableSummary } from '../../game/wire/classroom';
import type { Session, Table } from './session';

export function seatSummaries(session: Session, table: Table, metadata: Server.MatchData | undefined): SeatSummary[] {
  return SEATS.map((seat, i) => {
    const p = metadata?.players[i];
    const data = p?.data as PlayerData | undefined;
    const student = session.students.find((s) => s.table === table.number && s.seat === seat);
    const kind: SeatKind = data?.bot ? 'bot' : p?.name ? 'student' : 'open';
    return {
      power: POWERS[i]!,
      kind,
      name: p?.name ?? null,
      connected: p?.isConnected === true,
      standIn: Boolean(data?.standIn),
      studentID: kind === 'student' ? (student?.id ?? null) : null,
    };
  });
}

export function tableSummary(session: Session, table: Table, state: State | undefined, metadata: Server.MatchData | undefined): TableSummary {
  const G = state?.G as MatchState | undefined;
  return {
    number: table.number,
    matchID: table.matchID,
    started: table.started,
    stateID: state?._stateID ?? 0,
    round: G?.round ?? 1,
    lastRound: G?.lastRound ?? 0,
    globalTension: G?.globalTension ?? 0,
    alignment: G ? alignment(G) : 'partnership',
    tracks: G?.tracks ?? { economic: 0, technological: 0, political: 0, military: 0 },
    prestige: G?.prestige ?? { us: 0, china: 0, russia: 0 },
    acting: G && !G.outcome && G.step.kind !== 'begin' ? actor(G) : null,
    outcome: G?.outcome ?? null,
    seats: seatSummaries(session, table, metadata),
    at: Date.now(),
  };
}

export function tableReport(session: Session, table: Table, state: State | undefined, metadata: Server.MatchData | undefined): TableReport {
  const G = state?.G as MatchState | undefined;
  const levels = [...(G?.history ?? []).map((h) => h.alignment as Alignment), G ? alignment(G) : 'partnership'];
  const reached = levels.reduce<Alignment>((best, a) => (alignmentRank(a) > alignmentRank(best) ? a : best), ALIGNMENTS[0]);
  return {
    number: table.number,
    matchID: table.matchID,
    scenario: session.scenario,
    round: G?.round ?? 1,
    lastRound: G?.lastRound ?? 0,
    seats: seatSummaries(session, table, metadata),
    history: G?.history ?? [],
    turningPoints: (G?.log ?? []).filter((e) => e.turningPoint).map((e) => ({ round: e.round, power: e.power, text: e.text, cite: e.cite ?? null })),
    crises: G?.crises ?? [],
    outcome: G?.outcome ?? null,
    alignmentReached: reached,
    finalTension: G?.globalTension ?? 0,
    prestige: G?.prestige ?? { us: 0, china: 0, russia: 0 },
  };
}

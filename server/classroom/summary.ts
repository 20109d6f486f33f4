/**
 * What the teacher sees of a table: a mini-board summary (live on the wall)
 * and the after-action record (the report). Both come from the full state on
 * the server and carry nothing secret: no hand, no pile order.
 */
import type { Server, State } from 'boardgame.io';
import { actor, awaitingStart, debriefLine, drivenTogether, isClockLine, peakAlignment, SCENARIO_DATA } from '../../game';
import { alignment, alignmentRank } from '../../game';
import type { LogEntry, MatchState, Power, RoundRecord, ScenarioId } from '../../game';
import type { Alignment } from '../../game';
import { ALIGNMENT_NAMES, ALIGNMENTS, POWERS, SEATS } from '../../game';
import type { PlayerData } from '../lobby';
import type { SeatKind, SeatSummary, TableReport, TableSummary, TurningPoint, TurningPointKind, TurnRecord } from '../../game/wire/classroom';
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
      // personSeat clears isConnected; the socket's first sync sets it, a disconnect makes it false.
      arriving: kind === 'student' && p?.isConnected === undefined,
      studentID: kind === 'student' ? (student?.id ?? null) : null,
      clockStreak: kind === 'student' ? clockStreak(table.turns ?? [], POWERS[i]!, student?.nickname ?? null) : 0,
    };
  });
}

/**
 * How many of the latest turns in a row the clock played for the student at `power`'s seat: one who
 * has stopped playing. Turns kept for another student there (before a move) are not theirs.
 */
function clockStreak(turns: readonly TurnRecord[], power: Power, student: string | null): number {
  let n = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = turns[i]!;
    if (t.power !== power || (t.student !== undefined && t.student !== student)) continue;
    if (t.by !== 'clock') break;
    n++;
  }
  return n;
}

/** What the turn clock knows of a table now (clock.ts, timing.ts). */
export interface TableTiming {
  readonly turnEndsAt: number | null;
  readonly finishAt: number | null;
}

/**
 * What the wall and the report both say of a table, from its state when there is one:
 * a table not yet dealt reads as round 1, calm, at Strategic Partnership, nobody ahead.
 */
function tableBasics(session: Session, table: Table, G: MatchState | undefined, metadata: Server.MatchData | undefined) {
  return {
    number: table.number,
    matchID: table.matchID,
    round: G?.round ?? 1,
    lastRound: G?.lastRound ?? 0,
    seats: seatSummaries(session, table, metadata),
    outcome: G?.outcome ?? null,
    prestige: G?.prestige ?? { us: 0, china: 0, russia: 0 },
    globalTension: G?.globalTension ?? 0,
    alignment: G ? alignment(G) : ALIGNMENTS[0],
  } satisfies Partial<TableSummary>;
}

export function tableSummary(session: Session, table: Table, state: State | undefined, metadata: Server.MatchData | undefined, timing: TableTiming): TableSummary {
  const G = state?.G as MatchState | undefined;
  return {
    ...tableBasics(session, table, G, metadata),
    started: table.started,
    stateID: state?._stateID ?? 0,
    tracks: G?.tracks ?? { economic: 0, technological: 0, political: 0, military: 0 },
    acting: G && !G.outcome && !awaitingStart(G) ? actor(G) : null,
    ...timing,
    at: Date.now(),
  };
}

export function tableReport(session: Session, table: Table, state: State | undefined, metadata: Server.MatchData | undefined): TableReport {
  const G = state?.G as MatchState | undefined;
  const { globalTension, alignment: now, ...basics } = tableBasics(session, table, G, metadata);
  const history = (G?.history ?? []).map(complete);
  return {
    ...basics,
    scenario: session.scenario,
    history,
    turningPoints: turningPoints(session.scenario, G?.log ?? [], history, Boolean(G?.outcome)),
    crises: G?.crises ?? [],
    alignmentReached: peakAlignment(history, now).level,
    alignmentAtEnd: now,
    finalTension: globalTension,
    turns: table.turns ?? [],
    hintsUsed: { us: table.hintsUsed?.us ?? 0, china: table.hintsUsed?.china ?? 0, russia: table.hintsUsed?.russia ?? 0 },
    reflections: session.students.flatMap((st) => (st.reflection?.table === table.number ? [st.reflection] : [])).sort((a, b) => a.at - b.at),
  };
}

/** A round record stored before the record held the debrief's fields: those read as nothing happened. */
function complete(h: Partial<RoundRecord> & Pick<RoundRecord, 'round' | 'globalTension' | 'tracks' | 'prestige' | 'alignment' | 'crises'>): RoundRecord {
  return {
    hostility: { china: 0, russia: 0 }, focus: null, drivenTogether: false, dependency: 0, standing: 0, exportControls: false,
    accommodations: [], wedges: { worked: 0, failed: 0 }, declined: 0, gains: { us: {}, china: {}, russia: {} },
    ...h,
  };
}

const kindOf = (e: LogEntry): TurningPointKind => {
  const line = debriefLine(e);
  return line ? LINE_KIND[line] : isClockLine(e) ? 'clock' : 'event';
};

const LINE_KIND: Record<NonNullable<ReturnType<typeof debriefLine>>, TurningPointKind> = {
  'wedge-worked': 'wedge', 'wedge-failed': 'wedge', accommodation: 'accommodation', declined: 'declined',
};

/**
 * The report's turning points in round order: the lines the rules marked,
 * every declined proposal, accommodation and wedge, and, at each round's end,
 * the pair becoming (or ceasing to be) driven together and every change of
 * alignment level (against the scenario's start for the first round).
 */
export function turningPoints(scenario: ScenarioId, log: readonly LogEntry[], history: readonly RoundRecord[], over = false): TurningPoint[] {
  const out: TurningPoint[] = [];
  const start = SCENARIO_DATA[scenario];
  let together = drivenTogether(start);
  let level: Alignment = alignment({ tracks: start.tracks, treaty: false });
  const ends = new Map<number, TurningPoint[]>();
  for (const [i, h] of history.entries()) {
    const at: TurningPoint[] = [];
    if (i === 0 && h.drivenTogether && together) {
      // Together from the start: the debrief still needs the round it shows.
      at.push({ kind: 'driven-together', round: h.round, power: 'us', cite: 'P16',
        text: `From the start, US hostility to both (China ${h.hostility.china}, Russia ${h.hostility.russia}) drives Moscow and Beijing together.` });
    } else if (h.drivenTogether !== together) {
      const hostility = `China ${h.hostility.china}, Russia ${h.hostility.russia}`;
      at.push(h.drivenTogether
        ? { kind: 'driven-together', round: h.round, power: 'us', cite: 'P16', text: `US hostility to both (${hostility}) drives Moscow and Beijing together.` }
        : { kind: 'driven-apart', round: h.round, power: 'us', cite: 'P16', text: `Moscow and Beijing are no longer driven together: US hostility is down to ${hostility}.` });
      together = h.drivenTogether;
    }
    const now = h.alignment;
    if (now !== level) {
      const up = alignmentRank(now) > alignmentRank(level);
      at.push({ kind: 'alignment', round: h.round, power: null, cite: now === 'dejure' ? 'P12' : now === 'defacto' ? 'P1' : 'P5',
        text: `The Russia–China partnership ${up ? 'rises' : 'falls back'} from ${ALIGNMENT_NAMES[level]} to ${ALIGNMENT_NAMES[now]}.` });
      level = now;
    }
    ends.set(h.round, at);
  }
  let round = 0;
  const flush = (upTo: number) => {
    for (; round < upTo; round++) out.push(...(ends.get(round) ?? []));
  };
  for (const [i, e] of log.entries()) {
    const line = debriefLine(e);
    if (!e.turningPoint && !line) continue;
    // A finished match's last line (who won, the bell) comes after its last round's end.
    flush(over && i === log.length - 1 ? e.round + 1 : e.round);
    out.push({ kind: kindOf(e), round: e.round, power: e.power, text: e.text, cite: e.cite ?? null });
  }
  flush(Math.max(0, ...history.map((h) => h.round)) + 1);
  return out;
}

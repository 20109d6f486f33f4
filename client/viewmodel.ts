/**
 * The view model: everything the board and the HTML layer draw, derived from
 * a seat's view of the match. Pure (no DOM, no Phaser) so it is unit-tested.
 * The view is given what is legal; it never computes legality itself.
 */
import { BOARD, derived, FLASHPOINT, TURNS_PER_ROUND } from '../game';
import { earnsStanding, worldEvent } from '../game';
import type { Action } from '../game';
import { actor, legalActions } from '../game';
import { alignment, drivenTogether, regionController, resentful, trackTotal, ALIGNMENT_THRESHOLDS, DEFACTO_MIN_TRACK, TREATY_MIN } from '../game';
import { MAX_CHINA_TECH, MAX_HOSTILITY, MAX_METER, MAX_TRACK } from '../game';
import { BRINK, CRISIS_THRESHOLD, MAX_THEATER_TENSION, TENSION_NAMES, THEATER_NAMES } from '../game';
import type { LogEntry, MatchView, Outcome } from '../game';
import type { Alignment, Domain, Paragraph, Partner, Power, RegionId, Theater } from '../game';
import { ALIGNMENT_NAMES, REGIONS, THEATERS } from '../game';
import type { ChangeKey } from './play/changes';
import { NO_CHANGE } from './play/changes';

export interface RegionVM {
  readonly id: RegionId;
  /** As on the map and the buttons. */
  readonly name: string;
  readonly fullName: string;
  readonly theater: Theater;
  readonly stability: number;
  readonly flashpoint: boolean;
  readonly sphere: Partner | null;
  readonly influence: Readonly<Record<Power, number>>;
  readonly controller: Power | null;
  readonly cite: Paragraph;
  /** True when the acting seat has a legal influence op here (highlight it). */
  readonly targetable: boolean;
}

export interface TheaterVM {
  readonly id: Theater;
  readonly name: string;
  readonly tension: number;
  /** The top of the theater's tension gauge. */
  readonly maxTension: number;
  readonly threshold: number;
  readonly flashpoint: RegionId;
  /** Forces present: China and Russia per theater; the US pool is global. */
  readonly forces: Readonly<Record<Partner, number>>;
}

export interface BoardVM {
  readonly round: number;
  readonly lastRound: number;
  readonly year: number;
  readonly scenarioTitle: string;
  readonly acting: Power | null;
  readonly stepKind: MatchView['step']['kind'];
  /** Which of the round's action turns is being played (1 to `turns`), or null between them (a split, the deal). */
  readonly turn: number | null;
  readonly turns: number;
  readonly regions: readonly RegionVM[];
  readonly theaters: readonly TheaterVM[];
  readonly globalTension: number;
  readonly globalTensionName: string;
  /** Global tension's top step, the Brink (the meter has this many steps). */
  readonly brink: number;
  /** The top of each meter the board draws as a bar. */
  readonly limits: { readonly track: number; readonly hostility: number; readonly meter: number; readonly chinaTech: number };
  readonly tracks: Readonly<Record<Domain, number>>;
  readonly trackTotal: number;
  readonly alignment: Alignment;
  readonly alignmentName: string;
  readonly thresholds: { readonly quasi: number; readonly defacto: number; readonly defactoMinTrack: number; readonly treatyMin: number };
  readonly treaty: boolean;
  readonly hostility: Readonly<Record<Partner, number>>;
  /** The US threat each partner feels: hostility, the focus, export controls (the rules' `threat`). */
  readonly threat: Readonly<Record<Partner, number>>;
  /** Whether each partner counts as threatened now (the rules' `threatened`). */
  readonly threatened: Readonly<Record<Partner, boolean>>;
  readonly focus: Partner | null;
  readonly driven: boolean;
  readonly dependency: number;
  readonly standing: number;
  /** Whether Russia's Standing scores this round as things stand (the rules' `earnsStanding`). */
  readonly earnsStanding: boolean;
  readonly resentful: boolean;
  readonly chinaTech: number;
  readonly exportControls: number;
  readonly usPool: number;
  readonly prestige: Readonly<Record<Power, number>>;
  readonly handSizes: Readonly<Record<Power, number>>;
  readonly currentEvent: { readonly title: string; readonly text: string; readonly cite: Paragraph } | null;
  readonly log: readonly LogEntry[];
  readonly outcome: Outcome | null;
  /** What the last update changed, highlighted for a moment on the board (computed by the screen, client/play/changes.ts). */
  readonly changed: ReadonlySet<ChangeKey>;
}

export function boardVM(v: MatchView, scenarioTitle: string, legal: readonly Action[] = [], changed: ReadonlySet<ChangeKey> = NO_CHANGE): BoardVM {
  const influenceTargets = new Set(
    legal.flatMap((a) => (a.kind === 'ops' && a.op.kind === 'influence' ? [a.op.region] : [])),
  );
  const ev = v.currentEvent ? worldEvent(v.currentEvent) : null;
  const level = alignment(v);
  return {
    round: v.round,
    lastRound: v.lastRound,
    year: v.startYear + 2 * (v.round - 1),
    scenarioTitle,
    acting: actor(v),
    stepKind: v.step.kind,
    turn: v.step.kind === 'play' || v.step.kind === 'respond' ? v.step.turn : null,
    turns: TURNS_PER_ROUND,
    regions: REGIONS.map((id) => {
      const r = BOARD[id];
      return {
        id,
        name: r.name,
        fullName: r.fullName,
        theater: r.theater,
        stability: r.stability,
        flashpoint: r.flashpoint,
        sphere: r.sphere,
        influence: { ...v.influence[id] },
        controller: regionController(v, id),
        cite: r.cite,
        targetable: influenceTargets.has(id),
      };
    }),
    theaters: THEATERS.map((t) => ({
      id: t,
      name: THEATER_NAMES[t],
      tension: v.theaterTension[t],
      maxTension: MAX_THEATER_TENSION,
      threshold: CRISIS_THRESHOLD,
      flashpoint: FLASHPOINT[t],
      forces: { china: v.forces.china[t], russia: v.forces.russia[t] },
    })),
    globalTension: v.globalTension,
    globalTensionName: TENSION_NAMES[v.globalTension] ?? '',
    brink: BRINK,
    limits: { track: MAX_TRACK, hostility: MAX_HOSTILITY, meter: MAX_METER, chinaTech: MAX_CHINA_TECH },
    tracks: { ...v.tracks },
    trackTotal: trackTotal(v),
    alignment: level,
    alignmentName: ALIGNMENT_NAMES[level],
    thresholds: { quasi: ALIGNMENT_THRESHOLDS.quasi, defacto: ALIGNMENT_THRESHOLDS.defacto, defactoMinTrack: DEFACTO_MIN_TRACK, treatyMin: TREATY_MIN },
    treaty: v.treaty,
    hostility: { ...v.hostility },
    threat: { china: derived.threat(v, 'china'), russia: derived.threat(v, 'russia') },
    threatened: { china: derived.threatened(v, 'china'), russia: derived.threatened(v, 'russia') },
    focus: v.focus,
    driven: drivenTogether(v),
    dependency: v.dependency,
    standing: v.standing,
    earnsStanding: earnsStanding(v),
    resentful: resentful(v),
    chinaTech: v.chinaTech,
    exportControls: v.exportControls,
    usPool: v.usPool,
    prestige: { ...v.prestige },
    handSizes: { ...v.handSizes },
    currentEvent: ev ? { title: ev.title, text: ev.text, cite: ev.cite } : null,
    log: v.log,
    outcome: v.outcome,
    changed,
  };
}

/** The legal actions of the seat that is to act in this view (empty for spectators). */
export function legalFor(v: MatchView, seatPower: Power | null): Action[] {
  return seatPower && actor(v) === seatPower ? legalActions(v, seatPower) : [];
}

/**
 * The state a match starts from. It holds no secrets: hands and piles stay
 * empty until the opening `begin` move deals them (docs/boardgameio.md §3).
 */
import { SCENARIOS } from './scenarios';
import type { MatchState } from './state';
import type { Power, RegionId, ScenarioId } from './types';
import { REGIONS } from './types';
import { SEAT_TIE_ORDER } from './rules/outcome';

const perPower = <T>(f: (p: Power) => T): Record<Power, T> =>
  ({ us: f('us'), china: f('china'), russia: f('russia') });

export function initialState(scenarioId: ScenarioId): MatchState {
  const sc = SCENARIOS[scenarioId];
  const influence = Object.fromEntries(
    REGIONS.map((r) => [r, perPower((p) => sc.influence[r]?.[p] ?? 0)]),
  ) as Record<RegionId, Record<Power, number>>;
  return {
    scenario: sc.id,
    round: 1,
    lastRound: sc.rounds,
    startYear: sc.startYear,
    step: { kind: 'begin' },
    tracks: { ...sc.tracks },
    treaty: false,
    hostility: { ...sc.hostility },
    focus: sc.focus,
    dependency: sc.dependency,
    standing: sc.standing,
    chinaTech: sc.chinaTech,
    exportControls: 0,
    accommodated: { china: false, russia: false },
    flags: {},
    globalTension: sc.globalTension,
    theaterTension: { ...sc.theaterTension },
    crisisTrigger: { pacific: null, europe: null },
    influence,
    forces: { china: { ...sc.forces.china }, russia: { ...sc.forces.russia } },
    usPool: sc.usPool,
    prestige: perPower(() => 0),
    prestigeBySource: perPower(() => ({})),
    techMilestones: [],
    crisesStarted: perPower(() => 0),
    tieOrder: SEAT_TIE_ORDER,
    crises: [],
    hands: perPower(() => []),
    deck: [],
    discard: [],
    removed: [],
    eventDeck: [],
    currentEvent: null,
    pushedEvents: [],
    log: [{ round: 1, power: null, text: `Scenario ${sc.startYear} "${sc.title}": ${sc.blurb}`, cite: sc.cite }],
    history: [],
    outcome: null,
  };
}


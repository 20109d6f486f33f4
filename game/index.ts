/**
 * The public surface of the rules: what client/ and server/ import (beside the named entry
 * points game/bots, game/lab, game/sim and game/wire/*). Tests may reach further in.
 */
export { Multipolar, MOVE_NAMES, toMove } from './game';
export type { SetupData } from './game';
export * from './types';
export type { MatchState, MatchView, RulesState, Step, Proposal, Outcome, LogEntry, RoundRecord, CrisisRecord } from './state';
export { actor, awaitingStart, candidateOps, legalActions, whyNot, whyNotOp, opDomain, OP_LABEL } from './rules/actions';
export type { Action, Op, Reason, ReasonCode } from './rules/actions';
export { applyAction } from './rules/apply';
export { rivalEventFires } from './rules/effects';
export { clockRunsOut, isClockLine, isEventId, pushWorldEvent, scoreNow } from './rules/classroom';
export { debriefLine, isDeclinedProposal, prestigeGains } from './rules/record';
export type { DebriefLine } from './rules/record';
export { csvCell, csvDocument, csvLine } from './csv';
export type { CsvCell } from './csv';
export * as derived from './rules/derived';
export {
  alignment, alignmentRank, ALIGNMENT_THRESHOLDS, peakAlignment, DEFACTO_MIN_TRACK, drivenTogether, regionController, resentful, rungNewsAt, trackTotal, TREATY_MIN,
} from './rules/derived';
export { MAX_CHINA_TECH, MAX_FORCES, MAX_HOSTILITY, MAX_METER, MAX_TRACK, MAX_US_POOL } from './rules/effects';
export { COOPERATION_PRESTIGE, proposalPhrase } from './rules/ops';
export { DEFAULT_TUNING } from './rules/tuning';
export { TECH_MILESTONES } from './rules/tech';
export type { Tuning } from './rules/tuning';
export { acceptingPays, TREATY_SIGNED } from './rules/proposals';
export { BRINK, CRISIS_THRESHOLD, MAX_THEATER_TENSION, TENSION_NAMES } from './rules/tension';
export { BOARD, FLASHPOINT, CHALLENGER, MAX_INFLUENCE, regionsOf } from './board';
export { SCENARIOS as SCENARIO_DATA } from './scenarios';
export { initialState } from './setup';
export { joinLog, logAfter, logEnd, viewFor } from './view';
export type { LogWindow } from './view';
export { card, worldEvent, CARDS, WORLD_EVENTS } from './content';
export type { CardId } from './content/types';
export { cardsThatLose, forecast, forecastAll, describeForecast, sharedParts, sharedRoundEnd } from './forecast';
export type { Certainty, Change, CrisisForecast, Forecast, ForecastText, Quantity, Value as ForecastValue, Warning as ForecastWarning } from './forecast';
export { isPrestigeEntry } from './state';
export type { PrestigeChange, PrestigeLogEntry } from './state';
export { score, signed } from './rules/prestige';
export { tieOrderOf } from './rules/outcome';
export { crisesAhead, earnsStanding, TURNS_PER_ROUND } from './rules/round';
export type { CrisisAhead } from './rules/round';

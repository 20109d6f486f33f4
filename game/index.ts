/** The public surface of the rules: everything client/, server/ and tests use. */
export { Multipolar, MOVE_NAMES, toMove } from './game';
export type { SetupData } from './game';
export * from './types';
export type { MatchState, MatchView, RulesState, Step, Proposal, Outcome, LogEntry, RoundRecord, CrisisRecord } from './state';
export { actor, legalActions, whyNot, whyNotOp, opDomain, OP_LABEL } from './rules/actions';
export type { Action, Op, Reason, ReasonCode } from './rules/actions';
export * as derived from './rules/derived';
export { BOARD, FLASHPOINT, CHALLENGER, regionsOf } from './board';
export { SCENARIOS as SCENARIO_DATA } from './scenarios';
export { initialState } from './setup';
export { viewFor } from './view';
export { card, worldEvent, CARDS, WORLD_EVENTS } from './content';
export { forecast, forecastAll, describeForecast } from './forecast';
export type { Certainty, Change, CrisisForecast, Forecast, ForecastText, Quantity, Value as ForecastValue, Warning as ForecastWarning } from './forecast';
export { isPrestigeEntry } from './state';
export type { PrestigeChange, PrestigeLogEntry } from './state';

/** The simulator's public surface: complete matches, replays of recorded matches, reports. */
export { playMatch } from './match';
export type { MatchResult } from './match';
export { randomChooser } from './random';
export { actionsFromLog, canonical, decodeRecord, EDIT_LOG_TYPE, encodeRecord, linkable, replay } from './replay';
export type { MatchRecord, RecordedStep, Replay, Result, ServerEdit } from './replay';
export { summarise } from './summary';
export type { SimulationReport } from './summary';

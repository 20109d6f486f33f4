/**
 * Analysis of a finished match: each power's chance of winning after every
 * step (bot playouts from that step's true state), the turning points, and
 * playing on — by bots or the lab's strategies — from any step. Pure: runs in
 * Node and in a Web Worker alike.
 */
export { analyseMatch, chancesAt, DEFAULT_PLAYOUTS } from './chances';
export type { AnalysisOptions, StepChances } from './chances';
export { stepStory, swings, turningPoints } from './turningPoints';
export type { StepStory, Swing } from './turningPoints';
export { playOn, reshufflePiles, rulesRng, seededRng } from './playOn';
export type { PlayOnOptions, PlayOnResult } from './playOn';
export { compareFrom, labFromConfig, playLabGameFrom, runLabFrom } from './labFrom';
export type { LabFromOptions } from './labFrom';
export { recordBotMatch } from './record';

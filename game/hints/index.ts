/**
 * Bots' reasons and hints for players, in words: its own entry point (not game/bots), so a
 * client that plays bots loads these words only when it shows them (a lazily loaded chunk).
 */
export { explain, reasonLine, reasonsBetween, reasonsFrom } from '../bots/reasons';
export type { Reason } from '../bots/reasons';
export { suggest, SUGGESTIONS } from '../bots/suggest';
export type { Suggestion } from '../bots/suggest';

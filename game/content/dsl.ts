/**
 * Shorthands for writing effects in the content files. They only build
 * typed data (game/content/types.ts); nothing here runs at play time.
 */
import type { Domain, Partner, RegionId, Theater } from '../types';
import type { Condition, Effect, Flag, PowerRef } from './types';

export const track = (domain: Domain, delta = 1): Effect => ({ kind: 'track', domain, delta });
export const hostility = (toward: Partner | 'both', delta = 1): Effect => ({ kind: 'hostility', toward, delta });
export const focus = (on: Partner | 'none'): Effect => ({ kind: 'focus', on });
export const dependency = (delta = 1): Effect => ({ kind: 'dependency', delta });
export const standing = (delta = 1): Effect => ({ kind: 'standing', delta });
export const influence = (power: PowerRef, region: RegionId, delta = 1): Effect => ({ kind: 'influence', power, region, delta });
export const forces = (power: PowerRef, theater: Theater, delta = 1): Effect => ({ kind: 'forces', power, theater, delta });
export const tension = (theater: Theater | 'global', delta = 1): Effect => ({ kind: 'tension', theater, delta });
export const prestige = (power: PowerRef, delta = 1): Effect => ({ kind: 'prestige', power, delta });
export const chinaTech = (delta = 1): Effect => ({ kind: 'chinaTech', delta });
export const exportControls = (rounds = 2): Effect => ({ kind: 'exportControls', rounds });
export const setFlag = (flag: Flag): Effect => ({ kind: 'setFlag', flag });
export const when = (cond: Condition, then: readonly Effect[], otherwise?: readonly Effect[]): Effect =>
  otherwise ? { kind: 'if', cond, then, else: otherwise } : { kind: 'if', cond, then };

export const hostileToBoth: Condition = { kind: 'hostileToBoth' };
export const isResentful: Condition = { kind: 'resentful' };
export const atLeast = (level: 'quasi' | 'defacto' | 'dejure'): Condition => ({ kind: 'alignmentAtLeast', level });
export const below = (level: 'quasi' | 'defacto' | 'dejure'): Condition => ({ kind: 'alignmentBelow', level });
export const trackAtLeast = (domain: Domain, value: number): Condition => ({ kind: 'trackAtLeast', domain, value });
export const focusOn = (power: Partner | 'none'): Condition => ({ kind: 'focusOn', power });
export const notYet = (flag: Flag): Condition => ({ kind: 'notFlag', flag });
export const underControls: Condition = { kind: 'exportControls' };

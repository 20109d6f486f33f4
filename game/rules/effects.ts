/**
 * The interpreter of the content's effect language (game/content/types.ts).
 * Card and world-event texts are data; this is the only code that runs them.
 */
import { BOARD, concededTo, MAX_INFLUENCE } from '../board';
import { card } from '../content';
import type { CardId, Condition, Effect, PowerRef } from '../content/types';
import type { LogEntry, MatchState, RulesState } from '../state';
import type { Power, RegionId } from '../types';
import { isPartner, PARTNERS, partnerOf, POWER_NAMES } from '../types';
import { log } from './log';
import { clamp } from './clamp';
import { alignmentAtLeast, alignmentRank, alignment, drivenTogether, resentful, threatened } from './derived';
import { tuning } from './tuning';
import { addPrestige, signed } from './prestige';
import { changeGlobalTension, changeTheaterTension } from './tension';
import { scoreTechMilestones } from './tech';

/** How the log ends the line of a partner's prestige withheld for want of a threat (a forecast looks for it). */
const WITHHELD_REASON = ': with no US threat, cooperation earns it no prestige.';
/** A log line saying a partner scores nothing for cooperation, with no US threat (P16). */
export const isWithheldPay = (e: LogEntry): boolean => e.power !== null && e.text.endsWith(WITHHELD_REASON);

export const MAX_TRACK = 10;
export const MAX_HOSTILITY = 5;
export const MAX_METER = 10;
export const MAX_CHINA_TECH = 6;
export const MAX_FORCES = 8;
export const MAX_US_POOL = 12;

/** Whose event this is, and who answers for the tension it raises (null for world events). */
export interface EffectContext {
  readonly self: Power | null;
  readonly culprit: Power | null;
  /** The card or world event, as the prestige log names the cause ("“NATO summit”"). */
  readonly cause: string;
  /** Set by applyEffects when the effects raise a cooperation track: their prestige then pays a partner only under threat. */
  readonly cooperation?: boolean;
}

/** Whether effects raise a cooperation track (in any branch). */
const raisesTrack = (effects: readonly Effect[]): boolean =>
  effects.some((e) => (e.kind === 'track' && e.delta > 0) || (e.kind === 'if' && (raisesTrack(e.then) || raisesTrack(e.else ?? []))));

/**
 * Whether the US is locked out of a region: a durable accommodation accepts the
 * partner's sphere, its flashpoint aside (`concededTo`), for good (P16), so no op, card or event
 * adds US influence there.
 */
export const sphereClosedToUs = (s: Pick<RulesState, 'accommodated'>, region: RegionId): boolean => {
  const sphere = BOARD[region].sphere;
  return sphere !== null && s.accommodated[sphere] && concededTo(sphere).includes(region);
};

export function resolveRef(ref: PowerRef, self: Power | null): Power | null {
  if (ref === 'self') return self;
  if (ref === 'partner') return self && isPartner(self) ? partnerOf(self) : null;
  return ref;
}

export function holds(s: RulesState, c: Condition): boolean {
  switch (c.kind) {
    case 'alignmentAtLeast': return alignmentAtLeast(s, c.level);
    case 'alignmentBelow': return alignmentRank(alignment(s)) < alignmentRank(c.level);
    case 'trackAtLeast': return s.tracks[c.domain] >= c.value;
    case 'hostileToBoth': return drivenTogether(s);
    case 'resentful': return resentful(s);
    case 'focusOn': return c.power === 'none' ? s.focus === null : s.focus === c.power;
    case 'flag': return s.flags[c.flag] === true;
    case 'notFlag': return s.flags[c.flag] !== true;
    case 'exportControls': return s.exportControls > 0;
    case 'tensionAtLeast':
      return (c.theater === 'global' ? s.globalTension : s.theaterTension[c.theater]) >= c.value;
  }
}

/** Whether playing `id` for ops fires its owner's event now: a rival's card, its condition (if any) met. */
export function rivalEventFires(s: RulesState, id: CardId, power: Power): boolean {
  const c = card(id);
  return c.affinity !== 'neutral' && c.affinity !== power && (!c.requires || holds(s, c.requires));
}

/** Apply effects in order; stops early if the game ends (the Brink). */
export function applyEffects(s: MatchState, effects: readonly Effect[], ctx: EffectContext): void {
  const inner = ctx.cooperation === undefined ? { ...ctx, cooperation: raisesTrack(effects) } : ctx;
  for (const e of effects) {
    if (s.outcome) return;
    applyEffect(s, e, inner);
  }
}

function applyEffect(s: MatchState, e: Effect, ctx: EffectContext): void {
  switch (e.kind) {
    case 'track':
      s.tracks[e.domain] = clamp(0, MAX_TRACK, s.tracks[e.domain] + e.delta);
      return;
    case 'hostility':
      for (const p of e.toward === 'both' ? PARTNERS : [e.toward]) {
        s.hostility[p] = clamp(0, MAX_HOSTILITY, s.hostility[p] + e.delta);
      }
      return;
    case 'focus':
      s.focus = e.on === 'none' ? null : e.on;
      return;
    case 'dependency':
      s.dependency = clamp(0, MAX_METER, s.dependency + e.delta);
      return;
    case 'standing':
      s.standing = clamp(0, MAX_METER, s.standing + e.delta);
      return;
    case 'influence': {
      const p = resolveRef(e.power, ctx.self);
      if (!p) return;
      if (p === 'us' && e.delta > 0 && sphereClosedToUs(s, e.region)) {
        log(s, 'us', `The US has accepted ${POWER_NAMES[BOARD[e.region].sphere ?? 'russia']}'s sphere: no US influence returns to ${BOARD[e.region].name}.`, 'P16');
        return;
      }
      const row = s.influence[e.region];
      row[p] = clamp(0, MAX_INFLUENCE, row[p] + e.delta);
      return;
    }
    case 'forces': {
      const p = resolveRef(e.power, ctx.self);
      if (!p) return;
      if (p === 'us') s.usPool = clamp(0, MAX_US_POOL, s.usPool + e.delta);
      else s.forces[p][e.theater] = clamp(0, MAX_FORCES, s.forces[p][e.theater] + e.delta);
      return;
    }
    case 'tension':
      if (e.theater === 'global') changeGlobalTension(s, e.delta, e.delta > 0 ? ctx.culprit : null);
      else changeTheaterTension(s, e.theater, e.delta, ctx.culprit);
      return;
    case 'prestige': {
      const p = resolveRef(e.power, ctx.self);
      if (!p) return;
      // Cooperation pays a partner only against a threat (docs/design.md §8), by card as by proposal.
      if (ctx.cooperation && e.delta > 0 && isPartner(p) && tuning().cooperationNeedsThreat && !threatened(s, p)) {
        log(s, p, `${POWER_NAMES[p]} scores nothing for ${ctx.cause} (its ${signed(e.delta)})${WITHHELD_REASON}`, 'P16');
        return;
      }
      addPrestige(s, p, e.delta, 'events', ctx.cause);
      return;
    }
    case 'chinaTech':
      s.chinaTech = clamp(0, MAX_CHINA_TECH, s.chinaTech + e.delta);
      scoreTechMilestones(s);
      return;
    case 'exportControls':
      s.exportControls = Math.max(s.exportControls, e.rounds);
      return;
    case 'setFlag':
      s.flags[e.flag] = true;
      return;
    case 'if':
      applyEffects(s, holds(s, e.cond) ? e.then : (e.else ?? []), ctx);
      return;
  }
}

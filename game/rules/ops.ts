/**
 * What each operation does when a card is played for ops (docs/design.md §4, step 2).
 * A card worth BIG_PLAY ops or more buys the larger effect.
 */
import { BOARD, CHALLENGER, concededTo, MAX_INFLUENCE, regionsOf } from '../board';
import type { MatchState, ProposalKind } from '../state';
import type { Partner, Power, RegionId } from '../types';
import { DOMAIN_NAMES, DOMAINS, isPartner, partnerOf, POWER_NAMES, THEATER_PLACE } from '../types';
import type { Op } from './actions';
import { clamp } from './clamp';
import { alignment, alignmentNews, drivenTogether, regionController, resentful } from './derived';
import { MAX_CHINA_TECH, MAX_FORCES, MAX_HOSTILITY, MAX_METER, MAX_US_POOL } from './effects';
import { log } from './log';
import { addPrestige } from './prestige';
import { scoreTechMilestones } from './tech';
import { changeTheaterTension } from './tension';
import { DEFAULT_TUNING, tuning } from './tuning';

export const BIG_PLAY = 3;
/** Hostility cut by a durable accommodation (P16): the default; the rules read the tuning table. */
export const ACCOMMODATION_CUT = DEFAULT_TUNING.accommodationCut;
export const ACCOMMODATION_PRESTIGE = DEFAULT_TUNING.accommodationPrestige;

/** From this Economic cooperation on, trade in national currencies blunts sanctions by 1 prestige (P8). */
export const SANCTIONS_BLUNTED_AT = 6;
/** The rules' words for it, in the sanction's log line (a forecast looks for them). */
export const BLUNTED = 'blunted by de-dollarised trade';

const big = (ops: number): number => (ops >= BIG_PLAY ? 1 : 0);

export function applyOp(s: MatchState, power: Power, ops: number, op: Op): void {
  switch (op.kind) {
    case 'propose':
    case 'bargain':
    case 'treaty': {
      if (!isPartner(power)) return;
      const to = partnerOf(power);
      const kind = op.kind === 'propose' ? { kind: 'step' as const, domain: op.domain } : { kind: op.kind };
      const turn = s.step.kind === 'play' ? s.step.turn : 1;
      s.step = { kind: 'respond', turn, proposal: { ...kind, from: power, to, ops } };
      log(s, power, `${POWER_NAMES[power]} proposes ${proposalPhrase(kind)} to ${POWER_NAMES[to]}.`, op.kind === 'treaty' ? 'P12' : op.kind === 'bargain' ? 'P11' : 'P6');
      return;
    }
    case 'sanction': {
      s.hostility[op.target] = clamp(0, MAX_HOSTILITY, s.hostility[op.target] + 1);
      // De-dollarisation blunts sanctions (P8).
      const blunted = s.tracks.economic >= SANCTIONS_BLUNTED_AT ? 1 : 0;
      const loss = Math.max(0, 1 + big(ops) - blunted);
      log(s, 'us', `The US sanctions ${POWER_NAMES[op.target]}${blunted ? `, ${BLUNTED}` : ''}.`, 'P8');
      addPrestige(s, op.target, -loss, 'pressure', `US sanctions${blunted ? ` (${BLUNTED})` : ''}`, 'P8');
      return;
    }
    case 'research': {
      const gain = Math.max(0, 1 + big(ops) - (s.exportControls > 0 ? 1 : 0));
      s.chinaTech = clamp(0, MAX_CHINA_TECH, s.chinaTech + gain);
      log(s, 'china', gain > 0 ? `China invests in its own research: technology +${gain}.` : 'Western export controls stall China’s research.', 'P9');
      scoreTechMilestones(s);
      return;
    }
    case 'exportControls':
      s.exportControls = 2;
      s.hostility.china = clamp(0, MAX_HOSTILITY, s.hostility.china + 1);
      log(s, 'us', 'The US imposes export controls on China for two rounds: China’s research stalls, but joint Sino-Russian tech projects get easier.', 'P9');
      return;
    case 'influence': {
      const region = BOARD[op.region];
      const held = regionController(s, op.region);
      const amount = held && held !== power ? Math.max(1, ops - 1) : ops;
      const row = s.influence[op.region];
      const before = row[power];
      row[power] = Math.min(MAX_INFLUENCE, before + amount);
      // Say what was placed, not what was bought: the cap may clip it.
      const placed = row[power] - before;
      const why = [
        amount < ops ? `1 less than the card's ${ops}: ${POWER_NAMES[held as Power]} controls it` : '',
        placed < amount ? `${MAX_INFLUENCE} is the most a power may hold there` : '',
      ].filter(Boolean).join('; ');
      log(s, power, `${POWER_NAMES[power]} places ${placed} influence in ${region.name}${why ? ` (${why})` : ''}.${controlNews(s, [[op.region, held]])}`, region.cite);
      if (region.flashpoint) changeTheaterTension(s, region.theater, 1, power);
      return;
    }
    case 'pressure': {
      const focused = s.focus === op.target;
      s.hostility[op.target] = clamp(0, MAX_HOSTILITY, s.hostility[op.target] + 1 + (focused ? 1 : 0));
      log(s, 'us', `The US pressures ${POWER_NAMES[op.target]}${focused ? ' with the full weight of its focus' : ''}.`, 'P5');
      addPrestige(s, op.target, -1, 'pressure', 'US pressure', 'P5');
      changeTheaterTension(s, targetTheater(op.target), 1, 'us');
      return;
    }
    case 'focus':
      s.focus = op.target === 'none' ? null : op.target;
      log(s, 'us', s.focus ? `The Eye of Sauron turns to ${POWER_NAMES[s.focus]}.` : 'The US lifts its focus from both.', 'P5');
      return;
    case 'wedge':
      applyWedge(s, ops);
      return;
    case 'accommodate': {
      const t = op.target;
      const { accommodationCut, accommodationPrestige } = tuning();
      s.hostility[t] = Math.max(0, s.hostility[t] - accommodationCut);
      s.accommodated[t] = true;
      for (const r of concededTo(t)) s.influence[r].us = 0;
      log(s, 'us', `The US reaches a durable accommodation with ${POWER_NAMES[t]}: hostility −${accommodationCut}, and the US withdraws from ${POWER_NAMES[t]}'s sphere (${concededTo(t).map((r) => BOARD[r].name).join(', ')}).`, 'P16', true);
      addPrestige(s, 'us', accommodationPrestige, 'accommodation', `durable accommodation with ${POWER_NAMES[t]}`, 'P16');
      const accommodated = tuning().accommodatedPrestige;
      if (accommodated) addPrestige(s, t, accommodated, 'accommodation', 'a durable accommodation with the US: treated as a great power, not a defeated adversary', 'P2');
      return;
    }
    case 'diplomacy': {
      const gain = 1 + big(ops);
      s.standing = clamp(0, MAX_METER, s.standing + gain);
      log(s, 'russia', `Russian great-power diplomacy: Standing +${gain}.`, 'P14');
      return;
    }
    case 'deploy': {
      const gain = 1 + big(ops);
      if (power === 'us') s.usPool = Math.min(MAX_US_POOL, s.usPool + gain);
      else if (isPartner(power)) s.forces[power][op.theater] = Math.min(MAX_FORCES, s.forces[power][op.theater] + gain);
      log(s, power, `${POWER_NAMES[power]} deploys ${gain} force${gain > 1 ? 's' : ''} ${power === 'us' ? 'to its global pool, posturing in' : 'to'} ${THEATER_PLACE[op.theater]}.`, 'P13');
      changeTheaterTension(s, op.theater, 1, power);
      return;
    }
    case 'rally': {
      const allies = regionsOf(op.theater).filter((r) => s.influence[r].us > 0 && s.influence[r].us < MAX_INFLUENCE);
      const chosen = allies.slice(0, ops);
      const held = chosen.map((r) => [r, regionController(s, r)] as const);
      for (const r of chosen) s.influence[r].us += 1;
      const where = chosen.length ? ` (${chosen.map((r) => BOARD[r].name).join(', ')})` : '';
      log(s, 'us', `The US rallies its allies in ${THEATER_PLACE[op.theater]}: +1 influence in ${chosen.length} region${chosen.length === 1 ? '' : 's'}${where}.${controlNews(s, held)}`, 'P13');
      return;
    }
  }
}

/** " The United States now controls Korea.": the regions among `before` that changed hands, said after the move's own sentence. */
function controlNews(s: MatchState, before: readonly (readonly [RegionId, Power | null])[]): string {
  return before.map(([r, was]) => {
    const now = regionController(s, r);
    if (now === was) return '';
    return now ? ` ${POWER_NAMES[now]} now controls ${BOARD[r].name}.` : ` ${POWER_NAMES[was as Power]} no longer controls ${BOARD[r].name}.`;
  }).join('');
}

/** "an Economic cooperation step", "the spheres-of-influence bargain", … */
export function proposalPhrase(p: ProposalKind): string {
  if (p.kind === 'step') return `${p.domain === 'economic' ? 'an' : 'a'} ${DOMAIN_NAMES[p.domain]} cooperation step`;
  return p.kind === 'bargain' ? 'the spheres-of-influence bargain' : 'a mutual-defence treaty';
}

const targetTheater = (p: Partner) => (CHALLENGER.pacific === p ? 'pacific' : 'europe');

/** Whether "foster distrust" cannot work now: a content Russia, and the pair driven together (P16). */
export const wedgeFails = (s: Pick<MatchState, 'hostility' | 'focus' | 'exportControls' | 'dependency' | 'standing'>): boolean => !resentful(s) && drivenTogether(s);

/**
 * "Foster distrust" (P16): it works only on a resentful Russia or when the
 * pair is not being driven together; otherwise it fails, as the article expects.
 */
function applyWedge(s: MatchState, ops: number): void {
  if (wedgeFails(s)) {
    log(s, 'us', 'The US tries to foster distrust, but Moscow and Beijing, driven together by US hostility, shrug it off.', 'P16', true);
    return;
  }
  const highest = [...DOMAINS].sort((a, b) => s.tracks[b] - s.tracks[a])[0] ?? 'economic';
  const cut = 1 + big(ops);
  const was = alignment(s);
  s.tracks[highest] = Math.max(0, s.tracks[highest] - cut);
  s.dependency = clamp(0, MAX_METER, s.dependency + 1);
  log(s, 'us', `The US fosters distrust between Moscow and Beijing: ${DOMAIN_NAMES[highest]} cooperation −${cut}, Russia's Dependency +1.${alignmentNews(was, alignment(s))}`, 'P16', true);
  if (tuning().wedgePrestige) addPrestige(s, 'us', tuning().wedgePrestige, 'distrust', 'distrust fostered between Moscow and Beijing', 'P16');
}

/** Proposal accepted: the track rises and the proposer gains prestige (the default; the rules read the tuning table). */
export const COOPERATION_PRESTIGE = DEFAULT_TUNING.cooperationPrestige;
export const MAX_STEP = DEFAULT_TUNING.maxStep;

export function stepGain(s: Pick<MatchState, 'hostility' | 'exportControls' | 'focus'>, domain: string, ops: number): number {
  const t = tuning();
  const techBonus = domain === 'technological' && s.exportControls > 0 ? 1 : 0;
  const drive = drivenTogether(s) ? t.drivenStepBonus : 0;
  return Math.min(t.maxStep, 1 + big(ops) + techBonus + drive);
}


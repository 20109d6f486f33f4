/**
 * The round after the action turns: crises, then upkeep, then the next
 * round's world event (docs/design.md §4, steps 3–4 and 1).
 */
import { BOARD, CHALLENGER, FLASHPOINT, MAX_INFLUENCE } from '../board';
import type { CrisisSide, MatchState } from '../state';
import type { Partner, Power, Theater } from '../types';
import { DOMAIN_NAMES, DOMAINS, PARTNERS, partnerOf, POWER_NAMES, POWERS, REGIONS, THEATER_NAMES, THEATER_PLACE, THEATERS, ALIGNMENT_NAMES } from '../types';
import { clamp } from './clamp';
import { append } from './copy';
import { alignment, alignmentAtLeast, alignmentRank, contested, drivenTogether, partnerSupports, regionController, resentful, threatened } from './derived';
import { drawWorldEvent, refillHands } from './deck';
import { MAX_HOSTILITY, MAX_TRACK } from './effects';
import { log, logMove, logUpkeep } from './log';
import { roundRecord } from './record';
import { decideOutcome } from './outcome';
import { addPrestige } from './prestige';
import type { Rng } from './rng';
import { changeGlobalTension, changeTheaterTension, CRISIS_THRESHOLD, globalTensionAfter } from './tension';
import { alliancePays } from './threat-pay';
import { DEFAULT_TUNING, tuning } from './tuning';

export const TURNS_PER_ROUND = 3;
/** Turn order within each of the three action turns of a round (odd rounds). */
export const TURN_ORDER: readonly Power[] = ['us', 'china', 'russia'];
/**
 * The US always opens; China and Russia take turns to act last, the seat that sees every other
 * move before upkeep scores (with Russia always last it won up to half the games, docs/balance.md).
 */
export const turnOrder = (round: number): readonly Power[] => (round % 2 === 1 ? TURN_ORDER : EVEN_ROUNDS);
const EVEN_ROUNDS: readonly Power[] = ['us', 'russia', 'china'];
/** Defaults; the rules read the tuning table (tuning.ts). */
export const CRISIS_WIN_PRESTIGE = DEFAULT_TUNING.crisisWinPrestige;
export const CRISIS_LOSS_PRESTIGE = DEFAULT_TUNING.crisisLossPrestige;
/** A flashpoint won in a crisis swings this much influence. */
export const CRISIS_INFLUENCE_SWING = 2;
export const TENSION_AFTER_CRISIS = 1;

/** After a play (and its answer): the next power's turn, or the end of the round. */
export function advance(s: MatchState, rng: Rng): void {
  if (s.outcome) return;
  const cur = s.step;
  const turn = cur.kind === 'play' || cur.kind === 'respond' ? cur.turn : 1;
  const order = turnOrder(s.round);
  const who = cur.kind === 'play' ? cur.power : cur.kind === 'respond' ? cur.proposal.from : (order[order.length - 1] as Power);
  const i = order.indexOf(who);
  if (i < order.length - 1) {
    s.step = { kind: 'play', power: order[i + 1] as Power, turn };
  } else if (turn < TURNS_PER_ROUND) {
    s.step = { kind: 'play', power: order[0] as Power, turn: turn + 1 };
  } else {
    endActions(s, rng);
  }
}

export const eruptingTheaters = (s: Pick<MatchState, 'theaterTension'>): Theater[] =>
  THEATERS.filter((t) => s.theaterTension[t] >= CRISIS_THRESHOLD);

/** Step 3: crises. Two at once wait for the US to split its pool (P13). */
function endActions(s: MatchState, rng: Rng): void {
  const erupting = eruptingTheaters(s);
  if (erupting.length === 2) {
    s.step = { kind: 'split' };
    log(s, null, 'Crises erupt in both theaters at once: the US must split its forces between the Pacific and Europe.', 'P13', true);
    return;
  }
  for (const t of erupting) resolveCrisis(s, t, s.usPool, false);
  finishRound(s, rng, erupting.length > 0);
}

/** The US has chosen how to split its pool in a two-front crisis. */
export function resolveSplit(s: MatchState, pacific: number, rng: Rng): void {
  const europe = s.usPool - pacific;
  logMove(s, 'us', `The US sends ${pacific} forces to the Pacific and ${europe} to Europe.`, 'P13');
  resolveCrisis(s, 'pacific', pacific, true);
  if (!s.outcome) resolveCrisis(s, 'europe', europe, true);
  finishRound(s, rng, true);
}

type CrisisState = Pick<MatchState, 'influence' | 'forces' | 'tracks' | 'treaty'>;

/** Crisis strength, part by part: forces in the theater + influence at the flashpoint + partner support from De facto up. */
export function crisisStrength(s: CrisisState, theater: Theater, usForces: number): Record<'us' | 'challenger', CrisisSide> {
  const fp = FLASHPOINT[theater];
  const challenger = CHALLENGER[theater];
  return {
    us: { forces: usForces, influence: s.influence[fp].us, support: 0 },
    challenger: { forces: s.forces[challenger][theater], influence: s.influence[fp][challenger], support: partnerSupports(s) ? s.forces[partnerOf(challenger)][theater] : 0 },
  };
}

const total = (x: CrisisSide): number => x.forces + x.influence + x.support;

/** A crisis the round's end will bring if its theater's tension stays where it is. */
export interface CrisisAhead {
  readonly theater: Theater;
  readonly challenger: Partner;
  /** Each side's strength as things stand; on two fronts the US has its whole pool to split. */
  readonly us: number;
  readonly challengerStrength: number;
  /** Who pushed the theater over the threshold: charged with the crisis and with global tension's rise. */
  readonly startedBy: Power | null;
  readonly twoFront: boolean;
  /** Global tension before and after this crisis (crises resolve in this order; at the Brink its starter loses). */
  readonly tension: readonly [number, number];
}

/** The crises due at the round's end, as the board stands now (a player sees them coming). */
export function crisesAhead(s: CrisisState & Pick<MatchState, 'theaterTension' | 'crisisTrigger' | 'usPool' | 'globalTension'>): CrisisAhead[] {
  const erupting = eruptingTheaters(s);
  let g = s.globalTension;
  return erupting.map((theater) => {
    const parts = crisisStrength(s, theater, s.usPool);
    const startedBy = s.crisisTrigger[theater];
    const before = g;
    g = globalTensionAfter(g, 1, startedBy);
    return { theater, challenger: CHALLENGER[theater], us: total(parts.us), challengerStrength: total(parts.challenger), startedBy, twoFront: erupting.length === 2, tension: [before, g] };
  });
}

function resolveCrisis(s: MatchState, theater: Theater, usForces: number, twoFront: boolean): void {
  if (s.outcome) return;
  const fp = FLASHPOINT[theater];
  const challenger = CHALLENGER[theater];
  const startedBy = s.crisisTrigger[theater];
  const parts = crisisStrength(s, theater, usForces);
  const str = { us: total(parts.us), challenger: total(parts.challenger) };
  const winner: Power | null = str.us > str.challenger ? 'us' : str.challenger > str.us ? challenger : null;
  const where = `${THEATER_NAMES[theater]} crisis at ${BOARD[fp].name}`;
  // What the crisis does to global tension (changeGlobalTension below), said in its line.
  const g0 = s.globalTension;
  const g1 = globalTensionAfter(g0, 1, startedBy);
  const global = `; global tension ${g0}→${g1}${startedBy ? `, charged to ${POWER_NAMES[startedBy]}` : ''}`;
  if (winner) {
    const loser: Power = winner === 'us' ? challenger : 'us';
    const row = s.influence[fp];
    row[winner] = Math.min(MAX_INFLUENCE, row[winner] + CRISIS_INFLUENCE_SWING);
    row[loser] = Math.max(0, row[loser] - CRISIS_INFLUENCE_SWING);
    log(s, winner, `${where}: ${POWER_NAMES[winner]} prevails ${Math.max(str.us, str.challenger)} to ${Math.min(str.us, str.challenger)}${global}.`, 'P13', true);
    addPrestige(s, winner, tuning().crisisWinPrestige, 'crises', `prevails in the crisis in ${THEATER_PLACE[theater]}`, 'P13');
    // Friendly neutrality (P10): a partner that pushed the other's theater into crisis answers for its loss.
    const answers: Power = loser !== 'us' && startedBy && startedBy !== 'us' ? startedBy : loser;
    addPrestige(s, answers, -tuning().crisisLossPrestige, 'crises', answers === loser
      ? `loses the crisis in ${THEATER_PLACE[theater]}`
      : `pushed ${THEATER_PLACE[theater]} into the crisis ${POWER_NAMES[loser]} lost`, answers === loser ? 'P13' : 'P10');
  } else {
    log(s, null, `${where}: a standoff, ${str.us} to ${str.challenger}${global}.`, 'P13', true);
  }
  // Forces are worn down on both sides.
  s.usPool = Math.max(0, s.usPool - tuning().usCrisisWear);
  s.forces[challenger][theater] = Math.max(0, s.forces[challenger][theater] - tuning().challengerCrisisWear);
  append(s, 'crises', { round: s.round, theater, startedBy, winner, twoFront, strength: parts });
  // A crisis fought is a threat felt (P13): the US's hostility toward the challenger rises.
  const crisisHostility = tuning().crisisHostility;
  if (crisisHostility) s.hostility[challenger] = clamp(0, MAX_HOSTILITY, s.hostility[challenger] + crisisHostility);
  if (startedBy) s.crisesStarted[startedBy] += 1;
  changeTheaterTension(s, theater, TENSION_AFTER_CRISIS - s.theaterTension[theater], null);
  changeGlobalTension(s, 1, startedBy);
}

/** Step 4: upkeep, scoring, then the next round (or the end). */
function finishRound(s: MatchState, rng: Rng, hadCrisis: boolean): void {
  if (s.outcome) return;
  const exportControls = s.exportControls > 0;
  upkeep(s, hadCrisis);
  append(s, 'history', roundRecord(s, exportControls));
  if (s.round >= s.lastRound) {
    s.outcome = decideOutcome(s);
    s.step = { kind: 'over' };
    logUpkeep(s, s.outcome.winner, `The game ends after round ${s.round}: ${POWER_NAMES[s.outcome.winner]} wins.`, 'P16', true);
    return;
  }
  s.round += 1;
  s.currentEvent = null;
  refillHands(s, rng);
  s.step = { kind: 'play', power: turnOrder(s.round)[0] as Power, turn: 1 };
  drawWorldEvent(s, rng);
}

function upkeep(s: MatchState, hadCrisis: boolean): void {
  const t = tuning();
  // "Driven together": US hostility to both pushes the weakest link up (P16).
  if (drivenTogether(s) && t.drivenDrift) {
    const lowest = [...DOMAINS].sort((a, b) => s.tracks[a] - s.tracks[b])[0] ?? 'technological';
    s.tracks[lowest] = clamp(0, MAX_TRACK, s.tracks[lowest] + t.drivenDrift);
    logUpkeep(s, null, `Driven together by US hostility to both, Moscow and Beijing deepen ${DOMAIN_NAMES[lowest]} cooperation (+${t.drivenDrift}).`, 'P16');
  }
  // A partner that feels no threat needs the other less: its highest track slips (P4, P16).
  if (t.calmDecay) {
    for (const p of PARTNERS) {
      if (threatened(s, p)) continue;
      const highest = [...DOMAINS].sort((a, b) => s.tracks[b] - s.tracks[a])[0] ?? 'economic';
      s.tracks[highest] = clamp(0, MAX_TRACK, s.tracks[highest] - t.calmDecay);
      logUpkeep(s, p, `Feeling no US threat, ${POWER_NAMES[p]} lets ${DOMAIN_NAMES[highest]} cooperation slip (−${t.calmDecay}).`, p === 'china' ? 'P4' : 'P16', true);
    }
  }
  // Junior-partner fear (P14).
  if (resentful(s)) {
    const highest = [...DOMAINS].sort((a, b) => s.tracks[b] - s.tracks[a])[0] ?? 'economic';
    s.tracks[highest] = Math.max(0, s.tracks[highest] - 1);
    logUpkeep(s, 'russia', `Russia resents its dependency (${s.dependency} over Standing ${s.standing}): ${DOMAIN_NAMES[highest]} cooperation decays by 1.`, 'P14', true);
    // Not the article's claim: P14 reports the objection that Russia would be a dependent, resentful
    // partner, and rejects it. Off by default (`leveragePrestige` 0); the tuning table can turn it on
    // so that the objection can be tested.
    addPrestige(s, 'china', t.leveragePrestige, 'leverage', 'leverage over a dependent Russia (the objection P14 rejects)', 'P14');
  } else if (earnsStanding(s)) {
    addPrestige(s, 'russia', t.standingPrestige, 'standing', t.standingMargin ? `Standing ${s.standing}, at least ${t.standingMargin} above its Dependency ${s.dependency}` : `Standing ${s.standing}, not below its Dependency ${s.dependency}`, 'P14');
  }
  scoreAlignment(s);
  scoreRegions(s);
  const before = { theater: { ...s.theaterTension }, global: s.globalTension, controls: s.exportControls, hostility: { ...s.hostility } };
  // A contested flashpoint keeps a theater on edge; otherwise calm returns.
  const onEdge = (t: Theater): boolean => contested(s, FLASHPOINT[t]);
  for (const t of THEATERS) changeTheaterTension(s, t, onEdge(t) ? 1 : -1, null);
  if (!hadCrisis) changeGlobalTension(s, -1, null);
  if (s.exportControls > 0) s.exportControls -= 1;
  // A threat fades unless the US renews it (P16): hostility eases at every round's end.
  if (t.hostilityEase) for (const p of PARTNERS) s.hostility[p] = Math.max(0, s.hostility[p] - t.hostilityEase);
  // Said in one line, so that a number that moves between two turns is never unexplained.
  const parts: string[] = [];
  const eased = PARTNERS.filter((p) => s.hostility[p] !== before.hostility[p]).map((p) => `toward ${POWER_NAMES[p]} ${before.hostility[p]}→${s.hostility[p]}`);
  if (eased.length) parts.push(`US hostility eases unless renewed (${eased.join(', ')})`);
  for (const th of THEATERS) {
    if (s.theaterTension[th] === before.theater[th]) continue;
    parts.push(`${THEATER_NAMES[th]} tension ${before.theater[th]}→${s.theaterTension[th]} (${onEdge(th) ? `${BOARD[FLASHPOINT[th]].name} is contested` : 'calm returns'})`);
  }
  if (s.globalTension !== before.global) parts.push(`global tension ${before.global}→${s.globalTension} (no crisis this round)`);
  if (before.controls > 0) parts.push(s.exportControls > 0 ? `export controls: ${s.exportControls} more round${s.exportControls === 1 ? '' : 's'}` : 'export controls lapse');
  if (parts.length) logUpkeep(s, null, `As the round ends: ${parts.join('; ')}.`, eased.length ? 'P16' : undefined);
}

/** How far Standing must exceed Dependency for Russia's great-power prestige (the default; tuned by self-play). */
export const STANDING_MARGIN = DEFAULT_TUNING.standingMargin;
/** Whether Russia's Standing is far enough above its Dependency to score this round (P14). */
export const earnsStanding = (s: Pick<MatchState, 'standing' | 'dependency'>): boolean => s.standing >= s.dependency + tuning().standingMargin;
/** China's prestige each round Russia's Dependency exceeds its Standing (the default; tuned by self-play). */
export const LEVERAGE_PRESTIGE = DEFAULT_TUNING.leveragePrestige;
/**
 * The partners' prestige each round from De facto alliance up (P15). The treaty adds no more
 * a round: its worth is the +3 at signing and the US's lost point. At 2 a round for De jure,
 * two Hard partners signed in most games and the Hard US won 17 % of 2014 (docs/balance.md).
 */
export const ALLIANCE_PRESTIGE = DEFAULT_TUNING.alliancePrestige;
/** Russia's prestige each round its Standing is far enough above its Dependency. */
export const STANDING_PRESTIGE = DEFAULT_TUNING.standingPrestige;
/** The US's prestige each round the treaty is unsigned (P12). */
export const NO_TREATY_PRESTIGE = DEFAULT_TUNING.noTreatyPrestige;
/** Whether the US scores for "no treaty" at an alignment rank: unsigned, and on a rung the table counts (noTreatyFrom). */
export const scoresNoTreaty = (rank: number): boolean => rank < alignmentRank('dejure') && rank >= tuning().noTreatyFrom;

function scoreAlignment(s: MatchState): void {
  const level = alignment(s);
  const t = tuning();
  if (alignmentAtLeast(s, 'defacto')) {
    // The alliance is worth what it protects against (P5): with allianceNeedsThreat, only a threatened partner scores it.
    for (const p of PARTNERS) {
      if (alliancePays(s, p)) addPrestige(s, p, t.alliancePrestige, 'alignment', t.allianceNeedsThreat ? `an alliance against the US threat (${ALIGNMENT_NAMES[level]})` : `an alliance of equals (${ALIGNMENT_NAMES[level]})`, t.allianceNeedsThreat ? 'P5' : 'P15');
    }
  }
  // A partner the US leaves be keeps relations with Washington "manageable" (P4), and gains by it.
  if (t.calmPrestige) {
    for (const p of PARTNERS) if (!threatened(s, p)) addPrestige(s, p, t.calmPrestige, 'calm', 'no US threat: relations with Washington stay manageable', 'P4');
  }
  // No treaty, no true alliance (P12): the US scores each round without one.
  if (scoresNoTreaty(alignmentRank(level))) addPrestige(s, 'us', t.noTreatyPrestige, 'alignment', 'no treaty binds Moscow and Beijing', 'P12');
  // The balance-of-power law cuts both ways: a US that is not hostile to both keeps them apart (P16).
  if (!drivenTogether(s)) addPrestige(s, 'us', t.apartPrestige, 'alignment', 'not hostile to both, the US keeps them apart', 'P16');
}

/** Regions score for those who value them: the US anywhere, China in the Pacific, Russia in Europe; a core claim more to its owner (the board's claimWorth: Taiwan). */
export function regionScore(p: Power, region: (typeof REGIONS)[number]): number {
  const r = BOARD[region];
  const counts = p === 'us' || (p === 'china' && r.theater === 'pacific') || (p === 'russia' && r.theater === 'europe');
  if (!counts) return 0;
  return r.sphere === p ? (r.claimWorth ?? 1) : 1;
}

function scoreRegions(s: MatchState): void {
  const gained: Record<Power, number> = { us: 0, china: 0, russia: 0 };
  const held: Record<Power, string[]> = { us: [], china: [], russia: [] };
  for (const r of REGIONS) {
    const c = regionController(s, r);
    if (!c) continue;
    const points = regionScore(c, r);
    gained[c] += points;
    if (points) held[c].push(`${BOARD[r].name} +${points}`);
  }
  for (const p of POWERS) addPrestige(s, p, gained[p], 'regions', `regions held (${held[p].join(', ')})`);
}

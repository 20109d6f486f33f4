/**
 * `forecast`: what an action will do, before it is played. It plays the action
 * with the real rules on copies of what the acting seat can see (never another
 * hand or a pile), once per answer to a proposal and once per world event a
 * round's end could draw, and compares: a change that comes out the same every
 * way is certain; one that differs only between the answers depends on the
 * partner; anything else depends on the draw.
 */
import { BOARD, concededTo } from '../board';
import { card, CARDS } from '../content';
import type { CardId } from '../content';
import type { Action } from '../rules/actions';
import { OP_LABEL, whyNot } from '../rules/actions';
import { firesFor } from '../rules/apply';
import { isWithheldPay } from '../rules/effects';
import { applyOp, BLUNTED, SANCTIONS_BLUNTED_AT, wedgeFails } from '../rules/ops';
import { crisesAhead } from '../rules/round';
import { BRINK } from '../rules/tension';
import { workingCopy } from '../rules/copy';
import type { MatchState, MatchView } from '../state';
import type { Power, Theater } from '../types';
import { POWER_NAMES, PRESTIGE_SOURCES, THEATER_NAMES, THEATERS } from '../types';
import { num } from './describe';
import type { Outcome } from './outcomes';
import { guessFor, outcomes } from './outcomes';
import { QUANTITIES, snapshot } from './quantities';
import type { Certainty, Change, CrisisForecast, Forecast, PrestigeShare, Quantity, Value, Warning } from './types';

/** Whether every value is the same. */
const same = (xs: readonly Value[]): boolean => xs.every((x) => x === xs[0]);

/** The distinct values of quantity `i` over every final state, numbers ascending (a plain loop: this runs per change). */
function distinctAt(finals: readonly (readonly Value[][])[], i: number): Value[] {
  const out: Value[] = [];
  for (const group of finals) for (const snap of group) {
    const v = snap[i] as Value;
    if (!out.includes(v)) out.push(v);
  }
  return out.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : 0));
}

/** How sure a value read from every final state is, given the outcomes it came from. */
function certaintyOf(all: readonly Outcome[], value: (s: MatchState) => Value): Certainty {
  const perAnswer = all.map((o) => o.finals.map(value));
  if (!perAnswer.every(same)) return 'chance';
  return same(perAnswer.map((vs) => vs[0] ?? null)) ? 'certain' : 'answer';
}

/** The same, over snapshots: `finals[a][k]` is quantity `i` in answer `a`'s k-th final state. */
function certaintyAt(finals: readonly (readonly Value[][])[], i: number): Certainty {
  let first: Value | undefined;
  let acrossAnswers = false;
  for (const group of finals) {
    const v0 = (group[0] as Value[])[i] as Value;
    for (const snap of group) if (snap[i] !== v0) return 'chance';
    if (first === undefined) first = v0;
    else if (v0 !== first) acrossAnswers = true;
  }
  return acrossAnswers ? 'answer' : 'certain';
}

function changesOf(guess: MatchState, all: readonly Outcome[]): Change[] {
  const before = snapshot(guess);
  const settled = all.map((o) => snapshot(o.settled));
  const finals = all.map((o) => (o.finals.length === 1 && o.finals[0] === o.settled ? [settled[all.indexOf(o)] as Value[]] : o.finals.map(snapshot)));
  const accepted = settled[0] as Value[];
  const declinedAt = all.findIndex((o) => o.answer === false);
  const out: Change[] = [];
  for (let i = 0; i < QUANTITIES.length; i++) {
    const b = before[i] as Value;
    let moved = false;
    for (const snap of settled) if (snap[i] !== b) moved = true;
    for (const group of finals) for (const snap of group) if (snap[i] !== b) moved = true;
    if (!moved) continue;
    const certainty = certaintyAt(finals, i);
    const after = certainty === 'chance' ? (accepted[i] as Value) : ((finals[0] as Value[][])[0] as Value[])[i] as Value;
    // Declining may leave a different value, before a draw as well as after it.
    const declinedFinal = declinedAt < 0 ? undefined : ((finals[declinedAt] as Value[][])[0] as Value[])[i];
    const declinedSettled = declinedAt < 0 ? undefined : (settled[declinedAt] as Value[])[i];
    const ifDeclined = certainty === 'answer' ? declinedFinal
      : certainty === 'chance' && declinedSettled !== undefined && declinedSettled !== after ? declinedSettled
      : undefined;
    out.push({
      quantity: QUANTITIES[i] as Quantity,
      before: b,
      after,
      certainty,
      ...(ifDeclined !== undefined ? { ifDeclined } : {}),
      ...(certainty === 'chance' ? { possible: distinctAt(finals, i) } : {}),
    });
  }
  return out;
}

const crisisKey = (c: { theater: Theater; startedBy: Power | null; winner: Power | null }) => `${c.theater}:${c.startedBy}:${c.winner}`;

function crisesOf(all: readonly Outcome[]): CrisisForecast[] {
  // Crises resolve before any draw: they can differ only with the answer.
  const seen = new Map<string, CrisisForecast & { count: number }>();
  for (const o of all) {
    for (const c of o.settled.crises) {
      const key = crisisKey(c);
      const hit = seen.get(key);
      seen.set(key, { theater: c.theater, startedBy: c.startedBy, winner: c.winner, certainty: 'certain', count: (hit?.count ?? 0) + 1 });
    }
  }
  return [...seen.values()].map(({ count, ...c }) => ({ ...c, certainty: count === all.length ? 'certain' : 'answer' }));
}

function rivalEventOf(power: Power, action: Action, settled: MatchState): Forecast['rivalEvent'] {
  if (action.kind !== 'ops') return null;
  const c = card(action.card);
  if (c.affinity === 'neutral' || c.affinity === power) return null;
  // The rules fire it only if its condition still holds after the op: read their log, not a second guess.
  const line = firesFor(c.title, c.affinity);
  const fired = settled.log.some((e) => e.power === c.affinity && e.text.startsWith(line));
  return fired ? { power: c.affinity, title: c.title } : null;
}

function endsOf(all: readonly Outcome[]): Forecast['ends'] {
  const finals = all.flatMap((o) => o.finals);
  if (!finals.some((s) => s.outcome)) return null;
  const winners = finals.map((s) => s.outcome?.winner ?? null);
  const certainty = certaintyOf(all, (s) => s.outcome?.winner ?? null);
  return { winner: same(winners) ? (winners[0] ?? null) : null, certainty };
}

/** The cards that do more while export controls are in force, from their own effects. */
const CONTROLS_CARDS: readonly CardId[] = CARDS.filter((c) => c.effects.some((e) => e.kind === 'if' && e.cond.kind === 'exportControls')).map((c) => c.id);

function sphereNames(partner: 'china' | 'russia'): string {
  return concededTo(partner).map((r) => BOARD[r].name).join(', ');
}

/** The partner's sphere regions an accommodation does not concede (its flashpoint). */
function keptNames(partner: 'china' | 'russia'): string {
  const conceded = concededTo(partner);
  return Object.values(BOARD).filter((r) => r.sphere === partner && !conceded.includes(r.id)).map((r) => r.name).join(', ');
}

/** The crisis that, as things stand, takes global tension to the Brink at the round's end, and who is charged with it. */
function brinkAhead(s: MatchState): { theater: Theater; loser: Power; tension: readonly [number, number] } | null {
  for (const c of crisesAhead(s)) if (c.startedBy && c.tension[1] >= BRINK) return { theater: c.theater, loser: c.startedBy, tension: c.tension };
  return null;
}

function warningsOf(guess: MatchState, power: Power, action: Action, all: readonly Outcome[], changes: readonly Change[], endsRound: boolean): Warning[] {
  const out: Warning[] = [];
  if (action.kind === 'ops' && action.op.kind === 'wedge' && wedgeFails(guess)) {
    out.push({ kind: 'fails', text: 'Cannot succeed: while the US is hostile to both and Russia is content, Moscow and Beijing shrug off any attempt to foster distrust.' });
  } else if ((action.kind === 'ops' || action.kind === 'event') && changes.length === 0 && !all.some((o) => o.answer !== null)) {
    out.push({ kind: 'fails', text: 'Nothing would change: the card is spent for no effect.' });
  } else if (action.kind === 'ops' && opDoesNothing(guess, power, action)) {
    // The rival's event it fires (or the round's end) changes things; the operation chosen does not.
    out.push({ kind: 'fails', text: `Choosing to ${OP_LABEL[action.op.kind]} changes nothing here: only what comes with the card does.` });
  }
  // Export controls newly in force: the partners' joint technology cards gain for as long (P9).
  if (changes.some((c) => c.quantity.kind === 'exportControls' && c.certainty === 'certain' && num(c.before) === 0 && num(c.after) > 0)) {
    out.push({ kind: 'backfires', text: `While export controls are in force, ${CONTROLS_CARDS.length} cards give Technological cooperation +1 more (${CONTROLS_CARDS.map((id) => `“${card(id).title}”`).join(', ')}): the blockade pushes Beijing toward Moscow (P9).` });
  }
  // A sanction the partners' trade blunts: said, so a smaller loss (or none) is no surprise.
  if (action.kind === 'ops' && action.op.kind === 'sanction') {
    const target = action.op.target;
    if (all.some((o) => o.settled.log.slice(guess.log.length).some((e) => e.power === 'us' && e.text.includes(BLUNTED)))) {
      out.push({ kind: 'blunted', text: `Sanctions ${BLUNTED}: with Economic cooperation ${SANCTIONS_BLUNTED_AT} or more (P8), ${POWER_NAMES[target]} loses 1 prestige fewer.` });
    }
  }
  for (const c of changes) {
    if (c.quantity.kind === 'accommodated' && c.after === true) {
      const t = c.quantity.partner;
      out.push({
        kind: 'permanent',
        text: `Permanent: the US withdraws from ${POWER_NAMES[t]}'s sphere (${sphereNames(t)}; ${keptNames(t)}, the flashpoint, stays contested) and may never again place influence there, pressure or sanction ${POWER_NAMES[t]}.`,
      });
    }
  }
  // What the card promises and the rules withhold, in the rules' own words (before any draw).
  const withheld = new Map<string, { power: Power; in: number }>();
  for (const o of all) {
    for (const e of o.settled.log.slice(guess.log.length)) {
      if (!isWithheldPay(e) || !e.power) continue;
      const seen = withheld.get(e.text);
      withheld.set(e.text, { power: e.power, in: (seen?.in ?? 0) + 1 });
    }
  }
  for (const [text, w] of withheld) out.push({ kind: 'withheld', power: w.power, certainty: w.in === all.length ? 'certain' : 'answer', text });
  const finals = all.flatMap((o) => o.finals);
  const brink = finals.find((s) => s.outcome?.kind === 'brink');
  if (brink?.outcome?.kind === 'brink') {
    const loser = brink.outcome.loser;
    const certainty = certaintyOf(all, (s) => (s.outcome?.kind === 'brink' ? s.outcome.loser : null));
    out.push({ kind: 'brink', loser, certainty, text: `Pushes global tension to the Brink: ${POWER_NAMES[loser]} loses the game.` });
  }
  // Mid-round, an action can leave the round's end a crisis that takes global tension to the Brink:
  // said before the play, not discovered at the round's end (the status box says it once it stands).
  if (!endsRound && !brink) {
    const was = brinkAhead(guess);
    const each = all.map((o) => brinkAhead(o.settled));
    const ahead = each.find((x) => x !== null);
    if (ahead && (was?.loser !== ahead.loser || was.theater !== ahead.theater)) {
      const certainty: Certainty = each.every((x) => x?.loser === ahead.loser && x.theater === ahead.theater) ? 'certain' : 'answer';
      out.push({
        kind: 'brinkAhead', loser: ahead.loser, theater: ahead.theater, certainty,
        text: `As things would stand, the ${THEATER_NAMES[ahead.theater]} crisis at the round’s end takes global tension ${ahead.tension[0]}→${ahead.tension[1]}, the Brink: ${POWER_NAMES[ahead.loser]}, charged with it, loses the game unless tension falls first.`,
      });
    }
  }
  // Charged with a crisis: the theater's trigger turns to this power, or a crisis it started resolves.
  const charged = (s: MatchState, t: Theater): boolean =>
    (s.crisisTrigger[t] === power && guess.crisisTrigger[t] !== power) || s.crises.some((c) => c.theater === t && c.startedBy === power);
  const theaters = THEATERS.filter((t) => finals.some((s) => charged(s, t)));
  if (theaters.length) {
    const each = theaters.map((t) => certaintyOf(all, (s) => charged(s, t)));
    const certainty: Certainty = each.includes('certain') ? 'certain' : each.includes('answer') ? 'answer' : 'chance';
    const names = theaters.map((t) => THEATER_NAMES[t]).join(' and ');
    out.push({
      kind: 'tieBreak',
      theaters,
      certainty,
      text: `${POWER_NAMES[power]} would be charged with starting the ${names} crisis${theaters.length > 1 ? 'es' : ''}: it erupts at the round’s end unless tension falls first, global tension rises by 1 for each crisis, charged to you (whoever pushes it to the Brink loses the game), and crises started count against you in a tie-break.`,
    });
  }
  return out;
}

function illegalForecast(power: Power, action: Action, reason: NonNullable<ReturnType<typeof whyNot>>): Forecast {
  return {
    power, action, illegal: reason, changes: [], proposal: false, endsRound: false, splitNext: false, drawsEvent: false,
    crises: [], rivalEvent: null, ends: null, warnings: [],
  };
}

/** Whether the operation alone, played on a copy without the card's event or the round's end, moves nothing. */
function opDoesNothing(guess: MatchState, power: Power, action: Extract<Action, { kind: 'ops' }>): boolean {
  // A proposal's effect is the partner's answer, not a quantity: never "nothing".
  if (action.op.kind === 'propose' || action.op.kind === 'bargain' || action.op.kind === 'treaty') return false;
  const s = workingCopy(guess);
  applyOp(s, power, card(action.card).ops, action.op);
  const before = snapshot(guess);
  return snapshot(s).every((v, i) => v === before[i]);
}

/** What the action itself does, apart from the round's end it sets off. */
interface OwnMoves {
  /** Which quantities (in QUANTITIES order) the action itself moves. */
  readonly moved: readonly boolean[];
  /** Every quantity right after the action (and its answer), before the round's end: one snapshot per answer, accepted first. */
  readonly values: readonly (readonly Value[])[];
  /** The states those snapshots were read from, for the prestige's parts. */
  readonly states: readonly MatchState[];
}

/**
 * What the action itself moves when it closes the round: the same action played on a copy where
 * the round goes on (the step's turn is the only rule that reads it), once per answer.
 */
function ownMoves(guess: MatchState, power: Power, action: Action): OwnMoves | null {
  const step = guess.step;
  if (step.kind !== 'play' && step.kind !== 'respond') return null;
  const early: MatchState = { ...guess, step: { ...step, turn: 1 } };
  const before = snapshot(guess);
  const states = outcomes(early, power, action).map((o) => o.settled);
  const values = states.map(snapshot);
  const moved = before.map((b, i) => values.some((v) => v[i] !== b));
  return { moved, values, states };
}

/**
 * A quantity both the action and the round's end move, said as two changes that chain: the
 * action's own first (a deployment's +1 is not netted against the crisis's wear, nor a step
 * against the round's decay), then what the round's end does from there (`roundEnd`). Null when
 * the round's end leaves it where the action put it.
 */
function splitAtRoundEnd(guess: MatchState, c: Change, own: OwnMoves, all: readonly Outcome[]): Change[] | null {
  const i = QUANTITIES.indexOf(c.quantity);
  const declinedAt = all.findIndex((o) => o.answer === false);
  const acc = (own.values[0] as Value[])[i] as Value;
  const dec = declinedAt < 0 ? acc : ((own.values[declinedAt] as Value[])[i] as Value);
  const endDec = c.certainty === 'certain' ? c.after : (c.ifDeclined ?? c.after);
  if (c.certainty !== 'chance' && c.after === acc && endDec === dec) return null;
  const byAnswer = acc !== dec;
  const ownPart: Change = { quantity: c.quantity, before: c.before, after: acc, certainty: byAnswer ? 'answer' : 'certain', ...(byAnswer ? { ifDeclined: dec } : {}) };
  const endPart: Change = { ...c, before: acc, ...(byAnswer ? { beforeIfDeclined: dec } : {}), roundEnd: true };
  if (c.quantity.kind !== 'prestige') return [ownPart, endPart];
  // Prestige says where each part comes from: the action's own sources, then what the round's end adds.
  const p = c.quantity.power;
  const ownAcc = sharesOf(guess, own.states[0] as MatchState, p);
  const ownDec = declinedAt < 0 ? ownAcc : sharesOf(guess, own.states[declinedAt] as MatchState, p);
  const ownSources = { sources: ownAcc, ...(byAnswer && JSON.stringify(ownDec) !== JSON.stringify(ownAcc) ? { sourcesIfDeclined: ownDec } : {}) };
  // A part left to the draw names no sources.
  if (c.certainty === 'chance') return [{ ...ownPart, ...ownSources }, endPart];
  const final = (o: Outcome | undefined): MatchState => (o?.finals[0] ?? o?.settled) as MatchState;
  const endAcc = sharesLess(sharesOf(guess, final(all[0]), p), ownAcc);
  const endDecShares = declinedAt < 0 ? endAcc : sharesLess(sharesOf(guess, final(all[declinedAt]), p), ownDec);
  const endSources = { sources: endAcc, ...(declinedAt >= 0 && JSON.stringify(endDecShares) !== JSON.stringify(endAcc) ? { sourcesIfDeclined: endDecShares } : {}) };
  return [{ ...ownPart, ...ownSources }, { ...endPart, ...endSources }];
}

/** `total`'s shares less `part`'s, source by source: what the round's end adds to the action's own. */
function sharesLess(total: readonly PrestigeShare[], part: readonly PrestigeShare[]): PrestigeShare[] {
  return PRESTIGE_SOURCES.flatMap((source) => {
    const delta = (total.find((x) => x.source === source)?.delta ?? 0) - (part.find((x) => x.source === source)?.delta ?? 0);
    return delta ? [{ source, delta }] : [];
  });
}

/** Each source's part of `power`'s prestige change from `before` to `after`, in the rules' order. */
function sharesOf(before: MatchState, after: MatchState, power: Power): PrestigeShare[] {
  const was = before.prestigeBySource[power];
  const now = after.prestigeBySource[power];
  return PRESTIGE_SOURCES.flatMap((source) => {
    const delta = (now[source] ?? 0) - (was[source] ?? 0);
    return delta ? [{ source, delta }] : [];
  });
}

/**
 * A power whose prestige parts cancel out (its card's event +1, the pressure −1) is still named,
 * at ±0 with its parts: the same in every outcome, so certain. Left out, the pressure seemed free.
 */
function cancelledOut(guess: MatchState, all: readonly Outcome[], listed: readonly Change[]): Change[] {
  const named = new Set(listed.flatMap((c) => (c.quantity.kind === 'prestige' ? [c.quantity.power] : [])));
  return (QUANTITIES.filter((q) => q.kind === 'prestige' && !named.has(q.power)) as Extract<Quantity, { kind: 'prestige' }>[]).flatMap((quantity) => {
    const each = all.flatMap((o) => (o.finals.length ? o.finals : [o.settled]).map((s) => JSON.stringify(sharesOf(guess, s, quantity.power))));
    const sources = sharesOf(guess, (all[0] as Outcome).finals[0] ?? (all[0] as Outcome).settled, quantity.power);
    if (sources.length === 0 || each.some((x) => x !== JSON.stringify(sources))) return [];
    const before = guess.prestige[quantity.power];
    return [{ quantity, before, after: before, certainty: 'certain' as const, sources }];
  });
}

function forecastFrom(view: MatchView | MatchState, guess: MatchState, power: Power, action: Action): Forecast {
  const reason = whyNot(view, power, action);
  if (reason) return illegalForecast(power, action, reason);
  const all = outcomes(guess, power, action);
  const settled = (all[0] as Outcome).settled;
  // A prestige change says where it comes from (a milestone, a region, the bargain), as the log will.
  const first = (all[0] as Outcome).finals[0] ?? settled;
  const declined = all.find((o) => o.answer === false);
  const endsRound = all.some((o) => o.settled.history.length > 0 || o.settled.round !== guess.round || o.settled.crises.length > 0);
  // Closing the round: which changes are the action's own, and which the round's end brings.
  const own = endsRound ? ownMoves(guess, power, action) : null;
  const listed = changesOf(guess, all);
  // A quantity the action moves and the round's end puts back (a force deployed, then worn in the
  // crisis) is still a change: the action's own, then the round's end's.
  if (own) {
    const before = snapshot(guess);
    own.moved.forEach((m, i) => {
      const quantity = QUANTITIES[i] as Quantity;
      if (m && !listed.some((c) => c.quantity === quantity)) listed.push({ quantity, before: before[i] as Value, after: before[i] as Value, certainty: 'certain' });
    });
  }
  const changes = listed.flatMap((c): Change[] => {
    const moved = !own || own.moved[QUANTITIES.indexOf(c.quantity)];
    const split = own && moved ? splitAtRoundEnd(guess, c, own, all) : null;
    if (split) return split;
    const marked: Change = moved ? c : { ...c, roundEnd: true };
    // A part left to the draw names no sources.
    if (c.quantity.kind !== 'prestige' || c.certainty === 'chance') return [marked];
    // A prestige change says where it comes from (a milestone, a region, the bargain), as the log will.
    const sources = sharesOf(guess, first, c.quantity.power);
    const ifDeclined = declined ? sharesOf(guess, declined.finals[0] ?? declined.settled, c.quantity.power) : null;
    const differs = ifDeclined !== null && JSON.stringify(ifDeclined) !== JSON.stringify(sources);
    return [{ ...marked, sources, ...(differs ? { sourcesIfDeclined: ifDeclined } : {}) }];
  });
  // (Not on a round's last play: there the round's end would mix its parts with the action's.)
  if (!endsRound) changes.push(...cancelledOut(guess, all, changes));
  changes.sort((a, b) => QUANTITIES.indexOf(a.quantity) - QUANTITIES.indexOf(b.quantity));
  return {
    power,
    action,
    illegal: null,
    changes,
    proposal: all.some((o) => o.answer !== null),
    endsRound,
    splitNext: all.some((o) => o.settled.step.kind === 'split' && guess.step.kind !== 'split'),
    drawsEvent: all.some((o) => o.finals.length > 1),
    crises: crisesOf(all),
    rivalEvent: rivalEventOf(power, action, settled),
    ends: endsOf(all),
    warnings: warningsOf(guess, power, action, all, changes, endsRound),
  };
}

/**
 * What `action` by `power` will do. Takes the seat's own view (what the client
 * holds) or the full state; either way it uses only what that seat may see.
 * Pure: neither argument is changed.
 */
export function forecast(state: MatchView | MatchState, power: Power, action: Action): Forecast {
  return forecastFrom(state, guessFor(state, power), power, action);
}

/** Forecasts for many actions of one power in one state (a whole hand): the seat's state is built once. */
export function forecastAll(state: MatchView | MatchState, power: Power, actions: readonly Action[]): Forecast[] {
  const guess = guessFor(state, power);
  return actions.map((a) => forecastFrom(state, guess, power, a));
}

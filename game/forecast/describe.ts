/** A forecast in the game's words: a short line with numbers for a button, and a full text. */
import { BOARD, MAX_INFLUENCE } from '../board';
import { card } from '../content';
import type { Flag } from '../content/types';
import { score, signed } from '../rules/prestige';
import { regionScore } from '../rules/round';
import { TENSION_NAMES } from '../rules/tension';
import type { Power, RegionId } from '../types';
import { DOMAIN_NAMES, isPartner, partnerOf, POWER_NAMES, powerPossessive, PRESTIGE_SOURCE_NAMES, THEATER_NAMES, THEATER_PLACE } from '../types';
import { QUANTITIES } from './quantities';
import type { Change, Forecast, PrestigeShare, Quantity, Value, Warning } from './types';

const SHORT: Readonly<Record<Power, string>> = { us: 'US', china: 'CN', russia: 'RU' };

const FLAG_NAMES: Readonly<Record<Flag, string>> = {
  crimeaRecognised: 'Beijing recognises Crimea as Russian',
  claimsEndorsed: 'Moscow endorses China’s sea claims',
  powerOfSiberia: 'the Power of Siberia pipeline opens',
  amurBridges: 'the Amur bridges open',
};

/** A value read as a number (a quantity that holds none counts as 0). */
export const num = (v: Value): number => (typeof v === 'number' ? v : 0);
const who = (v: Value): string => (typeof v === 'string' ? POWER_NAMES[v] : 'nobody');

/** A prestige change: its parts may cancel out ("±0"). */
const net = (n: number): string => (n === 0 ? '±0' : signed(n));

/** A value as shown: a number below zero with a true minus sign. */
const shown = (v: Value): string => (typeof v === 'number' ? score(v) : String(v));

/** "3→5". */
function arrow(c: Change, after: Value = c.after): string {
  return `${shown(c.before)}→${shown(after)}`;
}

const worthText = (p: Power, region: RegionId, sign: 1 | -1): string => {
  const n = regionScore(p, region);
  return n ? ` (${signed(sign * n)} a round)` : ' (scores it nothing)';
};

/** A region changing hands, for the button line: "US takes Korea (+1 a round)", "CN loses Baltics". */
function controlShort(region: RegionId, before: Value, after: Value): string {
  const name = BOARD[region].name;
  if (typeof after === 'string') {
    const from = typeof before === 'string' ? ` from ${SHORT[before]}` : '';
    return `${SHORT[after]} takes ${name}${from}${worthText(after, region, 1)}`;
  }
  // A change always differs, so a region unheld after was held before; the last branch only completes the types.
  return typeof before === 'string' ? `${SHORT[before]} loses ${name}${worthText(before, region, -1)}` : `${name} unheld`;
}

/** The same in the full text, with what holding it is worth at each round's end. */
function controlFull(region: RegionId, before: Value, after: Value): string {
  const name = BOARD[region].name;
  const worth = (p: Power): string => {
    const n = regionScore(p, region);
    return n ? `, worth ${n} prestige to it at each round’s end` : ', which scores it nothing';
  };
  if (typeof after === 'string') {
    const lost = typeof before === 'string' ? ` (${POWER_NAMES[before]} loses it)` : '';
    return `${POWER_NAMES[after]} takes control of ${name}${lost}${worth(after)}`;
  }
  const lead = `control needs a lead of ${BOARD[region].stability}, the region’s stability, over every rival`;
  // As above: the last branch only completes the types.
  return typeof before === 'string' ? `${POWER_NAMES[before]} loses control of ${name}: nobody holds it (${lead})` : `nobody controls ${name}`;
}

/** A change in a few words, for the button line; null to leave it out there. */
function shortPart(c: Change, after: Value = c.after): string | null {
  const q = c.quantity;
  const a = arrow(c, after);
  switch (q.kind) {
    case 'hostility': return `US hostility to ${SHORT[q.partner]} ${a}`;
    case 'focus': return `Focus → ${after ? who(after) : 'none'}`;
    case 'accommodated': return after ? `${POWER_NAMES[q.partner]} accommodated for good` : null;
    case 'driven': return after ? 'Driven together' : 'No longer driven together';
    case 'track': return `${DOMAIN_NAMES[q.domain]} coop ${a}`;
    case 'treaty': return after ? 'Treaty signed' : null;
    case 'dependency': return `Dependency ${a}`;
    case 'standing': return `Standing ${a}`;
    case 'chinaTech': return `CN tech ${a}`;
    case 'exportControls': return `Export controls ${a}`;
    case 'prestige': {
      const n = num(after) - num(c.before);
      // Parts that cancel out are named as what they are ("+1 and −1"), not as a puzzling "±0".
      const parts = n === 0 && after === c.after ? (c.sources ?? []).filter((x) => x.delta !== 0) : [];
      return `${POWER_NAMES[q.power]} ${parts.length > 1 ? parts.map((x) => signed(x.delta)).join(' and ') : net(n)} prestige`;
    }
    case 'influence': return `${SHORT[q.power]} ${BOARD[q.region].name} ${a}`;
    case 'control': return controlShort(q.region, c.before, after);
    case 'forces': return `${SHORT[q.partner]} forces ${THEATER_NAMES[q.theater]} ${a}`;
    case 'usPool': return `US pool ${a}`;
    case 'theaterTension': return `${THEATER_NAMES[q.theater]} tension ${a}`;
    case 'globalTension': return `Global tension ${a}`;
    case 'crisisTrigger': return after ? `${THEATER_NAMES[q.theater]} crisis charged to ${SHORT[after as Power]}` : null;
    case 'crisesStarted': return null;
    case 'flag': return after ? FLAG_NAMES[q.flag] : null;
  }
}

/**
 * What changed between two snapshots (quantities.ts), in the button line's words: the log's
 * account of what an event did. Prestige is left out: each change of it has a log line of its own.
 */
export function changedParts(before: readonly Value[], after: readonly Value[]): string[] {
  const out: string[] = [];
  QUANTITIES.forEach((quantity, i) => {
    const b = before[i] as Value;
    const a = after[i] as Value;
    if (quantity.kind === 'prestige' || a === b) return;
    const part = shortPart({ quantity, before: b, after: a, certainty: 'certain' });
    if (part) out.push(part);
  });
  return out;
}

/** What a quantity is called in the full text. */
function label(q: Quantity): string {
  switch (q.kind) {
    case 'hostility': return `US hostility toward ${POWER_NAMES[q.partner]}`;
    case 'focus': return 'the US focus (the Eye of Sauron)';
    case 'accommodated': return `the US accommodation of ${POWER_NAMES[q.partner]}`;
    case 'track': return `${DOMAIN_NAMES[q.domain]} cooperation`;
    case 'treaty': return 'the mutual-defence treaty';
    case 'dependency': return 'Russia’s Dependency';
    case 'standing': return 'Russia’s Standing';
    case 'chinaTech': return 'China’s technology';
    case 'exportControls': return 'export controls (rounds left)';
    case 'prestige': return `${POWER_NAMES[q.power]} prestige`;
    case 'influence': return `${POWER_NAMES[q.power]} influence in ${BOARD[q.region].name}`;
    case 'control': return `control of ${BOARD[q.region].name}`;
    case 'forces': return `${POWER_NAMES[q.partner]}’s forces in ${THEATER_PLACE[q.theater]}`;
    case 'usPool': return 'the US global pool';
    case 'theaterTension': return `${THEATER_NAMES[q.theater]} tension`;
    case 'globalTension': return 'global tension';
    case 'crisisTrigger': return `who is charged with a ${THEATER_NAMES[q.theater]} crisis`;
    case 'crisesStarted': return `crises started by ${POWER_NAMES[q.power]}`;
    case 'flag': return FLAG_NAMES[q.flag];
    case 'driven': return 'Moscow and Beijing driven together';
  }
}

/** A value in words: a number, a power, yes or no. */
function valueText(q: Quantity, v: Value): string {
  if (typeof v === 'number') return q.kind === 'globalTension' ? `${v} (${TENSION_NAMES[v] ?? ''})` : String(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return q.kind === 'focus' && v === null ? 'none' : who(v);
}

const sharesText = (shares: readonly PrestigeShare[]): string => shares.map((x) => `${PRESTIGE_SOURCE_NAMES[x.source]} ${signed(x.delta)}`).join(', ');

/** A change in a sentence fragment, for the full text: as accepted, or as declined (for a proposal). */
function fullPart(c: Change, declined = false): string {
  const from = declined ? (c.beforeIfDeclined ?? c.before) : c.before;
  const after = declined ? (c.ifDeclined ?? from) : c.after;
  const q: Quantity = c.quantity;
  switch (q.kind) {
    case 'focus': return after ? `the US focus (the Eye of Sauron) turns to ${who(after)}` : 'the US lifts its focus';
    case 'accommodated': return after ? `the US durably accommodates ${POWER_NAMES[q.partner]}` : `the accommodation of ${POWER_NAMES[q.partner]} ends`;
    case 'treaty': return after ? 'the mutual-defence treaty is signed (De jure alliance)' : 'no treaty';
    case 'prestige': {
      const total = `${POWER_NAMES[q.power]} ${net(num(after) - num(from))} prestige (${shown(from)} → ${shown(after)}`;
      // The same total either way, made of different parts: both are said.
      if (c.certainty === 'certain' && c.sourcesIfDeclined && c.sources) {
        const part = (xs: readonly PrestigeShare[]) => (xs.length ? sharesText(xs) : 'nothing');
        return `${total}), from ${part(c.sources)} if accepted, or ${part(c.sourcesIfDeclined)} if declined`;
      }
      // Where it comes from: the declined proposal's parts when it differs from the accepted one's.
      const shares = declined ? (c.sourcesIfDeclined ?? (c.certainty === 'certain' ? c.sources : undefined)) : c.sources;
      return `${total}${shares?.length ? `: ${sharesText(shares)}` : ''})`;
    }
    case 'crisisTrigger':
      return after ? `the crisis in ${THEATER_PLACE[q.theater]} is charged to ${who(after)}` : `nobody is charged with a crisis in ${THEATER_PLACE[q.theater]} any more`;
    case 'flag': return after ? FLAG_NAMES[q.flag] : `not: ${FLAG_NAMES[q.flag]}`;
    case 'control': return controlFull(q.region, from, after);
    case 'driven': return after ? 'Moscow and Beijing are driven together (the US threatens both: their steps rise more, and the wedge fails)' : 'Moscow and Beijing are no longer driven together (the US no longer threatens both)';
    default: return `${label(q)} ${valueText(q, from)} → ${valueText(q, after)}`;
  }
}

/** What a draw may leave: "Pacific tension 3 or 4". */
const drawPart = (c: Change): string => `${label(c.quantity)} ${(c.possible ?? []).map((v) => valueText(c.quantity, v)).join(' or ')}`;

const WARNING_SHORT = (w: Warning): string => {
  switch (w.kind) {
    case 'fails': return w.text.startsWith('Cannot') ? 'Cannot succeed' : w.text.startsWith('Choosing') ? 'The operation does nothing' : 'No effect';
    case 'permanent': return 'Permanent';
    case 'brink': return `Brink: ${POWER_NAMES[w.loser]} loses${w.certainty === 'certain' ? '' : '?'}`;
    case 'brinkAhead': return `Brink at the round’s end: ${POWER_NAMES[w.loser]} loses unless tension falls`;
    case 'tieBreak': return `Starts the ${w.theaters.map((t) => THEATER_NAMES[t]).join(' and ')} crisis`;
    case 'withheld': return `${POWER_NAMES[w.power]}’s card prestige withheld (no US threat)`;
    case 'blunted': return 'Blunted by de-dollarised trade';
    case 'backfires': return 'Joint tech cards stronger';
  }
};

/** Parts shown on a button before "…". */
const SHORT_PARTS = 6;

export interface ForecastText {
  /** One line with numbers, for a button: "US hostility to CN 3→5 · China −1 prestige · Pacific 3→4". */
  readonly short: string;
  /** Every change, the partner's answer, the draw, crises and warnings, one sentence a line. */
  readonly full: string;
}

/**
 * A forecast's button-line parts: those that do not wait on an answer, those said after "if
 * accepted", and those only the round's end brings (said last, after what the action itself does),
 * certain or on the answer.
 */
function lineParts(f: Forecast): { plain: string[]; ifAccepted: string[]; atEnd: string[]; atEndIfAccepted: string[] } {
  const plain: string[] = [];
  const ifAccepted: string[] = [];
  const atEnd: string[] = [];
  const atEndIfAccepted: string[] = [];
  // "Starts the Europe crisis" already says who is charged with it.
  const starts = new Set(f.warnings.flatMap((w) => (w.kind === 'tieBreak' ? w.theaters : [])));
  for (const c of f.changes) {
    // A change only the draw makes is left to the full text; the rest show the action's own part.
    if (c.certainty === 'chance' && c.after === c.before) continue;
    if (c.quantity.kind === 'crisisTrigger' && c.after === f.power && starts.has(c.quantity.theater)) continue;
    const p = shortPart(c);
    const onAnswer = c.certainty === 'answer' || c.ifDeclined !== undefined || c.beforeIfDeclined !== undefined;
    if (p) (c.roundEnd ? (onAnswer ? atEndIfAccepted : atEnd) : onAnswer ? ifAccepted : plain).push(p);
  }
  // A promised prestige the rules withhold is part of what the action does (a rival's event shares it).
  for (const w of f.warnings) if (w.kind === 'withheld') (w.certainty === 'answer' ? ifAccepted : plain).push(WARNING_SHORT(w));
  return { plain, ifAccepted, atEnd, atEndIfAccepted };
}

/**
 * The button-line parts that every forecast in `fs` shares when they play one rival's card for
 * ops: mostly what that card's event does, the same whichever operation is chosen. Passed to
 * `describeForecast` as `shared`, they are left out of each button's line (the screen says them
 * once, above the buttons), so that the buttons of one card say only what differs.
 */
export function sharedParts(fs: readonly Forecast[]): ReadonlySet<string> {
  const firing = fs.filter((f) => !f.illegal && f.rivalEvent);
  if (firing.length < 2) return new Set();
  const [first, ...rest] = firing.map((f) => new Set(lineParts(f).plain));
  return new Set([...(first ?? [])].filter((p) => rest.every((s) => s.has(p))));
}

/**
 * The round-end parts every forecast in `fs` shares, when they all close the round: what the
 * round's end brings whatever is played (its scoring, the decay, the crises as they stand). Passed
 * to `describeForecast` as `sharedEnd`, they are left out of each button's line (the screen says
 * them once), so that the lines of the round's last play say what differs between the choices.
 */
export function sharedRoundEnd(fs: readonly Forecast[]): ReadonlySet<string> {
  const closing = fs.filter((f) => !f.illegal);
  if (closing.length < 2 || !closing.every((f) => f.endsRound)) return new Set();
  const [first, ...rest] = closing.map((f) => new Set(lineParts(f).atEnd));
  return new Set([...(first ?? [])].filter((p) => rest.every((s) => s.has(p))));
}

/** Why influence placed falls short of the card's ops (a rival's control, the cap), as the rules place it (rules/ops.ts). */
function placedShort(f: Forecast): string | null {
  const a = f.action;
  if (a.kind !== 'ops' || a.op.kind !== 'influence') return null;
  const region = a.op.region;
  const c = f.changes.find((x) => x.certainty === 'certain' && x.quantity.kind === 'influence' && x.quantity.power === f.power && x.quantity.region === region);
  if (!c) return null;
  const placed = num(c.after) - num(c.before);
  const ops = card(a.card).ops;
  if (placed >= ops) return null;
  const capped = num(c.after) >= MAX_INFLUENCE;
  const why = capped && placed < ops - 1 ? `${MAX_INFLUENCE} is the most a power may hold there` : capped ? `${MAX_INFLUENCE} is the most a power may hold there, or a rival controls it` : 'one fewer where a rival controls the region';
  return `Places ${placed} of the card’s ${ops} ops: ${why}.`;
}

export function describeForecast(f: Forecast, shared: ReadonlySet<string> = new Set(), sharedEnd: ReadonlySet<string> = new Set()): ForecastText {
  if (f.illegal) return { short: `Not possible: ${f.illegal.message}`, full: `Not possible: ${f.illegal.message}` };
  const partner = isPartner(f.power) ? POWER_NAMES[partnerOf(f.power)] : 'the partner';

  const { plain, ifAccepted, atEnd, atEndIfAccepted } = lineParts(f);
  // What this operation does first; then the card's event and what every operation with it does.
  const own = plain.filter((p) => !shared.has(p));
  const parts: string[] = [...f.warnings.filter((w) => w.kind !== 'withheld').map(WARNING_SHORT)];
  // The game's end, first after the warnings: on the last play it matters more than any number.
  if (f.ends && !f.warnings.some((w) => w.kind === 'brink')) {
    const w = f.ends.winner;
    parts.push(w ? `Game ends: ${POWER_NAMES[w]} wins${f.ends.certainty === 'certain' ? '' : '?'}` : 'Game ends');
  }
  parts.push(...own);
  // What every operation of the card shares (its event) is said once, above the buttons; a line
  // with nothing of its own still says it, so no button goes without its numbers.
  if (f.rivalEvent) parts.push(`fires ${powerPossessive(f.rivalEvent.power)} event`);
  if (!own.length) parts.push(...plain.filter((p) => shared.has(p)));
  // What the partner's answer decides, said once: "If accepted: Military coop 7→8 · China +1 prestige".
  if (ifAccepted.length) parts.push(`${parts.length ? 'if' : 'If'} accepted: ${ifAccepted[0]}`, ...ifAccepted.slice(1));
  // Then what the round's end it sets off brings: after the action's own parts, so a cut keeps those.
  // What the round's end brings whatever is played is said once, above the buttons: here only what
  // this choice adds to it ("also").
  const also = f.endsRound && sharedEnd.size > 0 ? ', also' : '';
  const ends = [...atEnd.filter((p) => !sharedEnd.has(p)), ...atEndIfAccepted.map((p, i) => (i === 0 ? `if accepted: ${p}` : p))];
  if (ends.length) parts.push(`${parts.length ? 'then' : 'Then'} at the round’s end${also}: ${ends[0]}`, ...ends.slice(1));
  // The draw is said last and never cut: a round's end may change many numbers before it.
  const cut = parts.length > SHORT_PARTS + 1 ? [...parts.slice(0, SHORT_PARTS), `+${parts.length - SHORT_PARTS} more`] : parts;
  const shown = f.drawsEvent ? [...cut, 'then a world event'] : cut;
  const short = shown.length ? shown.join(' · ') : 'No change';

  const lines: string[] = f.warnings.map((w) => w.text);
  const certain = f.changes.filter((c) => c.certainty === 'certain' && !c.roundEnd).map((c) => fullPart(c));
  if (certain.length) lines.push(`${f.proposal ? 'Either way' : 'Certain'}: ${certain.join('; ')}.`);
  const atRoundEnd = f.changes.filter((c) => c.certainty === 'certain' && c.roundEnd && c.beforeIfDeclined === undefined).map((c) => fullPart(c));
  const fewer = placedShort(f);
  if (fewer) lines.push(fewer);
  if (f.rivalEvent) lines.push(`Playing it for ops fires ${powerPossessive(f.rivalEvent.power)} event “${f.rivalEvent.title}”.`);
  if (f.proposal) {
    // What the answer decides, before any draw as well as after.
    const answer = f.changes.filter((c) => c.certainty === 'answer' || c.ifDeclined !== undefined || c.beforeIfDeclined !== undefined);
    const accepted = (xs: readonly Change[]) => xs.filter((c) => c.after !== c.before).map((c) => fullPart(c));
    const declined = (xs: readonly Change[]) => xs.filter((c) => (c.ifDeclined ?? c.after) !== (c.beforeIfDeclined ?? c.before)).map((c) => fullPart(c, true));
    const own = answer.filter((c) => !c.roundEnd);
    const yes = accepted(own);
    const no = declined(own.filter((c) => c.ifDeclined !== undefined));
    lines.push(`If ${partner} accepts: ${yes.length ? yes.join('; ') : 'nothing more'}.`);
    lines.push(`If ${partner} declines: ${no.length ? no.join('; ') : 'nothing more; the card is spent'}.`);
    // What the round's end then brings on each answer, apart from what the answer itself does.
    const atEnd = answer.filter((c) => c.roundEnd);
    const endYes = accepted(atEnd);
    const endNo = declined(atEnd);
    if (endYes.length || endNo.length) lines.push(`At the round’s end, if accepted: ${endYes.length ? endYes.join('; ') : 'nothing more'}; if declined: ${endNo.length ? endNo.join('; ') : 'nothing more'}.`);
  }
  for (const c of f.crises) {
    const result = c.winner ? `${POWER_NAMES[c.winner]} prevails` : 'a standoff';
    const charge = c.startedBy ? `; ${POWER_NAMES[c.startedBy]} is charged with starting it` : '';
    lines.push(`${c.certainty === 'answer' ? 'Depending on the answer, the' : 'The'} ${THEATER_NAMES[c.theater]} crisis erupts: ${result}${charge}.`);
  }
  if (f.endsRound) lines.push(`This closes the round: crises, upkeep and scoring follow at once${atRoundEnd.length ? `, and ${f.proposal ? 'either way ' : ''}bring: ${atRoundEnd.join('; ')}` : ''}.`);
  if (f.splitNext) lines.push('Crises erupt in both theaters: the United States splits its forces between them next.');
  const chance = f.changes.filter((c) => c.certainty === 'chance');
  if (chance.length) {
    const settled = chance.filter((c) => c.after !== c.before && c.ifDeclined === undefined).map((c) => fullPart(c));
    if (settled.length) lines.push(`Before the next world event: ${settled.join('; ')}.`);
    lines.push(`The next round opens with a world event drawn at random; after it: ${chance.map(drawPart).join('; ')}.`);
  }
  if (f.ends) lines.push(f.ends.winner ? `The game ends: ${POWER_NAMES[f.ends.winner]} wins.` : 'The game ends; who wins depends on what comes next.');
  if (!lines.length) lines.push('Nothing would change.');
  return { short, full: lines.join('\n') };
}

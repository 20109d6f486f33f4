/**
 * The two reflection prompts a student answers when their table's game is
 * over, chosen from what happened at that table and written to their power:
 * an accommodation set against how far the alliance went, the pair driven
 * together, a wedge, a declined proposal, Russia becoming the junior partner,
 * the alliance reaching De facto, and how the game ended; two general
 * prompts stand in when the table gave fewer. Pure and deterministic: the
 * same finished table always asks the same.
 */
import type { Alignment, Power } from '../../game';
import { ALIGNMENT_NAMES, alignmentRank, POWER_NAMES, powerInSentence } from '../../game';
import type { TableReport } from '../../game/wire/classroom';

const FALLBACK = [
  'Which decision of yours mattered most at your table, and why?',
  'Lukin asks what a true Russia–China alliance would mean for the United States. After this game, how likely do you think one is, and what would stop it?',
] as const;

/** "De facto", "De jure": the level's name without the word the sentence already says. */
const levelName = (a: Alignment) => ALIGNMENT_NAMES[a].replace(/ alliance$/, '');

/** "the United States" in a sentence; China and Russia as they are. */
const name = powerInSentence;

/** The round the alliance first stood at De facto or beyond, and that level. */
function allianceUp(t: TableReport): { round: number; level: Alignment } | null {
  const h = t.history.find((x) => alignmentRank(x.alignment) >= alignmentRank('defacto'));
  return h ? { round: h.round, level: h.alignment } : null;
}

function accommodation(t: TableReport, me: Power): string | null {
  const h = t.history.find((x) => x.accommodations.length > 0);
  if (!h) return null;
  const partner = h.accommodations[0]!;
  const up = allianceUp(t);
  const after = up && up.round >= h.round ? up : null;
  if (me === 'us') {
    return after
      ? `You accommodated ${POWER_NAMES[partner]} in round ${h.round}; the alliance still reached ${levelName(after.level)} in round ${after.round}: why?`
      : `You accommodated ${POWER_NAMES[partner]} in round ${h.round}, and the alliance never reached De facto afterwards: was that the accommodation, or something else?`;
  }
  if (me === partner) {
    return after
      ? `The United States accommodated you in round ${h.round}; your partnership still reached ${levelName(after.level)} in round ${after.round}: why did you keep building it?`
      : `The United States accommodated you in round ${h.round}: what did that change in how you treated your partner?`;
  }
  return `The United States accommodated ${POWER_NAMES[partner]} in round ${h.round}: how did that change what you expected of your partner?`;
}

function drivenTogether(t: TableReport, me: Power): string | null {
  const p = t.turningPoints.find((x) => x.kind === 'driven-together');
  if (!p) return null;
  return me === 'us'
    ? `In round ${p.round} US hostility to both drove Moscow and Beijing together: what would you do differently, and what would it cost?`
    : `In round ${p.round} US pressure on both of you drove Moscow and Beijing together: did it change what you played?`;
}

function wedge(t: TableReport, me: Power): string | null {
  const h = t.history.find((x) => x.wedges.worked + x.wedges.failed > 0);
  if (!h) return null;
  const worked = h.wedges.worked > 0;
  return me === 'us'
    ? `Your wedge between Moscow and Beijing ${worked ? 'worked' : 'failed'} in round ${h.round}: why did it ${worked ? 'work' : 'fail'} then?`
    : `In round ${h.round} the United States tried to foster distrust between you and your partner, and it ${worked ? 'worked' : 'failed'}: why?`;
}

function declined(t: TableReport, me: Power): string | null {
  const mine = t.turningPoints.find((x) => x.kind === 'declined' && x.power === me);
  if (mine) return `You declined your partner’s proposal in round ${mine.round}: what made you say no?`;
  const theirs = t.turningPoints.find((x) => x.kind === 'declined');
  if (!theirs || me === 'us') return null;
  return `Your partner declined your proposal in round ${theirs.round}: what did that tell you about the partnership?`;
}

function juniorPartner(t: TableReport, me: Power): string | null {
  const h = t.history.find((x) => x.dependency > x.standing);
  if (!h) return null;
  if (me === 'russia') return `In round ${h.round} your Dependency on China passed your Standing: what did you do about it, and what would a real Kremlin do?`;
  if (me === 'china') return `In round ${h.round} Russia’s Dependency on you passed its Standing: did you use that leverage, or hold back? Why?`;
  return `In round ${h.round} Russia became the junior partner of China: did you try to use that? Could you have?`;
}

function alliance(t: TableReport, me: Power): string | null {
  const up = allianceUp(t);
  if (!up) return null;
  return me === 'us'
    ? `The alliance reached ${levelName(up.level)} in round ${up.round}: what could the United States have done to stop it?`
    : `Your partnership reached ${levelName(up.level)} in round ${up.round}: what made it rise, and would a real mutual-defence treaty follow?`;
}

function ending(t: TableReport, me: Power): string | null {
  const o = t.outcome;
  if (!o) return null;
  if (o.kind === 'brink') return `Your table went to the Brink and ${name(o.loser)} lost: who pushed it there, and why did nobody stop?`;
  return o.winner === me
    ? 'You won: which decision mattered most, and would it work in the real world?'
    : `${POWER_NAMES[o.winner]} won: what would you change in your strategy as ${name(me)}?`;
}

const PICKERS = [accommodation, drivenTogether, wedge, declined, juniorPartner, alliance, ending];

/** The two prompts for the student playing `me` at this finished table. */
export function reflectionPrompts(t: TableReport, me: Power): [string, string] {
  const found = PICKERS.map((pick) => pick(t, me)).filter((x): x is string => x !== null);
  const [a, b] = [...new Set([...found, ...FALLBACK])];
  return [a!, b!];
}


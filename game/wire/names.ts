/**
 * The one policy for the names people give themselves: Lobby player names
 * (join, update), classroom nicknames, and the forms that ask for them.
 *
 * A name is cleaned, not refused, for characters nobody can see or that
 * change how the text around it is drawn: every "other" character (control,
 * format such as bidi overrides and zero-width joiners, surrogate halves,
 * private use, unassigned) and angle brackets are removed. Then Unicode NFC,
 * whitespace collapsed to one space and trimmed. What is left must be 1 to
 * NAME_MAX characters (code points, so stacked combining marks count) and
 * show at least one letter, digit, symbol or punctuation mark: a name of
 * only blanks or marks is refused. Whether two names clash (case-insensitive)
 * is the caller's business (the classroom checks it; the Lobby does not).
 */

/** Longest name, in characters (code points) after cleaning. */
export const NAME_MAX = 24;
/** Longest raw input looked at: anything longer cannot clean down to a name worth keeping. */
export const NAME_RAW_MAX = 256;

/** Characters removed: \p{C} is Cc, Cf, Cs, Co, Cn; angle brackets keep names out of markup. */
const REMOVED = /[\p{C}<>]/gu;
/** Letters that draw as nothing (Hangul fillers, braille blank) do not make a name visible. */
const BLANK_LOOKALIKES = /[\u115f\u1160\u3164\uffa0\u2800]/gu;
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;

/** The sentence a form or an API shows when a name is refused. */
export const NAME_RULE = `a name is 1 to ${NAME_MAX} characters and shows at least one letter, digit or sign`;

/** A name as everyone sees it, or null when nothing usable is left. */
export function cleanName(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > NAME_RAW_MAX) return null;
  // Removed first: a zero-width character can keep two others from composing.
  const clean = raw.replace(REMOVED, '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  const length = [...clean].length;
  if (length < 1 || length > NAME_MAX) return null;
  if (!VISIBLE.test(clean.replace(BLANK_LOOKALIKES, ''))) return null;
  return clean;
}

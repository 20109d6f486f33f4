/**
 * A student's reflection at the end of their table's game: two short answers
 * to the two prompts the server chose from what happened at the table. The
 * body of POST /api/classroom/sessions/CODE/reflection, one closed schema.
 *
 * An answer is cleaned as names are (game/wire/names.ts), but keeps its line
 * breaks: every other "other" character (control, format such as bidi
 * overrides and zero-width joiners, surrogate halves, private use,
 * unassigned) is removed, then Unicode NFC, runs of spaces and tabs become
 * one space, three or more line breaks two, and the ends are trimmed. What is
 * left must be 1 to ANSWER_MAX characters (code points) and show a letter or digit.
 */
import * as v from 'valibot';

export const ANSWER_MAX = 600;
/** Longest raw input looked at (a pasted essay is refused, not cut). */
const ANSWER_RAW_MAX = 4 * ANSWER_MAX;
export const ANSWER_RULE = `an answer is 1 to ${ANSWER_MAX} characters with at least one letter or digit`;

const REMOVED = /[^\P{C}\n]/gu;

/** An answer as the teacher reads it, or null when nothing usable is left. */
export function cleanAnswer(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > ANSWER_RAW_MAX) return null;
  const clean = raw.replace(/\r\n?/g, '\n').replace(REMOVED, '').normalize('NFC')
    .replace(/[^\S\n]+/gu, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  const length = [...clean].length;
  if (length < 1 || length > ANSWER_MAX || !/[\p{L}\p{N}]/u.test(clean)) return null;
  return clean;
}

const Answer = v.pipe(
  v.string(`each answer must be text: ${ANSWER_RULE}`),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const clean = cleanAnswer(dataset.value);
    if (clean === null) {
      addIssue({ message: `Each answer must be text: ${ANSWER_RULE}.` });
      return NEVER;
    }
    return clean;
  }),
);

export const ReflectionBody = v.strictObject(
  { answers: v.strictTuple([Answer, Answer], 'answers must be a list of two answers') },
  'the body must be an object with only answers',
);
export type ReflectionBody = v.InferOutput<typeof ReflectionBody>;

/**
 * Hints in a classroom session: the teacher's switch when creating it, and a student's report
 * that they asked for one (POST /api/classroom/sessions/CODE/hints), each one closed schema.
 * Hints are worked out in the browser; a session with hints off hides the Suggest button, and
 * the server refuses to count a use there.
 */
import * as v from 'valibot';

/** `hints` in a new session's settings: on unless the teacher switches it off. */
export const HintsSetting = v.optional(v.boolean('hints must be true or false (the Suggest button for students)'), true);

/** A student used a hint at their table (named, so a use sent just before a move is not counted at the new table). */
export const HintUseBody = v.strictObject({
  table: v.pipe(v.number('table must be a table number'), v.integer('table must be a table number'), v.minValue(1, 'table must be a table number')),
}, 'the body must be {"table": n} and nothing else');

/**
 * A new session's settings as the teacher's page sends them, checked: the
 * scenario, people per table, the bell (an end time within a day) and the
 * turn clock (off, or whole seconds from CLASSROOM_CLOCK_MIN_SEC to CLOCK_MAX_SEC).
 */
import type { ScenarioId } from '../../game';
import { SCENARIOS } from '../../game';
import type { TableSize } from '../../game/wire/classroom';
import { CLOCK_MAX_SEC, TABLE_SIZES } from '../../game/wire/classroom';
import * as v from 'valibot';
import { HintsSetting } from '../../game/wire/hints';
import { fail } from './errors';

/** The latest bell a session may set, from now. */
export const MAX_DEADLINE_MS = 24 * 3600_000;

export interface SessionSettings {
  readonly scenario: ScenarioId;
  readonly tableSize: TableSize;
  /** ms since the epoch when the session ends by itself, or null. */
  readonly endsAt: number | null;
  readonly clockSec: number | null;
  /** Students may ask for a Suggest hint (game/wire/hints.ts). */
  readonly hints: boolean;
}

const isScenario = (x: unknown): x is ScenarioId => typeof x === 'string' && (SCENARIOS as readonly string[]).includes(x);
const isTableSize = (x: unknown): x is TableSize => TABLE_SIZES.includes(x as TableSize);

/** The settings of `body`, or a 400 saying what is wrong. */
export function sessionSettings(body: { scenario?: unknown; tableSize?: unknown; endsAt?: unknown; clockSec?: unknown; hints?: unknown }, clockMinSec: number, now = Date.now()): SessionSettings {
  const scenario = body.scenario ?? '2019';
  if (!isScenario(scenario)) return fail(400, `scenario must be one of ${SCENARIOS.join(', ')}`);
  const tableSize = body.tableSize ?? 3;
  if (!isTableSize(tableSize)) return fail(400, 'tableSize must be 1, 2 or 3 (people per table; bots take the other seats)');
  const hints = v.safeParse(HintsSetting, body.hints);
  if (!hints.success) return fail(400, hints.issues[0].message);
  return { scenario, tableSize, endsAt: endTime(body.endsAt, now), clockSec: clock(body.clockSec, clockMinSec), hints: hints.output };
}

function clock(raw: unknown, min: number): number | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > CLOCK_MAX_SEC) {
    return fail(400, `clockSec must be a whole number of seconds from ${min} to ${CLOCK_MAX_SEC}, or null for no turn clock`);
  }
  return raw;
}

function endTime(raw: unknown, now: number): number | null {
  if (raw === undefined || raw === null) return null;
  const t = typeof raw === 'string' ? Date.parse(raw) : raw;
  if (typeof t !== 'number' || !Number.isFinite(t)) return fail(400, 'endsAt must be a time (ms since 1970, or an ISO date)');
  if (t <= now) fail(400, 'endsAt must be in the future');
  if (t > now + MAX_DEADLINE_MS) fail(400, 'endsAt must be within a day');
  return t;
}

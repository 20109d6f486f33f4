/**
 * The report's CSV files carry what the debrief needs: the per-round file a
 * column for every field of a round's record (a field added to the record
 * without a column fails here) and the round's turn times; the tables file
 * each table's turn times; the reflections file each student's answers,
 * written safely (a formula-looking answer is quoted, commas and line breaks kept).
 */
import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../game';
import type { Report } from '../game/wire/classroom';
import { reflectionsCsv, ROUNDS_HEAD, roundsCsv, tablesCsv } from '../client/classroom/csv';
import { configFromEnv } from '../server/config';

const record: RoundRecord = {
  round: 1, globalTension: 3, tracks: { economic: 4, technological: 2, political: 5, military: 3 }, prestige: { us: 4, china: 5, russia: 2 },
  alignment: 'quasi', crises: ['pacific'], hostility: { china: 4, russia: 3 }, focus: 'china', drivenTogether: true, dependency: 6, standing: 4,
  exportControls: true, accommodations: ['russia'], wedges: { worked: 1, failed: 2 }, declined: 3, gains: { us: { regions: 2 }, china: { tech: 3 }, russia: {} },
};
const report: Report = {
  code: 'ABC234', scenario: '2019', clockSec: 45, hints: true, ended: true,
  tables: [{
    number: 1, matchID: 'M1', scenario: '2019', round: 2, lastRound: 6, seats: [], history: [record], turningPoints: [], crises: [],
    outcome: { kind: 'victory', winner: 'china' }, alignmentReached: 'quasi', alignmentAtEnd: 'quasi', finalTension: 3, prestige: { us: 4, china: 5, russia: 2 },
    turns: [
      { round: 1, power: 'us', ms: 20_000, by: 'student' }, { round: 1, power: 'china', ms: 45_000, by: 'clock' },
      { round: 1, power: 'russia', ms: 1_000, by: 'bot' }, { round: 2, power: 'us', ms: 9_000, by: 'student' },
    ],
    hintsUsed: { us: 2, china: 0, russia: 0 },
    reflections: [{ table: 1, power: 'us', nickname: 'Ada', prompts: ['Why, then?', 'And now?'], answers: ['=SUM(A1), because\nit hurt', 'No idea'], at: 0 }],
  }],
};
const parse = (csv: string) => csv.trim().split('\r\n').map((l) => l.split(','));

describe('the report’s CSV files', () => {
  it('per round: a column for every field of the round’s record, with its value', () => {
    const [head, row] = parse(roundsCsv(report)) as [string[], string[]];
    const cell = (c: string) => row[head.indexOf(c)];
    for (const key of Object.keys(record)) {
      const columns: Record<string, string[]> = {
        tracks: ['economic', 'technological', 'political', 'military'], prestige: ['us_prestige', 'china_prestige', 'russia_prestige'],
        hostility: ['hostility_china', 'hostility_russia'], wedges: ['wedges_worked', 'wedges_failed'], gains: ['us_gain', 'us_gain_regions', 'china_gain_tech'],
        globalTension: ['global_tension'], drivenTogether: ['driven_together'], exportControls: ['export_controls'], declined: ['proposals_declined'],
      };
      for (const c of columns[key] ?? [key]) expect(ROUNDS_HEAD, `${key} → ${c}`).toContain(c);
    }
    expect([cell('hostility_china'), cell('focus'), cell('driven_together'), cell('dependency'), cell('standing'), cell('export_controls')]).toEqual(['4', 'china', '1', '6', '4', '1']);
    expect([cell('accommodations'), cell('wedges_worked'), cell('wedges_failed'), cell('proposals_declined'), cell('china_gain_tech')]).toEqual(['russia', '1', '2', '3', '3']);
    expect([cell('round_seconds'), cell('student_turns'), cell('student_turn_median_s'), cell('clock_turns')]).toEqual(['66', '2', '20', '1']);
  });

  it('per table: the clock and the students’ turn times', () => {
    const [head, row] = parse(tablesCsv(report)) as [string[], string[]];
    const cell = (c: string) => row[head.indexOf(c)];
    expect([cell('clock_seconds'), cell('student_turns'), cell('turn_median_s'), cell('turn_longest_s'), cell('clock_turns')]).toEqual(['45', '3', '20', '45', '1']);
  });

  it('reflections: a row per student, a formula-looking answer defused, line breaks kept inside quotes', () => {
    const csv = reflectionsCsv(report);
    expect(csv.split('\r\n')[0]).toBe('session,table,power,nickname,prompt_1,answer_1,prompt_2,answer_2,answered_at');
    expect(csv).toContain('ABC234,1,us,Ada,"Why, then?","\'=SUM(A1), because\nit hurt",And now?,No idea,1970-01-01T00:00:00.000Z');
  });
});

describe('CLASSROOM_CLOCK_MIN_SEC', () => {
  it('defaults to 45 and must be a whole number from 1', () => {
    expect(configFromEnv({}).classroomClockMinSec).toBe(45);
    expect(configFromEnv({ CLASSROOM_CLOCK_MIN_SEC: '2' }).classroomClockMinSec).toBe(2);
    for (const bad of ['0', '-3', '1.5', 'soon']) expect(() => configFromEnv({ CLASSROOM_CLOCK_MIN_SEC: bad }), bad).toThrow(/CLASSROOM_CLOCK_MIN_SEC/);
  });
});

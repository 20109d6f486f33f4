/**
 * What the classroom pages tell people about each other: the wall marks a
 * student whose turns the clock has been playing and warns when its address
 * is one students cannot reach; the report names who has not answered the
 * reflection and keeps a moved student's turn times theirs; a student moved
 * by the teacher is told where they now sit.
 */
import { describe, expect, it } from 'vitest';
import { needsALook, stalled } from '../../client/classroom/miniboard';
import { clockGrouped, notAnswered } from '../../client/classroom/report';
import { seatTurns, turnSeats } from '../../client/classroom/turns';
import { loopback } from '../../client/classroom/wall';
import { movedNote } from '../../client/screens/classroomSeat';
import { alignmentLine } from '../../client/ui/gameover';
import { clockPlayed } from '../../client/play/status';
import type { LogEntry } from '../../game';
import { peakAlignment } from '../../game';
import type { SeatSummary, TableSummary } from '../../game/wire/classroom';

const seat = (power: SeatSummary['power'], kind: SeatSummary['kind'], name: string | null): SeatSummary =>
  ({ power, kind, name, connected: true, standIn: false, arriving: false, studentID: name, clockStreak: 0 });

describe('the classroom’s notes', () => {
  it('a student whose last turns the clock played is marked, however many', () => {
    expect(stalled({ clockStreak: 0 })).toBeNull();
    expect(stalled({ clockStreak: 1 })).toBe('the clock played their last turn');
    expect(stalled({ clockStreak: 3 })).toBe('the clock played their last 3 turns');
  });

  it('the wall lists, table by table, the students away or whose turns the clock plays; not bots, nor finished tables', () => {
    const table = (number: number, seats: SeatSummary[], over = false) =>
      ({ number, started: true, outcome: over ? { kind: 'score', winner: 'us' } : null, seats }) as unknown as TableSummary;
    const tables = [
      table(2, [{ ...seat('us', 'student', 'Cleo'), connected: false }, seat('china', 'student', 'Dan'), seat('russia', 'bot', 'Normal bot')]),
      table(1, [seat('us', 'student', 'Ada'), { ...seat('china', 'student', 'Ben'), clockStreak: 2 }, { ...seat('russia', 'student', 'Eve'), connected: false, arriving: true }]),
      table(3, [{ ...seat('us', 'student', 'Fay'), connected: false }, seat('china', 'bot', 'Normal bot'), seat('russia', 'bot', 'Normal bot')], true),
    ];
    expect(needsALook(tables)).toEqual([
      'Ben (table 1, China: the clock played their last 2 turns)',
      'Cleo (table 2, United States: away)',
    ]);
  });

  it('an address only this computer answers to is flagged; a network address is not', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost']) expect(loopback(host), host).toBe(true);
    for (const host of ['192.168.1.20', 'school.example.org', '10.0.0.5', 'localhost.example.org']) expect(loopback(host), host).toBe(false);
  });

  it('the report names the seated students who have not answered, not the bots', () => {
    const seats = [seat('us', 'student', 'Ada'), seat('china', 'student', 'Ben'), seat('russia', 'bot', 'Normal bot')];
    const answered = { table: 1, power: 'us' as const, nickname: 'Ada', prompts: ['a', 'b'] as const, answers: ['x', 'y'] as const, at: 0 };
    expect(notAnswered({ seats, reflections: [] }).map((s) => s.name)).toEqual(['Ada', 'Ben']);
    expect(notAnswered({ seats, reflections: [answered] }).map((s) => s.name)).toEqual(['Ben']);
    // An answer given in another seat (before a move) does not count for this one.
    expect(notAnswered({ seats, reflections: [{ ...answered, power: 'china' }] }).map((s) => s.name)).toEqual(['Ada', 'Ben']);
  });

  it('a student moved by the teacher is told the power and table they now play', () => {
    expect(movedNote({ table: 1, playerID: '0' }, { table: 1, playerID: '0' })).toBeNull();
    expect(movedNote({ table: 1, playerID: '0' }, { table: 1, playerID: '2' })).toBe('Your teacher has moved you: you now play Russia at this table.');
    expect(movedNote({ table: 1, playerID: '0' }, { table: 3, playerID: '1' })).toBe('Your teacher has moved you to table 3: you now play China.');
  });

  it('the alignment at the end names a higher level reached before, with its round, so screens that differ agree', () => {
    const history = [{ round: 1, alignment: 'quasi' as const }, { round: 2, alignment: 'defacto' as const }, { round: 3, alignment: 'quasi' as const }];
    expect(peakAlignment(history, 'quasi')).toEqual({ level: 'defacto', round: 2 });
    expect(alignmentLine(peakAlignment(history, 'quasi'), 'quasi')).toBe('Alignment at the end: Quasi-alliance (it reached De facto alliance in round 2).');
    expect(alignmentLine(peakAlignment(history, 'defacto'), 'defacto')).toBe('Alignment at the end: De facto alliance.');
    // Reached only since the last round's record: no round to name.
    expect(peakAlignment(history, 'dejure')).toEqual({ level: 'dejure', round: null });
    expect(peakAlignment([], 'partnership').level).toBe('partnership');
  });

  it('a student whose turn the clock played is told so when they are next to act', () => {
    const line = (power: LogEntry['power'], text: string, move = false): LogEntry => ({ round: 1, power, text, ...(move ? { move: true as const } : {}) });
    const log = [
      line('us', 'The United States plays "A" for 3 ops.', true),
      line('china', 'Time is up for China: the clock’s Normal bot plays this turn.'),
      line('china', 'China plays "B" for its event.', true),
      line('russia', 'Russia plays "C" for 2 ops.', true),
    ];
    expect(clockPlayed(log, 2, 'china')).toBe('China plays "B" for its event.');
    // A move of China's own after another power moved is not the clock's.
    const later = [...log, line('us', 'The United States plays "D" for 2 ops.', true), line('china', 'China plays "E" for 2 ops.', true)];
    expect(clockPlayed(later, 5, 'china')).toBeNull();
    expect(clockPlayed(log, 0, 'us')).toBeNull();
  });

  it('the report makes a round’s clock lines for one power one line, where the first was', () => {
    const clock = (round: number, power: 'us' | 'china') => ({ kind: 'clock' as const, round, power, text: 'Time is up…', cite: null });
    const wedge = { kind: 'wedge' as const, round: 1, power: 'us' as const, text: 'The US fosters distrust…', cite: 'P16' as const };
    const grouped = clockGrouped([clock(1, 'us'), wedge, clock(1, 'us'), clock(1, 'china'), clock(2, 'us')]);
    expect(grouped.map((p) => [p.round, p.kind, p.text])).toEqual([
      [1, 'clock', 'Time ran out 2 times for the United States: the clock’s Normal bot played those turns.'],
      [1, 'wedge', 'The US fosters distrust…'],
      [1, 'clock', 'Time is up…'],
      [2, 'clock', 'Time is up…'],
    ]);
  });

  it('the report keeps a moved student’s turn times theirs, and lists a seated student with no turn yet', () => {
    const turn = (power: 'us' | 'china', student: string | null, by: 'student' | 'clock' | 'bot' = 'student') => ({ round: 1, power, ms: 1000, by, student });
    const turns = [turn('us', 'Ann'), turn('china', null, 'bot'), turn('us', 'Ann', 'clock'), turn('us', 'Ben')];
    const rows = turnSeats(turns, [{ power: 'us', name: 'Ben' }, { power: 'russia', name: 'Cy' }]);
    expect(rows).toEqual([{ power: 'us', student: 'Ann' }, { power: 'us', student: 'Ben' }, { power: 'russia', student: 'Cy' }]);
    expect(seatTurns(turns, rows[0]!).map((x) => x.by)).toEqual(['student', 'clock']);
    expect(seatTurns(turns, rows[1]!)).toHaveLength(1);
    expect(seatTurns(turns, rows[2]!)).toEqual([]);
  });
});

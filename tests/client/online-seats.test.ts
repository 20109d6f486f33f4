/** Seat states, codes and links for the online page (client/online/seats.ts). */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../game';
import { sinceMoves } from '../../client/play/status';
import { awayNote, missedNote, openSeats, parseCode, seatLine, seatState, seatStates, shareLink, standInNote } from '../../client/online/seats';

describe('join codes typed or pasted', () => {
  const cases: readonly [string, string, string | null][] = [
    ['a code as given', 'AB3D5F', 'AB3D5F'],
    ['a code typed in lower case, with spaces around', '  ab3d5f ', 'AB3D5F'],
    ['a whole share link', 'http://127.0.0.1:8000/#/online/match/AB3D5F', 'AB3D5F'],
    ['a spectator link', 'http://host/#/online/match/AB3D5F/watch', 'AB3D5F'],
    ['a long boardgame.io id is kept as it is', 'x7Kq_9-abcdeFG', 'x7Kq_9-abcdeFG'],
    ['nothing', '   ', null],
    ['words', 'my code', null],
  ];
  for (const [name, input, want] of cases) it(name, () => expect(parseCode(input)).toBe(want));

  it('a share link opens the match page', () => {
    expect(shareLink('http://127.0.0.1:8000', 'AB3D5F')).toBe('http://127.0.0.1:8000/#/online/match/AB3D5F');
  });
});

describe('seat states from match metadata', () => {
  it('tells open seats, bots, people connected or not, and stand-in bots apart', () => {
    const states = seatStates([
      { id: 0, name: 'Alice', isConnected: true },
      { id: 1, name: 'Normal bot', data: { bot: 'normal' } },
      { id: 2 },
    ]);
    expect(states.us).toEqual({ kind: 'person', name: 'Alice', connected: true, standIn: null });
    expect(seatLine(states.us)).toBe('connected');
    expect(seatLine(states.china)).toBe('Normal bot');
    expect(seatLine(states.russia)).toBe('open seat');
    expect(openSeats(states)).toEqual(['russia']);
    const away = seatState({ id: 2, name: 'Chen', isConnected: false, data: { standIn: 'normal' } });
    expect(seatLine(away)).toBe('away · played by a bot while away');
    expect(seatLine(seatState({ id: 2, name: 'Chen', isConnected: false }))).toBe('disconnected');
    // A player who left for good: the seat is open and a bot keeps it meanwhile.
    expect(seatLine(seatState({ id: 2, data: { standIn: 'normal' } }))).toBe('open seat · a bot plays it meanwhile');
  });

  it('says over the board who else is away, and whether a bot already plays for them; not about oneself', () => {
    const at = (chen: { isConnected?: boolean; data?: { standIn: 'normal' } }) => seatStates([
      { id: 0, name: 'Alice', isConnected: true }, { id: 1, name: 'Bob', isConnected: true }, { id: 2, name: 'Chen', ...chen },
    ]);
    expect(awayNote(at({ isConnected: true }), 'us')).toBeNull();
    expect(awayNote(at({ isConnected: false }), 'us')).toBe('Chen (Russia) is not connected: a bot plays for them if they stay away.');
    expect(awayNote(at({ isConnected: false, data: { standIn: 'normal' } }), null)).toBe('Chen is away: a bot plays Russia until they return.');
    expect(awayNote(at({ isConnected: false }), 'russia')).toBeNull();
  });

  it('tells a person back at their seat what a stand-in played for them, and marks each such move in the log', () => {
    expect(missedNote([], [])).toBeNull();
    expect(missedNote([{ at: 40, away: 'Chen' }], [3])).toBe('While you were away, a bot played one move for you in round 3. The log marks it.');
    expect(missedNote([{ at: 40, away: 'Chen' }, { at: 52, away: 'Chen' }, { at: 70, away: 'Chen' }], [3, 3, 4]))
      .toBe('While you were away, a bot played 3 moves for you in rounds 3–4. The log marks each.');
    // Some older than the log the page holds: only the last one's round is sure.
    expect(missedNote([{ at: 4, away: 'Chen' }, { at: 40, away: 'Chen' }, { at: 52, away: 'Chen' }], [3, 4]))
      .toBe('While you were away, a bot played 3 moves for you, the last in round 4. The log marks each.');
    // Moves older than the log the page holds: no rounds to name.
    expect(missedNote([{ at: 4, away: 'Chen' }], [])).toBe('While you were away, a bot played one move for you. The log marks it.');
    expect(standInNote({ at: 4, away: 'Chen' })).toBe('a bot played this while Chen was away');
    expect(standInNote({ at: 4, away: null })).toBe('a bot played this while the seat was open');
  });

  it('“Since your last move” counts a stand-in’s move as the others’, with its note, for the person back', () => {
    const line = (power: LogEntry['power'], text: string, move = false): LogEntry => ({ round: 2, power, text, ...(move ? { move: true as const } : {}) });
    const log: LogEntry[] = [
      line('china', 'China plays "A" for 2 ops.', true),
      line('russia', 'Russia plays "B" for its event.', true),
      line('china', 'China plays "C" for 3 ops.', true),
      { ...line('china', 'China +1 prestige: the pipeline opens.'), prestige: { power: 'china', delta: 1, source: 'events' } },
      line('us', 'United States plays "D" for 2 ops.', true),
    ];
    // The log's window starts at line 40 of the match; the stand-in played China's move at 42.
    const note = (entry: number) => (entry === 42 ? 'a bot played this while Ben was away' : null);
    const since = sinceMoves({ log, logStart: 40 }, 'china', note);
    expect(since.last).toBe(0);
    expect(since.lines.map((e) => e.text)).toEqual([
      'Russia plays "B" for its event.',
      'China plays "C" for 3 ops. (a bot played this while Ben was away)',
      'United States plays "D" for 2 ops.',
    ]);
    // Without the note the move is Ben's own, and only the US's comes after it.
    expect(sinceMoves({ log, logStart: 40 }, 'china').lines.map((e) => e.text)).toEqual(['United States plays "D" for 2 ops.']);
  });

  it('keeps a name exactly as typed (it is shown as text)', () => {
    const s = seatState({ id: 0, name: '<img src=x onerror=alert(1)>', isConnected: true });
    expect(s.kind === 'person' && s.name).toBe('<img src=x onerror=alert(1)>');
  });
});

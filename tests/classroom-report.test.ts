/**
 * The after-action report's turning points (server/classroom/summary.ts): the
 * lines the rules mark, every declined proposal, accommodation and wedge, and
 * at each round's end the pair becoming or ceasing to be driven together and
 * every change of alignment level, in round order.
 */
import { describe, expect, it } from 'vitest';
import type { Alignment, LogEntry, RoundRecord } from '../game';
import { alignment, drivenTogether, SCENARIO_DATA } from '../game';
import { turningPoints } from '../server/classroom/summary';

const start = SCENARIO_DATA['2019'];
const startLevel = alignment({ tracks: start.tracks, treaty: false });

const record = (round: number, together: boolean, level: Alignment): RoundRecord => ({
  round, globalTension: 2, tracks: start.tracks, prestige: { us: 0, china: 0, russia: 0 }, alignment: level, crises: [],
  hostility: together ? { china: 4, russia: 3 } : { china: 1, russia: 1 }, focus: null, drivenTogether: together, dependency: 3, standing: 5,
  exportControls: false, accommodations: [], wedges: { worked: 0, failed: 0 }, declined: 0, gains: { us: {}, china: {}, russia: {} },
});
const line = (round: number, power: LogEntry['power'], text: string, turningPoint = false): LogEntry => ({ round, power, text, ...(turningPoint ? { turningPoint } : {}) });

describe('turning points', () => {
  it('name driven together and apart, alignment changes, declines, accommodations and wedges, in round order', () => {
    const other = startLevel === 'quasi' ? 'defacto' : 'quasi';
    const together0 = drivenTogether(start);
    const history = [record(1, !together0, startLevel), record(2, !together0, other), record(3, together0, other)];
    const log = [
      line(1, 'russia', "Russia declines China's proposal."),
      line(1, 'us', 'The US places influence.'),
      line(2, 'us', 'The US tries to foster distrust, but Moscow and Beijing, driven together by US hostility, shrug it off.', true),
      line(2, 'us', "The US reaches a durable accommodation with Russia: hostility −2, and the US withdraws from Russia's sphere.", true),
      line(3, null, 'Pacific crisis at Taiwan Strait: a standoff, 3 to 3.', true),
      line(3, 'us', "The US fosters distrust between Moscow and Beijing: Economic cooperation −1, Russia's Dependency +1.", true),
    ];
    const points = turningPoints('2019', log, history);
    expect(points.map((p) => [p.round, p.kind])).toEqual([
      [1, 'declined'],
      [1, together0 ? 'driven-apart' : 'driven-together'],
      [2, 'wedge'],
      [2, 'accommodation'],
      [2, 'alignment'],
      [3, 'event'],
      [3, 'wedge'],
      [3, together0 ? 'driven-together' : 'driven-apart'],
    ]);
    expect(points.find((p) => p.kind === 'alignment')?.text).toMatch(/rises|falls back/);
  });

  it('a finished match’s last line (who won) comes after its last round’s end, not before it', () => {
    const other = startLevel === 'quasi' ? 'defacto' : 'quasi';
    const history = [record(1, true, other), record(2, true, startLevel)];
    const log = [line(2, null, 'The session ends in round 2 of 6: scored where the table stands, China wins.', true)];
    expect(turningPoints('2019', log, history, true).map((p) => [p.round, p.kind]).slice(-2)).toEqual([[2, 'alignment'], [2, 'event']]);
    // Still going, a round's lines come before its end, as they were played.
    expect(turningPoints('2019', log, history).map((p) => [p.round, p.kind]).slice(-2)).toEqual([[2, 'event'], [2, 'alignment']]);
  });

  it('a pair driven together from the start is named in the first round', () => {
    const points = turningPoints('2019', [], [record(1, true, startLevel), record(2, true, startLevel)]);
    expect(points.filter((p) => p.kind === 'driven-together').map((p) => p.round)).toEqual([1]);
  });
});

/**
 * The teacher's live wall starts from a snapshot: a move stored while that snapshot is being
 * read must still reach the wall, after it, or the table would look stuck until its next move.
 */
import { describe, expect, it } from 'vitest';
import { followFromSnapshot } from '../server/classroom/routes';
import { WallListeners } from '../server/classroom/walls';
import type { TableSummary, Wall, WallEvent } from '../game/wire/classroom';

const table = (stateID: number) => ({ number: 1, stateID }) as TableSummary;
const wall = { code: 'ABCDEF', tables: [table(3)] } as unknown as Wall;

describe('the wall stream', () => {
  it('sends a move stored while the snapshot is read after the snapshot, and every later move as it comes', async () => {
    const walls = new WallListeners();
    const sent: WallEvent[] = [];
    const snapshot = async () => {
      await Promise.resolve();
      walls.send('ABCDEF', { kind: 'table', table: table(4) });
      return wall;
    };
    const stop = await followFromSnapshot(snapshot, (l) => walls.subscribe('ABCDEF', l), (e) => sent.push(e));
    walls.send('ABCDEF', { kind: 'table', table: table(5) });
    expect(sent.map((e) => (e.kind === 'table' ? e.table.stateID : e.kind))).toEqual(['wall', 4, 5]);
    stop();
    walls.send('ABCDEF', { kind: 'table', table: table(6) });
    expect(sent).toHaveLength(3);
  });

  it('lets go of the session when the snapshot cannot be read', async () => {
    const walls = new WallListeners();
    await expect(followFromSnapshot(() => Promise.reject(new Error('gone')), (l) => walls.subscribe('ABCDEF', l), () => undefined)).rejects.toThrow('gone');
    expect(walls.of('ABCDEF').size).toBe(0);
  });
});

/** Persist before broadcast, and compare-and-set between processes (server/durable.ts), on a real SQLite storage. */
import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { LocalPubSub, PersistFirst, reportingStorage } from '../server/durable';
import { SQLiteStorage } from '../server/storage/sqlite';

type Frame = { type: string; args: unknown[] };
const stateWithID = (id: number) => ({ G: { n: id }, ctx: {}, plugins: {}, _stateID: id, _undo: [], _redo: [] }) as unknown as State;
const update = (matchID: string, id: number): Frame => ({ type: 'update', args: [matchID, stateWithID(id)] });

function setup(compareAndSet = false) {
  const persist = new PersistFirst();
  const delivered: number[] = [];
  const local = new LocalPubSub<Frame>();
  local.subscribe('MATCH-m', (f) => delivered.push(f.type === 'update' ? (f.args[1] as State)._stateID : -1));
  const pubSub = persist.pubSub(local);
  const inner = new SQLiteStorage(':memory:');
  inner.createMatch('m', { initialState: stateWithID(0), metadata: { gameName: 'g', players: {}, createdAt: 0, updatedAt: 0 } });
  const db = reportingStorage(inner, { onState: (id, s) => persist.noteStored(id, s._stateID), compareAndSet, onLost: persist.noteLost });
  return { persist, pubSub, db, delivered };
}

describe('PersistFirst', () => {
  it('holds a state frame until storage has that state, in order, as boardgame.io publishes before it writes', () => {
    const { pubSub, db, delivered, persist } = setup();
    pubSub.publish('MATCH-m', update('m', 1));
    pubSub.publish('MATCH-m', { type: 'matchData', args: ['m', []] });
    expect(delivered).toEqual([-1]); // frames without state go at once
    expect(persist.pending).toBe(1);
    db.setState('m', stateWithID(1));
    expect(delivered).toEqual([-1, 1]);
    db.setState('m', stateWithID(2));
    pubSub.publish('MATCH-m', update('m', 2)); // already stored: straight through
    expect(delivered).toEqual([-1, 1, 2]);
    expect(persist.pending).toBe(0);
  });

  it('with compare-and-set, of two processes moving on the same state only the first is stored and shown', () => {
    const inner = new SQLiteStorage(':memory:');
    inner.createMatch('m', { initialState: stateWithID(0), metadata: { gameName: 'g', players: {}, createdAt: 0, updatedAt: 0 } });
    // Two processes: each its own PersistFirst and sockets, one shared storage.
    const processes = [0, 1].map(() => {
      const persist = new PersistFirst();
      const delivered: number[] = [];
      const local = new LocalPubSub<Frame>();
      local.subscribe('MATCH-m', (f) => delivered.push((f.args[1] as State)._stateID));
      const db = reportingStorage(inner, { onState: (id, st) => persist.noteStored(id, st._stateID), compareAndSet: true, onLost: persist.noteLost });
      return { persist, pubSub: persist.pubSub(local), db, delivered };
    });
    const [a, b] = processes as [(typeof processes)[0], (typeof processes)[0]];
    // Both read state 0 and make a move: boardgame.io publishes, then writes.
    a.pubSub.publish('MATCH-m', update('m', 1));
    b.pubSub.publish('MATCH-m', update('m', 1));
    a.db.setState('m', stateWithID(1));
    b.db.setState('m', stateWithID(1));
    expect(a.delivered).toEqual([1]);
    expect(b.delivered).toEqual([]); // the losing move is never shown
    expect(b.persist.pending).toBe(0); // and nothing is left waiting behind it
    // B moves again on the stored state: it goes through.
    b.pubSub.publish('MATCH-m', update('m', 2));
    b.db.setState('m', stateWithID(2));
    expect(b.delivered).toEqual([2]);
    expect(inner.fetch('m', { state: true }).state._stateID).toBe(2);
  });
});

/**
 * The classroom session store's contract, against both real backends:
 * embedded SQLite and a throwaway PostgreSQL server (tests/support/postgres.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../server/classroom/session';
import type { SessionStore } from '../server/classroom/store';
import { PostgresSessionStore, SQLiteSessionStore } from '../server/classroom/store';
import type { TestPostgres } from './support/postgres';
import { startPostgres } from './support/postgres';

const dir = mkdtempSync(join(tmpdir(), 'multipolar-class-'));
let pgServer: TestPostgres | undefined;
const opened: SessionStore[] = [];

interface Backend {
  readonly name: string;
  open(key: string): Promise<SessionStore>;
}
const backends: Backend[] = [
  { name: 'SQLite', open: async (key) => new SQLiteSessionStore(join(dir, `${key}.sqlite`)) },
  {
    name: 'PostgreSQL',
    open: async (key) => {
      pgServer ??= await startPostgres();
      const url = (pgDbs[key] ??= pgServer.createDatabase(key));
      return new PostgresSessionStore(await url);
    },
  },
];
const pgDbs: Record<string, Promise<string>> = {};

const session = (code: string, at: number): Session => ({
  code, scenario: '2019', tableSize: 3, endsAt: null, createdAt: at, teacherHash: 'ab'.repeat(32),
  paused: false, ended: false, pushed: [], tables: [], students: [],
});

afterAll(async () => {
  for (const s of opened) await s.close();
  await pgServer?.stop();
});

describe.each(backends)('classroom sessions in $name', (b) => {
  const open = async (key: string) => {
    const s = await b.open(key);
    opened.push(s);
    return s;
  };

  it('stores, reads back, replaces and lists sessions, refusing a taken code', async () => {
    const store = await open('basic');
    expect(await store.get('ABCDEF')).toBeNull();
    expect(await store.create(session('ABCDEF', 1))).toBe(true);
    expect(await store.create(session('ABCDEF', 2))).toBe(false);
    expect(await store.create(session('GHJKMN', 2))).toBe(true);
    const s = (await store.get('ABCDEF'))!;
    expect(s).toEqual(session('ABCDEF', 1));
    s.paused = true;
    s.tables.push({ number: 1, matchID: 'XYZ234', started: true });
    s.students.push({ id: 's1', nickname: 'Ann', tokenHash: 'cd'.repeat(32), table: 1, seat: '0' });
    await store.put(s);
    expect(await store.get('ABCDEF')).toEqual(s);
    expect(await store.codes()).toEqual(['ABCDEF', 'GHJKMN']);
  });

  it('keeps sessions when the database is opened again (a server restart)', async () => {
    const first = await open('restart');
    await first.create({ ...session('PQRSTU', 5), ended: true, pushed: ['taiwan-1996'] });
    await first.close();
    const again = await open('restart');
    expect(await again.get('PQRSTU')).toMatchObject({ ended: true, pushed: ['taiwan-1996'] });
  });
});

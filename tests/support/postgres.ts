/**
 * A real, throwaway PostgreSQL server for tests: initdb into a temp folder,
 * listen on 127.0.0.1 at a free port (unix socket in the folder too), trust
 * auth. As root it runs as the `postgres` system user (postgres refuses root).
 * A detached watchdog stops it and removes the folder if the test process dies
 * without calling stop().
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Throwaway } from './ports';

export interface TestPostgres {
  /** postgres://… of the `postgres` database, as the superuser. */
  readonly url: string;
  /** A new empty database; its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stop the server and start it again on the same data and port (committed data must survive). */
  restart(): Promise<void>;
  /** Stop the server and remove its folder. */
  stop(): Promise<void>;
}

const USER = 'multipolar';
export const MISSING_POSTGRES =
  "PostgreSQL server binaries (initdb, postgres) were not found. The storage tests run a real server: install Debian's " +
  '`postgresql` package (`apt-get install -y postgresql`); `npm test` does it itself when run as root.';

/** The folder holding initdb and postgres: pg_config's, Debian's newest, or on PATH. */
export function findPostgresBin(): string | null {
  const dirs: string[] = [];
  try {
    dirs.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config (or only the client library's): look further
  }
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  dirs.push(...(process.env.PATH ?? '').split(':').filter(Boolean));
  const found = dirs.find((d) => existsSync(join(d, 'postgres')) && existsSync(join(d, 'initdb')));
  // Resolve /usr/local/bin symlinks so postgres finds its share/ and lib/ folders.
  return found ? realpathSync(join(found, 'postgres')).replace(/\/postgres$/, '') : null;
}

/** uid/gid to run postgres as: ourselves, or the `postgres` (else `nobody`) user when root. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      return { uid: id('-u'), gid: id('-g') };
    } catch {
      // no such user: try the next
    }
  }
  throw new Error('running as root, and neither a `postgres` nor a `nobody` user exists to run PostgreSQL as');
}


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(MISSING_POSTGRES);
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'multipolar-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  if (user) chownSync(dir, user.uid, user.gid);

  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
    ...ids, cwd: dir, encoding: 'utf8',
  });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${init.status ?? init.error?.message}):\n${init.stdout}\n${init.stderr}`);
  }

  let port = 0;
  let url = '';
  const owner = new Throwaway('pg', dir, 'SIGQUIT', 'kill -QUIT "$2" 2>/dev/null; sleep 2; kill -KILL "$2" 2>/dev/null');
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '');

  const launch = async (): Promise<void> => {
    const fd = openSync(logFile, 'a');
    // fsync off: a throwaway server; commits still reach the OS, so they survive killing postgres.
    const p = spawn(join(bin, 'postgres'), [
      '-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', dir,
      '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=60', '-c', 'shared_buffers=32MB',
    ], { ...ids, cwd: dir, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    // If the test process dies without stop(), shut postgres down and remove the folder.
    owner.own(p);
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (p.exitCode !== null || p.signalCode !== null) throw new Error(`postgres exited (${p.exitCode ?? p.signalCode}):\n${log()}`);
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => {});
        if (Date.now() > deadline) throw new Error(`postgres did not accept connections within 30 s:\n${log()}`);
        await sleep(100);
      }
    }
  };

  await owner.launchOnFreePort(async (p) => {
    port = p;
    url = `postgres://${USER}@127.0.0.1:${port}/postgres`;
    await launch();
  }, (err) => /could not bind|Address already in use/i.test(String(err)), 'SIGQUIT');

  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        // PostgreSQL 15+ copies the template through the WAL by default: 20x slower for a test.
        const version = Number((await client.query<{ v: string }>('SHOW server_version_num')).rows[0]?.v);
        const strategy = version >= 150000 ? ' STRATEGY FILE_COPY' : '';
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"${strategy}`);
      } finally {
        await client.end();
      }
      return url.replace(/\/postgres$/, `/${encodeURIComponent(name)}`);
    },
    async restart() {
      await owner.halt('SIGINT');
      await launch();
    },
    stop: () => owner.dispose('SIGINT'),
  };
}

/**
 * A real, throwaway Redis server for tests (Debian's `redis-server`): on
 * 127.0.0.1 at a free port, no persistence, its folder in the temp dir. A
 * detached watchdog stops it and removes the folder if the test process dies
 * without calling stop().
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Throwaway, waitFor } from './ports';

export interface TestRedis {
  /** redis://127.0.0.1:port */
  readonly url: string;
  readonly port: number;
  /** Kill the server (SIGKILL: nothing saved, every connection dropped). */
  kill(): Promise<void>;
  /** Start it again on the same port after kill(). */
  start(): Promise<void>;
  /** Stop the server and remove its folder. */
  stop(): Promise<void>;
}

export const MISSING_REDIS =
  "redis-server was not found. The cluster tests run a real Redis: install Debian's `redis-server` package " +
  '(`apt-get install -y redis-server`); `npm test` does it itself when run as root.';

export function findRedisServer(): string | null {
  for (const p of ['/usr/bin/redis-server', ...(process.env.PATH ?? '').split(':').filter(Boolean).map((d) => join(d, 'redis-server'))]) {
    if (existsSync(p)) return p;
  }
  return null;
}

/** True once the server answers PING with PONG. */
function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    let got = '';
    s.setTimeout(1000, () => (s.destroy(), resolve(false)));
    s.on('error', () => resolve(false));
    s.on('connect', () => s.write('PING\r\n'));
    s.on('data', (b) => {
      got += b.toString();
      if (got.includes('\r\n')) {
        s.destroy();
        resolve(got.startsWith('+PONG'));
      }
    });
  });
}

export async function startRedis(): Promise<TestRedis> {
  const bin = findRedisServer();
  if (!bin) throw new Error(MISSING_REDIS);
  const dir = mkdtempSync(join(tmpdir(), 'multipolar-redis-'));
  const logFile = join(dir, 'redis.log');
  let port = 0;
  const owner = new Throwaway('redis', dir, 'SIGKILL', 'kill -KILL "$2" 2>/dev/null');
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-3000) : '');

  const launch = async (): Promise<void> => {
    const p = spawn(bin, [
      '--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--logfile', logFile,
      '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes',
    ], { cwd: dir, stdio: 'ignore' });
    owner.own(p);
    await waitFor(async () => {
      if (p.exitCode !== null || p.signalCode !== null) throw new Error(`redis-server exited (${p.exitCode ?? p.signalCode}):\n${log()}`);
      return pong(port);
    }, 15_000, () => `redis-server did not answer within 15 s:\n${log()}`);
  };
  port = await owner.launchOnFreePort(async (p) => {
    port = p;
    await launch();
  }, (err) => /Address already in use|bind/i.test(`${String(err)} ${log()}`), 'SIGKILL');

  return {
    get url() {
      return `redis://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    kill: () => owner.halt('SIGKILL'),
    start: launch,
    stop: () => owner.dispose('SIGTERM'),
  };
}

/** The version redis-server reports (for the bench's header). */
export function redisVersion(): string {
  const bin = findRedisServer();
  return bin ? execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim() : 'not installed';
}

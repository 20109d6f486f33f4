/**
 * A real, throwaway nginx (Debian's `nginx`) in front of several server
 * processes: HTTP and websockets proxied round robin to every upstream, so one
 * match's sockets land on different processes. On 127.0.0.1 at a free port,
 * its config, logs and temp files in a temp folder; a detached watchdog stops
 * it and removes the folder if the test process dies without calling stop().
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './ports';

export interface TestNginx {
  /** http://127.0.0.1:port */
  readonly url: string;
  /** The config it runs (docs/deploy.md shows the same proxy settings). */
  readonly config: string;
  stop(): Promise<void>;
}

export const MISSING_NGINX =
  "nginx was not found. The cluster tests put a real nginx in front of the servers: install Debian's `nginx` package " +
  '(`apt-get install -y nginx`); `npm test` does it itself when run as root.';

export function findNginx(): string | null {
  for (const p of ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').filter(Boolean).map((d) => join(d, 'nginx'))]) {
    if (existsSync(p)) return p;
  }
  return null;
}

/** The proxy config: round robin over `upstreams` (host:port), websockets upgraded. */
export function nginxConfig(dir: string, port: number, upstreams: readonly string[]): string {
  return `
worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;

  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }

  upstream multipolar {
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 16;
  }

  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://multipolar;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout;
    }
  }
}
`;
}

export async function startNginx(upstreams: readonly string[]): Promise<TestNginx> {
  const bin = findNginx();
  if (!bin) throw new Error(MISSING_NGINX);
  const dir = mkdtempSync(join(tmpdir(), 'multipolar-nginx-'));
  mkdirSync(join(dir, 'tmp'));
  const confFile = join(dir, 'nginx.conf');
  const log = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8').slice(-3000) : '');

  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const config = nginxConfig(dir, port, upstreams);
    writeFileSync(confFile, config);
    const check = spawnSync(bin, ['-t', '-q', '-p', dir, '-c', confFile], { encoding: 'utf8' });
    if (check.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx rejected its config:\n${check.stderr}`);
    }
    const proc: ChildProcess = spawn(bin, ['-p', dir, '-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    const watchdog = spawn('sh', ['-c',
      'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -QUIT "$2" 2>/dev/null; sleep 1; kill -KILL "$2" 2>/dev/null; rm -rf "$3"',
      'nginx-watchdog', String(process.pid), String(proc.pid), dir,
    ], { detached: true, stdio: 'ignore' });
    watchdog.unref();
    const onExit = () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGQUIT');
    };
    process.once('exit', onExit);
    const stop = async (remove: boolean) => {
      process.removeListener('exit', onExit);
      try { process.kill(watchdog.pid!); } catch { /* already gone */ }
      if (proc.exitCode === null && proc.signalCode === null) {
        await new Promise<void>((resolve) => {
          proc.once('exit', () => resolve());
          proc.kill('SIGQUIT'); // graceful: workers finish, then exit
          setTimeout(() => proc.kill('SIGKILL'), 3000).unref();
        });
      }
      if (remove) rmSync(dir, { recursive: true, force: true });
    };
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitFor(async () => {
        if (proc.exitCode !== null) throw new Error(`nginx exited (${proc.exitCode}): ${stderr}\n${log()}`);
        return fetch(`${url}/healthz`).then((r) => r.ok, () => false);
      }, 15_000, () => `nginx did not proxy /healthz within 15 s: ${stderr}\n${log()}`);
      return { url, config, stop: () => stop(true) };
    } catch (err) {
      await stop(false);
      if (attempt >= 3 || !/Address already in use|bind\(\)/i.test(`${String(err)}`)) {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      }
    }
  }
}

#!/usr/bin/env node
// pretest: install what a fresh clone is missing, so `npm test` alone is enough.
// npm dependencies always; Debian packages (chromium, postgresql, redis-server)
// only when a test needs them, via apt-get when root, otherwise a clear message.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/boardgame.io')) {
  console.log('pretest: installing npm dependencies (npm ci)…');
  run(existsSync('package-lock.json') ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund');
}

/** PostgreSQL's server binaries: Debian's /usr/lib/postgresql/<major>/bin, or initdb and postgres on PATH. */
function postgresServer() {
  const debian = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`) : [];
  const path = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...debian, ...path].some((d) => existsSync(join(d, 'postgres')) && existsSync(join(d, 'initdb')));
}

/** A program in one of `dirs` or on PATH. */
function onPath(name, dirs) {
  return [...dirs, ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)].some((d) => existsSync(join(d, name)));
}

/** Debian packages the test suite uses, with a check that each is present. */
const DEBIAN = [
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  // The storage tests start a throwaway PostgreSQL server of their own (tests/support/postgres.ts).
  { pkg: 'postgresql', present: postgresServer },
  // The cluster tests start a throwaway Redis and nginx of their own (tests/support/redis.ts, nginx.ts).
  { pkg: 'redis-server', present: () => onPath('redis-server', ['/usr/bin']) },
  { pkg: 'nginx', present: () => onPath('nginx', ['/usr/sbin']) },
];

const missing = DEBIAN.filter((d) => !d.present());
if (missing.length > 0) {
  const names = missing.map((d) => d.pkg).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`pretest: installing Debian packages: ${names}`);
    run('apt-get update -qq');
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`);
  } else {
    console.error(`pretest: these Debian packages are needed by the tests: ${names}\n  run: sudo apt-get install -y ${names}`);
    process.exit(1);
  }
}

/** Build the client once for every end-to-end test (MULTIPOLAR_SKIP_BUILD=1 reuses dist/). */
import { execSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.MULTIPOLAR_SKIP_BUILD === '1') return;
  // The build players get: under Vitest NODE_ENV is "test", which would build for development
  // (no service worker, development code paths).
  execSync('npx vite build --logLevel error', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

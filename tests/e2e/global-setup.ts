/** Build the client once for every end-to-end test (MULTIPOLAR_SKIP_BUILD=1 reuses dist/). */
import { execSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.MULTIPOLAR_SKIP_BUILD === '1') return;
  execSync('npx vite build --logLevel error', { stdio: 'inherit' });
}

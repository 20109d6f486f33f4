/** Small helpers shared by the throwaway servers tests start (Redis, nginx). */
import { createServer } from 'node:net';

/** A port free on 127.0.0.1 right now (another process may still take it: callers retry). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Poll `ready` every 100 ms until it holds; fail with `why()` after `ms`. */
export async function waitFor(ready: () => Promise<boolean>, ms: number, why: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await ready()) return;
    if (Date.now() > deadline) throw new Error(why());
    await new Promise((r) => setTimeout(r, 100));
  }
}

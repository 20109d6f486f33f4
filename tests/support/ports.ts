/** Small helpers shared by the throwaway servers tests start (PostgreSQL, Redis, nginx). */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
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

/**
 * A throwaway server process a test owns, in a folder of its own: a detached
 * watchdog stops it and removes the folder if the test process dies without
 * stopping it; the test process's exit kills it otherwise.
 */
export class Throwaway {
  private proc: ChildProcess | null = null;
  private watchdog: ChildProcess | null = null;
  private readonly onExit = () => {
    const p = this.proc;
    if (p && p.exitCode === null && p.signalCode === null) p.kill(this.exitSignal);
  };

  /** `watchdogKill`: the shell line that stops the process "$2" once the test process is gone. */
  constructor(private readonly name: string, private readonly dir: string, private readonly exitSignal: NodeJS.Signals, private readonly watchdogKill: string) {
    process.once('exit', this.onExit);
  }

  /** Watch `p` from now on (a restart hands over the new process). */
  own(p: ChildProcess): void {
    this.proc = p;
    this.watchdog = spawn('sh', ['-c', `while kill -0 "$1" 2>/dev/null; do sleep 1; done; ${this.watchdogKill}; rm -rf "$3"`,
      `${this.name}-watchdog`, String(process.pid), String(p.pid), this.dir], { detached: true, stdio: 'ignore' });
    this.watchdog.unref();
  }

  /** Stop the process with `signal` and wait for it (the folder stays). */
  async halt(signal: NodeJS.Signals): Promise<void> {
    if (this.watchdog?.pid) {
      try { process.kill(this.watchdog.pid); } catch { /* already gone */ }
    }
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill(signal);
    });
  }

  /** Stop it for good and remove its folder. */
  async dispose(signal: NodeJS.Signals): Promise<void> {
    process.removeListener('exit', this.onExit);
    await this.halt(signal);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * Launch on a free port, up to three times: another process may take the
   * port between `freePort()` and the server binding it (`lostPort` says so).
   */
  async launchOnFreePort(launch: (port: number) => Promise<void>, lostPort: (err: unknown) => boolean, haltSignal: NodeJS.Signals): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        await launch(port);
        return port;
      } catch (err) {
        await this.halt(haltSignal);
        if (attempt >= 3 || !lostPort(err)) {
          await this.dispose(haltSignal);
          throw err;
        }
      }
    }
  }
}

/**
 * End-to-end harness: the real server (built client + boardgame.io) on a free
 * loopback port, and Debian's Chromium through playwright-core. Servers exit
 * with the test process (EXIT_WITH_PID) even if a test crashes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningServer {
  readonly url: string;
  readonly proc: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Start the server; by default on a fresh data folder of its own. */
export async function startServer(env: Record<string, string> = {}, entry = 'server/main.ts'): Promise<RunningServer> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'multipolar-'));
  // One node process (no npx or tsx wrapper), so a signal reaches the server itself.
  const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', EXIT_WITH_PID: String(process.pid), DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = output.match(/running at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    url,
    proc,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

export const CHROMIUM_ARGS: readonly string[] = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/** How a test page behaves. */
export interface PageOptions {
  /** Downloads are kept, so a test can read the file a button saves. */
  readonly acceptDownloads?: boolean;
  /** How long one step may wait, ms: 60 s unless told (two cores shared with the server and other suites: Phaser under SwiftShader can take a while). */
  readonly timeout?: number;
  /** Where the page's uncaught errors are collected (the test asserts it stays empty); without it an error fails the run at once. */
  readonly errors?: string[];
  /** A phone or tablet: touch events, a mobile viewport, one device pixel per CSS pixel unless `pixelRatio` says. */
  readonly touch?: boolean;
  /** Device pixels per CSS pixel (1 unless told): 2 or 3 for most phones. */
  readonly pixelRatio?: number;
}

/** Give a page the suite's timeout and error handling (also for a further page of a context made by `newPage`). */
export function watchPage(page: Page, options: PageOptions = {}): Page {
  page.setDefaultTimeout(options.timeout ?? 60_000);
  const errors = options.errors;
  page.on('pageerror', (e) => {
    if (errors) errors.push(e.message);
    else throw e;
  });
  return page;
}

export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A page in a fresh context (empty localStorage, as for a new player); its `context()` is that person's. */
  newPage(viewport?: { width: number; height: number }, options?: PageOptions): Promise<Page>;
}

/** One server and one Chromium for a test file, started before its tests and stopped after. */
export function browserSuite(env: Record<string, string> = {}): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('the suite has not started (use it inside a test)');
    return x;
  };
  return {
    get server() { return started(server); },
    get browser() { return started(browser); },
    async newPage(viewport = { width: 1280, height: 720 }, options: PageOptions = {}) {
      const touch = options.touch ? { hasTouch: true, isMobile: true } : {};
      const context = await started(browser).newContext({ viewport, acceptDownloads: options.acceptDownloads, deviceScaleFactor: options.pixelRatio ?? 1, ...touch });
      return watchPage(await context.newPage(), options);
    },
  };
}

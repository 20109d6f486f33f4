/**
 * What every answer tells the browser (server/http/headers.ts): a Content
 * Security Policy without inline script, nosniff, no framing, no referrer;
 * answers carrying credentials never stored; Vite's hashed assets cached for
 * good and the page revalidated. The policy must not break the game: the page
 * is played in Chromium and no violation may be reported.
 */
import { request } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './e2e/harness';
import { launchBrowser, startServer } from './e2e/harness';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ BOT_DELAY_MS: '0' });
});
afterAll(async () => {
  await server?.stop();
});

function expectSecurityHeaders(r: Response, what: string): void {
  const csp = r.headers.get('content-security-policy') ?? '';
  expect(csp, what).toMatch(/script-src 'self'(;|$)/);
  expect(csp, what).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  expect(csp, what).toMatch(/object-src 'none'/);
  expect(r.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(r.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(r.headers.get('x-frame-options'), what).toBe('DENY');
}
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('security headers', () => {
  it('are on the page, an asset, a Lobby answer, error answers and socket.io’s own', async () => {
    const page = await fetch(`${server.url}/`);
    expectSecurityHeaders(page, 'page');
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const asset = /src="\.\/(assets\/main-[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    expectSecurityHeaders(await fetch(`${server.url}/${asset}`), 'asset');
    expectSecurityHeaders(await fetch(`${server.url}/games`), 'lobby list');
    expectSecurityHeaders(await fetch(`${server.url}/games/multipolar/create`, json({ numPlayers: 2 })), 'lobby 400');
    expectSecurityHeaders(await fetch(`${server.url}/GAMES/multipolar/create`, json({ numPlayers: 3 })), 'lobby 404');
    expectSecurityHeaders(await fetch(`${server.url}/no-such-file.txt`), 'static 404');
    expectSecurityHeaders(await fetch(`${server.url}/api/classroom/sessions/ZZZZZZ`), 'classroom 404');
    expectSecurityHeaders(await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`), 'socket.io');
  });

  it('let the socket connect to its own host only', async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
    const host = new URL(server.url).host;
    expect(csp).toContain(`connect-src 'self' ws://${host} wss://${host}`);
    // A Host header that is not a host name adds nothing to the policy (fetch would not send it).
    const { hostname, port } = new URL(server.url);
    const policy = await new Promise<string>((resolve, reject) => {
      request({ host: hostname, port, path: '/', headers: { Host: 'evil.example;script-src *' } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      }).on('error', reject).end();
    });
    expect(policy).toMatch(/connect-src 'self';/);
    expect(policy).not.toContain('evil');
  });
});

describe('caching', () => {
  it('hashed assets are immutable for a year; the page is revalidated', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    for (const path of [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!)) {
      const r = await fetch(`${server.url}/${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${server.url}/index.html`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('the service worker is revalidated on every visit, so a new build reaches players', async () => {
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(sw, 'service worker');
    // Workbox's runtime, which sw.js loads beside it.
    const runtime = /define\(\["\.\/(workbox-[A-Za-z0-9_-]+)"\]/.exec(await sw.text())?.[1];
    expect(runtime).toBeDefined();
    expect((await fetch(`${server.url}/${runtime}.js`)).headers.get('cache-control')).toBe('no-cache');
    const csp = sw.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/worker-src 'self'/);
    expect(csp).toMatch(/manifest-src 'self'/);
  });

  it('answers that carry credentials or tokens are never stored', async () => {
    const created = await fetch(`${server.url}/games/multipolar/create`, json({ numPlayers: 3 }));
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { matchID } = (await created.json()) as { matchID: string };
    const joined = await fetch(`${server.url}/games/multipolar/${matchID}/join`, json({ playerName: 'Ada' }));
    expect(joined.status).toBe(200);
    expect(joined.headers.get('cache-control')).toBe('no-store');
    const again = await fetch(`${server.url}/games/multipolar/${matchID}/playAgain`, json({ playerID: '0', credentials: 'x' }));
    expect(again.headers.get('cache-control')).toBe('no-store');
    const session = await fetch(`${server.url}/api/classroom/sessions`, json({ scenario: '2019', tableSize: 1 }));
    expect(session.status).toBe(201);
    expect(session.headers.get('cache-control')).toBe('no-store');
    const { code, teacherToken } = (await session.json()) as { code: string; teacherToken: string };
    const student = await fetch(`${server.url}/api/classroom/sessions/${code}/join`, json({ nickname: 'Ann' }));
    expect(student.status).toBe(200);
    expect(student.headers.get('cache-control')).toBe('no-store');
    const wall = await fetch(`${server.url}/api/classroom/sessions/${code}`, { headers: { Authorization: `Bearer ${teacherToken}` } });
    expect(wall.status).toBe(200);
    expect(wall.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the policy in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reports no violation while the board is drawn, and the rules, lab and classroom pages open', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.url}/?botDelay=0#/hotseat`);
    for (const p of ['china', 'russia']) await page.selectOption(`select[name="seat-${p}"]`, 'easy');
    await page.click('#start');
    await page.waitForSelector('canvas');
    await page.waitForTimeout(1500);
    for (const route of ['rules', 'lab', 'classroom', 'online']) {
      await page.goto(`${server.url}/#/${route}`);
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});

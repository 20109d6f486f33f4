/**
 * Offline after the first visit (client/offline/, the service worker built by
 * vite-plugin-pwa): a player loads the page once, loses the network, reloads,
 * and still plays hot-seat against bots to the end, replays the match, opens
 * the tutorial and runs the thesis lab's workers; online and the classroom say
 * they need the server. The web app manifest is served, valid and installable.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, CHROMIUM, CHROMIUM_ARGS, startServer } from './harness';

const suite = browserSuite();

/** A fresh profile's first visit, until the service worker controls the page (it has precached the build). */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${suite.server.url}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  return page;
}

/** What the server answers, tried from the page: null when the request never got an answer. */
const reach = (page: Page, path: string) =>
  page.evaluate((p) => fetch(p).then((r) => r.status, () => null), path);

describe('offline after the first visit', () => {
  it('hot-seat with bots plays to the end, its replay, the tutorial and the lab open; online and classroom say they need the server', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    // The service worker, its registration and the manifest run under the server's policy.
    await context.exposeFunction('reportViolation', (v: string) => errors.push(`CSP: ${v}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await firstVisit(context);
    page.on('pageerror', (e) => errors.push(e.message));

    await context.setOffline(true);
    // Truly offline, and the server's own paths are never answered from the cache.
    for (const path of ['/healthz', '/games/multipolar', '/api/classroom/sessions/ABCDEF']) expect(await reach(page, path), path).toBeNull();

    // A reload with the network gone: the page and every screen's chunk come from the service worker.
    await page.goto(`${suite.server.url}/?botDelay=0&confirm=0#/hotseat?start=1&seed=offline&us=easy&china=easy&russia=easy`);
    const over = page.locator('dialog.gameover[open]');
    await over.waitFor({ timeout: 120_000 });
    expect(await over.textContent()).toMatch(/(United States|China|Russia) (wins|pushed the world to the Brink)/);

    // Its replay, from the game-over dialog and from the menu's list of saved matches.
    await over.locator('#gameover-replay').click();
    await page.locator('#replay-step').waitFor();
    await page.locator('.board canvas').waitFor();
    await page.goto(`${suite.server.url}/#/`);
    await page.locator('.finished a.finished-replay').first().click();
    await page.locator('#replay-step').waitFor();
    expect(await page.locator('.replay-result').textContent()).toMatch(/(wins|Brink)/);

    await page.goto(`${suite.server.url}/#/tutorial`);
    await page.locator('.tut-coach').waitFor();
    await page.locator('.board canvas').waitFor();

    // The lab's games run in Web Workers: their script must have been precached too.
    await page.goto(`${suite.server.url}/#/lab`);
    await page.locator('#lab-run').waitFor();
    for (const p of ['us', 'china', 'russia']) await page.selectOption(`select[name="level-${p}"]`, 'easy');
    await page.click('#lab-run');
    await page.waitForFunction(() => Number((document.querySelector('#lab-progress progress') as HTMLProgressElement).value) > 0, undefined, { timeout: 60_000 });
    await page.locator('#lab-cancel').click().catch(() => undefined);

    // The screens that need the server say so. (After a reload Chromium's emulated offline mode
    // leaves navigator.onLine true, so this also covers a network without the server.)
    await page.goto(`${suite.server.url}/#/online`);
    const notice = page.locator('#network-notice[role="alert"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/online matches and the classroom need/);
    await expect.poll(() => page.locator('.open-list').textContent()).toMatch(/Cannot reach the server/);
    await page.goto(`${suite.server.url}/#/online/match/ABC234`);
    await notice.waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Cannot reach the server/);
    await page.goto(`${suite.server.url}/#/classroom`);
    await notice.waitFor();
    // Not on the screens that work offline.
    await page.goto(`${suite.server.url}/#/`);
    await page.locator('#mode-tutorial').waitFor();
    expect(await notice.count()).toBe(0);

    // The network returns: the notice goes and the lobby reaches the server again.
    await page.goto(`${suite.server.url}/#/online`);
    await notice.waitFor();
    await context.setOffline(false);
    await notice.waitFor({ state: 'detached' });
    await page.click('#refresh-open');
    await expect.poll(() => page.locator('.open-list').textContent()).toMatch(/No public match is open right now/);

    // Nothing the server answers was kept in a cache (the lobby list, the classroom, the health check).
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(10);
    expect(cached.filter((u) => /^\/(api|games|socket\.io|healthz)(\/|$)/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('the manifest is served and valid, its icons exist at their stated sizes, and Chromium finds the page installable', async () => {
    const html = await (await fetch(`${suite.server.url}/`)).text();
    const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    const manifestUrl = new URL(href!, `${suite.server.url}/`);
    const res = await fetch(manifestUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = JSON.parse(await res.text()) as {
      name: string; short_name: string; display: string; start_url: string; theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Multipolar', short_name: 'Multipolar', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = new Set<string>();
    for (const icon of manifest.icons) {
      const r = await fetch(new URL(icon.src, manifestUrl));
      expect(r.status, icon.src).toBe(200);
      expect(r.headers.get('content-type'), icon.src).toContain(icon.type);
      const bytes = Buffer.from(await r.arrayBuffer());
      if (icon.type === 'image/png') {
        // The PNG's own header says its width and height.
        expect(bytes.subarray(1, 4).toString('ascii'), icon.src).toBe('PNG');
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
        sizes.add(`${icon.sizes} ${icon.purpose ?? 'any'}`);
      } else {
        expect(bytes.toString('utf8'), icon.src).toMatch(/^<svg /);
      }
    }
    expect([...sizes].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

    // What Chromium itself says: the manifest parses without errors and the page can be installed.
    // (Playwright's ordinary contexts are incognito, where Chromium never installs: a profile on disk.)
    const profile = mkdtempSync(join(tmpdir(), 'multipolar-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    try {
      const page = await firstVisit(context);
      const cdp = await context.newCDPSession(page);
      const parsed = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[]; url: string };
      expect(parsed.url).toBe(manifestUrl.href);
      expect(parsed.errors).toEqual([]);
      const install = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      expect(install.installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('a new version reaches a player at the menu at once, and waits behind a banner in a game in progress', async () => {
    // A copy of the build of its own, so a "new version" can be published under a running server.
    const dir = mkdtempSync(join(tmpdir(), 'multipolar-client-'));
    cpSync('dist/client', dir, { recursive: true });
    const own = await startServer({ CLIENT_DIR: dir });
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const menu = await context.newPage();
      await menu.goto(`${own.url}/#/`);
      await menu.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      const game = await context.newPage();
      await game.goto(`${own.url}/?botDelay=0#/hotseat?start=1&seed=update&us=human&china=easy&russia=easy`);
      await game.locator('#actions button:not([disabled]):visible').first().waitFor();
      await game.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });
      // Both tabs follow updates once their registration has run (a few seconds after load).
      for (const p of [menu, game]) await p.locator('html[data-service-worker="registered"]').waitFor({ state: 'attached', timeout: 30_000 });

      // Publish: a changed page, and the worker that precaches it.
      const indexPath = join(dir, 'index.html');
      writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('<head>', '<head><meta name="build" content="two">'));
      const swPath = join(dir, 'sw.js');
      const sw = readFileSync(swPath, 'utf8');
      const updated = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+(")/, '$1feedfacefeedfacefeedfacefeedface$2');
      expect(updated).not.toBe(sw);
      writeFileSync(swPath, updated);

      // The browser checks for a new worker on each visit; here the menu's tab asks at once.
      await menu.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      // At the menu nothing is lost: the new version takes over and the page reloads into it.
      await menu.locator('meta[name="build"][content="two"]').waitFor({ state: 'attached', timeout: 60_000 });
      await menu.locator('#mode-tutorial').waitFor();
      // In the game: a banner offers the reload, and the game stays as it was until the player chooses.
      const banner = game.locator('#update-banner');
      await banner.waitFor({ timeout: 30_000 });
      expect(await banner.locator('button#update-now').textContent()).toMatch(/Reload|Update/);
      expect(await game.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await game.locator('#actions button:not([disabled]):visible').first().waitFor();
      await banner.locator('#update-now').click();
      await game.locator('meta[name="build"][content="two"]').waitFor({ state: 'attached', timeout: 30_000 });
    } finally {
      await context.close();
      await own.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

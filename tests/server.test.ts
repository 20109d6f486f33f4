/** The one-port server as `npm start` runs it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';

let server: RunningServer;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => { await server?.stop(); });

describe('server', () => {
  it('answers its health check', async () => {
    const r = await fetch(`${server.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ ok: true, pendingFrames: 0 });
  });

  it('serves the Lobby API (koa-compose pinned: without the override every route is a 404)', async () => {
    const r = await fetch(`${server.url}/games`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual(['multipolar']);
  });

  it('serves the built client on the same port', async () => {
    const r = await fetch(`${server.url}/`);
    expect(r.status).toBe(200);
    expect(await r.text()).toMatch(/<title>Multipolar<\/title>/);
  });

});

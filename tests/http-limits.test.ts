/**
 * Limits a client meets on the HTTP side: guessing classroom codes is refused
 * after a few failures a minute whatever codes are tried; a body that arrives
 * slowly is cut off with a 408; an upload the client abandons is one log line,
 * not a 500 with a stack.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ CLASSROOM_JOIN_FAILURES_PER_MIN: '5', REQUEST_TIMEOUT_MS: '1500' });
});
afterAll(async () => {
  await server?.stop();
});

const join = (code: string, nickname = 'Guess') =>
  fetch(`${server.url}/api/classroom/sessions/${code}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nickname }) });

/** Raw HTTP: headers now, the body's bytes one by one, slowly or never. */
function rawRequest(path: string, body: string, o: { gapMs: number; abortAfter?: number }): Promise<{ status: number | null; ms: number }> {
  const { hostname, port } = new URL(server.url);
  const start = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    let sent = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    const done = () => {
      clearInterval(timer);
      const m = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      resolve({ status: m ? Number(m[1]) : null, ms: Date.now() - start });
    };
    socket.on('data', (b) => {
      answer += b.toString();
    });
    socket.on('close', done);
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      timer = setInterval(() => {
        if (o.abortAfter !== undefined && sent >= o.abortAfter) {
          clearInterval(timer);
          socket.destroy();
          return;
        }
        if (sent < body.length && !socket.destroyed) socket.write(body[sent++]!);
      }, o.gapMs);
    });
  });
}

describe('classroom codes cannot be guessed at speed', () => {
  it('after a few joins to codes that are no session, every code is refused (429) for that client, a real one too', async () => {
    const created = await fetch(`${server.url}/api/classroom/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: '2019', tableSize: 1 }) });
    const { code } = (await created.json()) as { code: string };
    const guesses = ['AAAAAA', 'BBBBBB', 'CCCCCC', 'not-a-code', 'DDDDDD'];
    const statuses: number[] = [];
    for (const g of guesses) statuses.push((await join(g)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    expect((await join('EEEEEE')).status).toBe(429);
    const real = await join(code);
    expect(real.status).toBe(429);
    expect(((await real.json()) as { error: string }).error).toMatch(/wait a minute/);
  });
});

describe('request bodies have a deadline', () => {
  it('a Lobby body sent a byte every 400 ms is cut off with a 408 within seconds', async () => {
    const r = await rawRequest('/games/multipolar/create', JSON.stringify({ numPlayers: 3, setupData: { scenario: '2019' } }), { gapMs: 400 });
    expect(r.status).toBe(408);
    expect(r.ms).toBeLessThan(6000);
  });

  it('an abandoned Lobby upload is a line in the log, not a 500 with a stack', async () => {
    const before = server.output().length;
    const r = await rawRequest('/games/multipolar/create', JSON.stringify({ numPlayers: 3 }), { gapMs: 20, abortAfter: 5 });
    expect(r.status).toBeNull();
    await new Promise((res) => setTimeout(res, 300));
    const log = server.output().slice(before);
    expect(log).toMatch(/abandoned the request/);
    expect(log).not.toMatch(/lobby error|internal error|\n\s+at /);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

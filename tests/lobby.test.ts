/**
 * The Lobby API as players reach it: boardgame.io's own LobbyClient works
 * unchanged, bad input gets a 4xx with a sentence (never a 5xx), bots take the
 * seats they were given, and other origins are refused.
 */
import { LobbyClient } from 'boardgame.io/client';
import fc from 'fast-check';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ALPHABET, NAME_MAX } from '../server/lobby';
import { originAllowed } from '../server/app';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';

let server: RunningServer;
let limited: RunningServer;
let proxied: RunningServer;
beforeAll(async () => {
  [server, limited, proxied] = await Promise.all([
    startServer({ LOBBY_RATE_PER_MIN: '1000', BOT_DELAY_MS: '0' }),
    startServer({ LOBBY_RATE_PER_MIN: '3' }),
    startServer({ LOBBY_RATE_PER_MIN: '3', TRUST_PROXY: '1' }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), limited?.stop(), proxied?.stop()]);
});

const post = async (path: string, body: unknown, headers: Record<string, string> = {}, base = server.url) => {
  const r = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await r.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: r.status, json, headers: r.headers };
};
const create = async (body: unknown = { numPlayers: 3 }) => (await post('/games/multipolar/create', body)).json.matchID as string;

describe('boardgame.io’s own LobbyClient against our server', () => {
  it('creates, lists, joins and reads a match with a 6-character code', async () => {
    const lobby = new LobbyClient({ server: server.url });
    const { matchID } = await lobby.createMatch('multipolar', { numPlayers: 3, setupData: { scenario: '2014' } });
    expect(matchID).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    const joined = await lobby.joinMatch('multipolar', matchID, { playerName: '  Ada  ' });
    expect(joined.playerID).toBe('0');
    expect(joined.playerCredentials.length).toBeGreaterThanOrEqual(32);
    const match = await lobby.getMatch('multipolar', matchID);
    expect(match.players[0]).toMatchObject({ id: 0, name: 'Ada' });
    expect(JSON.stringify(match)).not.toContain(joined.playerCredentials);
    const { matches } = await lobby.listMatches('multipolar');
    expect(matches.map((m) => m.matchID)).toContain(matchID);
  });

  it('keeps unlisted matches out of the list but joinable by code', async () => {
    const matchID = await create({ numPlayers: 3, unlisted: true });
    const list = (await (await fetch(`${server.url}/games/multipolar`)).json()) as { matches: { matchID: string }[] };
    expect(list.matches.map((m) => m.matchID)).not.toContain(matchID);
    expect((await post(`/games/multipolar/${matchID}/join`, { playerName: 'Bo' })).status).toBe(200);
  });
});

describe('bot seats', () => {
  it('are taken by the bots the creator chose, and no person can join them', async () => {
    const matchID = await create({ numPlayers: 3, setupData: { scenario: '2019', seats: { '1': 'normal', '2': 'hard' } } });
    const match = (await (await fetch(`${server.url}/games/multipolar/${matchID}`)).json()) as { players: { name?: string; data?: unknown }[] };
    expect(match.players[1]).toMatchObject({ name: 'Normal bot', data: { bot: 'normal' } });
    expect(match.players[2]).toMatchObject({ name: 'Hard bot', data: { bot: 'hard' } });
    expect(match.players[0]!.name).toBeUndefined();
    const r = await post(`/games/multipolar/${matchID}/join`, { playerName: 'Eve', playerID: '1' });
    expect(r.status).toBe(409);
    expect(r.json.error).toMatch(/not available/);
  });

  it('take Expert, the fourth level, and refuse a level that does not exist', async () => {
    const matchID = await create({ numPlayers: 3, setupData: { scenario: '2019', seats: { '2': 'expert' } } });
    const match = (await (await fetch(`${server.url}/games/multipolar/${matchID}`)).json()) as { players: { name?: string; data?: unknown }[] };
    expect(match.players[2]).toMatchObject({ name: 'Expert bot', data: { bot: 'expert' } });
    const bad = await post('/games/multipolar/create', { numPlayers: 3, setupData: { seats: { '2': 'grandmaster' } } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/seats\.2 must be one of human, easy, normal, hard, expert/);
  });

  it('cannot be faked: player data is the server’s', async () => {
    const matchID = await create();
    const r = await post(`/games/multipolar/${matchID}/join`, { playerName: 'Mallory', data: { bot: 'normal' } });
    expect(r.status).toBe(403);
    expect(r.json.error).toMatch(/set by the server/);
  });
});

describe('bad input gets a 4xx with a clear message', () => {
  const cases: [string, string, unknown, number, RegExp][] = [
    ['create', 'numPlayers 2', { numPlayers: 2 }, 400, /numPlayers must be 3/],
    ['create', 'unknown scenario', { numPlayers: 3, setupData: { scenario: '1066' } }, 400, /scenario must be one of/],
    ['create', 'unknown seat kind', { numPlayers: 3, setupData: { seats: { '0': 'genius' } } }, 400, /seats\.0 must be one of/],
    ['create', 'no person at all', { numPlayers: 3, setupData: { seats: { '0': 'easy', '1': 'easy', '2': 'easy' } } }, 400, /at least one seat/],
    ['create', 'not JSON', '{"numPlayers": 3', 400, /not valid JSON/],
    ['create', 'an array', [1, 2], 400, /JSON object/],
    ['join', 'no name', {}, 400, /playerName is required/],
    ['join', 'a long name', { playerName: 'x'.repeat(NAME_MAX + 1) }, 400, /1 to 24 characters/],
    ['join', 'a blank name', { playerName: '   ' }, 400, /1 to 24 characters/],
    ['join', 'a seat that does not exist', { playerName: 'Al', playerID: '7' }, 400, /playerID must be one of/],
    ['leave', 'no credentials', { playerID: '0' }, 400, /credentials are required/],
    ['leave', 'wrong credentials', { playerID: '0', credentials: 'nope' }, 403, /Invalid credentials/],
    ['playAgain', 'wrong credentials', { playerID: '0', credentials: 'nope' }, 403, /Invalid credentials/],
    ['update', 'no new name', { playerID: '0', credentials: 'x' }, 400, /newName is required/],
  ];
  it.each(cases)('%s with %s', async (verb, _what, body, status, message) => {
    const matchID = await create();
    if (verb !== 'create') await post(`/games/multipolar/${matchID}/join`, { playerName: 'Seated', playerID: '0' });
    const path = verb === 'create' ? '/games/multipolar/create' : `/games/multipolar/${matchID}/${verb}`;
    const r = await post(path, body);
    expect(r.status).toBe(status);
    expect(String(r.json.error)).toMatch(message);
  });

  it('a match that does not exist is a 404, as is an unknown game', async () => {
    expect((await post('/games/multipolar/NOPE22/join', { playerName: 'Al' })).status).toBe(404);
    expect((await post('/games/chess/create', { numPlayers: 3 })).status).toBe(404);
    expect((await fetch(`${server.url}/games/multipolar/NOPE22`)).status).toBe(404);
  });

  it('never answers random bodies with a 5xx, and keeps serving', async () => {
    const matchID = await create();
    const verbs = ['create', 'join', 'leave', 'playAgain', 'update', 'rename'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...verbs), fc.jsonValue(), async (verb, body) => {
        const path = verb === 'create' ? '/games/multipolar/create' : `/games/multipolar/${matchID}/${verb}`;
        const r = await post(path, body);
        return r.status < 500 && (r.status < 400 || typeof r.json.error === 'string');
      }),
      { numRuns: 120 },
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('limits', () => {
  it('rate limits creating matches per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post('/games/multipolar/create', { numPlayers: 3 }, {}, limited.url)).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    const r = await post('/games/multipolar/create', { numPlayers: 3 }, {}, limited.url);
    expect(r.json.error).toMatch(/too many requests/);
    // Not behind a proxy, a forwarded address is the client's own word: it buys no fresh budget.
    expect((await post('/games/multipolar/create', { numPlayers: 3 }, { 'x-forwarded-for': '203.0.113.9' }, limited.url)).status).toBe(429);
  });

  it('behind a proxy (TRUST_PROXY), counts each client by the address the proxy appended', async () => {
    const create = (forwarded: string) => post('/games/multipolar/create', { numPlayers: 3 }, { 'x-forwarded-for': forwarded }, proxied.url);
    const first: number[] = [];
    for (let i = 0; i < 4; i++) first.push((await create('203.0.113.1')).status);
    expect(first).toEqual([200, 200, 200, 429]);
    // Another client behind the same proxy has its own budget; an address a client wrote before
    // the proxy's own entry changes nothing.
    expect((await create('203.0.113.2')).status).toBe(200);
    expect((await create('198.51.100.7, 203.0.113.1')).status).toBe(429);
  });
});

describe('origins (docs/boardgameio.md §5)', () => {
  it('decides by the page’s own origin and the configured ones', () => {
    expect(originAllowed(undefined, 'a:1', [])).toBe(true);
    expect(originAllowed('http://a:1', 'a:1', [])).toBe(true);
    expect(originAllowed('http://evil.example', 'a:1', [])).toBe(false);
    expect(originAllowed('https://school.example', 'a:1', ['https://school.example'])).toBe(true);
  });

  it('refuses the socket handshake from another origin, over polling as over websocket', async () => {
    const own = new URL(server.url).host;
    const handshake = (origin: string) => fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { Origin: origin } });
    const evil = await handshake('http://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect((await handshake(`http://${own}`)).status).toBe(200);
    const socket = io(`${server.url}/multipolar`, { transports: ['websocket'], extraHeaders: { Origin: 'http://evil.example' } });
    const outcome = await new Promise<string>((resolve) => {
      socket.on('connect', () => resolve('connected'));
      socket.on('connect_error', () => resolve('refused'));
    });
    socket.close();
    expect(outcome).toBe('refused');
  });

  it('refuses Lobby actions from another origin and gives it no CORS header', async () => {
    const r = await post('/games/multipolar/create', { numPlayers: 3 }, { Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const list = await fetch(`${server.url}/games/multipolar`, { headers: { Origin: 'http://evil.example' } });
    expect(list.headers.get('access-control-allow-origin')).toBeNull();
    const ok = await post('/games/multipolar/create', { numPlayers: 3 }, { Origin: server.url });
    expect(ok.status).toBe(200);
  });
});

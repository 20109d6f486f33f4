/**
 * The Lobby fence against what an attacker can send with plain HTTP, on a real
 * server. boardgame.io's router serves `/GAMES/...`, `%6D`-encoded letters,
 * doubled and trailing slashes (docs/boardgameio.md): every such spelling of
 * every Lobby route must be refused, and the canonical routes must answer any
 * body with a 4xx `{ error }` or a checked success, never a 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';

let server: RunningServer;
let limited: RunningServer;
beforeAll(async () => {
  [server, limited] = await Promise.all([
    startServer({ LOBBY_RATE_PER_MIN: '100000', BOT_DELAY_MS: '0' }),
    startServer({ LOBBY_RATE_PER_MIN: '4' }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), limited?.stop()]);
});

interface Answer {
  readonly status: number;
  readonly json: Record<string, unknown>;
}
async function send(method: string, path: string, body?: string, base = server.url): Promise<Answer> {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });
  const text = await r.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: r.status, json };
}
const post = (path: string, body: unknown, base = server.url) => send('POST', path, typeof body === 'string' ? body : JSON.stringify(body), base);

/** Every listed match id (creates in this file are listed unless a body says otherwise). */
const listed = async (): Promise<number> => ((await (await fetch(`${server.url}/games/multipolar`)).json()) as { matches: unknown[] }).matches.length;

/** One spelling of `path` that boardgame.io's router may still take for it. */
interface Spelling {
  readonly upper: readonly boolean[];
  readonly encode: readonly boolean[];
  readonly doubled: readonly boolean[];
  readonly trailing: boolean;
  readonly encodedSlash: boolean;
}
const spelling: fc.Arbitrary<Spelling> = fc.record({
  upper: fc.array(fc.boolean(), { maxLength: 40 }),
  encode: fc.array(fc.boolean(), { maxLength: 40 }),
  doubled: fc.array(fc.boolean(), { maxLength: 6 }),
  trailing: fc.boolean(),
  encodedSlash: fc.boolean(),
});
function spell(path: string, s: Spelling): string {
  let i = 0;
  const letters = [...path].map((c) => {
    const k = i++;
    if (c === '/') return c;
    if (s.encode[k]) {
      const hex = c.charCodeAt(0).toString(16).padStart(2, '0');
      return `%${s.upper[k] ? hex.toUpperCase() : hex}`;
    }
    return s.upper[k] ? (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) : c;
  });
  let slash = 0;
  const joined = letters.map((c, k) => (c === '/' && k > 0 ? (s.encodedSlash && slash++ === 1 ? '%2F' : s.doubled[slash++] ? '//' : '/') : c)).join('');
  return s.trailing ? `${joined}/` : joined;
}

let matchID = '';
let credentials = '';
beforeAll(async () => {
  matchID = (await post('/games/multipolar/create', { numPlayers: 3 })).json.matchID as string;
  const joined = await post(`/games/multipolar/${matchID}/join`, { playerName: 'Host', playerID: '0' });
  credentials = joined.json.playerCredentials as string;
});

describe('every spelling of a Lobby path goes through the fence', () => {
  const routes = () => [
    ['POST', '/games/multipolar/create'],
    ['POST', `/games/multipolar/${matchID}/join`],
    ['POST', `/games/multipolar/${matchID}/leave`],
    ['POST', `/games/multipolar/${matchID}/playAgain`],
    ['POST', `/games/multipolar/${matchID}/update`],
    ['POST', `/games/multipolar/${matchID}/rename`],
    ['GET', '/games'],
    ['GET', '/games/multipolar'],
    ['GET', `/games/multipolar/${matchID}`],
  ] as const;

  it('the plain spellings named in the fence’s reason are refused', async () => {
    const before = await listed();
    for (const path of ['/GAMES/multipolar/create', '/Games/Multipolar/create', '/games/multipolar/create/', '//games/multipolar/create', '/games//multipolar/create', '/games/%6Dultipolar/create', '/games/multipolar/%63reate', '/games%2Fmultipolar%2Fcreate', '/%67ames/multipolar/create']) {
      const r = await post(path, { numPlayers: 3, setupData: { junk: 'x'.repeat(2000) } });
      expect(r.status, path).toBe(404);
      expect(typeof r.json.error, path).toBe('string');
    }
    const join = await post(`/GAMES/multipolar/${matchID}/join`, { playerName: '\u202eevil', data: { bot: 'hard' } });
    expect(join.status).toBe(404);
    expect((await send('GET', `/games/multipolar/${matchID.toLowerCase()}`)).status).toBe(404);
    expect(await listed()).toBe(before);
  });

  it('any case, encoding and slash variant of any route, by any method, is a 404 and creates nothing', async () => {
    const before = await listed();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), spelling, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), async ([, path], s, method) => {
        const variant = spell(path, s);
        if (variant === path) return true;
        const r = await send(method, variant, method === 'GET' ? undefined : JSON.stringify({ numPlayers: 3, playerName: 'Eve', playerID: '1' }));
        return r.status === 404 && typeof r.json.error === 'string';
      }),
      { numRuns: 250 },
    );
    expect(await listed()).toBe(before);
    // The seat the variants tried to take is still free.
    const match = (await send('GET', `/games/multipolar/${matchID}`)).json as { players: { name?: string }[] };
    expect(match.players[1]!.name).toBeUndefined();
  });
});

/** Names an attacker would try: control, bidi, zero-width, very long, not a string. */
const hostileName = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom('\u202e', '\u2066', '\u200b', '\u200d', '\u0000', '\u001b', '\ud800', 'A', ' ', '<'), { maxLength: 30 }).map((a) => a.join('')),
  fc.string({ minLength: 25, maxLength: 300 }),
  fc.jsonValue(),
);
const setupData = fc.oneof(
  fc.record({ scenario: fc.constantFrom('2019', '2014', '1996', '1066'), seats: fc.dictionary(fc.constantFrom('0', '1', '2', '3', '__proto__'), fc.constantFrom('human', 'easy', 'hard', 'genius')) }, { requiredKeys: [] }),
  fc.jsonValue(),
  fc.integer({ min: 1000, max: 300_000 }).map((n) => ({ scenario: '2019', padding: 'x'.repeat(n) })),
);
const body = fc.oneof(
  fc.jsonValue(),
  fc.record({
    numPlayers: fc.oneof(fc.constant(3), fc.jsonValue()),
    setupData,
    unlisted: fc.oneof(fc.boolean(), fc.jsonValue()),
    playerName: hostileName,
    newName: hostileName,
    playerID: fc.oneof(fc.constantFrom('0', '1', '2', '3', '__proto__', 'constructor'), fc.jsonValue()),
    credentials: fc.oneof(fc.constant('nope'), fc.string({ maxLength: 300 })),
    data: fc.jsonValue(),
  }, { requiredKeys: [] }),
);

describe('canonical routes with random bodies', () => {
  it('never answer with a 5xx; what they accept is small and clean', async () => {
    const verbs = ['create', 'join', 'leave', 'playAgain', 'update', 'rename'] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...verbs), body, async (verb, b) => {
        const target = (await post('/games/multipolar/create', { numPlayers: 3 })).json.matchID as string;
        const path = verb === 'create' ? '/games/multipolar/create' : `/games/multipolar/${target}/${verb}`;
        const r = await post(path, b);
        if (r.status >= 500) return false;
        if (r.status >= 400) return typeof r.json.error === 'string';
        // Accepted: the stored match holds only what the game reads, and names by the name policy.
        const id = verb === 'create' ? (r.json.matchID as string) : target;
        const match = (await send('GET', `/games/multipolar/${id}`)).json as { setupData?: Record<string, unknown>; players: { name?: string; data?: { bot?: string } }[] };
        const setupOk = match.setupData === undefined || (Object.keys(match.setupData).every((k) => k === 'scenario' || k === 'seats') && JSON.stringify(match.setupData).length < 300);
        const namesOk = match.players.every((p) => p.name === undefined || (/^[^\p{C}<>]{1,24}$/u.test(p.name) && p.name === p.name.trim()));
        const dataOk = match.players.every((p) => p.data === undefined || p.data === null || (typeof p.data.bot === 'string' && / bot$/.test(p.name ?? '')) || Object.keys(p.data).every((k) => k === 'standIn'));
        return setupOk && namesOk && dataOk;
      }),
      { numRuns: 250 },
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);

  it('refuses seat data from a player (403), even next to a valid name', async () => {
    const r = await post(`/games/multipolar/${matchID}/join`, { playerName: 'Mallory', playerID: '2', data: { bot: 'hard' } });
    expect(r.status).toBe(403);
    const u = await post(`/games/multipolar/${matchID}/update`, { playerID: '0', credentials, newName: 'Host', data: { standIn: 'hard' } });
    expect(u.status).toBe(403);
  });

  it('cleans names with bidi and zero-width characters, and refuses names that are nothing else', async () => {
    const id = (await post('/games/multipolar/create', { numPlayers: 3 })).json.matchID as string;
    expect((await post(`/games/multipolar/${id}/join`, { playerName: '\u202e\u200b\u200d' })).status).toBe(400);
    const ok = await post(`/games/multipolar/${id}/join`, { playerName: '  Ev\u202eil\u200b  Twin ' });
    expect(ok.status).toBe(200);
    const match = (await send('GET', `/games/multipolar/${id}`)).json as { players: { name?: string }[] };
    expect(match.players[0]!.name).toBe('Evil Twin');
  });

  it('refuses play again while the match is being played (409), so no seated page is led away', async () => {
    const r = await post(`/games/multipolar/${matchID}/playAgain`, { playerID: '0', credentials });
    expect(r.status).toBe(409);
    expect(String(r.json.error)).toMatch(/still being played/);
    const match = (await send('GET', `/games/multipolar/${matchID}`)).json as { nextMatchID?: string };
    expect(match.nextMatchID).toBeUndefined();
    // Without the seat's credentials it is boardgame.io's 403, as before.
    expect((await post(`/games/multipolar/${matchID}/playAgain`, { playerID: '0', credentials: 'nope' })).status).toBe(403);
  });
});

describe('the rate limit counts every create that reaches the fence', () => {
  it('bad bodies count, and variants are refused before they could slip past it', async () => {
    const statuses: number[] = [];
    for (const b of [{ numPlayers: 2 }, '{"x', { numPlayers: 3, setupData: { big: 'x'.repeat(5000) } }, { numPlayers: 3, data: {} }]) statuses.push((await post('/games/multipolar/create', b, limited.url)).status);
    expect(statuses.every((s) => s >= 400 && s < 500 && s !== 429)).toBe(true);
    expect((await post('/GAMES/multipolar/create', { numPlayers: 3 }, limited.url)).status).toBe(404);
    const r = await post('/games/multipolar/create', { numPlayers: 3 }, limited.url);
    expect(r.status).toBe(429);
  });
});

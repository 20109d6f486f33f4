/**
 * The public list of open matches (`GET /games/multipolar`, server/match-list.ts)
 * against a real server process over 2,000 stored matches: pages of a fixed
 * size, newest first, no credentials, no unlisted, finished or full match,
 * every open match exactly once over all pages, bad queries refused, and an
 * answer whose size does not grow with the number of matches.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server as BgServer } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Multipolar } from '../game';
import { MATCH_PAGE_SIZE } from '../game/wire/match-list';
import { SQLiteStorage } from '../server/storage';
import type { RunningServer } from './e2e/harness';
import { launchBrowser, startServer } from './e2e/harness';

const OPEN = 2000;
const NOW = Date.now();
type Players = BgServer.MatchData['players'];
const free = (): Players => ({ 0: { id: 0 }, 1: { id: 1, name: 'Normal bot', credentials: 'bot-secret', data: { bot: 'normal' } }, 2: { id: 2 } });
const full = (): Players => ({
  0: { id: 0, name: 'Ann', credentials: 'ann-secret' },
  1: { id: 1, name: 'Normal bot', credentials: 'bot-secret', data: { bot: 'normal' } },
  2: { id: 2, name: 'Bo', credentials: 'bo-secret' },
});
const meta = (createdAt: number, players: Players, over: Partial<BgServer.MatchData> = {}): BgServer.MatchData => ({
  gameName: 'multipolar', players, createdAt, updatedAt: createdAt, ...over,
});

interface Listed {
  readonly matchID: string;
  readonly createdAt: number;
  readonly unlisted?: boolean;
  readonly gameover?: unknown;
  readonly players: readonly { readonly name?: string }[];
}
interface Page {
  readonly matches: readonly Listed[];
  readonly next: string | null;
}

let server: RunningServer;
const expectedOpen = new Set<string>();
const hidden = new Set<string>();

async function get(path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${server.url}${path}`, { headers: { accept: 'application/json' } });
  return { status: res.status, text: await res.text() };
}
async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${server.url}/games/multipolar${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-list-'));
  const db = new SQLiteStorage(join(dataDir, 'multipolar.sqlite'));
  const initialState = InitializeGame({ game: { ...Multipolar, seed: 'l' }, numPlayers: 3 });
  const code = (i: number) => `M${String(i).padStart(5, '0')}`;
  for (let i = 0; i < OPEN; i++) {
    // Pairs share a creation time: the order between them is still fixed (by code).
    db.createMatch(code(i), { initialState, metadata: meta(NOW - 60_000 - Math.floor(i / 2) * 1000, free()) });
    expectedOpen.add(code(i));
  }
  const others: [string, BgServer.MatchData][] = [
    ['HIDE01', meta(NOW - 1000, free(), { unlisted: true })],
    ['OVER01', meta(NOW - 1000, free(), { gameover: { winner: 'us' } })],
    ['GQNE22', meta(NOW - 1000, free(), { gameover: { abandoned: true } })],
    ['FULL01', meta(NOW - 1000, full())],
    ['NEXT01', meta(NOW - 1000, free(), { nextMatchID: 'M00000' })],
  ];
  for (const [id, m] of others) {
    db.createMatch(id, { initialState, metadata: m });
    hidden.add(id);
  }
  db.close();
  server = await startServer({ DATA_DIR: dataDir, BOT_DELAY_MS: '600000' });
  // Through the Lobby API too: a public match with a seat taken (still open), an unlisted one, a full one.
  const seats = { 0: 'human', 1: 'human', 2: 'normal' };
  const pub = await post<{ matchID: string }>('/create', { numPlayers: 3, unlisted: false, setupData: { scenario: '2019', seats } });
  await post(`/${pub.matchID}/join`, { playerID: '0', playerName: 'Cy' });
  expectedOpen.add(pub.matchID);
  const priv = await post<{ matchID: string }>('/create', { numPlayers: 3, unlisted: true, setupData: { scenario: '2019', seats } });
  hidden.add(priv.matchID);
  const solo = await post<{ matchID: string }>('/create', { numPlayers: 3, unlisted: false, setupData: { scenario: '2019', seats: { 0: 'human', 1: 'easy', 2: 'easy' } } });
  await post(`/${solo.matchID}/join`, { playerID: '0', playerName: 'Di' });
  hidden.add(solo.matchID);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the public list of open matches', () => {
  it('answers a page of the fixed size, newest first, without credentials or any unlisted, finished or full match', async () => {
    const { status, text } = await get('/games/multipolar?isGameover=false');
    expect(status).toBe(200);
    const page = JSON.parse(text) as Page;
    expect(page.matches).toHaveLength(MATCH_PAGE_SIZE);
    expect(page.next).toEqual(expect.any(String));
    const times = page.matches.map((m) => m.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.matches[0]!.players[0]!.name).toBe('Cy'); // the newest: created through the lobby just now
    expect(text).not.toMatch(/credentials|secret/);
    for (const m of page.matches) {
      expect(hidden.has(m.matchID), m.matchID).toBe(false);
      expect(m.unlisted).not.toBe(true);
      expect(m.gameover).toBeUndefined();
    }
  });

  it('stays small however many matches are stored: its bytes are bounded by the page size', async () => {
    const { text } = await get('/games/multipolar');
    expect(text.length).toBeLessThan(MATCH_PAGE_SIZE * 600);
    // No other spelling of the path reaches boardgame.io's unpaged list: the Lobby fence refuses it.
    const upper = await get('/GAMES/Multipolar/');
    expect(upper.status).toBe(404);
    expect(upper.text.length).toBeLessThan(200);
  });

  it('reaches every open match exactly once, page by page', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const { status, text } = await get(`/games/multipolar${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(status).toBe(200);
      const page = JSON.parse(text) as Page;
      expect(page.matches.length).toBeLessThanOrEqual(MATCH_PAGE_SIZE);
      seen.push(...page.matches.map((m) => m.matchID));
      cursor = page.next;
      pages++;
      expect(pages).toBeLessThan(200);
    }
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(expectedOpen);
    expect(pages).toBe(Math.ceil(expectedOpen.size / MATCH_PAGE_SIZE));
  }, 60_000);

  it('refuses a bad query with 400 and a sentence', async () => {
    for (const q of ['cursor=abc', 'cursor=1.%27%3B--', 'isGameover=true', 'page=2', 'cursor=1.A&cursor=2.B', `cursor=${'9'.repeat(40)}.A`]) {
      const { status, text } = await get(`/games/multipolar?${q}`);
      expect(status, q).toBe(400);
      expect(JSON.parse(text)).toEqual({ error: expect.any(String) });
    }
  });

  it('the online lobby shows the first page, newest first, and fetches the next with "More open matches"; an abandoned match says so', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/#/online`);
      const rows = page.locator('.open-list li[data-match]');
      await rows.first().waitFor({ timeout: 15_000 });
      expect(await rows.count()).toBe(MATCH_PAGE_SIZE);
      const first = JSON.parse((await get('/games/multipolar')).text) as Page;
      expect(await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.match))).toEqual(first.matches.map((m) => m.matchID));
      await page.click('#more-open');
      await page.waitForFunction((n) => document.querySelectorAll('.open-list li[data-match]').length === n, 2 * MATCH_PAGE_SIZE);
      const ids = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.match));
      expect(new Set(ids).size).toBe(2 * MATCH_PAGE_SIZE);
      expect(ids.every((id) => id && expectedOpen.has(id))).toBe(true);
      // A match retention ended as abandoned says so, instead of opening its board.
      await page.goto(`${server.url}/#/online/match/GQNE22`);
      await expect(page.locator('#abandoned').textContent()).resolves.toContain('abandoned');
      expect(await page.locator('canvas').count()).toBe(0);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

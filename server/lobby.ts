/**
 * The Lobby API as boardgame.io serves it, fenced: every body is checked
 * before boardgame.io sees it (4xx with `{ error }`, never a 5xx), create and
 * join are rate limited per client, player data is the server's alone, and
 * seats the creator gave to bots are taken by them at once.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Server, StorageAPI } from 'boardgame.io';
import type Koa from 'koa';
import { BOT_LEVELS } from '../game/bots/types';
import type { BotLevel } from '../game/bots/types';
import { SCENARIOS, SEATS } from '../game/types';

type Storage = StorageAPI.Sync | StorageAPI.Async;

/** Join codes: no 0/O, 1/I/L look-alikes, so a code read aloud in class is typed right. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const matchCode = (): string =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
export const credentials = (): string => randomBytes(24).toString('base64url');

export const NAME_MAX = 24;
const MAX_BODY = 16 * 1024;

export type SeatChoice = 'human' | BotLevel;
export interface PlayerData {
  /** The server plays this seat for good. */
  readonly bot?: BotLevel;
  /** The server plays this seat while its player is away. */
  readonly standIn?: BotLevel;
}

class BadRequest extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}
const bad = (message: string, status = 400): never => {
  throw new BadRequest(status, message);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkName(v: unknown, field: string): void {
  if (typeof v !== 'string') bad(`${field} must be a string`);
  const name = (v as string).trim();
  if (name.length < 1 || name.length > NAME_MAX) bad(`${field} must be 1 to ${NAME_MAX} characters`);
  if (/[\u0000-\u001f\u007f]/.test(name)) bad(`${field} may not contain control characters`);
}
function checkSeat(v: unknown, field = 'playerID'): void {
  if (typeof v !== 'string' || !(SEATS as readonly string[]).includes(v)) bad(`${field} must be one of ${SEATS.join(', ')}`);
}
function checkCredentials(v: unknown): void {
  if (typeof v !== 'string' || v.length === 0 || v.length > 200) bad('credentials are required');
}
function checkSetupData(v: unknown): void {
  if (v === undefined) return;
  if (!isObject(v)) bad('setupData must be an object');
  const { scenario, seats, ...rest } = v as Record<string, unknown>;
  if (Object.keys(rest).length) bad(`setupData has unknown fields: ${Object.keys(rest).join(', ')}`);
  if (scenario !== undefined && (typeof scenario !== 'string' || !(SCENARIOS as readonly string[]).includes(scenario)))
    bad(`setupData.scenario must be one of ${SCENARIOS.join(', ')}`);
  if (seats === undefined) return;
  if (!isObject(seats)) bad('setupData.seats must be an object');
  const choices: readonly string[] = ['human', ...BOT_LEVELS];
  for (const [seat, choice] of Object.entries(seats as Record<string, unknown>)) {
    checkSeat(seat, 'a key of setupData.seats');
    if (typeof choice !== 'string' || !choices.includes(choice)) bad(`setupData.seats.${seat} must be one of ${choices.join(', ')}`);
  }
  if (Object.values(seats as Record<string, string>).every((c) => c !== 'human') && Object.keys(seats as object).length === SEATS.length)
    bad('at least one seat must be for a person');
}
function checkNumPlayers(v: unknown): void {
  if (v !== undefined && v !== 3 && v !== '3') bad('numPlayers must be 3');
}
function noData(body: Record<string, unknown>): void {
  if (body.data !== undefined) bad('player data is set by the server', 403);
}

/** The checks per Lobby action, on the parsed JSON body. */
const CHECKS: Record<string, (body: Record<string, unknown>) => void> = {
  create: (b) => {
    checkNumPlayers(b.numPlayers);
    checkSetupData(b.setupData);
    if (b.unlisted !== undefined && typeof b.unlisted !== 'boolean') bad('unlisted must be true or false');
  },
  join: (b) => {
    checkName(b.playerName, 'playerName');
    if (b.playerID !== undefined && b.playerID !== null) checkSeat(b.playerID);
    noData(b);
  },
  leave: (b) => {
    checkSeat(b.playerID);
    checkCredentials(b.credentials);
  },
  playAgain: (b) => {
    checkSeat(b.playerID);
    checkCredentials(b.credentials);
    checkNumPlayers(b.numPlayers);
    checkSetupData(b.setupData);
  },
  update: (b) => {
    checkSeat(b.playerID);
    checkCredentials(b.credentials);
    noData(b);
    if (b.newName === undefined) bad('newName is required');
    checkName(b.newName, 'newName');
  },
  rename: () => bad('rename is replaced by update', 410),
};

async function readBody(ctx: Koa.Context): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) bad('request body is too large', 413);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Hand boardgame.io's body parser (koa-body reads `ctx.req`) the checked body
 * again: a stream of those bytes that answers everything else as the request.
 */
function replayBody(ctx: Koa.Context, json: unknown): void {
  const bytes = Buffer.from(JSON.stringify(json));
  const original = ctx.req;
  const stream = Readable.from([bytes]);
  const headers = { ...original.headers, 'content-type': 'application/json', 'content-length': String(bytes.length) };
  delete headers['content-encoding'];
  const replay = new Proxy(stream, {
    get(target, prop) {
      if (prop === 'headers') return headers;
      const from = prop in target ? target : original;
      const value = Reflect.get(from, prop, from) as unknown;
      return typeof value === 'function' ? value.bind(from) : value;
    },
  });
  (ctx as { req: unknown }).req = replay;
  (ctx.request as { req: unknown }).req = replay;
}

/** Fixed-window counters per client and action. */
/** Hits counted across every server process (Redis): the count in this key's window after this hit. */
export interface HitCounter {
  hit(key: string, windowMs: number): Promise<number>;
}

/**
 * At most `perMinute` hits per key a minute. With a shared counter the limit is the
 * whole cluster's, not each process's; if the counter cannot answer (Redis down),
 * this process counts on its own rather than refusing everyone.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();
  constructor(private readonly perMinute: number, private readonly now = Date.now, private readonly shared?: HitCounter) {}
  async allow(key: string): Promise<boolean> {
    if (this.shared) {
      try {
        return (await this.shared.hit(key, 60_000)) <= this.perMinute;
      } catch {
        // fall through: counted here
      }
    }
    return this.allowHere(key);
  }

  private allowHere(key: string): boolean {
    const t = this.now();
    const w = this.hits.get(key);
    if (!w || t - w.start >= 60_000) {
      if (this.hits.size > 10_000) this.hits.clear();
      this.hits.set(key, { start: t, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.perMinute;
  }
}

export interface LobbyHooks {
  /** A match's seats changed in a way the seat keeper must look at (bots seated, a player left). */
  readonly seatsChanged: (matchID: string) => void;
  /** Whether a request's Origin may act (CORS only hides answers; this refuses the action). */
  readonly originAllowed: (origin: string | undefined, host: string | undefined) => boolean;
  /** Counts rate-limited requests across processes (REDIS_URL); each process counts alone without. */
  readonly hits?: HitCounter;
}

const ROUTE = /^\/games\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?\/?$/;

/** Koa middleware in front of boardgame.io's Lobby router. */
export function lobbyGuard(db: Storage, gameName: string, ratePerMinute: number, hooks: LobbyHooks, otherGames: readonly string[] = []): Koa.Middleware {
  const limiter = new RateLimiter(ratePerMinute, Date.now, hooks.hits);
  return async (ctx, next) => {
    const m = ROUTE.exec(ctx.path);
    if (!m) return next();
    try {
      if (ctx.method !== 'POST') return await jsonErrors(ctx, next);
      if (!hooks.originAllowed(ctx.get('Origin') || undefined, ctx.get('Host') || undefined)) bad('this origin may not use the Lobby API', 403);
      const [, name, idOrAction, action] = m;
      if (otherGames.includes(name!)) return await jsonErrors(ctx, next);
      if (name !== gameName) bad(`no game called "${name}"`, 404);
      const verb = action ?? idOrAction;
      const check = verb ? CHECKS[verb] : undefined;
      if (!check) bad('no such Lobby action', 404);
      if ((verb === 'create' || verb === 'join' || verb === 'playAgain') && !(await limiter.allow(`lobby:${ctx.ip}:${verb}`)))
        bad('too many requests: wait a minute and try again', 429);
      const raw = await readBody(ctx);
      let body: unknown = {};
      if (raw.length) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          bad('the request body is not valid JSON');
        }
      }
      if (!isObject(body)) bad('the request body must be a JSON object');
      const fields = body as Record<string, unknown>;
      check!(fields);
      if (typeof fields.playerName === 'string') fields.playerName = fields.playerName.trim();
      if (typeof fields.newName === 'string') fields.newName = fields.newName.trim();
      replayBody(ctx, fields);
      await jsonErrors(ctx, next);
      if (ctx.status < 300) await afterLobby(db, verb!, action ? idOrAction! : null, fields, ctx.body, hooks);
    } catch (err) {
      respondError(ctx, err);
    }
  };
}

async function jsonErrors(ctx: Koa.Context, next: Koa.Next): Promise<void> {
  try {
    await next();
  } catch (err) {
    respondError(ctx, err);
  }
}

function respondError(ctx: Koa.Context, err: unknown): void {
  const e = err as { status?: number; expose?: boolean; message?: string };
  const status = e instanceof BadRequest || (e.status && e.status < 500) ? (e.status ?? 400) : 500;
  if (status >= 500) console.error('multipolar: lobby error', err);
  ctx.status = status;
  ctx.body = { error: status >= 500 ? 'internal error' : (e.message ?? 'bad request') };
}

/** Server-owned seat data after a successful Lobby action. */
async function afterLobby(
  db: Storage,
  verb: string,
  matchID: string | null,
  body: Record<string, unknown>,
  response: unknown,
  hooks: LobbyHooks,
): Promise<void> {
  const res = (response ?? {}) as { matchID?: string; nextMatchID?: string };
  if (verb === 'create' && res.matchID) await seatBots(db, res.matchID, hooks);
  if (verb === 'playAgain' && res.nextMatchID) await seatBots(db, res.nextMatchID, hooks);
  if (verb === 'leave' && matchID) await updatePlayer(db, matchID, String(body.playerID), (p) => ({ ...p, data: { standIn: 'normal' } }), hooks);
  if (verb === 'join' && matchID) {
    const seat = (response as { playerID?: string }).playerID;
    if (seat) await updatePlayer(db, matchID, seat, ({ data: _gone, ...p }) => p, hooks);
  }
}

/** Give each seat the creator assigned to a bot to that bot, with credentials only the server holds. */
async function seatBots(db: Storage, matchID: string, hooks: LobbyHooks): Promise<void> {
  const { metadata } = await db.fetch(matchID, { metadata: true });
  if (!metadata) return;
  const seats = ((metadata.setupData as { seats?: Record<string, SeatChoice> } | undefined)?.seats ?? {});
  let changed = false;
  for (const [seat, choice] of Object.entries(seats)) {
    const player = metadata.players[Number(seat)];
    if (!player || choice === 'human' || player.name) continue;
    player.name = `${choice[0]!.toUpperCase()}${choice.slice(1)} bot`;
    player.credentials = credentials();
    player.data = { bot: choice } satisfies PlayerData;
    changed = true;
  }
  if (changed) await db.setMetadata(matchID, metadata);
  hooks.seatsChanged(matchID);
}

async function updatePlayer(
  db: Storage,
  matchID: string,
  seat: string,
  f: (p: Server.PlayerMetadata) => Server.PlayerMetadata,
  hooks: LobbyHooks,
): Promise<void> {
  const { metadata } = await db.fetch(matchID, { metadata: true });
  const player = metadata?.players[Number(seat)];
  if (!metadata || !player || metadata.gameover !== undefined) return;
  metadata.players[Number(seat)] = f(player);
  await db.setMetadata(matchID, metadata);
  hooks.seatsChanged(matchID);
}

/**
 * The Lobby body, read once by the fence (size cap, deadline, JSON object)
 * and handed to boardgame.io's body parser again after it has been checked.
 */
import { Readable } from 'node:stream';
import type Koa from 'koa';
import { readJsonObject } from '../http/body';

/** Room for the longest lawful body (names arrive raw, possibly \u-escaped) and nothing like a megabyte. */
export const LOBBY_MAX_BODY = 4 * 1024;

export const readLobbyBody = (ctx: Koa.Context, deadlineMs: number): Promise<Record<string, unknown>> =>
  readJsonObject(ctx, LOBBY_MAX_BODY, deadlineMs);

/**
 * Hand boardgame.io's body parser (koa-body reads `ctx.req`) the checked body
 * again: a stream of those bytes that answers everything else as the request.
 */
export function replayBody(ctx: Koa.Context, json: unknown): void {
  const bytes = Buffer.from(JSON.stringify(json));
  const original = ctx.req;
  const stream = Readable.from([bytes]);
  const headers = { ...original.headers, 'content-type': 'application/json', 'content-length': String(bytes.length) };
  delete headers['content-encoding'];
  delete headers['transfer-encoding'];
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

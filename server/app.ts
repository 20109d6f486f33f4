/**
 * The one-port server: boardgame.io's Server (Lobby API and sockets) plus the
 * built client and a health check.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Server } from 'boardgame.io/server';
import serve from 'koa-static';
import { Multipolar } from '../game';
import type { ServerConfig } from './config';
import { SQLiteStorage } from './storage/sqlite';
import { guardNamespace } from './guard';

export function createServer(config: ServerConfig) {
  const db = new SQLiteStorage(config.dbFile);
  const server = Server({ games: [Multipolar], db, origins: [`http://${config.host}:${config.port}`] });
  const io = (server.app as unknown as { _io: { of(name: string): Parameters<typeof guardNamespace>[0] } })._io;
  guardNamespace(io.of(Multipolar.name!), db);
  server.app.use(async (ctx, next) => {
    if (ctx.path === '/healthz') {
      ctx.body = { ok: true };
      return;
    }
    await next();
  });
  const dir = resolve(config.clientDir);
  if (existsSync(dir)) server.app.use(serve(dir, { index: 'index.html', maxage: 0 }));
  return server;
}

/**
 * boardgame.io's `run()` listens on every interface and takes no host; the
 * socket transport has already swapped `app.listen` for its own server's, so
 * wrap it to bind the configured host (127.0.0.1 by default).
 */
export function listenOn(app: { listen: (...args: never[]) => unknown }, host: string): void {
  const listen = app.listen.bind(app) as (...args: unknown[]) => unknown;
  (app as { listen: (...args: unknown[]) => unknown }).listen = (port: unknown, ...rest: unknown[]) =>
    listen(port, host, ...rest);
}

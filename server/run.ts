/** Start the server on its port, resume running matches, and stop cleanly. */
import type { Game } from 'boardgame.io';
import { Multipolar } from '../game';
import { createServer, listenOn } from './app';
import type { ServerConfig } from './config';
import { headersOnEveryAnswer } from './http/headers';
import { limitRequestTime } from './http/timeouts';
import { installSafetyNet } from './safety-net';

export async function runServer(config: ServerConfig, extraGames: readonly Game[] = []): Promise<ReturnType<typeof createServer>> {
  // The last line: one match's failure is counted and logged, never the end of the process.
  installSafetyNet();
  const server = createServer(config, extraGames);
  listenOn(server.app, config.host);
  const running = await server.run({ port: config.port, callback: () => undefined });
  limitRequestTime(running.appServer, config.requestTimeoutMs);
  headersOnEveryAnswer(running.appServer);
  const addr = running.appServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  // Matches that were running when the server stopped go on: bots move again, and
  // seats whose players do not come back get a stand-in.
  const resumed = (await server.keeper.resumeAll(Multipolar.name!)).length;
  console.log(`Multipolar is running at http://${config.host}:${port}/${resumed ? ` (${resumed} matches resumed)` : ''}`);

  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      running.appServer.close();
      running.apiServer?.close();
      // Every move is already stored (server/durable.ts): closing the pool is courtesy.
      void server.close().finally(() => process.exit(0));
    });
  }

  // A server started by a supervisor (or a test run) stops by itself once that process is gone.
  const parent = config.exitWithPid;
  if (parent) {
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        process.exit(0);
      }
    }, 1000).unref();
  }
  return server;
}

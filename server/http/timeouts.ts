/**
 * Node's own limits on how long a request may take to arrive, so a client
 * that sends its headers or body slowly cannot hold a connection for minutes.
 * Node checks them every 30 s (connectionsCheckingInterval, fixed when the
 * server is made, which boardgame.io does), so the bodies the game reads also
 * have their own deadline (server/http/body.ts).
 */
import type { Server } from 'node:http';

export function limitRequestTime(server: Server, requestTimeoutMs: number): void {
  server.requestTimeout = requestTimeoutMs;
  server.headersTimeout = Math.min(requestTimeoutMs, 10_000);
}

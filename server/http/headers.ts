/**
 * Security and caching headers on every answer the Koa app gives (the page,
 * its assets, the Lobby and classroom APIs, errors). Written here rather than
 * with helmet's defaults: the policy is the game's own (what Phaser, the lab's
 * worker and the socket truly need) and small enough to read in one place.
 * socket.io answers its own requests before Koa: `headersOnEveryAnswer`
 * gives those the same security headers at the http server.
 */
import { Readable } from 'node:stream';
import type { Server } from 'node:http';
import type Koa from 'koa';
import { respondError } from './errors';

/**
 * No inline script anywhere (Vite's build emits none). Styles come from files;
 * only style *attributes* are allowed inline (the classroom report's colour
 * keys and the lab's plots set them). Phaser makes its default textures from
 * data: URLs and may load images as blob: URLs. The service worker (`/sw.js`)
 * and the lab's worker are the page's own scripts; so is the web app manifest.
 */
function contentSecurityPolicy(host: string | undefined): string {
  // The socket connects to the page's own host; 'self' covers ws: in current browsers, naming it covers the rest.
  const sockets = host && /^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self'",
    `connect-src 'self'${sockets}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors for current browsers, X-Frame-Options for older ones.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Vite's content-hashed build output: a changed file has a new name. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * The service worker and the Workbox runtime it loads: the browser must see a
 * new build's worker at once (it checks on each visit), so never kept long.
 */
const SERVICE_WORKER = /^\/(?:sw\.js|workbox-[A-Za-z0-9_-]+\.js)$/;

/**
 * How long a browser or proxy may keep an answer: hashed assets for a year,
 * the page, the service worker and other files revalidated each time,
 * everything the APIs answer (credentials, seats, tokens) never stored.
 */
function cacheControl(ctx: Koa.Context): string {
  if (ctx.status !== 200 || ctx.method !== 'GET' && ctx.method !== 'HEAD') return 'no-store';
  if (SERVICE_WORKER.test(ctx.path)) return 'no-cache';
  if (HASHED_ASSET.test(ctx.path)) return 'public, max-age=31536000, immutable';
  // Static files are streamed (koa-static); the classroom's event stream is not a file.
  if (ctx.body instanceof Readable && !ctx.response.is('text/event-stream')) return 'no-cache';
  return 'no-store';
}

/** Outermost middleware: errors that reach it are answered as JSON, and every answer gets the headers. */
export function securityHeaders(): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      respondError(ctx, err, 'http');
    }
    ctx.set(SECURITY_HEADERS);
    ctx.set('Content-Security-Policy', contentSecurityPolicy(ctx.get('Host') || undefined));
    ctx.set('Cache-Control', cacheControl(ctx));
  };
}

/**
 * The security headers on everything the http server answers, socket.io's
 * polling included (set before any handler runs; Koa's answers set them again
 * after an error has cleared them).
 */
export function headersOnEveryAnswer(server: Server): void {
  server.prependListener('request', (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.headers.host));
  });
}

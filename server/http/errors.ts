/**
 * Errors the HTTP side answers with a 4xx and a sentence (`{ error }`):
 * anything else is a 5xx, logged with its stack.
 */
import type Koa from 'koa';

export class HttpError extends Error {
  /** Koa sends the message of an exposed error and logs no stack for it. */
  readonly expose = true;
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function refuse(status: number, message: string): never {
  throw new HttpError(status, message);
}

/** The client went away mid-request (nginx's 499): nobody reads the answer, one log line says so. */
export const CLIENT_CLOSED = 499;

/**
 * Answer `err` as JSON `{ error }`: 4xx as it came (ours, or boardgame.io's
 * `ctx.throw`), anything else a 500 whose details stay in the log.
 */
export function respondError(ctx: Koa.Context, err: unknown, label: string): void {
  const e = (err ?? {}) as { status?: unknown; message?: unknown };
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : 500;
  if (status >= 500) console.error(`multipolar: ${label} error`, err);
  else if (status === CLIENT_CLOSED) console.warn(`multipolar: ${label}: ${String(e.message)} (${ctx.method} ${ctx.path.slice(0, 80)})`);
  ctx.status = status;
  ctx.body = { error: status >= 500 ? 'internal error' : typeof e.message === 'string' ? e.message : 'bad request' };
}

/** Errors a client causes by going away or sending bytes that are not HTTP: not the server's fault. */
function clientCaused(err: { code?: unknown; message?: unknown }): boolean {
  const code = typeof err.code === 'string' ? err.code : '';
  return /^(ECONNRESET|EPIPE|ECONNABORTED|ERR_STREAM_PREMATURE_CLOSE|HPE_)/.test(code) || err.message === 'Parse Error' || err.message === 'aborted';
}

/**
 * Koa's own error log (errors after an answer has started, a socket that
 * breaks mid-answer): a client's doing is one line, a 4xx nothing, anything
 * else the stack. Without a listener Koa prints every one with its stack.
 */
type ErrorListener = (err: unknown, ctx?: Koa.Context) => void;
export function logAppErrors(app: { on(e: 'error', fn: ErrorListener): unknown; off(e: 'error', fn: (err: Error) => void): unknown; onerror(err: Error): void }): void {
  // The socket transport made Koa's callback already, which added Koa's own printer.
  // Koa added `this.onerror` itself, unbound: the same reference removes it.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  app.off('error', app.onerror);
  app.on('error', (err, ctx) => {
    const e = (err ?? {}) as { status?: unknown; expose?: unknown; code?: unknown; message?: unknown };
    if (e.expose === true || (typeof e.status === 'number' && e.status < 500)) return;
    const where = ctx ? ` (${ctx.method} ${ctx.path.slice(0, 80)})` : '';
    if (clientCaused(e)) console.warn(`multipolar: client went away: ${String(e.code ?? e.message)}${where}`);
    else console.error(`multipolar: http error${where}`, err);
  });
}

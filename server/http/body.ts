/**
 * Request bodies read with a size cap and a deadline: a body larger than the
 * cap is a 413, one that does not arrive in time a 408 (the connection is
 * then closed), one the client abandons a 499 logged in a line, never a 500.
 */
import type Koa from 'koa';
import { CLIENT_CLOSED, HttpError, refuse } from './errors';

export async function readBody(ctx: Koa.Context, maxBytes: number, deadlineMs: number): Promise<Buffer> {
  const declared = Number(ctx.get('Content-Length') || 0);
  if (declared > maxBytes) refuse(413, 'request body is too large');
  const req = ctx.req;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (err: HttpError | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (!err) return resolve(Buffer.concat(chunks));
      // Too slow: the connection goes with the answer. Too large: the rest is read and
      // dropped, so the client hears the 413 (Node's requestTimeout bounds how long).
      if (err.status === 408) ctx.set('Connection', 'close');
      else req.resume();
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish(new HttpError(413, 'request body is too large'));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    const onError = () => finish(new HttpError(CLIENT_CLOSED, 'the client abandoned the request'));
    const onClose = () => finish(new HttpError(CLIENT_CLOSED, 'the client abandoned the request'));
    const timer = setTimeout(() => finish(new HttpError(408, 'the request body took too long to arrive')), deadlineMs);
    if (req.readableEnded) return finish(null);
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/** A JSON object body (`{}` when empty): 400 for anything that is not one. */
export async function readJsonObject(ctx: Koa.Context, maxBytes: number, deadlineMs: number): Promise<Record<string, unknown>> {
  const raw = await readBody(ctx, maxBytes, deadlineMs);
  if (!raw.length) return {};
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    refuse(400, 'the request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) refuse(400, 'the request body must be a JSON object');
  return body as Record<string, unknown>;
}

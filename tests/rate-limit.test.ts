/**
 * Rate limits across server processes: with Redis (REDIS_URL) the Lobby's and
 * the classroom's limits hold for the whole cluster, not per process; with
 * Redis down each process keeps counting on its own rather than refusing all.
 * A real Redis (tests/support/redis.ts), two counters as two processes would hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../server/lobby';
import { RedisPubSub } from '../server/pubsub-redis';
import type { TestRedis } from './support/redis';
import { startRedis } from './support/redis';

let redis: TestRedis;
const opened: RedisPubSub<{ type: string; args: unknown[] }>[] = [];
const serverProcess = () => {
  const p = new RedisPubSub<{ type: string; args: unknown[] }>({ url: redis.url, latest: async () => [] });
  opened.push(p);
  return p;
};
const ready = async (p: RedisPubSub<{ type: string; args: unknown[] }>) => {
  await expect.poll(() => p.redis, { timeout: 10_000 }).toBe('ready');
};

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const p of opened) await p.close();
  await redis?.stop();
});

describe('rate limits shared through Redis', () => {
  it('three a minute means three in all, whichever of two processes the requests reach', async () => {
    const [a, b] = [serverProcess(), serverProcess()];
    await Promise.all([ready(a), ready(b)]);
    const here = new RateLimiter(3, Date.now, a);
    const there = new RateLimiter(3, Date.now, b);
    const answers = [await here.allow('lobby:10.0.0.1:create'), await there.allow('lobby:10.0.0.1:create'), await here.allow('lobby:10.0.0.1:create'), await there.allow('lobby:10.0.0.1:create')];
    expect(answers).toEqual([true, true, true, false]);
    // Another client, or another verb, has its own count.
    expect(await there.allow('lobby:10.0.0.2:create')).toBe(true);
    expect(await here.allow('lobby:10.0.0.1:join')).toBe(true);
  });

  it('with Redis down each process counts alone, and still limits', async () => {
    const a = serverProcess();
    await ready(a);
    const here = new RateLimiter(2, Date.now, a);
    await redis.kill();
    try {
      await expect.poll(() => a.redis, { timeout: 10_000 }).not.toBe('ready');
      expect([await here.allow('k'), await here.allow('k'), await here.allow('k')]).toEqual([true, true, false]);
    } finally {
      await redis.start();
    }
  });
});

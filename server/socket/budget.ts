/**
 * Each socket's budget of events per second. A socket over budget is told once
 * and disconnected (server/socket/guard.ts). In memory per process; with Redis
 * (REDIS_URL) the counts live in Redis, with the in-memory budget standing in
 * while Redis cannot answer, so an outage neither blocks play nor lifts the limit.
 */
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface EventBudget {
  /** Spend one event of this socket's budget: false when it is over. */
  spend(socketID: string): Promise<boolean>;
}

export function eventBudget(perSecond: number, redis?: Redis): EventBudget {
  const options = { points: perSecond, duration: 1, keyPrefix: 'multipolar-socket' };
  const memory = new RateLimiterMemory(options);
  const limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
  return {
    spend: (socketID) =>
      limiter.consume(socketID).then(
        () => true,
        (res: unknown) => {
          if (res instanceof RateLimiterRes) return false;
          // A store error with the insurance limiter also failing: let the event through, say so once.
          console.warn('multipolar: socket budget unavailable', res);
          return true;
        },
      ),
  };
}

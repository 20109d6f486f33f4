/**
 * A Hard or Expert seat on this device: its search runs in a Web Worker (its own chunk; this
 * module loads only when such a seat first thinks, thinker.ts), so the page stays responsive
 * while it thinks. Where workers fail, Normal stands in on the page: a search there would stall it.
 */
import type { Action, MatchView, Power } from '../../game';
import { makePageBot } from '../../game/bots';
import type { Bot } from '../../game/bots';
import type { SearchLevel, SearchReply, SearchRequest } from './searchProtocol';
import type { Decision, Thinker } from './thinker';

/** Thinking time on this device, as the server's defaults (HARD_BOT_MS, EXPERT_BOT_MS). */
export const SEARCH_PAGE_MS: Readonly<Record<SearchLevel, number>> = { hard: 250, expert: 1000 };

export function searchThinker(level: SearchLevel, seed: string, budgetMs = SEARCH_PAGE_MS[level]): Thinker {
  let worker: Worker | null = null;
  let asked = 0;
  let fallback: Bot | null = null;
  const inPage = (view: MatchView, power: Power, legal: readonly Action[]): Promise<Decision> => {
    fallback ??= makePageBot('normal', seed);
    try {
      const action = fallback.decide(view, power, legal);
      return Promise.resolve({ action, trace: fallback.trace() });
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  };
  return {
    think(view, power, legal) {
      try {
        worker ??= new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
      } catch {
        return inPage(view, power, legal);
      }
      const w = worker;
      const id = ++asked;
      return new Promise((resolve, reject) => {
        const done = (d: Decision): void => {
          w.removeEventListener('message', onReply);
          w.removeEventListener('error', onError);
          resolve(d);
        };
        const onPage = (): void => {
          w.removeEventListener('message', onReply);
          w.removeEventListener('error', onError);
          inPage(view, power, legal).then(resolve, reject);
        };
        const onReply = (ev: MessageEvent<SearchReply>): void => {
          if (ev.data.id !== id) return;
          if ('action' in ev.data) return done({ action: ev.data.action, trace: ev.data.trace });
          console.warn('multipolar: bot worker', ev.data.error);
          onPage();
        };
        const onError = (ev: ErrorEvent): void => {
          console.warn('multipolar: bot worker failed', ev.message);
          worker = null;
          onPage();
        };
        w.addEventListener('message', onReply);
        w.addEventListener('error', onError);
        w.postMessage({ id, level, seed, budgetMs, view, power, legal } satisfies SearchRequest);
      });
    },
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
}

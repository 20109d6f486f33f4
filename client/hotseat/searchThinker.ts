/**
 * An Expert seat on this device: its search runs in a Web Worker (its own chunk; this module
 * loads only when an Expert seat first thinks, thinker.ts), so the page stays responsive while
 * it thinks; where workers fail it thinks in the page, as Suggest does.
 */
import type { Action, MatchView, Power } from '../../game';
import type { Bot, BotLevel } from '../../game/bots';
import type { ExpertReply, ExpertRequest } from './expertProtocol';
import type { Decision, Thinker } from './thinker';

/** Expert's thinking time on this device, as the server's default EXPERT_BOT_MS. */
export const EXPERT_PAGE_MS = 1000;

/** `makeBot` makes the Hard bot that stands in on the page where workers fail (handed in: this chunk imports no bots). */
export function expertThinker(seed: string, makeBot: (level: Exclude<BotLevel, 'expert'>, seed: string) => Bot, budgetMs = EXPERT_PAGE_MS): Thinker {
  let worker: Worker | null = null;
  let asked = 0;
  let fallback: Bot | null = null;
  const inPage = (view: MatchView, power: Power, legal: readonly Action[]): Decision => {
    fallback ??= makeBot('hard', seed);
    const action = fallback.decide(view, power, legal);
    return { action, trace: fallback.trace() };
  };
  return {
    think(view, power, legal) {
      try {
        worker ??= new Worker(new URL('./expertWorker.ts', import.meta.url), { type: 'module' });
      } catch {
        return Promise.resolve(inPage(view, power, legal));
      }
      const w = worker;
      const id = ++asked;
      return new Promise((resolve) => {
        const done = (d: Decision): void => {
          w.removeEventListener('message', onReply);
          w.removeEventListener('error', onError);
          resolve(d);
        };
        const onReply = (ev: MessageEvent<ExpertReply>): void => {
          if (ev.data.id !== id) return;
          if ('action' in ev.data) return done({ action: ev.data.action, trace: ev.data.trace });
          console.warn('multipolar: expert worker', ev.data.error);
          done(inPage(view, power, legal));
        };
        const onError = (ev: ErrorEvent): void => {
          console.warn('multipolar: expert worker failed', ev.message);
          worker = null;
          done(inPage(view, power, legal));
        };
        w.addEventListener('message', onReply);
        w.addEventListener('error', onError);
        w.postMessage({ id, seed, budgetMs, view, power, legal } satisfies ExpertRequest);
      });
    },
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
}

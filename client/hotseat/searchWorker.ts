/// <reference lib="webworker" />
/**
 * Expert's search off the page's thread: it thinks for a second a move, and the page must
 * keep answering clicks meanwhile. Answers each request with the action and what it weighed.
 */
import { expertBot } from '../../game/bots';
import type { Bot } from '../../game/bots';
import type { ExpertReply, ExpertRequest } from './expertProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const bots = new Map<string, Bot>();

scope.onmessage = (ev: MessageEvent<ExpertRequest>) => {
  const { id, seed, budgetMs, view, power, legal } = ev.data;
  try {
    let bot = bots.get(seed);
    if (!bot) {
      bot = expertBot(seed, { budgetMs });
      bots.set(seed, bot);
    }
    const action = bot.decide(view, power, legal);
    scope.postMessage({ id, action, trace: bot.trace() } satisfies ExpertReply);
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies ExpertReply);
  }
};

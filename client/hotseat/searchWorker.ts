/// <reference lib="webworker" />
/**
 * Hard's and Expert's searches off the page's thread (a fifth of a second and a second a move):
 * the page must keep answering clicks meanwhile. Answers each request with the action and what
 * it weighed.
 */
import { expertBot, hardBot } from '../../game/bots';
import type { Bot } from '../../game/bots';
import type { SearchReply, SearchRequest } from './searchProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const bots = new Map<string, Bot>();

scope.onmessage = (ev: MessageEvent<SearchRequest>) => {
  const { id, level, seed, budgetMs, view, power, legal } = ev.data;
  try {
    const key = `${level}:${seed}`;
    let bot = bots.get(key);
    if (!bot) {
      bot = level === 'expert' ? expertBot(seed, { budgetMs }) : hardBot(seed, { budgetMs });
      bots.set(key, bot);
    }
    const action = bot.decide(view, power, legal);
    scope.postMessage({ id, action, trace: bot.trace() } satisfies SearchReply);
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies SearchReply);
  }
};

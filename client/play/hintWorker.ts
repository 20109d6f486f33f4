/// <reference lib="webworker" />
/**
 * Suggest's search off the page's thread: a hand with many legal actions can take a phone
 * 100 ms or more, and the page must not stall. Answers each request with the suggestions
 * (plain data: actions and reasons).
 */
import { suggest } from '../../game/hints';
import type { HintReply, HintRequest } from './hintProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<HintRequest>) => {
  const { id, view, power, legal } = ev.data;
  try {
    scope.postMessage({ id, picks: suggest(view, power, legal) } satisfies HintReply);
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies HintReply);
  }
};

/**
 * One screen at a time, chosen by the URL hash (#/hotseat, #/rules …).
 * Home and hot-seat set-up come with the page; every other screen is its own
 * chunk, fetched when first opened, so the board's first load stays small.
 */
import { serverScreen, needsServer } from './offline/network';
import { showHome } from './screens/home';
import { RESUME_HASH } from './hotseat/saved';
import { resumePlay } from './screens/play';
import { showSetup } from './screens/setup';

type Cleanup = () => void;
type Show = (root: HTMLElement, hash: string, query: URLSearchParams) => Cleanup;

/** Screens loaded on demand, by the hash that opens them. */
function lazyScreen(hash: string): (() => Promise<Show>) | null {
  if (hash === 'help') return () => import('./screens/help').then((m) => (root) => m.showHelp(root));
  if (hash === 'article') return () => import('./screens/article').then((m) => (root) => m.showArticle(root));
  if (hash === 'rules') return () => import('./screens/rules').then((m) => (root) => m.showRules(root));
  if (hash === 'lab') return () => import('./screens/lab').then((m) => (root, _h, q) => m.showLab(root, q));
  if (hash === 'replay') return () => import('./screens/replay').then((m) => (root, _h, q) => m.showReplay(root, q));
  if (hash === 'tutorial' || hash.startsWith('tutorial/')) return () => import('./screens/tutorial').then((m) => (root, h) => m.showTutorial(root, h));
  if (hash === 'online') return () => import('./screens/online').then((m) => (root) => m.showOnline(root));
  if (hash === 'classroom' || hash.startsWith('classroom/'))
    return () => import('./screens/classroom').then((m) => (root, h, q) => m.showClassroom(root, h, q));
  if (hash.startsWith('online/match/')) {
    // #/online/match/CODE, or #/online/match/CODE/watch for a spectator.
    return () =>
      import('./screens/onlineMatch').then((m) => (root, h) => {
        const [id = '', mode] = h.slice('online/match/'.length).split('/');
        return m.showOnlineMatch(root, decodeURIComponent(id), mode === 'watch');
      });
  }
  return null;
}

let cleanup: Cleanup | null = null;
/** Bumped on every navigation, so a screen that arrives late for an old hash is dropped. */
let navigation = 0;

export function route(root: HTMLElement): void {
  cleanup?.();
  cleanup = null;
  const current = ++navigation;
  const [hash = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  root.replaceChildren();
  // Without a network, the screens that need the server say so (client/offline/network.ts).
  serverScreen(needsServer(hash));
  if (hash === 'hotseat') {
    cleanup = showSetup(root, params);
    return;
  }
  if (`#/${hash}` === RESUME_HASH) {
    // A reload of a hot-seat match: the saved match goes on; without one, the set-up.
    cleanup = resumePlay(root) ?? showSetup(root, params);
    return;
  }
  const load = lazyScreen(hash);
  if (!load) {
    cleanup = showHome(root);
    return;
  }
  root.setAttribute('aria-busy', 'true');
  load().then(
    (show) => {
      if (current !== navigation) return;
      root.removeAttribute('aria-busy');
      cleanup = show(root, hash, params);
    },
    (err: unknown) => {
      if (current !== navigation) return;
      root.removeAttribute('aria-busy');
      root.replaceChildren();
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.textContent = `This page could not be loaded (${err instanceof Error ? err.message : String(err)}). Check the connection and reload.`;
      root.append(p);
    },
  );
}

export const go = (path: string): void => {
  location.hash = `#/${path}`;
};

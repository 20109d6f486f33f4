/** One screen at a time, chosen by the URL hash (#/hotseat, #/rules …). */
import { showHome } from './screens/home';
import { showLab } from './screens/lab';
import { showOnline } from './screens/online';
import { showOnlineMatch } from './screens/onlineMatch';
import { showReplay } from './screens/replay';
import { showRules } from './screens/rules';
import { showSetup } from './screens/setup';
import { showTutorial } from './screens/tutorial';

let cleanup: (() => void) | null = null;

export function route(root: HTMLElement): void {
  cleanup?.();
  cleanup = null;
  const [hash = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  root.replaceChildren();
  if (hash === 'hotseat') cleanup = showSetup(root, new URLSearchParams(query));
  else if (hash === 'rules') cleanup = showRules(root);
  else if (hash === 'lab') cleanup = showLab(root, new URLSearchParams(query));
  else if (hash === 'replay') cleanup = showReplay(root, new URLSearchParams(query));
  else if (hash === 'tutorial') cleanup = showTutorial(root);
  else if (hash === 'online') cleanup = showOnline(root);
  else if (hash.startsWith('online/match/')) {
    // #/online/match/CODE, or #/online/match/CODE/watch for a spectator.
    const [id = '', mode] = hash.slice('online/match/'.length).split('/');
    cleanup = showOnlineMatch(root, decodeURIComponent(id), mode === 'watch');
  }
  else cleanup = showHome(root);
}

export const go = (path: string): void => {
  location.hash = `#/${path}`;
};

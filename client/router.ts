/** One screen at a time, chosen by the URL hash (#/hotseat, #/rules …). */
import { showHome } from './screens/home';
import { showLab } from './screens/lab';
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
  else cleanup = showHome(root);
}

export const go = (path: string): void => {
  location.hash = `#/${path}`;
};

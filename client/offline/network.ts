/**
 * Online matches and the classroom need the game's server; everything else
 * runs in the page and, after the first visit, from the service worker's
 * cache. While the browser says it has no network, the screens that need the
 * server say so at the top, rather than waiting on a request that cannot go.
 */
import './offline.css';
import { h } from '../ui/dom';

/** The screens (by their hash, without `#/`) that talk to the server. */
export function needsServer(hash: string): boolean {
  return hash === 'online' || hash.startsWith('online/') || hash === 'classroom' || hash.startsWith('classroom/');
}

const TEXT = 'No network: online matches and the classroom need the game’s server. '
  + 'Hot-seat, bots, the tutorial, the thesis lab and saved replays work without one.';

let notice: HTMLElement | null = null;
let wanted = false;

function sync(): void {
  const show = wanted && !navigator.onLine;
  if (show && !notice) {
    // role="alert": inserted when it applies, so it is read out once.
    notice = h('div', { id: 'network-notice', class: 'network-notice', role: 'alert' }, TEXT);
    document.body.prepend(notice);
  } else if (!show && notice) {
    notice.remove();
    notice = null;
  }
}

let listening = false;

/** Called on every navigation: whether the screen now shown needs the server. */
export function serverScreen(needs: boolean): void {
  wanted = needs;
  if (!listening) {
    listening = true;
    window.addEventListener('online', sync);
    window.addEventListener('offline', sync);
  }
  sync();
}

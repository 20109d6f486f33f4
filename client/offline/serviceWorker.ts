/**
 * The service worker (built by vite-plugin-pwa, docs/decisions/service-worker.md),
 * registered by client/main.ts a few seconds after load, when the page is idle,
 * so its install never competes with the board's first draw. A new version installs in the background and waits; it takes over
 * at once when the player is at the menu (or a page with nothing to lose), and
 * otherwise a banner offers it, so no game is reloaded from under its players
 * and no player stays on an old build.
 */
import { registerSW } from 'virtual:pwa-register';
import { h } from '../ui/dom';

/** Screens (hash without `#/`) a reload loses nothing on. */
const SAFE = new Set(['', 'help', 'rules', 'article']);
const atSafePlace = (): boolean => SAFE.has(location.hash.replace(/^#\/?/, '').split('?')[0] ?? '');

/** How often an open page asks whether a new version was published. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

let banner: HTMLElement | null = null;

function offer(text: string, action: string, act: () => void): void {
  banner?.remove();
  const now = h('button', { type: 'button', class: 'primary', id: 'update-now' }, action);
  const later = h('button', { type: 'button', class: 'later', id: 'update-later' }, 'Later');
  banner = h('div', { class: 'update-banner', role: 'status', id: 'update-banner' }, h('span', {}, text), now, later);
  now.addEventListener('click', act);
  later.addEventListener('click', () => {
    banner?.remove();
    banner = null;
  });
  document.body.append(banner);
}

export function registerServiceWorker(): void {
  let waiting = false;
  let chosen = false;
  let reloading = false;
  const reload = (): void => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  // A change of controller on a page a worker already controlled is a new version taking over
  // (this tab's choice, or another tab's); the first one is only the first install claiming the page.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (chosen || atSafePlace()) reload();
    else offer('Multipolar was updated in another tab: reload when this game allows.', 'Reload', reload);
  });
  const update = registerSW({
    onNeedRefresh() {
      waiting = true;
      if (atSafePlace()) apply();
      else offer('A new version of Multipolar is ready.', 'Update now', apply);
    },
    // Reloads are decided above, for every tab alike.
    onNeedReload() {},
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Says the page now follows updates (the tests wait for it; registration comes late).
      document.documentElement.dataset.serviceWorker = 'registered';
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    },
    onRegisterError(err: unknown) {
      console.warn('Offline play is unavailable: the service worker could not be registered.', err);
    },
  });
  function apply(): void {
    chosen = true;
    update(true).catch((err: unknown) => console.warn('The update could not be applied.', err));
  }
  // Back at the menu with an update waiting: take it now.
  window.addEventListener('hashchange', () => {
    if (waiting && !chosen && atSafePlace()) apply();
  });
}

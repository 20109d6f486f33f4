/** Bootstrap: styles, then the screen the URL asks for. */
import './styles/app.css';
import { route } from './router';

const root = document.getElementById('app') as HTMLElement;
route(root);
window.addEventListener('hashchange', () => route(root));

// Offline play: the service worker is registered once the page has loaded, from its own
// small chunk (workbox-window included), so the board's first load does not wait on it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    import('./offline/serviceWorker').then(
      (m) => m.registerServiceWorker(),
      (err: unknown) => console.warn('Offline play is unavailable.', err),
    );
  }, { once: true });
}

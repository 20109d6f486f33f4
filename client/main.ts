/** Bootstrap: styles, then the screen the URL asks for. */
import './styles/app.css';
import './styles/small.css';
import { route } from './router';

const root = document.getElementById('app') as HTMLElement;
route(root);
window.addEventListener('hashchange', () => route(root));

// Offline play: the service worker is registered from its own small chunk (workbox-window
// included) a few seconds after the page has loaded, when the page is idle: its install fetches
// and stores the whole build, which would otherwise compete with the board's first draw.
const REGISTER_AFTER_MS = 3000;
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    setTimeout(() => {
      const register = () => {
        import('./offline/serviceWorker').then(
          (m) => m.registerServiceWorker(),
          (err: unknown) => console.warn('Offline play is unavailable.', err),
        );
      };
      if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
      else register();
    }, REGISTER_AFTER_MS);
  }, { once: true });
}

/**
 * Online matches and the classroom need the game's server; everything else
 * runs in the page and, after the first visit, from the service worker's
 * cache. On the screens that need the server, a notice at the top says so
 * whenever the server cannot be reached, rather than leaving a request to
 * wait: the browser's offline flag answers at once, and a request to
 * `/healthz` (never cached) finds the rest (a network without the server,
 * or a flag that still says online).
 */
import './offline.css';
import { h } from '../ui/dom';

/** The screens (by their hash, without `#/`) that talk to the server. */
export function needsServer(hash: string): boolean {
  return hash === 'online' || hash.startsWith('online/') || hash === 'classroom' || hash.startsWith('classroom/');
}

const WORKS_OFFLINE = 'Hot-seat, bots, the tutorial, the thesis lab and saved replays work without it.';
/** While the notice shows, how often to look whether the server is back. */
const RETRY_MS = 5000;
const PROBE_TIMEOUT_MS = 5000;

type Reach = 'offline' | 'unreachable' | 'reached';

let notice: HTMLElement | null = null;
let wanted = false;
let listening = false;
let retry: ReturnType<typeof setTimeout> | null = null;
let probing = 0;

function show(reach: Reach): void {
  if (reach === 'reached' || !wanted) {
    notice?.remove();
    notice = null;
    return;
  }
  const text = reach === 'offline'
    ? `No network: online matches and the classroom need the game’s server. ${WORKS_OFFLINE}`
    : `The game’s server cannot be reached: online matches and the classroom need it. ${WORKS_OFFLINE}`;
  if (notice?.textContent === text) return;
  notice?.remove();
  // role="alert": inserted when it applies, so it is read out once.
  notice = h('div', { id: 'network-notice', class: 'network-notice', role: 'alert', 'data-reach': reach }, text);
  document.body.prepend(notice);
}

async function reach(): Promise<Reach> {
  if (!navigator.onLine) return 'offline';
  try {
    const r = await fetch('/healthz', { cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return r.ok ? 'reached' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

function check(): void {
  if (retry) clearTimeout(retry);
  retry = null;
  if (!wanted) return show('reached');
  // The browser's flag first, so the notice shows at once; then the server itself.
  if (!navigator.onLine) show('offline');
  const mine = ++probing;
  void reach().then((r) => {
    if (mine !== probing) return;
    show(r);
    if (wanted && r !== 'reached') retry = setTimeout(check, RETRY_MS);
  });
}

/** Called on every navigation: whether the screen now shown needs the server. */
export function serverScreen(needs: boolean): void {
  wanted = needs;
  if (!listening) {
    listening = true;
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
  }
  check();
}

/**
 * The replay screen (#/replay?r=<code> or #/replay?match=<id>): a finished
 * match stepped through action by action, with the board as it stood, the log
 * so far and every hand. Read-only; keyboard: ←/→ step, Home/End, Space plays.
 */
import '../replay/replay.css';
import { SCENARIO_DATA } from '../../game';
import type { MatchState } from '../../game';
import type { RegionId } from '../../game';
import { viewFor } from '../../game';
import type { BoardController } from '../board';
import { loadReplay } from '../replay/load';
import type { LoadedReplay } from '../replay/load';
import { allHands, logUpTo, statusLines, stepText, whatHappened } from '../replay/panel';
import { shareUrl } from '../replay/store';
import { h } from '../ui/dom';
import { headline } from '../ui/gameover';
import { renderMirror } from '../ui/mirror';
import { regionTooltip } from '../ui/tooltip';
import type { BoardVM } from '../viewmodel';
import { boardVM } from '../viewmodel';

/** Autoplay pace: slow enough to read the log line of each step. */
const PLAY_MS = 900;

export function showReplay(root: HTMLElement, query: URLSearchParams): () => void {
  let stop: () => void = () => undefined;
  let gone = false;
  const page = h('main', { class: 'replay-loading' }, h('p', { role: 'status' }, 'Loading the replay…'));
  root.append(page);
  void loadReplay(query).then((r) => {
    if (gone) return;
    if (!r.ok) {
      page.replaceChildren(h('h1', {}, 'No replay'), h('p', { role: 'alert' }, r.error), h('a', { href: '#/' }, '← Back to the menu'));
      return;
    }
    root.replaceChildren();
    stop = mount(root, r.value);
  });
  return () => {
    gone = true;
    stop();
  };
}

function mount(root: HTMLElement, loaded: LoadedReplay): () => void {
  const { frames, record } = loaded.replay;
  const last = frames.length - 1;
  const data = SCENARIO_DATA[record.scenario];
  const title = `${data.startYear} “${data.title}”`;
  const finalView = viewFor(frames[last] as MatchState, null);
  const link = shareUrl(loaded.share);
  let k = 0;
  let timer: ReturnType<typeof setInterval> | null = null;
  let board: BoardController | null = null;
  let vm: BoardVM | null = null;

  const btn = (id: string, label: string, text: string) => h('button', { type: 'button', class: 'replay-btn', id, 'aria-label': label }, text);
  const first = btn('replay-first', 'First step', '|◀');
  const prev = btn('replay-prev', 'Previous step', '◀');
  const play = btn('replay-play', 'Play', '▶ Play');
  const next = btn('replay-next', 'Next step', '▶');
  const end = btn('replay-last', 'Last step', '▶|');
  const slider = h('input', { type: 'range', id: 'replay-slider', min: 0, max: last, value: 0, step: 1, 'aria-label': 'Step' });
  const stepEl = h('p', { id: 'replay-step', class: 'replay-step', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const whatSlot = h('div', { class: 'replay-what-slot' });
  const statusSlot = h('div');
  const handsSlot = h('div');
  const logSlot = h('div');
  const mirrorSlot = h('div', { class: 'mirror-slot' });
  const boardEl = h('div', { class: 'board', id: 'board', role: 'img', 'aria-label': 'Game board at this step (the same information is in “Board as text” below)' });
  const tooltip = h('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip', hidden: true });
  const copy = h('button', { type: 'button', class: 'replay-copy' }, 'Copy link');
  const copied = h('span', { class: 'hint', role: 'status' });

  root.append(
    h('div', { class: 'play replay' },
      h('header', { class: 'topbar' },
        h('a', { href: '#/', class: 'brand' }, 'Multipolar'),
        h('h1', { class: 'replay-title' }, `Replay · ${title}`),
        h('a', { href: link, id: 'replay-share', class: 'replay-share' }, 'Shareable link'),
        copy, copied,
        h('a', { href: '#/rules', class: 'rules-link', target: '_blank' }, 'Rules'),
      ),
      h('div', { class: 'table' },
        boardEl,
        h('aside', { class: 'panel', 'aria-label': 'Replay panel' },
          h('p', { class: 'replay-result' }, headline(finalView)),
          h('section', { class: 'replay-controls', role: 'group', 'aria-label': 'Replay controls' },
            h('div', { class: 'replay-buttons' }, first, prev, play, next, end),
            slider,
            stepEl,
            h('p', { class: 'hint' }, 'Keys: ← → step, Home / End, Space plays or pauses.')),
          whatSlot, statusSlot, logSlot, handsSlot)),
      mirrorSlot,
      tooltip,
    ),
  );

  function show(to: number): void {
    k = Math.max(0, Math.min(last, to));
    const G = frames[k] as MatchState;
    vm = boardVM(viewFor(G, null), title);
    board?.update(vm);
    slider.value = String(k);
    const words = stepText(k, last, vm);
    slider.setAttribute('aria-valuetext', words);
    stepEl.textContent = words;
    whatSlot.replaceChildren(whatHappened(k, record.actions[k - 1]));
    statusSlot.replaceChildren(statusLines(vm));
    handsSlot.replaceChildren(allHands(G));
    const log = logUpTo(G);
    logSlot.replaceChildren(log);
    const list = log.querySelector('.log-list');
    if (list) list.scrollTop = list.scrollHeight;
    const mirrorOpen = mirrorSlot.querySelector('details')?.open ?? false;
    const mirror = renderMirror(vm);
    if (mirrorOpen) mirror.setAttribute('open', '');
    mirrorSlot.replaceChildren(mirror);
    for (const [b, off] of [[first, k === 0], [prev, k === 0], [next, k === last], [end, k === last]] as const) b.disabled = off;
    if (k === last) pause();
  }

  function pause(): void {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = '▶ Play';
    play.setAttribute('aria-label', 'Play');
  }

  function toggle(): void {
    if (timer) return pause();
    if (k === last) show(0);
    timer = setInterval(() => show(k + 1), PLAY_MS);
    play.textContent = '⏸ Pause';
    play.setAttribute('aria-label', 'Pause');
  }

  first.addEventListener('click', () => show(0));
  prev.addEventListener('click', () => show(k - 1));
  next.addEventListener('click', () => show(k + 1));
  end.addEventListener('click', () => show(last));
  play.addEventListener('click', toggle);
  slider.addEventListener('input', () => show(Number(slider.value)));
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(link).then(() => { copied.textContent = 'Link copied.'; }, () => { copied.textContent = 'Copy the “Shareable link”.'; });
  });

  const onKey = (ev: KeyboardEvent): void => {
    const t = ev.target as HTMLElement | null;
    // The slider moves itself with the arrows (and reports through 'input').
    if (t?.matches('input, select, textarea') || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => show(k - 1),
      ArrowRight: () => show(k + 1),
      Home: () => show(0),
      End: () => show(last),
    };
    if (ev.key === ' ' && !t?.matches('button, a, summary')) {
      ev.preventDefault();
      toggle();
    } else if (moves[ev.key]) {
      ev.preventDefault();
      moves[ev.key]?.();
    }
  };
  document.addEventListener('keydown', onKey);

  let stopped = false;
  void import('../board').then(async ({ createBoard }) => {
    if (stopped || !vm) return;
    board = await createBoard(boardEl, {
      onRegionClick: () => undefined,
      onRegionHover: (id: RegionId | null, x: number, y: number) => {
        if (!id || !vm) {
          tooltip.hidden = true;
          return;
        }
        tooltip.replaceChildren(...regionTooltip(vm, id));
        tooltip.style.left = `${Math.min(x + 14, window.innerWidth - 300)}px`;
        tooltip.style.top = `${Math.min(y + 14, window.innerHeight - 140)}px`;
        tooltip.hidden = false;
      },
    }, vm);
    if (stopped) return board.destroy();
    boardEl.dataset.ready = 'true';
    show(k);
  });
  show(0);
  slider.focus();
  return () => {
    stopped = true;
    pause();
    document.removeEventListener('keydown', onKey);
    board?.destroy();
  };
}

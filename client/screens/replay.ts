/**
 * The replay screen (#/replay?r=<code> or #/replay?match=<id>): a finished
 * match stepped through action by action on the play screen, with its step
 * controls and every hand in the panel. Read-only; keyboard: ←/→ step,
 * Home/End, Space plays. Under the controls, the game's analysis; with
 * `&playon=<step>&us=…&china=…&russia=…` the same link opens a hot-seat match
 * from that step instead (people and bots as given).
 */
import '../replay/replay.css';
import { SCENARIO_DATA } from '../../game';
import type { MatchState } from '../../game';
import { viewFor } from '../../game';
import type { Power } from '../../game';
import { POWERS } from '../../game';
import type { SeatKind } from '../hotseat/match';
import { showMatch } from '../play/controller';
import { botDelayMs } from '../play/settings';
import { analysisPanel } from '../replay/analysisPanel';
import { loadReplay } from '../replay/load';
import { PlayOnMatch } from '../replay/playOnMatch';
import type { LoadedReplay } from '../replay/load';
import { allHands, stepText, whatHappened } from '../replay/panel';
import { ReplaySource } from '../replay/source';
import { shareUrl } from '../replay/store';
import { h } from '../ui/dom';
import { headline } from '../ui/gameover';
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
    const playOn = playOnQuery(query, r.value.replay.frames.length - 1);
    stop = playOn ? mountPlayOn(root, r.value, playOn.step, playOn.seats, query) : mount(root, r.value, query);
  });
  return () => {
    gone = true;
    stop();
  };
}

const SEAT_KINDS: readonly string[] = ['human', 'easy', 'normal', 'hard', 'expert'];
const PLAY_ON_KEYS = ['playon', ...POWERS] as const;

/** `playon=<step>` and each seat's kind (a person where the link says nothing or nonsense). */
function playOnQuery(q: URLSearchParams, last: number): { step: number; seats: Record<Power, SeatKind> } | null {
  const raw = q.get('playon');
  if (raw === null || !/^\d{1,5}$/.test(raw) || Number(raw) > last) return null;
  const seat = (p: Power): SeatKind => { const v = q.get(p) ?? ''; return SEAT_KINDS.includes(v) ? (v as SeatKind) : 'human'; };
  return { step: Number(raw), seats: { us: seat('us'), china: seat('china'), russia: seat('russia') } };
}

/** The replay's own address, without any play-on part. */
function replayQuery(q: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(q);
  for (const k of PLAY_ON_KEYS) out.delete(k);
  return out;
}

function mountPlayOn(root: HTMLElement, loaded: LoadedReplay, step: number, seats: Record<Power, SeatKind>, query: URLSearchParams): () => void {
  const { frames, record } = loaded.replay;
  const data = SCENARIO_DATA[record.scenario];
  let stop = (): void => undefined;
  const start = (): void => {
    stop();
    root.replaceChildren();
    const source = new PlayOnMatch({ from: frames[step] as MatchState, seats, seed: `${record.seed}:playon:${step}`, botDelayMs: botDelayMs() });
    stop = showMatch(root, {
      source,
      title: `${data.startYear} “${data.title}” · played on from step ${step}`,
      rematch: { label: `Again from step ${step}`, run: start },
      menu: { href: `#/replay?${replayQuery(query).toString()}`, label: 'Back to the replay' },
    });
  };
  start();
  return () => stop();
}

function mount(root: HTMLElement, loaded: LoadedReplay, query: URLSearchParams): () => void {
  const { frames, record } = loaded.replay;
  const source = new ReplaySource(frames);
  const last = source.last;
  const data = SCENARIO_DATA[record.scenario];
  const title = `${data.startYear} “${data.title}”`;
  const finalView = viewFor(frames[last] as MatchState, null);
  const link = shareUrl(loaded.share);
  let timer: ReturnType<typeof setInterval> | null = null;

  const btn = (id: string, label: string, text: string) => h('button', { type: 'button', class: 'replay-btn', id, 'aria-label': label }, text);
  const first = btn('replay-first', 'First step', '|◀');
  const prev = btn('replay-prev', 'Previous step', '◀');
  const play = btn('replay-play', 'Play', '▶ Play');
  const next = btn('replay-next', 'Next step', '▶');
  const end = btn('replay-last', 'Last step', '▶|');
  const slider = h('input', { type: 'range', id: 'replay-slider', min: 0, max: last, value: 0, step: 1, 'aria-label': 'Step' });
  const stepEl = h('p', { id: 'replay-step', class: 'replay-step', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const whatSlot = h('div', { class: 'replay-what-slot' });
  const handsSlot = h('div');
  const analysis = analysisPanel({
    record,
    frames,
    show: (k) => show(k),
    jump: (k) => {
      show(k);
      stepEl.scrollIntoView({ block: 'start' });
    },
    current: () => source.step,
    playOn: (k, seats) => {
      const q = replayQuery(query);
      q.set('playon', String(k));
      for (const p of POWERS) q.set(p, seats[p]);
      location.hash = `#/replay?${q.toString()}`;
    },
  });
  // A phone's Board view hides the panel: the same steps from a bar over the board (hidden on larger screens).
  const miniPrev = btn('replay-mini-prev', 'Previous step', '◀');
  const miniPlay = btn('replay-mini-play', 'Play', 'Play');
  const miniNext = btn('replay-mini-next', 'Next step', '▶');
  const miniStep = h('span', { class: 'mini-step', 'aria-hidden': 'true' });
  const mini = h('div', { class: 'board-overlay replay-mini', role: 'group', 'aria-label': 'Replay steps' }, miniPrev, miniStep, miniNext, miniPlay);
  const copy = h('button', { type: 'button', class: 'replay-copy' }, 'Copy link');
  const copied = h('span', { class: 'hint', role: 'status' });

  const controls = h('div', {},
    h('p', { class: 'replay-result' }, headline(finalView)),
    h('section', { class: 'replay-controls', role: 'group', 'aria-label': 'Replay controls' },
      h('div', { class: 'replay-buttons' }, first, prev, play, next, end),
      slider,
      stepEl,
      h('p', { class: 'hint keys-hint' }, 'Keys: ← → step, Home / End, Space plays or pauses.')),
    whatSlot,
    analysis.el);

  /** The controls follow the frame on screen. */
  function sync(): void {
    const k = source.step;
    const vm = boardVM(source.view(), title);
    slider.value = String(k);
    const words = stepText(k, last, vm);
    slider.setAttribute('aria-valuetext', words);
    stepEl.textContent = words;
    whatSlot.replaceChildren(whatHappened(k, record.actions[k - 1]));
    handsSlot.replaceChildren(allHands(source.frame()));
    miniStep.textContent = `Step ${k}/${last}`;
    analysis.mark(k);
    for (const [b, off] of [[first, k === 0], [prev, k === 0], [miniPrev, k === 0], [next, k === last], [miniNext, k === last], [end, k === last]] as const) b.disabled = off;
    if (k === last) pause();
  }
  const show = (k: number): void => source.show(k);
  const offSync = source.onChange(sync);

  function pause(): void {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = '▶ Play';
    miniPlay.textContent = 'Play';
    for (const b of [play, miniPlay]) b.setAttribute('aria-label', 'Play');
  }

  function toggle(): void {
    if (timer) return pause();
    if (source.step === last) show(0);
    timer = setInterval(() => show(source.step + 1), PLAY_MS);
    play.textContent = '⏸ Pause';
    miniPlay.textContent = 'Pause';
    for (const b of [play, miniPlay]) b.setAttribute('aria-label', 'Pause');
  }

  first.addEventListener('click', () => show(0));
  prev.addEventListener('click', () => show(source.step - 1));
  next.addEventListener('click', () => show(source.step + 1));
  end.addEventListener('click', () => show(last));
  play.addEventListener('click', toggle);
  miniPrev.addEventListener('click', () => show(source.step - 1));
  miniNext.addEventListener('click', () => show(source.step + 1));
  miniPlay.addEventListener('click', toggle);
  slider.addEventListener('input', () => show(Number(slider.value)));
  copy.addEventListener('click', () => {
    // Without a clipboard (a page not served over HTTPS): the link itself, to copy by hand (a phone's top bar hides it).
    const byHand = (): void => copied.replaceChildren('Copy this ', h('a', { href: link }, 'link'), '.');
    if (!navigator.clipboard) return byHand();
    void navigator.clipboard.writeText(link).then(() => { copied.textContent = 'Link copied.'; }, byHand);
  });

  const onKey = (ev: KeyboardEvent): void => {
    const t = ev.target as HTMLElement | null;
    // The slider moves itself with the arrows (and reports through 'input').
    if (t?.matches('input, select, textarea') || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => show(source.step - 1),
      ArrowRight: () => show(source.step + 1),
      Home: () => show(0),
      End: () => show(last),
    };
    if (ev.key === ' ' && !t?.matches('button, a, summary')) {
      ev.preventDefault();
      toggle();
    } else if (Object.hasOwn(moves, ev.key)) {
      ev.preventDefault();
      moves[ev.key]?.();
    }
  };
  document.addEventListener('keydown', onKey);

  const stopScreen = showMatch(root, {
    source,
    title: `Replay · ${title}`,
    kind: 'replay',
    replay: true,
    topbar: [h('a', { href: link, id: 'replay-share', class: 'replay-share' }, 'Shareable link'), copy, copied],
    panelTop: controls,
    overlay: mini,
    panelBottom: handsSlot,
    rematch: null,
    menu: { href: '#/', label: 'Back to the menu' },
  });
  sync();
  slider.focus();
  return () => {
    pause();
    analysis.stop();
    offSync();
    document.removeEventListener('keydown', onKey);
    stopScreen();
  };
}

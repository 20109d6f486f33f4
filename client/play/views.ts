/**
 * Small screens (a phone, upright or sideways, and a tablet upright): the board, the hand with its
 * actions, and the log are three views switched by tabs, and the board shows
 * one theater at a time with zoom buttons, or the meter cards (Tracks): with a
 * theater when the map stays readable beside them, a tap away otherwise. On larger screens every part is on
 * screen at once and the tabs and board tools are hidden (CSS). The media
 * query here and in app.css is the same one.
 */
import type { Theater } from '../../game';
import type { BoardView } from '../board';
import { h } from '../ui/dom';

/**
 * A phone either way up, and a tablet held upright: beside a panel its board would be a strip
 * 450–500 px wide, where the whole width for one view at a time shows the map twice the size.
 */
export const COMPACT_QUERY = '(max-width: 700px), (max-height: 500px), (max-width: 900px) and (orientation: portrait)';
/** A touch screen (its main pointer coarse): nothing keeps the panel where a mouse left it, and no hover. */
export const touchFirst = (): boolean => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
export type PlayView = 'board' | 'actions' | 'log';
const VIEWS: readonly { id: PlayView; label: string }[] = [
  { id: 'board', label: 'Board' },
  { id: 'actions', label: 'Actions' },
  { id: 'log', label: 'Log' },
];
const ZOOM_STEP = 1.4;

/** What a small screen's board shows: a theater, or the meter cards alone. */
export type BoardPick = Theater | 'tracks';

/** The board's view for a small screen's pick, or for a large screen (null): everything, with its top bar. */
export function boardViewOf(pick: BoardPick | null): BoardView {
  if (pick === null) return { theaters: [], topBar: true };
  if (pick === 'tracks') return { theaters: [], topBar: false, cards: 'only' };
  return { theaters: [pick], topBar: false, cards: 'ifRoom' };
}

export interface BoardTools {
  /** What a small screen's board shows, or null for everything (a large screen). */
  onTheater(t: BoardPick | null): void;
  onZoom(factor: number): void;
}

export class ViewSwitcher {
  readonly tabs: HTMLElement;
  readonly tools: HTMLElement;
  private readonly media = typeof matchMedia === 'function' ? matchMedia(COMPACT_QUERY) : null;
  private readonly buttons = new Map<PlayView, HTMLButtonElement>();
  private readonly theaterButtons = new Map<BoardPick, HTMLButtonElement>();
  private current: PlayView;
  private shownTheater: BoardPick = 'pacific';

  constructor(private readonly play: HTMLElement, first: PlayView, theaters: readonly { id: Theater; name: string }[], private readonly board: BoardTools, private readonly onSwitch: (v: PlayView) => void) {
    this.current = first;
    this.tabs = h('nav', { class: 'view-tabs', role: 'tablist', 'aria-label': 'Views' },
      VIEWS.map((v) => {
        const b = h('button', { type: 'button', role: 'tab', id: `view-${v.id}`, class: 'view-tab' }, h('span', { class: 'view-label' }, v.label));
        b.addEventListener('click', () => this.show(v.id));
        this.buttons.set(v.id, b);
        return b;
      }));
    const zoomOut = h('button', { type: 'button', class: 'zoom', id: 'zoom-out', 'aria-label': 'Zoom out' }, '−');
    const zoomIn = h('button', { type: 'button', class: 'zoom', id: 'zoom-in', 'aria-label': 'Zoom in' }, '+');
    zoomOut.addEventListener('click', () => board.onZoom(1 / ZOOM_STEP));
    zoomIn.addEventListener('click', () => board.onZoom(ZOOM_STEP));
    this.tools = h('div', { class: 'board-tools', role: 'toolbar', 'aria-label': 'Board view' },
      h('div', { class: 'theater-pick', role: 'group', 'aria-label': 'Theater' },
        [...theaters, { id: 'tracks' as const, name: 'Tracks' }].map((t) => {
          const b = h('button', { type: 'button', class: 'theater-btn', id: `show-${t.id}`, 'aria-pressed': 'false' }, t.name);
          if (t.id === 'tracks') b.title = 'Cooperation, the alliance ladder, US hostility, China’s technology and Russia’s standing';
          b.addEventListener('click', () => this.pickTheater(t.id));
          this.theaterButtons.set(t.id, b);
          return b;
        })),
      h('div', { class: 'zoom-pick' }, zoomOut, zoomIn));
    this.media?.addEventListener('change', () => this.apply());
    this.apply();
  }

  /** True while the screen is small enough for the tabs. */
  get compact(): boolean {
    return this.media?.matches ?? false;
  }

  get view(): PlayView {
    return this.current;
  }

  show(v: PlayView): void {
    if (v === this.current) return;
    this.current = v;
    this.apply();
    this.onSwitch(v);
  }

  /** What a small screen's board shows. */
  get theater(): BoardPick {
    return this.shownTheater;
  }

  /** Show a theater (the one a chosen region is in) or the tracks on a small screen; also tells a newly mounted board. */
  pickTheater(t: BoardPick): void {
    this.shownTheater = t;
    this.apply();
  }

  /** Mark the Actions tab while the person on this screen is to act and looks elsewhere. */
  attention(on: boolean): void {
    this.buttons.get('actions')?.classList.toggle('attention', on && this.current !== 'actions');
  }

  private apply(): void {
    this.play.dataset.view = this.current;
    this.play.classList.toggle('compact', this.compact);
    for (const [id, b] of this.buttons) {
      b.setAttribute('aria-selected', String(id === this.current));
      if (id === this.current) b.classList.remove('attention');
    }
    for (const [id, b] of this.theaterButtons) b.setAttribute('aria-pressed', String(id === this.shownTheater));
    this.board.onTheater(this.compact ? this.shownTheater : null);
  }
}

/** Start Phaser with the board scene in a parent element, and hand the HTML layer its controller. */
import * as Phaser from 'phaser';
import type { RegionId } from '../../game';
import type { BoardVM } from '../viewmodel';
import { FramePacer } from './framePacer';
import type { BoardController, BoardHandlers, BoardView } from './index';
import { INK } from './palette';
import { BoardScene } from './scene';
import { followScreenRatio, PIXEL_RATIO } from './widgets';

/** The parent's size in canvas pixels. */
const canvasSize = (parent: HTMLElement): { w: number; h: number } => ({
  w: Math.max(1, Math.round(parent.clientWidth * PIXEL_RATIO)),
  h: Math.max(1, Math.round(parent.clientHeight * PIXEL_RATIO)),
});

/**
 * Start the board in `parent` and resolve once it has drawn `initial`. When the screen's density
 * changes (the page zoomed, the window taken to another monitor) the board starts again at the
 * new density, showing what it showed: Phaser's canvas, camera and textures are all sized by it.
 */
export async function mountBoard(parent: HTMLElement, handlers: BoardHandlers, initial: BoardVM): Promise<BoardController> {
  let inner = await startGame(parent, handlers, initial);
  let vm = initial;
  let view: BoardView | null = null;
  let focused: RegionId | null = null;
  let gone = false;
  /** Each restart's number: a density that changes again while the board starts keeps only the latest board. */
  let restarts = 0;
  // Browsers report a new density by a media query's change (another monitor) and by a resize (page zoom).
  let query: MediaQueryList | null = null;
  const watch = (): void => {
    query?.removeEventListener('change', onChange);
    query = matchMedia(`(resolution: ${globalThis.devicePixelRatio || 1}dppx)`);
    query.addEventListener('change', onChange);
  };
  const onChange = (): void => {
    if (gone || query?.matches) return;
    watch();
    if (followScreenRatio()) restart().catch((e: unknown) => console.warn('multipolar: board restart', e));
  };
  async function restart(): Promise<void> {
    const mine = ++restarts;
    const zoom = inner.zoom();
    inner.destroy();
    const drawn = vm;
    const next = await startGame(parent, handlers, drawn);
    if (gone || mine !== restarts) return next.destroy();
    inner = next;
    if (view) inner.show(view);
    if (focused) inner.focusRegion(focused);
    if (zoom !== 1) inner.zoomBy(zoom);
    if (vm !== drawn) inner.update(vm);
  }
  watch();
  window.addEventListener('resize', onChange);
  return {
    update: (next) => {
      vm = next;
      inner.update(next);
    },
    focusRegion: (id) => {
      focused = id;
      inner.focusRegion(id);
    },
    layout: () => inner.layout(),
    regionPoint: (id) => inner.regionPoint(id),
    show: (next) => {
      view = next;
      inner.show(next);
    },
    zoomBy: (factor) => inner.zoomBy(factor),
    zoom: () => inner.zoom(),
    destroy: () => {
      gone = true;
      query?.removeEventListener('change', onChange);
      window.removeEventListener('resize', onChange);
      inner.destroy();
    },
  };
}

/** Start Phaser in `parent` and resolve once the board has drawn `initial`. */
function startGame(parent: HTMLElement, handlers: BoardHandlers, initial: BoardVM): Promise<BoardController> {
  return new Promise((resolve) => {
    let game: Phaser.Game | null = null;
    let resized: ResizeObserver | null = null;
    const scene = new BoardScene(handlers, initial, () => {
      if (!game) return;
      const pacer = new FramePacer(game);
      scene.pacer = pacer;
      // The loop may be asleep: pointer movement (hover outlines, a drag), a resize (Phaser
      // measures its parent each frame) and every update wake it.
      const poke = (): void => pacer.wake();
      for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointerleave', 'wheel', 'touchmove'] as const) {
        game.canvas.addEventListener(type, poke, { passive: true });
      }
      // The canvas follows its parent: sized in device pixels, shown at the parent's CSS size.
      resized = new ResizeObserver(() => {
        const { w, h } = canvasSize(parent);
        if (game && (game.scale.width !== w || game.scale.height !== h)) game.scale.resize(w, h);
        poke();
      });
      resized.observe(parent);
      const live = <T,>(f: () => T, none: T): T => (game ? f() : none);
      resolve({
        update: (vm) => live(() => {
          scene.apply(vm, !scene.calm);
          pacer.wake();
        }, undefined),
        focusRegion: (id) => live(() => {
          scene.focusRegion(id);
          pacer.wake();
        }, undefined),
        layout: () => live(() => scene.layout, null),
        regionPoint: (id) => live(() => scene.regionPoint(id), null),
        show: (view) => live(() => scene.show(view), undefined),
        zoomBy: (factor) => live(() => scene.zoomBy(factor), undefined),
        zoom: () => live(() => scene.zoom, 1),
        destroy: () => {
          resized?.disconnect();
          if (game) pacer.destroy();
          game = null;
        },
      });
    });
    game = new Phaser.Game({
      // Canvas, not WebGL: a board of flat shapes and text that draws only when it
      // changes gains nothing from shaders, and skipping shader compilation and MSAA
      // halves start-up where WebGL is software-rendered (bench:client: ~2.0 s → ~1.0 s).
      type: Phaser.CANVAS,
      parent,
      backgroundColor: INK.background.css,
      banner: false,
      // The board makes no sound; skipping Web Audio saves ~80 ms of start-up.
      audio: { noAudio: true },
      // Device pixels, shown at CSS size (zoom): Scale.RESIZE would size the canvas in CSS
      // pixels, and a 2× phone would stretch every pixel over four.
      scale: {
        mode: Phaser.Scale.NONE,
        width: canvasSize(parent).w,
        height: canvasSize(parent).h,
        zoom: 1 / PIXEL_RATIO,
      },
      render: { antialias: true },
      // Pinch and drag on the canvas are the board's own: the page does not scroll or zoom under them.
      input: { touch: { capture: true } },
      scene,
    });
  });
}

/** Start Phaser with the board scene in a parent element, and hand the HTML layer its controller. */
import * as Phaser from 'phaser';
import type { BoardVM } from '../viewmodel';
import { FramePacer } from './framePacer';
import type { BoardController, BoardHandlers } from './index';
import { INK } from './palette';
import { BoardScene } from './scene';
import { PIXEL_RATIO } from './widgets';

/** The parent's size in canvas pixels. */
const canvasSize = (parent: HTMLElement): { w: number; h: number } => ({
  w: Math.max(1, Math.round(parent.clientWidth * PIXEL_RATIO)),
  h: Math.max(1, Math.round(parent.clientHeight * PIXEL_RATIO)),
});

/** Start Phaser in `parent` and resolve once the board has drawn `initial`. */
export function mountBoard(parent: HTMLElement, handlers: BoardHandlers, initial: BoardVM): Promise<BoardController> {
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

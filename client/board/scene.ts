/**
 * The board scene (loaded on demand so Phaser lands in its own chunk). It
 * owns the views, relays layout on resize, and applies each view model to the
 * objects it already has: update() never rebuilds the scene.
 */
import * as Phaser from 'phaser';
import { BRINK } from '../../game';
import type { RegionId, Theater } from '../../game';
import { THEATERS } from '../../game';
import europeUrl from '../../assets/maps/europe.svg?url';
import pacificUrl from '../../assets/maps/pacific.svg?url';
import type { BoardVM } from '../viewmodel';
import { AlignmentCard, CooperationCard } from './allianceCards';
import type { Card } from './card';
import { preloadIcons } from './icons';
import type { BoardController, BoardHandlers } from './index';
import type { BoardLayout, CardId } from './layout';
import { MAP_SIZE } from './geometry';
import { CARDS, computeLayout } from './layout';
import { INK } from './palette';
import { ChinaCard, RussiaCard, UsCard } from './powerCards';
import { TheaterView } from './theaterView';
import { TopBar } from './topBar';

export const BOARD_SCENE_KEY = 'board';
const MAP_URL: Readonly<Record<Theater, string>> = { pacific: pacificUrl, europe: europeUrl };
/**
 * Maps are rasterised at the screen's pixel ratio (1–2): a map is shown at most
 * ~600 CSS px wide, and every extra source pixel is texture to upload at start.
 */
const MAP_SOURCE_SCALE = Math.min(2, Math.max(1, Math.ceil(globalThis.devicePixelRatio || 1)));
/** Width of the red rim around the board at the Brink, px. */
const BRINK_RIM_PX = 4;

class BoardScene extends Phaser.Scene {
  private vm: BoardVM;
  private top: TopBar | null = null;
  private theaters: TheaterView[] = [];
  private cards: Record<CardId, Card> | null = null;
  private lay: BoardLayout | null = null;

  /** Where each part of the board is drawn now (canvas pixels), for guides that point at it. */
  get layout(): BoardLayout | null {
    return this.lay;
  }
  /** A red rim around the whole board at the Brink. */
  private brinkRim: Phaser.GameObjects.Graphics | null = null;

  constructor(
    private readonly handlers: BoardHandlers,
    initial: BoardVM,
    private readonly onReady: () => void,
  ) {
    super({ key: BOARD_SCENE_KEY });
    this.vm = initial;
  }

  preload(): void {
    for (const t of THEATERS) {
      this.load.svg(`map-src-${t}`, MAP_URL[t], { width: MAP_SIZE.w * MAP_SOURCE_SCALE, height: MAP_SIZE.h * MAP_SOURCE_SCALE });
    }
    preloadIcons(this);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(INK.background.css);
    this.theaters = THEATERS.map(
      (t) =>
        new TheaterView(this, t, {
          click: (id) => this.handlers.onRegionClick(id),
          hover: (id, p) => {
            const ev = p.event as MouseEvent | undefined;
            const rect = this.game.canvas.getBoundingClientRect();
            this.handlers.onRegionHover(id, ev?.clientX ?? rect.left + p.x, ev?.clientY ?? rect.top + p.y);
          },
        }),
    );
    this.cards = {
      cooperation: new CooperationCard(this),
      alignment: new AlignmentCard(this),
      us: new UsCard(this),
      russia: new RussiaCard(this),
      china: new ChinaCard(this),
    };
    this.top = new TopBar(this);
    this.brinkRim = this.add.graphics().setVisible(false);
    this.flash = this.add.graphics().setDepth(1000).setVisible(false);
    this.input.on('gameout', () => this.handlers.onRegionHover(null, 0, 0));
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.relayout());
    // Text sizes come from the first view model (badge widths depend on digits).
    this.apply(this.vm, false);
    this.relayout();
    this.onReady();
  }

  private relayout(): void {
    const top = this.top;
    const cards = this.cards;
    if (!top || !cards) return;
    const { width, height } = this.scale.gameSize;
    if (width < 2 || height < 2) return;
    const lay = computeLayout(width, height, (w, ui) => top.measure(w, ui));
    this.lay = lay;
    top.layout(lay.topBar, lay.ui);
    for (const v of this.theaters) v.layout(lay.theaters[v.id], lay.ui);
    for (const id of CARDS) cards[id].layout(lay.cards[id], lay.ui);
    this.brinkRim?.clear().lineStyle(BRINK_RIM_PX, INK.danger.num, 1).strokeRect(BRINK_RIM_PX / 2, BRINK_RIM_PX / 2, width - BRINK_RIM_PX, height - BRINK_RIM_PX);
    this.apply(this.vm, false);
  }

  /** Outline a region the keyboard user is about to act on. */
  focusRegion(id: RegionId | null): void {
    for (const v of this.theaters) v.focus(id);
  }

  /** Apply a view model to the existing objects; `animate` tweens the meters. */
  apply(vm: BoardVM, animate: boolean): void {
    this.vm = vm;
    if (!this.top || !this.cards) return;
    this.top.update(vm, animate && this.lay !== null);
    for (const v of this.theaters) v.update(vm, animate);
    for (const id of CARDS) this.cards[id].update(vm, animate);
    this.brinkRim?.setVisible(vm.globalTension >= BRINK);
    // Once per view model: a relayout applies the same one again.
    if (vm.changed.size && vm !== this.flashed) {
      this.flashed = vm;
      this.flashChanged(vm);
    }
  }

  private flashed: BoardVM | null = null;

  private flash: Phaser.GameObjects.Graphics | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Where a changed key is drawn now (canvas pixels). */
  private boxOf(key: BoardVM['changed'] extends ReadonlySet<infer K> ? K : never): { x: number; y: number; w: number; h: number } | null {
    const lay = this.lay;
    if (!lay) return null;
    if (key === 'topBar') return lay.topBar;
    if (key === 'pacific' || key === 'europe') return lay.theaters[key].header;
    if ((CARDS as readonly string[]).includes(key)) return lay.cards[key as CardId];
    for (const v of this.theaters) {
      const b = v.regionBox(key as RegionId);
      if (b) return b;
    }
    return null;
  }

  /** Ring what the last update changed, then let the rings fade (held still with reduced motion). */
  private flashChanged(vm: BoardVM): void {
    const g = this.flash;
    if (!g) return;
    g.clear();
    for (const key of vm.changed) {
      const b = this.boxOf(key);
      if (!b) continue;
      g.lineStyle(6, INK.shadow.num, 0.6).strokeRoundedRect(b.x - 4, b.y - 4, b.w + 8, b.h + 8, 6);
      g.lineStyle(3, INK.accent.num, 1).strokeRoundedRect(b.x - 4, b.y - 4, b.w + 8, b.h + 8, 6);
    }
    this.children.bringToTop(g);
    g.setVisible(true).setAlpha(1);
    this.tweens.killTweensOf(g);
    clearTimeout(this.flashTimer);
    if (this.calm) this.flashTimer = setTimeout(() => { g.setVisible(false); this.pacer?.wake(); }, FLASH_MS);
    else this.tweens.add({ targets: g, alpha: 0, delay: FLASH_MS / 2, duration: FLASH_MS / 2, onComplete: () => g.setVisible(false) });
  }

  /** The centre of a region's badge in page (client) pixels, for a DOM tooltip beside it. */
  regionPoint(id: RegionId): { x: number; y: number } | null {
    for (const v of this.theaters) {
      const b = v.regionBox(id);
      if (!b) continue;
      const rect = this.game.canvas.getBoundingClientRect();
      return { x: rect.left + b.x + b.w, y: rect.top + b.y };
    }
    return null;
  }

  override update(time: number): void {
    // With reduced motion the pulses hold still (a frozen clock) and need no frames.
    const t = this.calm ? CALM_TIME : time;
    let pulsing = false;
    if (this.top?.tick(t)) pulsing = true;
    if (this.brinkRim?.visible) {
      this.brinkRim.setAlpha(0.45 + 0.35 * Math.sin(t / 220));
      pulsing = true;
    }
    // Every view ticks each frame (no short-circuit).
    for (const v of this.theaters) if (v.tick(t)) pulsing = true;
    if (this.cards) for (const id of CARDS) if (this.cards[id].tick(t)) pulsing = true;
    const moving = this.tweens.getTweens().length > 0;
    this.pacer?.frameDone(moving ? 'motion' : pulsing && !this.calm ? 'pulse' : 'still');
  }

  pacer: FramePacer | null = null;
  /** The player asked the system for less motion: no pulses, no gliding meters. */
  readonly calm = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How long the change highlight stays, ms. */
const FLASH_MS = 1600;
/** A frozen clock for reduced motion: sin(0) holds every pulse at half strength, still visible. */
const CALM_TIME = 0;
/** Pulses are slow (periods of 1–2 s): 20 frames a second draws them smoothly enough. */
const PULSE_FRAME_MS = 50;

/**
 * Draw only while something moves. Each frame redraws the whole canvas, so a
 * board that sits still for a player's thinking time should cost nothing: the
 * loop sleeps once no tween or pointer needs frames, runs at a low rate while
 * only pulses move, and wakes on the next change.
 */
class FramePacer {
  private awakeUntil = 0;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly game: Phaser.Game) {}

  /** Something changed: draw at full rate for at least `ms` more. */
  wake(ms = 300): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    this.game.loop.wake();
  }

  /** After each frame: keep the full rate, drop to the pulse rate, or sleep. */
  frameDone(need: 'motion' | 'pulse' | 'still'): void {
    if (this.stopped || need === 'motion' || performance.now() < this.awakeUntil) return;
    this.game.loop.sleep();
    clearTimeout(this.timer);
    if (need === 'pulse') this.timer = setTimeout(() => this.game.loop.wake(), PULSE_FRAME_MS);
  }

  /** Phaser destroys a game at the end of its next step, so the loop must run once more. */
  destroy(): void {
    clearTimeout(this.timer);
    this.game.destroy(true);
    this.game.loop.wake();
    this.stopped = true;
  }
}

/** Start Phaser in `parent` and resolve once the board has drawn `initial`. */
export function mountBoard(parent: HTMLElement, handlers: BoardHandlers, initial: BoardVM): Promise<BoardController> {
  return new Promise((resolve) => {
    let game: Phaser.Game | null = null;
    let resized: ResizeObserver | null = null;
    const scene = new BoardScene(handlers, initial, () => {
      if (!game) return;
      const pacer = new FramePacer(game);
      scene.pacer = pacer;
      // The loop may be asleep: pointer movement (hover outlines), a resize (Phaser
      // measures its parent each frame) and every update wake it.
      const poke = () => pacer.wake();
      for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointerleave', 'wheel'] as const) {
        game.canvas.addEventListener(type, poke, { passive: true });
      }
      resized = new ResizeObserver(poke);
      resized.observe(parent);
      resolve({
        update: (vm) => {
          if (!game) return;
          scene.apply(vm, !scene.calm);
          pacer.wake();
        },
        focusRegion: (id) => {
          if (!game) return;
          scene.focusRegion(id);
          pacer.wake();
        },
        layout: () => (game ? scene.layout : null),
        regionPoint: (id) => (game ? scene.regionPoint(id) : null),
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
      scale: {
        mode: Phaser.Scale.RESIZE,
        width: Math.max(1, parent.clientWidth),
        height: Math.max(1, parent.clientHeight),
      },
      render: { antialias: true },
      scene,
    });
  });
}

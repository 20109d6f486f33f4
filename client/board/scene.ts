/**
 * The board scene (loaded on demand so Phaser lands in its own chunk). It
 * owns the views, relays layout on resize, and applies each view model to the
 * objects it already has: update() never rebuilds the scene.
 */
import * as Phaser from 'phaser';
import { BRINK } from '../../game/rules/tension';
import type { RegionId, Theater } from '../../game/types';
import { THEATERS } from '../../game/types';
import europeUrl from '../../assets/maps/europe.svg?url';
import pacificUrl from '../../assets/maps/pacific.svg?url';
import type { BoardVM } from '../viewmodel';
import { AlignmentCard, CooperationCard } from './allianceCards';
import type { Card } from './card';
import { preloadIcons } from './icons';
import type { BoardController, BoardHandlers } from './index';
import type { BoardLayout, CardId } from './layout';
import { CARDS, computeLayout, MAP_SIZE } from './layout';
import { INK } from './palette';
import { ChinaCard, RussiaCard, UsCard } from './powerCards';
import { TheaterView } from './theaterView';
import { TopBar } from './topBar';

export const BOARD_SCENE_KEY = 'board';
const MAP_URL: Readonly<Record<Theater, string>> = { pacific: pacificUrl, europe: europeUrl };
/** The SVG maps are first rasterised this much larger than their viewBox; views re-rasterise at shown size. */
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
  }

  override update(time: number): void {
    this.top?.tick(time);
    if (this.brinkRim?.visible) this.brinkRim.setAlpha(0.45 + 0.35 * Math.sin(time / 220));
    for (const v of this.theaters) v.tick(time);
    if (this.cards) for (const id of CARDS) this.cards[id].tick(time);
  }
}

/** Start Phaser in `parent` and resolve once the board has drawn `initial`. */
export function mountBoard(parent: HTMLElement, handlers: BoardHandlers, initial: BoardVM): Promise<BoardController> {
  return new Promise((resolve) => {
    let game: Phaser.Game | null = null;
    const scene = new BoardScene(handlers, initial, () => {
      resolve({
        update: (vm) => {
          if (game) scene.apply(vm, true);
        },
        focusRegion: (id) => {
          if (game) scene.focusRegion(id);
        },
        layout: () => (game ? scene.layout : null),
        destroy: () => {
          game?.destroy(true);
          game = null;
        },
      });
    });
    game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: INK.background.css,
      banner: false,
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

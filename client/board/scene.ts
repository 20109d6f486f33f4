/**
 * The board scene (loaded on demand so Phaser lands in its own chunk). It
 * owns the views, lays them out for the canvas (the theaters shown, the zoom),
 * and applies each view model to the objects it already has: update() never
 * rebuilds the scene. Started by mount.ts.
 */
import * as Phaser from 'phaser';
import type { RegionId, Theater } from '../../game';
import { THEATERS } from '../../game';
import europeUrl from '../../assets/maps/europe.svg?url';
import pacificUrl from '../../assets/maps/pacific.svg?url';
import type { BoardVM } from '../viewmodel';
import { AlignmentCard, CooperationCard } from './allianceCards';
import type { Card } from './card';
import type { FramePacer } from './framePacer';
import { preloadIcons } from './icons';
import type { BoardHandlers } from './index';
import type { BoardLayout, BoardView, Box, CardId, HelpSpot } from './layout';
import { MAP_SIZE } from './geometry';
import { CARDS, computeLayout, scrollBounds } from './layout';
import { INK } from './palette';
import { ChinaCard, RussiaCard, UsCard } from './powerCards';
import { TheaterView } from './theaterView';
import { TopBar } from './topBar';
import { Viewport } from './viewport';
import { PIXEL_RATIO } from './widgets';

export const BOARD_SCENE_KEY = 'board';
const MAP_URL: Readonly<Record<Theater, string>> = { pacific: pacificUrl, europe: europeUrl };
/**
 * Maps are rasterised at the screen's pixel ratio (1–2): a map is shown at most
 * ~600 CSS px wide, and every extra source pixel is texture to upload at start.
 */
const mapSourceScale = (): number => Math.ceil(PIXEL_RATIO);
/** Width of the red rim around the board at the Brink, px. */
const BRINK_RIM_PX = 4;
/** How long the change highlight stays, ms. */
const FLASH_MS = 1600;
/** A frozen clock for reduced motion: sin(0) holds every pulse at half strength, still visible. */
const CALM_TIME = 0;
/** Every part of the board that explains itself. */
const HELP_SPOTS: readonly HelpSpot[] = [...CARDS, ...THEATERS, 'topBar'];

export class BoardScene extends Phaser.Scene {
  private vm: BoardVM;
  private top: TopBar | null = null;
  private theaters: TheaterView[] = [];
  private cards: Record<CardId, Card> | null = null;
  /** One hit area (an empty drawing) over each part that explains itself: hovered or tapped, it asks for its help. */
  private helpZones: Record<HelpSpot, { readonly obj: Phaser.GameObjects.Graphics; readonly area: Phaser.Geom.Rectangle }> | null = null;
  private lay: BoardLayout | null = null;
  /** Both theaters and the top bar, or (a small screen) one theater without the bar. */
  private view: BoardView = { theaters: THEATERS, topBar: true, cards: 'shown' };
  private viewport: Viewport | null = null;
  /** A red rim around the whole board at the Brink. */
  private brinkRim: Phaser.GameObjects.Graphics | null = null;
  private flashed: BoardVM | null = null;
  private flash: Phaser.GameObjects.Graphics | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  pacer: FramePacer | null = null;
  /** The player asked the system for less motion: no pulses, no gliding meters. */
  readonly calm = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** Where each part of the board is drawn now (world pixels: canvas pixels when not zoomed), for guides that point at it. */
  get layout(): BoardLayout | null {
    return this.lay;
  }

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
      this.load.svg(`map-src-${t}`, MAP_URL[t], { width: MAP_SIZE.w * mapSourceScale(), height: MAP_SIZE.h * mapSourceScale() });
    }
    preloadIcons(this);
  }

  /** Whether a pointer event's element is the board itself (not HTML over it). */
  private onCanvas(target: unknown): boolean {
    return target === this.game.canvas;
  }

  create(): void {
    // The world is laid out in CSS pixels; the canvas has PIXEL_RATIO device pixels to each.
    this.cameras.main.setBackgroundColor(INK.background.css).setZoom(PIXEL_RATIO);
    this.viewport = new Viewport(this, (z, x, y) => this.relayout(z, x, y));
    this.theaters = THEATERS.map(
      (t) =>
        new TheaterView(this, t, {
          // A drag (panning a zoomed board) ends over a region without choosing it. Phaser also
          // hears presses and releases anywhere on the page (to end a drag that leaves the
          // canvas): a tap on a panel, summary or log over the board is not a tap on a region.
          click: (id, p) => {
            if (!this.viewport?.dragged && this.onCanvas(p.downElement) && this.onCanvas(p.upElement)) this.handlers.onRegionClick(id);
          },
          hover: (id, p) => {
            if (id !== null && !this.onCanvas((p.event as Event | undefined)?.target)) return;
            this.handlers.onRegionHover(id, ...this.pagePoint(p));
          },
        }, this.vm),
    );
    this.cards = {
      cooperation: new CooperationCard(this),
      alignment: new AlignmentCard(this),
      us: new UsCard(this),
      russia: new RussiaCard(this),
      china: new ChinaCard(this),
    };
    this.helpZones = Object.fromEntries(HELP_SPOTS.map((id) => [id, this.helpZone(id)])) as NonNullable<BoardScene['helpZones']>;
    this.top = new TopBar(this, this.vm);
    this.brinkRim = this.add.graphics().setVisible(false).setScrollFactor(0).setDepth(999);
    this.flash = this.add.graphics().setDepth(1000).setVisible(false);
    this.input.on('gameout', () => this.handlers.onRegionHover(null, 0, 0));
    this.input.on('pointerdown', (p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      const zones = Object.values(this.helpZones ?? {}).map((z) => z.obj as Phaser.GameObjects.GameObject);
      if (p.wasTouch && !over.some((o) => zones.includes(o))) this.handlers.onHelpPoint(null, 0, 0);
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.relayout());
    // Text sizes come from the first view model (badge widths depend on digits).
    this.apply(this.vm, false);
    this.relayout();
    this.onReady();
  }

  /** Where a pointer event happened, in page (client) pixels. */
  private pagePoint(p: Phaser.Input.Pointer): [number, number] {
    const ev = p.event as MouseEvent | undefined;
    const rect = this.game.canvas.getBoundingClientRect();
    return [ev?.clientX ?? rect.left + p.x / PIXEL_RATIO, ev?.clientY ?? rect.top + p.y / PIXEL_RATIO];
  }

  private helpZone(id: HelpSpot): { obj: Phaser.GameObjects.Graphics; area: Phaser.Geom.Rectangle } {
    const area = new Phaser.Geom.Rectangle(0, 0, 0, 0);
    const obj = this.add.graphics().setInteractive({ hitArea: area, hitAreaCallback: (r: Phaser.Geom.Rectangle, x: number, y: number) => r.contains(x, y), cursor: 'help' });
    obj.on('pointerover', (p: Phaser.Input.Pointer) => {
      if (this.onCanvas((p.event as Event | undefined)?.target)) this.handlers.onHelpPoint(id, ...this.pagePoint(p));
    });
    // A touch leaves every object as it lifts: its help stays until a tap elsewhere (create()).
    obj.on('pointerout', (p: Phaser.Input.Pointer) => {
      if (!p.wasTouch) this.handlers.onHelpPoint(null, 0, 0);
    });
    // A tap (touch has no hover to speak of); not the end of a drag, nor a release over HTML.
    obj.on('pointerup', (p: Phaser.Input.Pointer) => {
      if (!this.viewport?.dragged && this.onCanvas(p.downElement) && this.onCanvas(p.upElement)) this.handlers.onHelpPoint(id, ...this.pagePoint(p));
    });
    return { obj, area };
  }

  /** Show one or both theaters, with or without the top bar, and lay the board out again. */
  show(view: BoardView): void {
    const next: BoardView = { theaters: view.theaters.length ? view.theaters : THEATERS, topBar: view.topBar, cards: view.cards ?? 'shown' };
    if (next.theaters.join() === this.view.theaters.join() && next.topBar === this.view.topBar && next.cards === this.view.cards) return;
    this.view = next;
    // The meter cards alone are laid out to fit the canvas: a map's zoom would cut them off.
    this.relayout(next.cards === 'only' ? 1 : (this.viewport?.zoom ?? 1), 0, 0);
  }

  /** Zoom by a factor (the HTML buttons) about the middle of the map in view, else of the canvas. */
  zoomBy(factor: number): void {
    const vp = this.viewport;
    if (!vp) return;
    const { width, height } = this.cssSize();
    const map = this.view.theaters.map((t) => this.lay?.theaters[t]?.map).find((m) => m);
    const at = map ? vp.toCanvas(map.x + map.w / 2, map.y + map.h / 2) : { x: width / 2, y: height / 2 };
    vp.set(vp.zoom * factor, Math.min(width, Math.max(0, at.x)), Math.min(height, Math.max(0, at.y)));
  }

  /** The canvas in CSS pixels, the units the board is laid out in. */
  private cssSize(): { width: number; height: number } {
    const { width, height } = this.scale.gameSize;
    return { width: width / PIXEL_RATIO, height: height / PIXEL_RATIO };
  }

  get zoom(): number {
    return this.viewport?.zoom ?? 1;
  }

  private relayout(zoom = this.viewport?.zoom ?? 1, ax = 0, ay = 0): void {
    const top = this.top;
    const cards = this.cards;
    if (!top || !cards) return;
    const { width, height } = this.cssSize();
    if (width < 2 || height < 2) return;
    const measure = (w: number, ui: number): number => top.measure(w, ui);
    // Whether a phone's map has room for the cards is decided on the canvas as it is, not zoomed.
    const view = this.view.cards === 'ifRoom' && zoom !== 1
      ? { ...this.view, cards: computeLayout(width, height, measure, this.view).cards ? 'shown' as const : 'hidden' as const }
      : this.view;
    const lay = computeLayout(width * zoom, height * zoom, measure, view);
    this.lay = lay;
    top.layout(lay.topBar, lay.ui);
    for (const v of this.theaters) v.layout(lay.theaters[v.id], lay.ui);
    for (const id of CARDS) cards[id].layout(lay.cards?.[id], lay.ui);
    for (const id of HELP_SPOTS) {
      const box = id === 'topBar' ? lay.topBar : id === 'pacific' || id === 'europe' ? lay.theaters[id]?.header : lay.cards?.[id];
      this.helpZones?.[id].area.setTo(box?.x ?? 0, box?.y ?? 0, box?.w ?? 0, box?.h ?? 0);
    }
    this.viewport?.applied(zoom, ax, ay, scrollBounds(lay, { w: width, h: height }));
    // Fixed to the canvas (scroll factor 0), but still zoomed by PIXEL_RATIO about the canvas's
    // middle: placed where that zoom puts it on the canvas's edge.
    const rim = { x: (width * PIXEL_RATIO - width) / 2, y: (height * PIXEL_RATIO - height) / 2 };
    this.brinkRim?.clear().lineStyle(BRINK_RIM_PX, INK.danger.num, 1).strokeRect(rim.x + BRINK_RIM_PX / 2, rim.y + BRINK_RIM_PX / 2, width - BRINK_RIM_PX, height - BRINK_RIM_PX);
    this.apply(this.vm, false);
    this.pacer?.wake();
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
    this.brinkRim?.setVisible(vm.globalTension >= vm.brink);
    // Once per view model: a relayout applies the same one again.
    if (vm.changed.size && vm !== this.flashed) {
      this.flashed = vm;
      this.flashChanged(vm);
    }
  }

  /** Where a changed key is drawn now (world pixels); null when it is not on the board (a hidden theater). */
  private boxOf(key: BoardVM['changed'] extends ReadonlySet<infer K> ? K : never): Box | null {
    const lay = this.lay;
    if (!lay) return null;
    if (key === 'topBar') return lay.topBar;
    if (key === 'pacific' || key === 'europe') return lay.theaters[key]?.header ?? null;
    if ((CARDS as readonly string[]).includes(key)) return lay.cards?.[key as CardId] ?? null;
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
      // A part the layout does not draw (a phone's board has no top bar: its state line is HTML) has no box to ring.
      if (!b || b.w <= 0 || b.h <= 0) continue;
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

  /** The corner of a region's badge in page (client) pixels, for a DOM tooltip beside it; null when not shown. */
  regionPoint(id: RegionId): { x: number; y: number } | null {
    for (const v of this.theaters) {
      const b = v.regionBox(id);
      if (!b || !this.viewport) continue;
      const rect = this.game.canvas.getBoundingClientRect();
      const at = this.viewport.toCanvas(b.x + b.w, b.y);
      return { x: rect.left + at.x, y: rect.top + at.y };
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
}

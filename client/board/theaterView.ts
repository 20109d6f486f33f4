/**
 * One theater panel: its header (theaterHeader.ts) over the map, whose region
 * polygons are the click targets, with a badge per region. A theater the
 * board does not show (one theater at a time on a phone) is hidden whole.
 */
import * as Phaser from 'phaser';
import type { Partner, RegionId, Theater } from '../../game';
import type { BoardVM, RegionVM } from '../viewmodel';
import { badgeSpot, mapAnchor, mapPoints, starPoint } from './shapes';
import type { Box, TheaterLayout } from './layout';
import { INK, POWER_COLOUR, POWER_TEXT, REGION_ALPHA } from './palette';
import { drawPattern } from './patterns';
import { RegionBadge } from './regionBadge';
import { separate } from './separate';
import { TheaterHeader } from './theaterHeader';
import { drawFrame, TEXTURE_RESOLUTION } from './widgets';

export interface RegionEvents {
  click(id: RegionId, pointer: Phaser.Input.Pointer): void;
  hover(id: RegionId | null, pointer: Phaser.Input.Pointer): void;
}

/** The flashpoint's star, px at UI scale 1. */
const STAR_R = 9;
/** Screen-pixel widths of region outlines (divided by the map scale when drawn). */
const OUTLINE = { hover: 3, target: 3, targetUnder: 6, border: 1.4, sphere: 2 } as const;
/** Leader lines from a region to a badge set beside it, px at UI scale 1. */
const LEADER = { under: 3.5, over: 1.5, dot: 2.5 } as const;

interface RegionObjects {
  readonly fill: Phaser.GameObjects.Graphics;
  readonly hover: Phaser.GameObjects.Graphics;
  readonly target: Phaser.GameObjects.Graphics;
  readonly badge: RegionBadge;
  readonly points: Phaser.Math.Vector2[];
}

export class TheaterView {
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly map: Phaser.GameObjects.Image;
  private readonly layer: Phaser.GameObjects.Container;
  private readonly star: Phaser.GameObjects.Graphics;
  /** Lines from a region to its badge when the badge sits beside it. */
  private readonly leaders: Phaser.GameObjects.Graphics;
  private readonly regions = new Map<RegionId, RegionObjects>();
  /** The last view of each region, to redraw only what changed. */
  private readonly regionState = new Map<RegionId, RegionVM>();
  private readonly header: TheaterHeader;
  private lay: TheaterLayout | null = null;
  private ui = 1;
  private hovered: RegionId | null = null;
  /** Where each region's badge is drawn now (canvas pixels): for the tooltip and the change highlight. */
  private readonly badgeBoxes = new Map<RegionId, { x: number; y: number; w: number; h: number }>();

  constructor(private readonly scene: Phaser.Scene, readonly id: Theater, private readonly events: RegionEvents, vm: BoardVM) {
    this.frame = scene.add.graphics();
    this.map = scene.add.image(0, 0, '__DEFAULT').setOrigin(0);
    this.layer = scene.add.container(0, 0);
    for (const r of vm.regions.filter((x) => x.theater === id).map((x) => x.id)) {
      const points = mapPoints(r).map((p) => new Phaser.Math.Vector2(p.x, p.y));
      const fill = scene.add.graphics();
      fill.setInteractive(new Phaser.Geom.Polygon(points), (area: Phaser.Geom.Polygon, x: number, y: number) => Phaser.Geom.Polygon.Contains(area, x, y));
      if (fill.input) fill.input.cursor = 'pointer';
      const hover = scene.add.graphics().setVisible(false);
      const target = scene.add.graphics().setVisible(false);
      this.layer.add([fill, target, hover]);
      const badge = new RegionBadge(scene, r);
      this.regions.set(r, { fill, hover, target, badge, points });
      for (const obj of [fill, badge.makeInteractive()]) {
        obj.on('pointerover', (p: Phaser.Input.Pointer) => this.setHover(r, p));
        obj.on('pointermove', (p: Phaser.Input.Pointer) => this.setHover(r, p));
        obj.on('pointerout', (p: Phaser.Input.Pointer) => this.setHover(null, p));
        obj.on('pointerup', (p: Phaser.Input.Pointer) => events.click(r, p));
      }
    }
    this.star = scene.add.graphics();
    this.layer.add(this.star);
    this.leaders = scene.add.graphics();
    // Badges above the region layer.
    for (const o of this.regions.values()) scene.children.bringToTop(o.badge.container);
    const t = vm.theaters.find((x) => x.id === id);
    if (!t) throw new Error(`no theater ${id} in the view model`);
    this.header = new TheaterHeader(scene, t, Object.keys(t.forces) as Partner[]);
  }

  private setVisible(on: boolean): void {
    if (this.frame.visible === on) return;
    for (const o of [this.frame, this.map, this.layer, this.star, this.leaders]) o.setVisible(on);
    for (const o of this.regions.values()) o.badge.container.setVisible(on);
    this.header.setVisible(on);
  }

  /** The region's badge box in canvas pixels, or null when it is not in this theater. */
  regionBox(id: RegionId): { x: number; y: number; w: number; h: number } | null {
    return this.badgeBoxes.get(id) ?? null;
  }

  /** Outline a region chosen from the keyboard (no pointer event is sent back). */
  focus(id: RegionId | null): void {
    const mine = id && this.regions.has(id) ? id : null;
    this.outline(mine);
  }

  private setHover(id: RegionId | null, pointer: Phaser.Input.Pointer): void {
    this.outline(id);
    this.events.hover(id, pointer);
  }

  private outline(id: RegionId | null): void {
    if (id !== this.hovered) {
      const prev = this.hovered ? this.regions.get(this.hovered) : undefined;
      prev?.hover.setVisible(false);
      prev?.badge.setHover(false);
      this.hovered = id;
      const next = id ? this.regions.get(id) : undefined;
      next?.hover.setVisible(true);
      next?.badge.setHover(true);
    }
  }

  /** Show the theater where `lay` says, or hide it (undefined: not shown). */
  layout(lay: TheaterLayout | undefined, ui: number): void {
    this.setVisible(!!lay);
    if (!lay) {
      this.lay = null;
      this.badgeBoxes.clear();
      return;
    }
    this.lay = lay;
    this.ui = ui;
    this.frame.clear();
    drawFrame(this.frame, lay.frame);
    // Sea under the map, so a letterboxed map still sits on water.
    this.frame.fillStyle(INK.sea.num, 1);
    this.frame.fillRect(lay.map.x, lay.map.y, lay.map.w, lay.map.h);
    this.rasteriseMap(lay.map);
    this.layer.setPosition(lay.map.x, lay.map.y).setScale(lay.scale);
    this.header.layout(lay.header, ui);
    this.drawRegions();
    this.drawStar();
    this.placeBadges(lay);
  }

  /** Draw the SVG into a canvas texture at exactly the shown size (crisp, no resampling). */
  private rasteriseMap(b: Box): void {
    const key = `map-${this.id}`;
    const srcKey = `map-src-${this.id}`;
    if (!this.scene.textures.exists(srcKey)) return;
    const src = this.scene.textures.get(srcKey).getSourceImage();
    if (!(src instanceof HTMLImageElement || src instanceof HTMLCanvasElement)) return;
    const w = Math.max(1, Math.round(b.w * TEXTURE_RESOLUTION));
    const h = Math.max(1, Math.round(b.h * TEXTURE_RESOLUTION));
    const tex = this.scene.textures.exists(key)
      ? (this.scene.textures.get(key) as Phaser.Textures.CanvasTexture)
      : this.scene.textures.createCanvas(key, w, h);
    if (!tex) return;
    if (tex.width !== w || tex.height !== h) tex.setSize(w, h);
    const ctx = tex.getContext();
    ctx.clearRect(0, 0, w, h);
    ctx.drawImage(src, 0, 0, w, h);
    tex.refresh();
    this.map.setTexture(key).setPosition(b.x, b.y).setDisplaySize(b.w, b.h);
  }

  private drawRegions(): void {
    const s = this.lay?.scale ?? 1;
    for (const [id, o] of this.regions) {
      const r = this.regionState.get(id);
      const ctrl = r?.controller ?? null;
      o.fill.clear();
      o.fill.fillStyle(ctrl ? POWER_COLOUR[ctrl].num : INK.shadow.num, ctrl ? REGION_ALPHA.controlled : REGION_ALPHA.open);
      o.fill.fillPoints(o.points, true);
      if (ctrl) drawPattern(o.fill, ctrl, o.points, s, POWER_TEXT[ctrl].num, REGION_ALPHA.pattern);
      // Every region's border, so the playable areas read on the bare map; a
      // claimed sphere of influence (P11) is rimmed in the claimant's colour.
      o.fill.lineStyle(OUTLINE.border / s, INK.background.num, REGION_ALPHA.border);
      o.fill.strokePoints(o.points, true);
      if (r?.sphere) {
        o.fill.lineStyle(OUTLINE.sphere / s, POWER_COLOUR[r.sphere].num, REGION_ALPHA.sphere);
        o.fill.strokePoints(o.points, true);
      }
      o.hover.clear();
      o.hover.lineStyle((OUTLINE.hover + 2) / s, INK.shadow.num, 0.6);
      o.hover.strokePoints(o.points, true);
      o.hover.lineStyle(OUTLINE.hover / s, 0xffffff, REGION_ALPHA.hover);
      o.hover.strokePoints(o.points, true);
      o.target.clear();
      o.target.lineStyle(OUTLINE.targetUnder / s, INK.background.num, 0.7);
      o.target.strokePoints(o.points, true);
      o.target.lineStyle(OUTLINE.target / s, INK.accent.num, REGION_ALPHA.target);
      o.target.strokePoints(o.points, true);
    }
  }

  private drawStar(): void {
    const s = this.lay?.scale ?? 1;
    const p = starPoint(this.id);
    const R = (STAR_R * this.ui) / s;
    const pts: Phaser.Math.Vector2[] = [];
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? R : R * 0.45;
      pts.push(new Phaser.Math.Vector2(p.x + Math.cos(a) * rr, p.y + Math.sin(a) * rr));
    }
    this.star.clear();
    this.star.fillStyle(INK.accent.num, 1);
    this.star.lineStyle(1.5 / s, INK.shadow.num, 0.8);
    this.star.fillPoints(pts, true);
    this.star.strokePoints(pts, true);
  }

  private placeBadges(lay: TheaterLayout): void {
    const ids = [...this.regions.keys()];
    const toScreen = (p: { x: number; y: number }): { x: number; y: number } => ({ x: lay.map.x + p.x * lay.scale, y: lay.map.y + p.y * lay.scale });
    const boxes = ids.map((id) => {
      const o = this.regions.get(id) as RegionObjects;
      const size = o.badge.measure(this.ui);
      const c = toScreen(badgeSpot(id));
      return { x: c.x - size.w / 2, y: c.y - size.h / 2, w: size.w, h: size.h };
    });
    const placed = separate(boxes, lay.map, 3 * this.ui);
    const g = this.leaders;
    g.clear();
    placed.forEach((b, i) => {
      const id = ids[i] as RegionId;
      this.regions.get(id)?.badge.place(b);
      this.badgeBoxes.set(id, b);
      const a = toScreen(mapAnchor(id));
      const inside = a.x >= b.x && a.x <= b.x + b.w && a.y >= b.y && a.y <= b.y + b.h;
      if (inside) return;
      // Leader: from the region's anchor to the nearest point of the badge, dark under light.
      const ex = Math.min(Math.max(a.x, b.x), b.x + b.w);
      const ey = Math.min(Math.max(a.y, b.y), b.y + b.h);
      g.lineStyle(LEADER.under * this.ui, INK.shadow.num, 0.55);
      g.lineBetween(a.x, a.y, ex, ey);
      g.lineStyle(LEADER.over * this.ui, INK.text.num, 0.9);
      g.lineBetween(a.x, a.y, ex, ey);
      g.fillStyle(INK.shadow.num, 0.6);
      g.fillCircle(a.x, a.y, (LEADER.dot + 1.5) * this.ui);
      g.fillStyle(INK.text.num, 1);
      g.fillCircle(a.x, a.y, LEADER.dot * this.ui);
    });
  }

  update(vm: BoardVM, animate: boolean): void {
    const t = vm.theaters.find((x) => x.id === this.id);
    if (!t) return;
    let controlChanged = false;
    let resized = false;
    for (const r of vm.regions) {
      const o = this.regions.get(r.id);
      if (!o) continue;
      const before = this.regionState.get(r.id);
      if (!before || before.controller !== r.controller) controlChanged = true;
      this.regionState.set(r.id, r);
      resized = o.badge.update(r) || resized;
      o.target.setVisible(r.targetable);
    }
    if (controlChanged) this.drawRegions();
    if (resized && this.lay) this.placeBadges(this.lay);
    this.header.update(t, animate);
  }

  /** Per-frame: targetable outlines and a theater in crisis pulse; true while something pulses. */
  tick(time: number): boolean {
    if (!this.frame.visible) return false;
    const pulse = 0.5 + 0.5 * Math.sin(time / 260);
    let pulsing = false;
    for (const o of this.regions.values()) {
      if (!o.target.visible) continue;
      o.target.setAlpha(0.35 + 0.65 * pulse);
      pulsing = true;
    }
    return this.header.tick(pulse) || pulsing;
  }
}

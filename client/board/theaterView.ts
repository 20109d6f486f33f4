/**
 * One theater panel: header (name, tension gauge with the crisis threshold,
 * forces) over the map, whose region polygons are the click targets, with a
 * badge per region.
 */
import * as Phaser from 'phaser';
import { regionsOf } from '../../game';
import { MAX_THEATER_TENSION } from '../../game';
import type { RegionId, Theater } from '../../game';
import { PARTNERS, THEATER_NAMES } from '../../game';
import type { BoardVM, RegionVM, TheaterVM } from '../viewmodel';
import { badgeSpot, mapAnchor, mapPoints, starPoint } from './shapes';
import { showIcon } from './icons';
import type { Box, TheaterLayout } from './layout';
import { separate } from './layout';
import { INK, POWER_CODE, POWER_COLOUR, POWER_TEXT, REGION_ALPHA } from './palette';
import { drawPattern } from './patterns';
import { RegionBadge } from './regionBadge';
import { Animated, drawFrame, drawSegments, fitWidth, makeText, scaleText, segmentEdge, setIfChanged, TEXTURE_RESOLUTION } from './widgets';

export interface RegionEvents {
  click(id: RegionId): void;
  hover(id: RegionId | null, pointer: Phaser.Input.Pointer): void;
}

const TENSION_MAX = MAX_THEATER_TENSION;
/** Sizes at UI scale 1. */
const HEAD = { padX: 12, gaugeSegW: 20, gaugeH: 11, icon: 15, unitGap: 10, labelDy: 9, starR: 9 } as const;
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
  private readonly name: Phaser.GameObjects.Text;
  private readonly crisis: Phaser.GameObjects.Text;
  private readonly tensionLabel: Phaser.GameObjects.Text;
  private readonly thresholdLabel: Phaser.GameObjects.Text;
  private readonly tensionValue: Phaser.GameObjects.Text;
  private readonly gauge: Phaser.GameObjects.Graphics;
  private readonly forcesLabel: Phaser.GameObjects.Text;
  private readonly forceIcons: Phaser.GameObjects.Image[];
  private readonly forceNums: Phaser.GameObjects.Text[];
  private readonly texts: Phaser.GameObjects.Text[];
  private readonly tension = new Animated(0);
  private lay: TheaterLayout | null = null;
  private ui = 1;
  private gaugeBox: Box = { x: 0, y: 0, w: 0, h: 0 };
  private vm: TheaterVM | null = null;
  private hovered: RegionId | null = null;
  /** Where each region's badge is drawn now (canvas pixels): for the tooltip and the change highlight. */
  private readonly badgeBoxes = new Map<RegionId, { x: number; y: number; w: number; h: number }>();

  constructor(private readonly scene: Phaser.Scene, readonly id: Theater, private readonly events: RegionEvents) {
    this.frame = scene.add.graphics();
    this.map = scene.add.image(0, 0, '__DEFAULT').setOrigin(0);
    this.layer = scene.add.container(0, 0);
    for (const r of regionsOf(id)) {
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
        obj.on('pointerup', () => events.click(r));
      }
    }
    this.star = scene.add.graphics();
    this.layer.add(this.star);
    this.leaders = scene.add.graphics();
    // Badges above the region layer.
    for (const o of this.regions.values()) scene.children.bringToTop(o.badge.container);
    this.name = makeText(scene, THEATER_NAMES[id].toUpperCase(), { size: 'title', bold: true, spacing: 2 });
    this.crisis = makeText(scene, 'CRISIS', { size: 'tiny', bold: true, colour: INK.danger, spacing: 1 });
    this.tensionLabel = makeText(scene, 'TENSION', { size: 'tiny', colour: INK.muted, spacing: 1 });
    this.thresholdLabel = makeText(scene, 'crisis', { size: 'tiny', colour: INK.danger });
    this.tensionValue = makeText(scene, '0', { size: 'body', bold: true });
    this.gauge = scene.add.graphics();
    this.forcesLabel = makeText(scene, 'FORCES', { size: 'tiny', colour: INK.muted, spacing: 1 });
    this.forceIcons = PARTNERS.map(() => scene.add.image(0, 0, '__DEFAULT'));
    this.forceNums = PARTNERS.map((p) => makeText(scene, '0', { size: 'body', bold: true, colour: POWER_TEXT[p] }));
    this.texts = [this.name, this.crisis, this.tensionLabel, this.thresholdLabel, this.tensionValue, this.forcesLabel, ...this.forceNums];
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

  layout(lay: TheaterLayout, ui: number): void {
    this.lay = lay;
    this.ui = ui;
    for (const t of this.texts) scaleText(t, ui);
    this.frame.clear();
    drawFrame(this.frame, lay.frame);
    // Sea under the map, so a letterboxed map still sits on water.
    this.frame.fillStyle(INK.sea.num, 1);
    this.frame.fillRect(lay.map.x, lay.map.y, lay.map.w, lay.map.h);
    this.rasteriseMap(lay.map);
    this.layer.setPosition(lay.map.x, lay.map.y).setScale(lay.scale);
    this.layoutHeader(lay.header);
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

  private layoutHeader(h: Box): void {
    const ui = this.ui;
    const pad = HEAD.padX * ui;
    const midY = h.y + h.h / 2 + 1 * ui;
    const labelY = midY - HEAD.labelDy * ui;
    const valueY = midY + 5 * ui;
    this.name.setOrigin(0, 0.5).setPosition(h.x + pad, midY);
    this.crisis.setOrigin(0, 0.5).setPosition(h.x + pad + this.name.width + 8 * ui, midY);
    // Forces at the right edge, laid out right to left from their measured widths.
    let x = h.x + h.w - pad;
    for (let i = PARTNERS.length - 1; i >= 0; i--) {
      const p = PARTNERS[i] as (typeof PARTNERS)[number];
      const num = this.forceNums[i] as Phaser.GameObjects.Text;
      const icon = this.forceIcons[i] as Phaser.GameObjects.Image;
      num.setOrigin(1, 0.5).setPosition(x, valueY);
      x -= num.width + 4 * ui;
      showIcon(icon, p, HEAD.icon * ui);
      icon.setPosition(x - (HEAD.icon * ui) / 2, valueY);
      x -= HEAD.icon * ui + (i > 0 ? HEAD.unitGap * ui : 0);
    }
    const forcesX = x;
    this.forcesLabel.setOrigin(0, 0.5).setPosition(forcesX, labelY);
    // Tension gauge centred in the space left between name and forces.
    const gaugeW = TENSION_MAX * HEAD.gaugeSegW * ui;
    const left = h.x + pad + this.name.width + this.crisis.width + 16 * ui;
    const right = forcesX - 12 * ui - this.tensionValue.width - 6 * ui;
    const gx = Math.max(left, left + (right - left - gaugeW) / 2);
    this.gaugeBox = { x: gx, y: valueY - (HEAD.gaugeH * ui) / 2, w: gaugeW, h: HEAD.gaugeH * ui };
    this.tensionLabel.setOrigin(0, 0.5).setPosition(gx, labelY);
    this.tensionValue.setOrigin(0, 0.5).setPosition(gx + gaugeW + 6 * ui, valueY);
    this.drawGauge();
  }

  private drawGauge(): void {
    const g = this.gauge;
    const threshold = this.vm?.threshold ?? TENSION_MAX;
    g.clear();
    drawSegments(g, this.gaugeBox, TENSION_MAX, this.tension.shown, {
      colour: (i) => (i + 1 >= threshold ? INK.danger : INK.accent),
      gap: 3 * this.ui,
      radius: 2 * this.ui,
      warnFrom: threshold - 1,
    });
    // The crisis threshold: a red post before its segment, labelled above.
    const x = segmentEdge(this.gaugeBox, TENSION_MAX, threshold - 1, 3 * this.ui);
    g.lineStyle(2 * this.ui, INK.danger.num, 1);
    g.lineBetween(x, this.gaugeBox.y - 4 * this.ui, x, this.gaugeBox.y + this.gaugeBox.h + 3 * this.ui);
    this.thresholdLabel.setOrigin(0, 0.5).setPosition(x + 3 * this.ui, this.tensionLabel.y);
    const room = this.gaugeBox.x + this.gaugeBox.w + 6 * this.ui + this.tensionValue.width - (x + 3 * this.ui);
    fitWidth(this.thresholdLabel, room);
    this.thresholdLabel.setVisible(x + 3 * this.ui > this.tensionLabel.x + this.tensionLabel.width + 4 * this.ui);
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
    const R = (HEAD.starR * this.ui) / s;
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
    this.vm = t;
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
    setIfChanged(this.tensionValue, `${t.tension}/${TENSION_MAX}`);
    this.tensionValue.setColor(t.tension >= t.threshold ? INK.danger.css : INK.text.css);
    this.crisis.setVisible(t.tension >= t.threshold);
    let forcesWidth = false;
    PARTNERS.forEach((p, i) => {
      const n = this.forceNums[i];
      const s = `${POWER_CODE[p]} ${t.forces[p]}`;
      if (n && n.text !== s) {
        forcesWidth ||= n.text.length !== s.length;
        n.setText(s);
      }
    });
    if (forcesWidth && this.lay) this.layoutHeader(this.lay.header);
    this.tension.set(this.scene, t.tension, animate, () => this.drawGauge(), 600);
  }

  /** Per-frame: targetable outlines and a theater in crisis pulse; true while something pulses. */
  tick(time: number): boolean {
    const pulse = 0.5 + 0.5 * Math.sin(time / 260);
    let pulsing = false;
    for (const o of this.regions.values()) {
      if (!o.target.visible) continue;
      o.target.setAlpha(0.35 + 0.65 * pulse);
      pulsing = true;
    }
    if (this.crisis.visible) this.crisis.setAlpha(0.5 + 0.5 * pulse);
    return pulsing || this.crisis.visible;
  }
}

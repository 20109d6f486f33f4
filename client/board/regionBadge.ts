/**
 * The info badge of one region, at its label anchor: its name (★ on a
 * flashpoint), stability shield, influence per power with each power's emblem
 * and number, and the controller's seal. Clicking it is clicking the region.
 */
import * as Phaser from 'phaser';
import type { Power, RegionId } from '../../game';
import { BOARD, POWERS } from '../../game';
import type { RegionVM } from '../viewmodel';
import { showIcon } from './icons';
import type { Box } from './layout';
import { INK, POWER_COLOUR, POWER_TEXT } from './palette';
import { makeText, scaleText, setIfChanged } from './widgets';

/** Sizes at UI scale 1. */
const BADGE = { padX: 7, padY: 5, rowH: 16, rowGap: 3, icon: 13, unitGap: 7, numGap: 2, seal: 18, shieldW: 14, shieldH: 16, radius: 6 } as const;
/** Opacity of a power's emblem and number when it has no influence here. */
const ZERO_ALPHA = 0.35;

export class RegionBadge {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly stability: Phaser.GameObjects.Text;
  private readonly icons: Record<Power, Phaser.GameObjects.Image>;
  private readonly nums: Record<Power, Phaser.GameObjects.Text>;
  private readonly seal: Phaser.GameObjects.Image;
  private ui = 1;
  private vm: RegionVM | null = null;
  private hover = false;
  /** Badge size at the current UI scale (set by layout). */
  size = { w: 0, h: 0 };

  constructor(scene: Phaser.Scene, readonly id: RegionId) {
    this.bg = scene.add.graphics();
    this.name = makeText(scene, BOARD[id].name, { size: 'label', bold: true });
    this.stability = makeText(scene, '', { size: 'tiny', bold: true, colour: INK.text }).setOrigin(0.5);
    this.icons = {} as Record<Power, Phaser.GameObjects.Image>;
    this.nums = {} as Record<Power, Phaser.GameObjects.Text>;
    for (const p of POWERS) {
      this.icons[p] = scene.add.image(0, 0, '__DEFAULT');
      this.nums[p] = makeText(scene, '0', { size: 'small', bold: true, colour: POWER_TEXT[p] }).setOrigin(0, 0.5);
    }
    this.seal = scene.add.image(0, 0, '__DEFAULT');
    this.container = scene.add.container(0, 0, [this.bg, this.name, this.stability, ...POWERS.flatMap((p) => [this.icons[p], this.nums[p]]), this.seal]);
  }

  /** Resize for a UI scale; returns the badge size so the theater can place it. */
  measure(ui: number): { w: number; h: number } {
    this.ui = ui;
    for (const t of [this.name, this.stability, ...POWERS.map((p) => this.nums[p])]) scaleText(t, ui);
    const nums = POWERS.reduce((s, p) => s + this.nums[p].width, 0);
    const row2 = POWERS.length * (BADGE.icon + BADGE.numGap) * ui + nums + (POWERS.length - 1) * BADGE.unitGap * ui + (BADGE.unitGap + BADGE.seal) * ui;
    const row1 = this.name.width + (BADGE.shieldW + 6) * ui;
    this.size = {
      w: Math.ceil(Math.max(row1, row2) + 2 * BADGE.padX * ui),
      h: Math.ceil((2 * BADGE.padY + 2 * BADGE.rowH + BADGE.rowGap) * ui),
    };
    this.arrange();
    return this.size;
  }

  place(b: Box): void {
    this.container.setPosition(Math.round(b.x), Math.round(b.y));
    this.container.setSize(this.size.w, this.size.h);
  }

  /** Make the badge a click and hover target; the theater wires the events. */
  makeInteractive(): Phaser.GameObjects.Container {
    const hit = new Phaser.Geom.Rectangle(0, 0, 1, 1);
    this.container.setInteractive(hit, (area: Phaser.Geom.Rectangle, x: number, y: number) => {
      void area;
      // Phaser hands over the point plus the container's display origin (half its size): take it off.
      const lx = x - this.container.displayOriginX;
      const ly = y - this.container.displayOriginY;
      return lx >= 0 && ly >= 0 && lx <= this.size.w && ly <= this.size.h;
    });
    if (this.container.input) this.container.input.cursor = 'pointer';
    return this.container;
  }

  private arrange(): void {
    const ui = this.ui;
    const px = BADGE.padX * ui;
    const y1 = (BADGE.padY + BADGE.rowH / 2) * ui;
    const y2 = y1 + (BADGE.rowH + BADGE.rowGap) * ui;
    this.name.setOrigin(0, 0.5).setPosition(px, y1);
    this.stability.setPosition(this.size.w - px - (BADGE.shieldW * ui) / 2, y1 + 0.5 * ui);
    let x = px;
    for (const p of POWERS) {
      showIcon(this.icons[p], p, BADGE.icon * ui);
      this.icons[p].setPosition(x + (BADGE.icon * ui) / 2, y2);
      x += (BADGE.icon + BADGE.numGap) * ui;
      this.nums[p].setPosition(x, y2);
      x += this.nums[p].width + BADGE.unitGap * ui;
    }
    this.seal.setPosition(this.size.w - px - (BADGE.seal * ui) / 2, y2);
    this.redraw();
  }

  setHover(on: boolean): void {
    if (on === this.hover) return;
    this.hover = on;
    this.redraw();
  }

  /** Show a region's state; true when the badge changed size and must be placed again. */
  update(r: RegionVM): boolean {
    const before = this.vm;
    this.vm = r;
    setIfChanged(this.name, `${r.flashpoint ? '★ ' : ''}${r.name}`);
    this.name.setColor(r.flashpoint ? INK.accent.css : INK.text.css);
    setIfChanged(this.stability, String(r.stability));
    for (const p of POWERS) {
      setIfChanged(this.nums[p], String(r.influence[p]));
      const a = r.influence[p] > 0 ? 1 : ZERO_ALPHA;
      this.nums[p].setAlpha(a);
      this.icons[p].setAlpha(a);
    }
    if (r.controller) showIcon(this.seal, r.controller, BADGE.seal * this.ui * 0.8);
    this.seal.setVisible(r.controller !== null);
    const widthChanged = !before || before.flashpoint !== r.flashpoint || POWERS.some((p) => String(before.influence[p]).length !== String(r.influence[p]).length);
    if (widthChanged && this.size.w > 0) {
      const { w, h } = this.size;
      this.measure(this.ui);
      return w !== this.size.w || h !== this.size.h;
    }
    if (!before || before.controller !== r.controller) this.redraw();
    return false;
  }

  private redraw(): void {
    const g = this.bg;
    const ui = this.ui;
    const { w, h } = this.size;
    const r = BADGE.radius * ui;
    const ctrl = this.vm?.controller ?? null;
    g.clear();
    g.fillStyle(INK.shadow.num, 0.45);
    g.fillRoundedRect(1, 2 * ui, w, h, r);
    g.fillStyle(this.hover ? INK.panelRaised.num : INK.panel.num, 0.93);
    g.fillRoundedRect(0, 0, w, h, r);
    // The controller's colour rims the badge; the seal says who it is.
    const rim = ctrl ? POWER_COLOUR[ctrl] : this.hover ? INK.text : INK.panelRimLight;
    g.lineStyle((ctrl ? 2 : 1) * ui, rim.num, 1);
    g.strokeRoundedRect(0.5, 0.5, w - 1, h - 1, r);
    // Stability shield.
    const sx = w - BADGE.padX * ui - BADGE.shieldW * ui;
    const sy = BADGE.padY * ui;
    const sw = BADGE.shieldW * ui;
    const sh = BADGE.shieldH * ui;
    g.fillStyle(INK.slot.num, 1);
    g.lineStyle(1, INK.muted.num, 1);
    const shield = [
      new Phaser.Math.Vector2(sx, sy),
      new Phaser.Math.Vector2(sx + sw, sy),
      new Phaser.Math.Vector2(sx + sw, sy + sh * 0.55),
      new Phaser.Math.Vector2(sx + sw / 2, sy + sh),
      new Phaser.Math.Vector2(sx, sy + sh * 0.55),
    ];
    g.fillPoints(shield, true);
    g.strokePoints(shield, true);
    // The seal's ring, or an empty dashed slot when nobody controls the region.
    const cx = w - BADGE.padX * ui - (BADGE.seal * ui) / 2;
    const cy = (BADGE.padY + BADGE.rowH * 1.5 + BADGE.rowGap) * ui;
    const cr = (BADGE.seal * ui) / 2;
    if (ctrl) {
      g.fillStyle(POWER_COLOUR[ctrl].num, 0.3);
      g.fillCircle(cx, cy, cr);
      g.lineStyle(1.5 * ui, POWER_COLOUR[ctrl].num, 1);
      g.strokeCircle(cx, cy, cr);
    } else {
      g.lineStyle(1, INK.faint.num, 0.8);
      g.strokeCircle(cx, cy, cr * 0.7);
    }
  }
}

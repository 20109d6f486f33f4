/**
 * One card per power: US hostility and the "Eye of Sauron" focus (P5, P16),
 * Russia's Dependency against Standing (P13, P14), China's technology under
 * export controls (P8).
 */
import type * as Phaser from 'phaser';
import type { Partner } from '../../game';
import { PARTNERS, POWER_NAMES } from '../../game';
import type { BoardVM } from '../viewmodel';
import { Card, CARD } from './card';
import { showIcon } from './icons';
import { INK, POWER_CODE, POWER_COLOUR, POWER_TEXT } from './palette';
import { Animated, drawSegments, fitOneOf, fitWidth, setIfChanged } from './widgets';

/** Sizes at UI scale 1. */
const ROW = { barH: 11, valueW: 34, eyeW: 30, eyeH: 15, labelW: 84 } as const;
const EYE = { iris: 0xf97316, glow: 0xfacc15, pupil: 0x111111 } as const;

/** Draw the Eye of Sauron (the US focus marker) centred at x, y. */
function drawEye(g: Phaser.GameObjects.Graphics, x: number, y: number, ui: number): void {
  const w = ROW.eyeW * ui;
  const h = ROW.eyeH * ui;
  g.fillStyle(EYE.iris, 0.25);
  g.fillEllipse(x, y, w + 6 * ui, h + 6 * ui);
  g.fillStyle(EYE.iris, 1);
  g.fillEllipse(x, y, w, h);
  g.fillStyle(EYE.glow, 1);
  g.fillEllipse(x, y, w * 0.6, h * 0.7);
  g.fillStyle(EYE.pupil, 1);
  g.fillEllipse(x, y, 3 * ui, h * 0.85);
}

export class UsCard extends Card {
  private readonly icons: Record<Partner, Phaser.GameObjects.Image>;
  private readonly labels: Record<Partner, Phaser.GameObjects.Text>;
  private readonly values: Record<Partner, Phaser.GameObjects.Text>;
  private readonly hostility: Record<Partner, Animated>;
  private readonly focusLabel: Phaser.GameObjects.Text;
  private readonly poolLabel: Phaser.GameObjects.Text;
  private readonly pool: Phaser.GameObjects.Text;
  /** 0 = China row, 1 = Russia row; tweened so the Eye glides between them. */
  private readonly eye = new Animated(0);
  private focus: Partner | null = null;

  constructor(scene: Phaser.Scene) {
    super(scene, 'US hostility', 'us');
    this.icons = {} as Record<Partner, Phaser.GameObjects.Image>;
    this.labels = {} as Record<Partner, Phaser.GameObjects.Text>;
    this.values = {} as Record<Partner, Phaser.GameObjects.Text>;
    this.hostility = {} as Record<Partner, Animated>;
    for (const p of PARTNERS) {
      this.icons[p] = scene.add.image(0, 0, '__DEFAULT');
      this.parts.push(this.icons[p]);
      this.labels[p] = this.text(`to ${POWER_CODE[p]}`, { size: 'label', bold: true, colour: POWER_TEXT[p] });
      this.values[p] = this.text('0', { size: 'body', bold: true });
      this.hostility[p] = new Animated(0);
    }
    this.focusLabel = this.text('EYE OF SAURON', { size: 'tiny', bold: true, colour: INK.accent, spacing: 1 });
    this.poolLabel = this.text('Global force pool', { size: 'label', colour: INK.muted });
    this.pool = this.text('0', { size: 'heading', bold: true, colour: POWER_TEXT.us });
  }

  private barBox(i: number): { x: number; y: number; w: number; h: number } {
    const { x, w } = this.inner;
    const left = x + (CARD.icon + 6) * this.ui + this.labels.china.width + 10 * this.ui;
    const right = x + w - ROW.eyeW * this.ui - 10 * this.ui - ROW.valueW * this.ui;
    const h = ROW.barH * this.ui;
    return { x: left, y: this.rowY(i, 3) - h / 2, w: right - left, h };
  }

  protected place(): void {
    const { x, w } = this.inner;
    PARTNERS.forEach((p, i) => {
      const y = this.rowY(i, 3);
      showIcon(this.icons[p], p, CARD.icon * this.ui);
      this.icons[p].setPosition(x + (CARD.icon * this.ui) / 2, y);
      this.labels[p].setOrigin(0, 0.5).setPosition(x + (CARD.icon + 6) * this.ui, y);
      const bar = this.barBox(i);
      this.values[p].setOrigin(0, 0.5).setPosition(bar.x + bar.w + 8 * this.ui, y);
    });
    const y = this.rowY(2, 3);
    // The focus tag keeps the right end; the pool's label gives way (shorter words, then a squeeze).
    const room = w - this.focusLabel.width - this.pool.width - 16 * this.ui;
    this.poolLabel.setText('Global force pool');
    if (this.poolLabel.width > room) this.poolLabel.setText('Force pool');
    fitWidth(this.poolLabel, room);
    this.poolLabel.setOrigin(0, 0.5).setPosition(x, y);
    this.pool.setOrigin(0, 0.5).setPosition(x + this.poolLabel.displayWidth + 8 * this.ui, y);
    this.focusLabel.setOrigin(1, 0.5).setPosition(x + w, y);
  }

  protected draw(): void {
    this.g.clear();
    PARTNERS.forEach((p, i) => {
      drawSegments(this.g, this.barBox(i), this.limits.hostility, this.hostility[p].shown, {
        colour: (k) => (k >= 3 ? INK.danger : INK.accent),
        gap: 3 * this.ui,
        radius: 2 * this.ui,
      });
    });
    if (this.focus) {
      const { x, w } = this.inner;
      const y0 = this.rowY(0, 3);
      const y1 = this.rowY(1, 3);
      drawEye(this.g, x + w - (ROW.eyeW * this.ui) / 2, y0 + (y1 - y0) * this.eye.shown, this.ui);
    }
  }

  update(vm: BoardVM, animate: boolean): void {
    this.limits = vm.limits;
    let changed = false;
    for (const p of PARTNERS) {
      setIfChanged(this.values[p], `${vm.hostility[p]}/${this.limits.hostility}`);
      changed = this.hostility[p].set(this.scene, vm.hostility[p], animate, () => this.draw()) || changed;
    }
    setIfChanged(this.pool, String(vm.usPool));
    if (vm.focus !== this.focus) {
      const wasNone = this.focus === null;
      this.focus = vm.focus;
      this.focusLabel.setText(vm.focus ? `FOCUS ON ${POWER_CODE[vm.focus]}` : 'NO FOCUS').setColor(vm.focus ? INK.accent.css : INK.faint.css);
      if (this.box.w > 0) this.place();
      if (vm.focus) this.eye.set(this.scene, PARTNERS.indexOf(vm.focus), animate && !wasNone, () => this.draw(), 700);
      changed = true;
    }
    if (changed) this.draw();
  }
}

export class RussiaCard extends Card {
  private readonly depLabel: Phaser.GameObjects.Text;
  private readonly standLabel: Phaser.GameObjects.Text;
  private readonly depValue: Phaser.GameObjects.Text;
  private readonly standValue: Phaser.GameObjects.Text;
  private readonly warning: Phaser.GameObjects.Text;
  private readonly dep = new Animated(0);
  private readonly stand = new Animated(0);
  private resentful = false;

  constructor(scene: Phaser.Scene) {
    super(scene, 'Russia: junior partner?', 'russia');
    this.depLabel = this.text('Dependency', { size: 'label', colour: POWER_TEXT.china });
    this.standLabel = this.text('Standing', { size: 'label', colour: POWER_TEXT.russia });
    this.depValue = this.text('0', { size: 'body', bold: true });
    this.standValue = this.text('0', { size: 'body', bold: true });
    this.warning = this.text('', { size: 'small', bold: true });
  }

  private barBox(i: number): { x: number; y: number; w: number; h: number } {
    const { x, w } = this.inner;
    const left = x + Math.max(this.depLabel.width, this.standLabel.width) + 10 * this.ui;
    const h = ROW.barH * this.ui;
    return { x: left, y: this.rowY(i, 3) - h / 2, w: x + w - ROW.valueW * this.ui * 0.7 - left, h };
  }

  protected place(): void {
    const { x, w } = this.inner;
    [this.depLabel, this.standLabel].forEach((t, i) => t.setOrigin(0, 0.5).setPosition(x, this.rowY(i, 3)));
    [this.depValue, this.standValue].forEach((t, i) => t.setOrigin(1, 0.5).setPosition(x + w, this.rowY(i, 3)));
    this.warning.setOrigin(0, 0.5).setPosition(x, this.rowY(2, 3));
    fitOneOf(this.warning, warningTexts(this.resentful), w);
  }

  protected draw(): void {
    this.g.clear();
    drawSegments(this.g, this.barBox(0), this.limits.meter, this.dep.shown, { colour: () => POWER_COLOUR.china, gap: 2 * this.ui });
    drawSegments(this.g, this.barBox(1), this.limits.meter, this.stand.shown, { colour: () => POWER_COLOUR.russia, gap: 2 * this.ui });
    if (this.resentful) {
      const b = this.warning.getBounds();
      this.g.fillStyle(INK.dangerDeep.num, 0.55);
      this.g.fillRoundedRect(b.x - 6 * this.ui, b.y - 3 * this.ui, b.width + 12 * this.ui, b.height + 6 * this.ui, 4 * this.ui);
    }
  }

  update(vm: BoardVM, animate: boolean): void {
    this.limits = vm.limits;
    setIfChanged(this.depValue, String(vm.dependency));
    setIfChanged(this.standValue, String(vm.standing));
    let changed = this.dep.set(this.scene, vm.dependency, animate, () => this.draw());
    changed = this.stand.set(this.scene, vm.standing, animate, () => this.draw()) || changed;
    if (vm.resentful !== this.resentful || this.warning.text === '') {
      changed = true;
      this.resentful = vm.resentful;
      this.warning.setColor(vm.resentful ? INK.danger.css : INK.calm.css);
      fitOneOf(this.warning, warningTexts(vm.resentful), this.box.w > 0 ? this.inner.w : 0);
    }
    if (changed) this.draw();
  }

  override tick(time: number): boolean {
    this.warning.setAlpha(this.resentful ? 0.8 + 0.2 * Math.sin(time / 300) : 1);
    return this.resentful;
  }
}

/** Russia's state under its meters, in fewer words where the card is narrow. */
const warningTexts = (resentful: boolean): readonly string[] => (resentful
  ? ['⚠ RESENTFUL: dependency > standing', '⚠ RESENTFUL']
  : ['✓ Standing ≥ dependency: not resentful', '✓ not resentful']);

export class ChinaCard extends Card {
  private readonly techLabel: Phaser.GameObjects.Text;
  private readonly techValue: Phaser.GameObjects.Text;
  private readonly exportLabel: Phaser.GameObjects.Text;
  private readonly exportValue: Phaser.GameObjects.Text;
  private readonly tech = new Animated(0);

  constructor(scene: Phaser.Scene) {
    super(scene, `${POWER_NAMES.china}: technology`, 'china');
    this.techLabel = this.text('Tech level', { size: 'label', colour: POWER_TEXT.china });
    this.techValue = this.text('0', { size: 'body', bold: true });
    this.exportLabel = this.text('Export controls', { size: 'label', colour: INK.muted });
    this.exportValue = this.text('', { size: 'label', bold: true });
  }

  private barBox(): { x: number; y: number; w: number; h: number } {
    const { x, w } = this.inner;
    const left = x + this.techLabel.width + 10 * this.ui;
    const h = ROW.barH * this.ui;
    return { x: left, y: this.rowY(0, 2) - h / 2, w: x + w - ROW.valueW * this.ui - left, h };
  }

  protected place(): void {
    const { x, w } = this.inner;
    this.techLabel.setOrigin(0, 0.5).setPosition(x, this.rowY(0, 2));
    this.techValue.setOrigin(1, 0.5).setPosition(x + w, this.rowY(0, 2));
    this.exportLabel.setOrigin(0, 0.5).setPosition(x, this.rowY(1, 2));
    this.exportValue.setOrigin(1, 0.5).setPosition(x + w, this.rowY(1, 2));
  }

  protected draw(): void {
    this.g.clear();
    drawSegments(this.g, this.barBox(), this.limits.chinaTech, this.tech.shown, { colour: () => POWER_COLOUR.china, gap: 3 * this.ui, radius: 3 * this.ui });
  }

  update(vm: BoardVM, animate: boolean): void {
    this.limits = vm.limits;
    setIfChanged(this.techValue, `${vm.chinaTech}/${this.limits.chinaTech}`);
    const n = vm.exportControls;
    setIfChanged(this.exportValue, n > 0 ? `${n} round${n === 1 ? '' : 's'} left` : 'none');
    this.exportValue.setColor(n > 0 ? INK.danger.css : INK.faint.css);
    if (this.tech.set(this.scene, vm.chinaTech, animate, () => this.draw())) this.draw();
  }
}

/**
 * A theater's header strip: its name (and CRISIS when it is in one), the
 * tension gauge with the crisis threshold, and the partners' forces. On a
 * narrow strip the gauge's segments shrink and then the small labels give way,
 * so no two texts ever overlap.
 */
import type * as Phaser from 'phaser';
import type { Partner } from '../../game';
import type { TheaterVM } from '../viewmodel';
import { showIcon } from './icons';
import type { Box } from './layout';
import { INK, POWER_CODE, POWER_TEXT } from './palette';
import { Animated, CAPTION, drawSegments, fitWidth, makeText, scaleText, segmentEdge, setIfChanged } from './widgets';

/** Sizes at UI scale 1. */
const HEAD = { padX: 12, gaugeSegW: 20, minSegW: 9, gaugeH: 11, icon: 15, unitGap: 10, labelDy: 9 } as const;

export class TheaterHeader {
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
  private box: Box = { x: 0, y: 0, w: 0, h: 0 };
  private ui = 1;
  private gaugeBox: Box = { x: 0, y: 0, w: 0, h: 0 };
  private labelsFit = true;
  private vm: TheaterVM;

  constructor(private readonly scene: Phaser.Scene, first: TheaterVM, private readonly partners: readonly Partner[]) {
    this.vm = first;
    this.name = makeText(scene, first.name.toUpperCase(), { size: 'title', bold: true, spacing: 2 });
    this.crisis = makeText(scene, 'CRISIS', { size: 'tiny', bold: true, colour: INK.danger, spacing: 1 });
    this.tensionLabel = makeText(scene, 'TENSION', CAPTION);
    this.thresholdLabel = makeText(scene, 'crisis', { size: 'tiny', colour: INK.danger });
    this.tensionValue = makeText(scene, `${first.maxTension}/${first.maxTension}`, { size: 'body', bold: true });
    this.gauge = scene.add.graphics();
    this.forcesLabel = makeText(scene, 'FORCES', CAPTION);
    this.forceIcons = partners.map(() => scene.add.image(0, 0, '__DEFAULT'));
    this.forceNums = partners.map((p) => makeText(scene, '0', { size: 'body', bold: true, colour: POWER_TEXT[p] }));
    this.texts = [this.name, this.crisis, this.tensionLabel, this.thresholdLabel, this.tensionValue, this.forcesLabel, ...this.forceNums];
  }

  setVisible(on: boolean): void {
    for (const o of [...this.texts, this.gauge, ...this.forceIcons]) o.setVisible(on);
    if (on) this.applyVisibility();
  }

  /** Labels hidden by a narrow strip or a calm theater stay hidden when the theater is shown again. */
  private applyVisibility(): void {
    this.crisis.setVisible(this.vm.tension >= this.vm.threshold);
    this.tensionLabel.setVisible(this.labelsFit);
    this.forcesLabel.setVisible(this.labelsFit);
    this.drawGauge();
  }

  layout(box: Box, ui: number): void {
    this.box = box;
    this.ui = ui;
    for (const t of this.texts) scaleText(t, ui);
    const pad = HEAD.padX * ui;
    const midY = box.y + box.h / 2 + 1 * ui;
    const labelY = midY - HEAD.labelDy * ui;
    const valueY = midY + 5 * ui;
    // Forces at the right edge, laid out right to left from their measured widths.
    let x = box.x + box.w - pad;
    for (let i = this.partners.length - 1; i >= 0; i--) {
      const p = this.partners[i] as Partner;
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
    // The name keeps what the gauge and forces leave, at least its own width or a squeeze.
    const nameRoom = Math.max(40 * ui, forcesX - box.x - pad - this.crisis.width - 24 * ui - this.tensionValue.width - this.vm.maxTension * HEAD.minSegW * ui);
    fitWidth(this.name, nameRoom);
    this.name.setOrigin(0, 0.5).setPosition(box.x + pad, midY);
    this.crisis.setOrigin(0, 0.5).setPosition(box.x + pad + this.name.displayWidth + 8 * ui, midY);
    // Tension gauge centred in the space left between name and forces, its segments narrower when short of room.
    const left = box.x + pad + this.name.displayWidth + this.crisis.width + 16 * ui;
    const right = forcesX - 12 * ui - this.tensionValue.width - 6 * ui;
    const segW = Math.max(HEAD.minSegW * ui, Math.min(HEAD.gaugeSegW * ui, (right - left) / this.vm.maxTension));
    const gaugeW = this.vm.maxTension * segW;
    const gx = Math.max(left, left + (right - left - gaugeW) / 2);
    this.gaugeBox = { x: gx, y: valueY - (HEAD.gaugeH * ui) / 2, w: gaugeW, h: HEAD.gaugeH * ui };
    this.tensionLabel.setOrigin(0, 0.5).setPosition(gx, labelY);
    this.tensionValue.setOrigin(0, 0.5).setPosition(gx + gaugeW + 6 * ui, valueY);
    this.labelsFit = gx + this.tensionLabel.width + 6 * ui < forcesX && left <= right - gaugeW + 1;
    this.applyVisibility();
  }

  private drawGauge(): void {
    const g = this.gauge;
    const max = this.vm.maxTension;
    const threshold = this.vm.threshold;
    g.clear();
    if (!g.visible || this.gaugeBox.w <= 0) return;
    const gap = Math.min(3 * this.ui, this.gaugeBox.w / max / 4);
    drawSegments(g, this.gaugeBox, max, this.tension.shown, {
      colour: (i) => (i + 1 >= threshold ? INK.danger : INK.accent),
      gap,
      radius: 2 * this.ui,
      warnFrom: threshold - 1,
    });
    // The crisis threshold: a red post before its segment, labelled above when there is room.
    const x = segmentEdge(this.gaugeBox, max, threshold - 1, gap);
    g.lineStyle(2 * this.ui, INK.danger.num, 1);
    g.lineBetween(x, this.gaugeBox.y - 4 * this.ui, x, this.gaugeBox.y + this.gaugeBox.h + 3 * this.ui);
    this.thresholdLabel.setOrigin(0, 0.5).setPosition(x + 3 * this.ui, this.tensionLabel.y);
    const room = this.gaugeBox.x + this.gaugeBox.w + 6 * this.ui + this.tensionValue.width - (x + 3 * this.ui);
    fitWidth(this.thresholdLabel, room);
    this.thresholdLabel.setVisible(this.labelsFit && x + 3 * this.ui > this.tensionLabel.x + this.tensionLabel.width + 4 * this.ui);
  }

  update(t: TheaterVM, animate: boolean): void {
    this.vm = t;
    setIfChanged(this.tensionValue, `${t.tension}/${t.maxTension}`);
    this.tensionValue.setColor(t.tension >= t.threshold ? INK.danger.css : INK.text.css);
    if (this.gauge.visible) this.crisis.setVisible(t.tension >= t.threshold);
    let widthChanged = false;
    this.partners.forEach((p, i) => {
      const n = this.forceNums[i];
      const s = `${POWER_CODE[p]} ${t.forces[p]}`;
      if (n && n.text !== s) {
        widthChanged ||= n.text.length !== s.length;
        n.setText(s);
      }
    });
    if (widthChanged && this.box.w > 0) this.layout(this.box, this.ui);
    this.tension.set(this.scene, t.tension, animate, () => this.drawGauge(), 600);
  }

  /** Per-frame: CRISIS pulses; true while it does. */
  tick(pulse: number): boolean {
    if (!this.crisis.visible) return false;
    this.crisis.setAlpha(0.5 + 0.5 * pulse);
    return true;
  }
}

/**
 * The Sino-Russian side of the board: the four cooperation tracks (0–10) and
 * the alignment ladder they climb (P1, P2, P5, P6–P11).
 */
import type * as Phaser from 'phaser';
import type { Alignment, Domain } from '../../game';
import { ALIGNMENT_NAMES, ALIGNMENTS, DOMAIN_NAMES, DOMAINS } from '../../game';
import type { BoardVM } from '../viewmodel';
import { Card } from './card';
import { INK, TRACK_COLOUR } from './palette';
import { Animated, drawSegments, fitWidth, setIfChanged } from './widgets';

/** Sizes at UI scale 1. */
const ROW = { barH: 11, valueW: 22, gap: 8, rungInset: 3, rungRadius: 5 } as const;

export class CooperationCard extends Card {
  private readonly labels: Record<Domain, Phaser.GameObjects.Text>;
  private readonly values: Record<Domain, Phaser.GameObjects.Text>;
  private readonly shown: Record<Domain, Animated>;
  private readonly total: Phaser.GameObjects.Text;
  private readonly driven: Phaser.GameObjects.Text;
  private labelW = 0;
  private isDriven = false;

  constructor(scene: Phaser.Scene) {
    super(scene, 'Cooperation');
    this.labels = {} as Record<Domain, Phaser.GameObjects.Text>;
    this.values = {} as Record<Domain, Phaser.GameObjects.Text>;
    this.shown = {} as Record<Domain, Animated>;
    for (const d of DOMAINS) {
      this.labels[d] = this.text(DOMAIN_NAMES[d], { size: 'label', colour: TRACK_COLOUR[d] });
      this.values[d] = this.text('0', { size: 'body', bold: true });
      this.shown[d] = new Animated(0);
    }
    this.total = this.text('', { size: 'label', bold: true });
    this.driven = this.text('', { size: 'small', bold: true });
  }

  protected override titleReserve(): number {
    return this.total.displayWidth + 8 * this.ui;
  }

  protected place(): void {
    const { x, w } = this.inner;
    this.labelW = Math.max(...DOMAINS.map((d) => this.labels[d].width)) + ROW.gap * this.ui;
    DOMAINS.forEach((d, i) => {
      const y = this.rowY(i, DOMAINS.length + 1);
      this.labels[d].setOrigin(0, 0.5).setPosition(x, y);
      this.values[d].setOrigin(1, 0.5).setPosition(x + w, y);
    });
    this.total.setOrigin(1, 0.5).setPosition(x + w, this.title.y);
    this.driven.setOrigin(0, 0.5).setPosition(x, this.rowY(DOMAINS.length, DOMAINS.length + 1));
    fitWidth(this.driven, w);
  }

  protected draw(): void {
    this.g.clear();
    const { x, w } = this.inner;
    const barX = x + this.labelW;
    const barW = w - this.labelW - ROW.valueW * this.ui;
    const h = ROW.barH * this.ui;
    DOMAINS.forEach((d, i) => {
      const y = this.rowY(i, DOMAINS.length + 1);
      drawSegments(this.g, { x: barX, y: y - h / 2, w: barW, h }, this.limits.track, this.shown[d].shown, {
        colour: () => TRACK_COLOUR[d],
        gap: 2 * this.ui,
        radius: 2 * this.ui,
      });
    });
    if (this.isDriven) {
      const y = this.rowY(DOMAINS.length, DOMAINS.length + 1);
      const b = this.driven.getBounds();
      this.g.fillStyle(INK.accent.num, 0.14);
      this.g.fillRoundedRect(b.x - 6 * this.ui, y - b.height / 2 - 2 * this.ui, b.width + 12 * this.ui, b.height + 4 * this.ui, 4 * this.ui);
    }
  }

  update(vm: BoardVM, animate: boolean): void {
    this.limits = vm.limits;
    let changed = false;
    for (const d of DOMAINS) {
      setIfChanged(this.values[d], String(vm.tracks[d]));
      changed = this.shown[d].set(this.scene, vm.tracks[d], animate, () => this.draw()) || changed;
    }
    const totalBefore = this.total.text;
    setIfChanged(this.total, `Total ${vm.trackTotal}`);
    const drivenText = vm.driven ? '▲ Driven together: accepted steps +1' : 'Not driven together';
    if (this.driven.text !== drivenText || vm.driven !== this.isDriven) {
      this.isDriven = vm.driven;
      this.driven.setText(drivenText).setColor(vm.driven ? INK.accent.css : INK.faint.css);
      changed = true;
    }
    if (totalBefore !== this.total.text && this.placed) this.layout(this.box, this.ui);
    else if (changed) this.draw();
  }
}

/** What each rung of the ladder requires, from the rules' thresholds. */
function requirement(level: Alignment, vm: BoardVM): string {
  const t = vm.thresholds;
  switch (level) {
    case 'dejure': return vm.treaty ? '✓ mutual-defence treaty signed' : `treaty · Pol & Mil ≥ ${t.treatyMin}`;
    case 'defacto': return `total ≥ ${t.defacto} · each ≥ ${t.defactoMinTrack}`;
    case 'quasi': return `total ≥ ${t.quasi}`;
    default: return `total below ${t.quasi}`;
  }
}

/** Rungs from the top (De jure) down to Strategic Partnership. */
const RUNGS: readonly Alignment[] = [...ALIGNMENTS].reverse();

export class AlignmentCard extends Card {
  private readonly names: Record<Alignment, Phaser.GameObjects.Text>;
  private readonly reqs: Record<Alignment, Phaser.GameObjects.Text>;
  private readonly level = new Animated(0);
  protected override maxRow = 60;
  private current: Alignment | null = null;

  constructor(scene: Phaser.Scene) {
    super(scene, 'Alignment ladder');
    this.names = {} as Record<Alignment, Phaser.GameObjects.Text>;
    this.reqs = {} as Record<Alignment, Phaser.GameObjects.Text>;
    for (const a of ALIGNMENTS) {
      this.names[a] = this.text(ALIGNMENT_NAMES[a], { size: 'label', bold: true });
      this.reqs[a] = this.text('', { size: 'tiny', colour: INK.muted });
    }
  }

  private rungBox(i: number): { x: number; y: number; w: number; h: number } {
    const { x, w } = this.inner;
    const h = this.rowHeight(RUNGS.length) - ROW.rungInset * 2 * this.ui;
    return { x, y: this.rowY(i, RUNGS.length) - h / 2, w, h };
  }

  protected place(): void {
    const pad = 8 * this.ui;
    RUNGS.forEach((a, i) => {
      const b = this.rungBox(i);
      // Name above, requirement below: both fit any card width.
      this.names[a].setOrigin(0, 1).setPosition(b.x + pad, b.y + b.h / 2 + 1 * this.ui);
      this.reqs[a].setOrigin(0, 0).setPosition(b.x + pad, b.y + b.h / 2 + 1 * this.ui);
      fitWidth(this.names[a], b.w - 2 * pad);
      fitWidth(this.reqs[a], b.w - 2 * pad);
    });
  }

  protected draw(): void {
    this.g.clear();
    const r = ROW.rungRadius * this.ui;
    const currentIdx = this.current ? RUNGS.indexOf(this.current) : RUNGS.length - 1;
    RUNGS.forEach((a, i) => {
      const b = this.rungBox(i);
      const reached = i >= currentIdx;
      this.g.fillStyle(reached ? INK.panelRaised.num : INK.background.num, reached ? 1 : 0.6);
      this.g.fillRoundedRect(b.x, b.y, b.w, b.h, r);
      this.g.lineStyle(1, INK.panelRim.num, 1);
      this.g.strokeRoundedRect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1, r);
    });
    // The highlight glides between rungs when the level changes.
    const pos = RUNGS.length - 1 - this.level.shown;
    const lo = this.rungBox(Math.floor(pos));
    const hi = this.rungBox(Math.min(RUNGS.length - 1, Math.ceil(pos)));
    const f = pos - Math.floor(pos);
    const y = lo.y + (hi.y - lo.y) * f;
    this.g.fillStyle(INK.accent.num, 0.2);
    this.g.fillRoundedRect(lo.x, y, lo.w, lo.h, r);
    this.g.lineStyle(2 * this.ui, INK.accent.num, 1);
    this.g.strokeRoundedRect(lo.x + 1, y + 1, lo.w - 2, lo.h - 2, r);
    // Rungs joined like a ladder's rails.
    this.g.lineStyle(2 * this.ui, INK.panelRimLight.num, 1);
    for (let i = 0; i + 1 < RUNGS.length; i++) {
      const a = this.rungBox(i);
      const b = this.rungBox(i + 1);
      for (const rx of [a.x + 14 * this.ui, a.x + a.w - 14 * this.ui]) this.g.lineBetween(rx, a.y + a.h, rx, b.y);
    }
  }

  update(vm: BoardVM, animate: boolean): void {
    this.limits = vm.limits;
    let textChanged = false;
    for (const a of ALIGNMENTS) {
      const req = requirement(a, vm);
      if (this.reqs[a].text !== req) {
        this.reqs[a].setText(req);
        textChanged = true;
      }
    }
    const levelChanged = vm.alignment !== this.current;
    if (levelChanged) {
      this.current = vm.alignment;
      const idx = RUNGS.indexOf(vm.alignment);
      RUNGS.forEach((a, i) => {
        this.names[a].setColor(a === vm.alignment ? INK.accent.css : i > idx ? INK.text.css : INK.muted.css);
        this.reqs[a].setColor(a === vm.alignment ? INK.text.css : INK.muted.css);
      });
    }
    if (textChanged && this.box.w > 0) this.place();
    if (levelChanged) this.draw();
    this.level.set(this.scene, ALIGNMENTS.indexOf(vm.alignment), animate, () => this.draw(), 600);
  }
}

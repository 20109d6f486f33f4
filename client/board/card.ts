/**
 * A framed meter card: title strip plus rows. Subclasses place their own
 * objects in `place()` and draw gauges in `draw()`; `update()` only touches
 * what changed.
 */
import type * as Phaser from 'phaser';
import type { Power } from '../../game';
import type { BoardVM } from '../viewmodel';
import { showIcon } from './icons';
import type { Box } from './layout';
import { INK } from './palette';
import { drawFrame, fitWidth, makeText, scaleText } from './widgets';

/** Sizes at UI scale 1. */
export const CARD = { padX: 12, titleH: 30, icon: 16, maxLead: 8 } as const;

export abstract class Card {
  protected readonly frame: Phaser.GameObjects.Graphics;
  /** Dynamic drawing: bars, pips, highlights. Cleared and redrawn on change. */
  protected readonly g: Phaser.GameObjects.Graphics;
  protected readonly title: Phaser.GameObjects.Text;
  protected readonly titleIcon: Phaser.GameObjects.Image | null;
  /** Every text of the card, so layout can apply the UI scale to all. */
  protected readonly texts: Phaser.GameObjects.Text[] = [];
  protected box: Box = { x: 0, y: 0, w: 0, h: 0 };
  protected ui = 1;
  /** The tops of the bars, from the view model (set by each update, which comes before the first layout). */
  protected limits: BoardVM['limits'] = { track: 1, hostility: 1, meter: 1, chinaTech: 1 };

  constructor(protected readonly scene: Phaser.Scene, title: string, private readonly emblem: Power | null = null) {
    this.frame = scene.add.graphics();
    this.g = scene.add.graphics();
    this.title = this.text(title.toUpperCase(), { size: 'label', bold: true, colour: INK.muted, spacing: 1 });
    this.titleIcon = emblem ? scene.add.image(0, 0, '__DEFAULT') : null;
  }

  protected text(s: string, opt: Parameters<typeof makeText>[2] = {}): Phaser.GameObjects.Text {
    const t = makeText(this.scene, s, opt);
    this.texts.push(t);
    return t;
  }

  /** Left edge and width of the content area. */
  protected get inner(): { x: number; w: number } {
    const pad = CARD.padX * this.ui;
    return { x: this.box.x + pad, w: this.box.w - 2 * pad };
  }

  /** Tallest a row may get (px at UI scale 1): beyond it rows stay together and centre. */
  protected maxRow = 34;

  /** Height of the body below the title strip. */
  private get body(): { top: number; h: number } {
    return { top: this.box.y + CARD.titleH * this.ui, h: this.box.h - CARD.titleH * this.ui - 6 * this.ui };
  }

  protected rowHeight(n: number): number {
    return Math.min(this.body.h / n, this.maxRow * this.ui);
  }

  /** Vertical centre of row i of n; rows hang from the title with at most a small gap. */
  protected rowY(i: number, n: number): number {
    const { top, h } = this.body;
    const pitch = this.rowHeight(n);
    const lead = Math.min((h - pitch * n) / 2, CARD.maxLead * this.ui);
    return top + lead + pitch * (i + 0.5);
  }

  /** Objects a subclass adds beyond the frame, drawing and texts (shown and hidden with the card). */
  protected readonly parts: Phaser.GameObjects.Image[] = [];

  /** False while the layout leaves the card out: an update must not place it again. */
  protected placed = true;

  private setVisible(on: boolean): void {
    this.placed = on;
    for (const o of [this.frame, this.g, this.title, ...this.texts, ...this.parts]) o.setVisible(on);
    this.titleIcon?.setVisible(on);
  }

  /** Place the card in `box`, or hide it (a phone's map alone). */
  layout(box: Box | undefined, ui: number): void {
    this.setVisible(!!box);
    if (!box) return;
    this.box = box;
    this.ui = ui;
    for (const t of this.texts) scaleText(t, ui);
    this.frame.clear();
    drawFrame(this.frame, box);
    // A hairline under the title strip.
    this.frame.lineStyle(1, INK.panelRim.num, 1);
    const lineY = box.y + CARD.titleH * ui - 4 * ui;
    this.frame.lineBetween(box.x + CARD.padX * ui, lineY, box.x + box.w - CARD.padX * ui, lineY);
    let x = this.inner.x;
    const y = box.y + (CARD.titleH * ui) / 2 - 2 * ui;
    if (this.titleIcon && this.emblem) {
      showIcon(this.titleIcon, this.emblem, CARD.icon * ui);
      this.titleIcon.setPosition(x + (CARD.icon * ui) / 2, y);
      x += (CARD.icon + 6) * ui;
    }
    this.title.setOrigin(0, 0.5).setPosition(x, y);
    fitWidth(this.title, this.inner.x + this.inner.w - x - this.titleReserve());
    this.place();
    this.draw();
  }

  /** Width kept free at the right of the title strip (for a total, a tag…). */
  protected titleReserve(): number {
    return 0;
  }

  protected abstract place(): void;
  protected abstract draw(): void;
  abstract update(vm: BoardVM, animate: boolean): void;
  /** Per-frame effects (pulsing warnings); most cards have none. */
  /** Per-frame animation; true while the card still needs frames. */
  tick(_time: number): boolean {
    return false;
  }
}

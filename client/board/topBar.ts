/**
 * The top bar: round and year, whose turn it is, the global tension meter
 * (Détente … Brink, alarming at 4–5) and prestige per power.
 */
import type * as Phaser from 'phaser';
import type { Power } from '../../game';
import { POWER_NAMES, POWERS, score } from '../../game';
import { resultChip } from '../ui/labels';
import type { BoardVM } from '../viewmodel';
import { showIcon } from './icons';
import type { Box } from './layout';
import { INK, POWER_CODE, POWER_COLOUR, POWER_TEXT, TENSION_STEP_COLOUR } from './palette';
import { CAPTION, drawFrame, drawSegments, fitOrTrim, fitWidth, makeText, scaleText, setIfChanged, tweenNumber } from './widgets';

/** Sizes at UI scale 1. */
const BAR = { rowH: 50, padX: 14, slotGap: 22, icon: 18, chipPadX: 10, chipH: 30, segW: 28, segH: 20, prestigeUnit: 50, maxTitle: 230 } as const;
/** Strings the turn chip and tension name may show: slots are sized for the widest. */
const WIDEST_TURN = `${POWER_NAMES.us} to play`;
const WIDEST_TENSION = 'Confrontation';

/** Whose colour and emblem the turn chip wears: the winner once the match is over. */
function chipPower(vm: BoardVM): Power | null {
  return vm.outcome ? vm.outcome.winner : vm.acting;
}

function turnText(vm: BoardVM): string {
  if (vm.outcome) return resultChip(vm.outcome, (p) => POWER_NAMES[p]);
  const who = vm.acting;
  if (vm.stepKind === 'over') return 'Game over';
  if (!who) return 'Waiting';
  const name = POWER_NAMES[who];
  switch (vm.stepKind) {
    case 'respond': return `${name} answers`;
    case 'split': return `${POWER_CODE[who]} splits forces`;
    case 'begin': return `${name} opens`;
    default: return `${name} to play`;
  }
}

export class TopBar {
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly alarm: Phaser.GameObjects.Graphics;
  private readonly gauge: Phaser.GameObjects.Graphics;
  private readonly round: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly chip: Phaser.GameObjects.Graphics;
  private readonly turnIcon: Phaser.GameObjects.Image;
  private readonly turn: Phaser.GameObjects.Text;
  private readonly tensionLabel: Phaser.GameObjects.Text;
  private readonly tensionNums: Phaser.GameObjects.Text[];
  private readonly tensionName: Phaser.GameObjects.Text;
  private readonly prestigeLabel: Phaser.GameObjects.Text;
  private readonly prestigeIcons: Record<Power, Phaser.GameObjects.Image>;
  private readonly prestigeNums: Record<Power, Phaser.GameObjects.Text>;
  private readonly scratch: Phaser.GameObjects.Text;
  private box: Box = { x: 0, y: 0, w: 0, h: 0 };
  private ui = 1;
  private gaugeBox: Box = { x: 0, y: 0, w: 0, h: 0 };
  private chipBox: Box = { x: 0, y: 0, w: 0, h: 0 };
  private shown = 0;
  private target = 0;
  private tween: Phaser.Tweens.Tween | null = null;
  /** The power the turn chip currently shows. */
  private acting: Power | null = null;

  /** Steps of the global tension meter; the top one is the Brink. */
  private readonly levels: number;
  /** Global tension from which the meter turns alarming (Crisis, then Brink). */
  private readonly alarmFrom: number;

  constructor(private readonly scene: Phaser.Scene, first: BoardVM) {
    this.levels = first.brink;
    this.alarmFrom = first.brink - 1;
    this.frame = scene.add.graphics();
    this.alarm = scene.add.graphics();
    this.gauge = scene.add.graphics();
    this.chip = scene.add.graphics();
    this.round = makeText(scene, '', { size: 'title', bold: true });
    this.title = makeText(scene, '', { size: 'small', colour: INK.muted });
    this.turnIcon = scene.add.image(0, 0, '__DEFAULT');
    this.turn = makeText(scene, '', { size: 'body', bold: true });
    this.tensionLabel = makeText(scene, 'GLOBAL TENSION', CAPTION);
    this.tensionNums = Array.from({ length: this.levels }, (_, i) => makeText(scene, String(i + 1), { size: 'small', bold: true }).setOrigin(0.5));
    this.tensionName = makeText(scene, '', { size: 'heading', bold: true });
    this.prestigeLabel = makeText(scene, 'PRESTIGE', CAPTION);
    this.prestigeIcons = {} as Record<Power, Phaser.GameObjects.Image>;
    this.prestigeNums = {} as Record<Power, Phaser.GameObjects.Text>;
    for (const p of POWERS) {
      this.prestigeIcons[p] = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0.5);
      this.prestigeNums[p] = makeText(scene, '0', { size: 'heading', bold: true, colour: POWER_TEXT[p] }).setOrigin(0, 0.5);
    }
    this.scratch = makeText(scene, '', { size: 'body' }).setVisible(false);
  }

  private widthOf(s: string, size: 'body' | 'title' | 'heading', bold: boolean, ui: number): number {
    this.scratch.setData('size', size).setFontStyle(bold ? 'bold' : 'normal');
    scaleText(this.scratch, ui);
    this.scratch.setText(s);
    return this.scratch.width;
  }

  /** Widths of the four slots at a UI scale: round, turn, tension, prestige. */
  /** The widest the scenario's title may be drawn (set by layout). */
  private titleW: number = BAR.maxTitle;
  /** The scenario line as given, and the width it was last fitted to (the text drawn may be cut). */
  private fullTitle = '';
  private titleFor = -1;

  private slots(ui: number): [number, number, number, number] {
    const roundW = Math.max(this.widthOf('Round 12 of 12 · 2041', 'title', true, ui), 150 * ui);
    const turnW = BAR.icon * ui + 3 * BAR.chipPadX * ui + this.widthOf(WIDEST_TURN, 'body', true, ui);
    const tensionW = this.levels * BAR.segW * ui + 12 * ui + this.widthOf(WIDEST_TENSION, 'heading', true, ui);
    const prestigeW = POWERS.length * BAR.prestigeUnit * ui;
    return [roundW, turnW, tensionW, prestigeW];
  }

  /** Height the bar needs: one row when everything fits, else two. */
  measure(width: number, ui: number): number {
    const s = this.slots(ui);
    const one = s.reduce((a, b) => a + b, 0) + 3 * BAR.slotGap * ui + 2 * BAR.padX * ui;
    return (one <= width ? 1 : 2) * BAR.rowH * ui;
  }

  /** Every object of the bar, to hide it whole. */
  private get objects(): (Phaser.GameObjects.Graphics | Phaser.GameObjects.Text | Phaser.GameObjects.Image)[] {
    return [this.frame, this.gauge, this.chip, this.round, this.title, this.turnIcon, this.turn, this.tensionLabel, ...this.tensionNums, this.tensionName, this.prestigeLabel,
      ...POWERS.flatMap((p) => [this.prestigeIcons[p], this.prestigeNums[p]])];
  }

  /** A bar of no height (a small screen shows its state above the board) is hidden. */
  layout(box: Box, ui: number): void {
    const shown = box.h > 0;
    if (shown !== this.frame.visible) for (const o of this.objects) o.setVisible(shown);
    if (!shown) this.turnIcon.setVisible(false);
    this.box = box;
    this.ui = ui;
    for (const t of [this.round, this.title, this.turn, this.tensionLabel, this.tensionName, this.prestigeLabel, ...this.tensionNums, ...POWERS.map((p) => this.prestigeNums[p])]) scaleText(t, ui);
    const [roundW, turnW, tensionW, prestigeW] = this.slots(ui);
    const rowH = BAR.rowH * ui;
    const twoRows = box.h > rowH * 1.5;
    const pad = BAR.padX * ui;
    const midY = (row: number): number => box.y + rowH * row + rowH / 2;

    // Round and scenario.
    this.round.setPosition(box.x + pad, midY(0) - 2 * ui).setOrigin(0, 1);
    this.title.setPosition(box.x + pad, midY(0)).setOrigin(0, 0);
    // On one row the turn chip follows the round block: the title keeps to that block's width.
    this.titleW = twoRows ? Math.max(roundW, BAR.maxTitle * ui) : roundW;
    if (this.fullTitle) {
      fitOrTrim(this.title, this.fullTitle, this.titleW);
      this.titleFor = this.titleW;
    }

    // Turn chip, right after the round block (or right-aligned on a two-row bar).
    const chipX = twoRows ? box.x + box.w - pad - turnW : box.x + pad + roundW + BAR.slotGap * ui;
    this.chipBox = { x: chipX, y: midY(0) - (BAR.chipH * ui) / 2, w: turnW, h: BAR.chipH * ui };
    this.turnIcon.setPosition(chipX + BAR.chipPadX * ui + (BAR.icon * ui) / 2, midY(0));
    this.turn.setOrigin(0, 0.5).setPosition(chipX + 2 * BAR.chipPadX * ui + BAR.icon * ui, midY(0));

    // Global tension, then prestige at the right edge.
    const row = twoRows ? 1 : 0;
    const prestigeX = box.x + box.w - pad - prestigeW;
    const tensionX = twoRows ? box.x + pad : prestigeX - BAR.slotGap * ui - tensionW;
    const labelY = midY(row) - 15 * ui;
    this.tensionLabel.setPosition(tensionX, labelY).setOrigin(0, 0.5);
    this.gaugeBox = { x: tensionX, y: midY(row) - 3 * ui, w: this.levels * BAR.segW * ui, h: BAR.segH * ui };
    this.tensionNums.forEach((t, i) => t.setPosition(tensionX + (i + 0.5) * BAR.segW * ui, this.gaugeBox.y + this.gaugeBox.h / 2));
    this.tensionName.setOrigin(0, 0.5).setPosition(tensionX + this.gaugeBox.w + 12 * ui, this.gaugeBox.y + this.gaugeBox.h / 2);
    this.prestigeLabel.setPosition(prestigeX, labelY).setOrigin(0, 0.5);
    POWERS.forEach((p, i) => {
      const x = prestigeX + i * BAR.prestigeUnit * ui;
      const y = this.gaugeBox.y + this.gaugeBox.h / 2;
      showIcon(this.prestigeIcons[p], p, BAR.icon * ui);
      this.prestigeIcons[p].setPosition(x, y);
      this.prestigeNums[p].setPosition(x + (BAR.icon + 5) * ui, y);
    });
    this.drawStatic();
    this.drawGauge(this.shown);
  }

  private drawStatic(): void {
    this.frame.clear();
    drawFrame(this.frame, this.box, { fill: INK.panel });
    this.chip.clear();
    const c = this.acting ? POWER_COLOUR[this.acting] : INK.neutral;
    this.chip.fillStyle(c.num, 0.16);
    this.chip.fillRoundedRect(this.chipBox.x, this.chipBox.y, this.chipBox.w, this.chipBox.h, this.chipBox.h / 2);
    this.chip.lineStyle(2, c.num, 1);
    this.chip.strokeRoundedRect(this.chipBox.x, this.chipBox.y, this.chipBox.w, this.chipBox.h, this.chipBox.h / 2);
    this.alarm.clear();
    this.alarm.lineStyle(3 * this.ui, INK.danger.num, 1);
    this.alarm.strokeRoundedRect(this.box.x + 1, this.box.y + 1, this.box.w - 2, this.box.h - 2, 8);
  }

  private drawGauge(v: number): void {
    this.gauge.clear();
    drawSegments(this.gauge, this.gaugeBox, this.levels, v, {
      colour: (i) => TENSION_STEP_COLOUR[i] ?? INK.danger,
      gap: 3 * this.ui,
      radius: 4 * this.ui,
      warnFrom: this.alarmFrom - 1,
    });
    this.tensionNums.forEach((t, i) => t.setColor(i < Math.round(v) ? '#0b1220' : INK.muted.css));
  }

  update(vm: BoardVM, animate: boolean): void {
    setIfChanged(this.round, `Round ${vm.round} of ${vm.lastRound} · ${vm.year}`);
    if (vm.scenarioTitle !== this.fullTitle || this.titleFor !== this.titleW) {
      this.fullTitle = vm.scenarioTitle;
      this.titleFor = this.titleW;
      fitOrTrim(this.title, this.fullTitle, this.titleW);
    }
    setIfChanged(this.turn, turnText(vm));
    fitWidth(this.turn, this.chipBox.w - (3 * BAR.chipPadX + BAR.icon) * this.ui);
    const who = chipPower(vm);
    if (who !== this.acting) {
      this.acting = who;
      this.drawStatic();
    }
    if (who) {
      showIcon(this.turnIcon, who, BAR.icon * this.ui);
      this.turnIcon.setVisible(this.frame.visible);
      this.turn.setColor(POWER_TEXT[who].css);
    } else {
      this.turnIcon.setVisible(false);
      this.turn.setColor(INK.muted.css);
    }
    const t = vm.globalTension;
    setIfChanged(this.tensionName, t >= vm.brink ? 'BRINK' : vm.globalTensionName);
    this.tensionName.setColor(t >= this.alarmFrom ? INK.danger.css : (TENSION_STEP_COLOUR[t - 1] ?? INK.text).css);
    if (t !== this.target) {
      const from = this.shown;
      this.target = t;
      this.tween = tweenNumber(this.scene, this.tween, from, t, (v) => {
        this.shown = v;
        this.drawGauge(v);
      }, animate ? 600 : 0);
    }
    for (const p of POWERS) setIfChanged(this.prestigeNums[p], score(vm.prestige[p]));
  }

  /** Per-frame: the alarm pulses at 4–5, faster at the Brink; true while it pulses. */
  tick(time: number): boolean {
    const alarmed = this.target >= this.alarmFrom && this.frame.visible;
    this.alarm.setVisible(alarmed);
    if (!alarmed) {
      if (this.tensionName.scale !== 1) this.tensionName.setScale(1);
      return false;
    }
    const speed = this.target >= this.levels ? 220 : 420;
    const pulse = 0.5 + 0.5 * Math.sin(time / speed);
    this.alarm.setAlpha(0.35 + 0.65 * pulse);
    this.tensionName.setScale(this.target >= this.levels ? 1 + 0.08 * pulse : 1);
    return true;
  }
}

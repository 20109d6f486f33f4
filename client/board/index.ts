/**
 * The Phaser board, as the HTML layer sees it. Phaser itself is imported
 * lazily by `createBoard`, so it lands in its own cacheable chunk and the
 * menus load without it.
 */
import type { RegionId } from '../../game';
import type { BoardVM } from '../viewmodel';
import type { BoardLayout, BoardView, HelpSpot } from './layout';

export type { BoardView } from './layout';

export interface BoardHandlers {
  onRegionClick(id: RegionId): void;
  /** id null when the pointer leaves; x,y are page (client) pixel coordinates for a DOM tooltip. */
  onRegionHover(id: RegionId | null, x: number, y: number): void;
  /** A meter card, theater header or the top bar hovered or tapped (its help beside it), or null when the pointer leaves; page pixels. */
  onHelpPoint(id: HelpSpot | null, x: number, y: number): void;
}

export interface BoardController {
  update(vm: BoardVM): void;
  /** Outline a region chosen from the keyboard (null clears it). */
  focusRegion(id: RegionId | null): void;
  /** Where the top bar, theaters and meter cards are drawn now (world pixels, canvas pixels unless zoomed); null before the first layout. */
  layout(): BoardLayout | null;
  /** Where a region is drawn, in page (client) pixels: the tooltip is placed beside it. */
  regionPoint(id: RegionId): { x: number; y: number } | null;
  /** Show one or both theaters, with or without the top bar (a small screen: one, without). */
  show(view: BoardView): void;
  /** Zoom in (factor > 1) or out about the middle of the canvas; pinch and drag do the same by touch. */
  zoomBy(factor: number): void;
  /** The current zoom (1: the whole board fits). */
  zoom(): number;
  destroy(): void;
}

export async function createBoard(parent: HTMLElement, handlers: BoardHandlers, initial: BoardVM): Promise<BoardController> {
  const { mountBoard } = await import('./mount');
  return mountBoard(parent, handlers, initial);
}

/**
 * Pointing at the board: outlines laid over the canvas where the board's own
 * layout says a part is drawn (the board stays the one place that knows).
 */
import type { BoardController } from '../board';
import type { Box } from '../board/layout';
import { h } from '../ui/dom';
import type { Highlight } from './steps';

type BoardPart = Extract<Highlight, { board: unknown }>['board'];

function boxOf(board: BoardController, part: BoardPart): Box | null {
  const lay = board.layout();
  if (!lay) return null;
  if (part === 'topBar') return lay.topBar;
  if (part === 'pacific' || part === 'europe') return lay.theaters[part]?.frame ?? null;
  return lay.cards?.[part] ?? null;
}

/** Redraw the outlines of `parts` in `overlay` (a layer over the canvas). */
export function drawBoardHighlights(overlay: HTMLElement, board: BoardController | null, highlights: readonly Highlight[]): void {
  const parts = highlights.flatMap((x) => ('board' in x ? [x.board] : []));
  overlay.replaceChildren(...(board ? parts : []).flatMap((part) => {
    const b = board ? boxOf(board, part) : null;
    if (!b) return [];
    const el = h('div', { class: 'tut-ring', 'data-part': part });
    Object.assign(el.style, { left: `${b.x - 3}px`, top: `${b.y - 3}px`, width: `${b.w + 6}px`, height: `${b.h + 6}px` });
    return [el];
  }));
}

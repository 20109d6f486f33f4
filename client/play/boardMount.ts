/** The board appears with the first state (online, that is the first sync); its code loads on demand. */
import type { BoardController, BoardHandlers } from '../board';
import type { BoardVM } from '../viewmodel';

export function loadBoard(boardEl: HTMLElement, handlers: BoardHandlers, vm: BoardVM, stopped: () => boolean, ready: (b: BoardController) => void, failed: () => void): void {
  void import('../board').then(async ({ createBoard }) => {
    if (stopped()) return;
    const b = await createBoard(boardEl, handlers, vm);
    if (stopped()) return b.destroy();
    ready(b);
  }).catch((err: unknown) => {
    // A dropped connection (or a reload) while the board's code loads: the HTML layer
    // still plays the whole game, so say so rather than fail silently.
    if (stopped()) return;
    failed();
    boardEl.replaceChildren();
    const note = document.createElement('p');
    note.className = 'board-error';
    note.setAttribute('role', 'status');
    note.textContent = `The map could not be loaded (${err instanceof Error ? err.message : String(err)}). The Actions and "Board as text" still work; reload the page to try again.`;
    boardEl.append(note);
  });
}

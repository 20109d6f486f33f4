/** Keyboard focus across redraws: redrawing replaces the buttons, so focus moves to the same button anew. */

/** If focus is on a button (or a fold's summary) inside `slot`, a function that puts it back on its match after a redraw. */
export function focusWithin(slot: HTMLElement): (() => void) | null {
  const at = document.activeElement;
  // A button, or the summary of a folded group (a phone's influence groups).
  if (!(at instanceof HTMLElement) || !at.matches('button, summary') || !slot.contains(at)) return null;
  const index = [...slot.querySelectorAll('button, summary')].indexOf(at);
  const label = at.textContent;
  return () => {
    if (slot.contains(document.activeElement)) return;
    const buttons = [...slot.querySelectorAll<HTMLElement>('button:not([disabled]), summary')];
    // No button left (the player's move sent, "Waiting for …"): the region itself, so focus stays in the panel, not on the page.
    (buttons.find((b) => b.textContent === label) ?? buttons[Math.min(index, buttons.length - 1)] ?? slot.querySelector<HTMLElement>('[tabindex="-1"]'))?.focus({ preventScroll: true });
  };
}

/**
 * Is the player working a control of their own choosing outside `redrawn` (the Leave button, the
 * log, a setting)? Then a new turn leaves their focus where it is: a key press meant for that
 * control must not land on the first action instead. A control in a closed dialog does not count
 * (a dialog gives focus back to whatever had it before it opened).
 */
export function focusHeldOutside(redrawn: readonly HTMLElement[]): boolean {
  const at = document.activeElement;
  if (!(at instanceof HTMLElement) || at === document.body || !at.isConnected) return false;
  if (!at.matches('button, a[href], input, select, textarea, summary, [tabindex]')) return false;
  if (at.closest('dialog:not([open])') || !at.checkVisibility()) return false;
  return !redrawn.some((slot) => slot.contains(at));
}

/**
 * Place a tooltip beside a point, flipped to its left near the right edge, always inside the
 * window; with `within`, inside that box's width too (a region's tooltip stays over the board).
 */
export function placeBeside(tip: HTMLElement, x: number, y: number, within?: DOMRect): void {
  const w = tip.offsetWidth || 300;
  const hgt = tip.offsetHeight || 120;
  const right = Math.min(window.innerWidth, within?.right ?? Infinity) - 8;
  const leftmost = Math.max(0, within?.left ?? 0) + 8;
  const left = x + 14 + w > right ? x - 14 - w : x + 14;
  tip.style.left = `${Math.max(leftmost, Math.min(left, right - w))}px`;
  tip.style.top = `${Math.max(8, Math.min(y + 14, window.innerHeight - hgt - 8))}px`;
}

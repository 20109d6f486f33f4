/**
 * In-page layout checks a person on a phone would notice: the page wider than
 * the screen, text drawn over other text, and controls too small for a finger.
 * Runs inside the page (page.evaluate), so it must not close over anything.
 */
import type { Page } from 'playwright-core';

export interface LayoutReport {
  readonly scrollWidth: number;
  readonly viewportWidth: number;
  /** "text A" × "text B" for each pair of visible text fragments that overlap. */
  readonly overlaps: string[];
  /** Controls smaller than 44 × 44 CSS px ("label: w×h"). */
  readonly small: string[];
}

export async function checkLayout(page: Page): Promise<LayoutReport> {
  // A phone's browser widens its layout viewport to fit a page that is too wide (and zooms
  // out), so window.innerWidth would grow with the page: the screen's width is the device's.
  const screenWidth = page.viewportSize()?.width ?? 0;
  const r = await page.evaluate(() => {
    const seen = (el: Element): boolean => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true });
    /** The part of a rect its scrolling or clipping ancestors let through (null: none). */
    const clip = (el: Element, r: DOMRect): { l: number; t: number; r: number; b: number } | null => {
      let box = { l: r.left, t: r.top, r: r.right, b: r.bottom };
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        box = { l: Math.max(box.l, c.left), t: Math.max(box.t, c.top), r: Math.min(box.r, c.right), b: Math.min(box.b, c.bottom) };
        if (box.r - box.l <= 0 || box.b - box.t <= 0) return null;
      }
      return box;
    };
    // Drawn over the page on purpose: dialogs, the round summary, tooltips, the online banner.
    // The round summary's way on is a sticky foot, opaque, that the summary scrolls under.
    const OVER = 'dialog[open], .crisis-slot, .board-overlay, .tooltip, .prestige-why, .act-full, .to-actions-dock, .summary-row';
    const frags: { node: Text; layer: string; box: { l: number; t: number; r: number; b: number }; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || !seen(el) || el.closest('.sr-only, #announcer, .skip, option, script, style')) continue;
      const over = el.closest(OVER);
      const layer = over ? over.className || over.tagName : 'page';
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        const box = clip(el, r);
        if (box) frags.push({ node: n as Text, layer, box, text: text.slice(0, 40) });
      }
    }
    const overlaps: string[] = [];
    for (let i = 0; i < frags.length; i++) {
      for (let j = i + 1; j < frags.length; j++) {
        const a = frags[i]!;
        const b = frags[j]!;
        if (a.node === b.node || a.layer !== b.layer) continue;
        const w = Math.min(a.box.r, b.box.r) - Math.max(a.box.l, b.box.l);
        const h = Math.min(a.box.b, b.box.b) - Math.max(a.box.t, b.box.t);
        if (w > 3 && h > 3) overlaps.push(`"${a.text}" × "${b.text}"`);
      }
    }
    const small: string[] = [];
    for (const el of document.querySelectorAll('button, a[href], select, input, summary, textarea')) {
      if (!seen(el) || el.closest('.sr-only, .skip, dialog:not([open])')) continue;
      // A link inside a sentence is exempt (as WCAG's target-size rule says): it is sized by its text.
      if (el.tagName === 'A' && [...(el.parentElement?.childNodes ?? [])].some((c) => c !== el && c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim())) continue;
      const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.closest('label') ?? el : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 43.5 || r.height < 43.5) small.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 30)}": ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, overlaps, small };
  });
  return { ...r, viewportWidth: screenWidth };
}

/** A tiny element builder: text is always set as text, never parsed as HTML. */
type Attrs = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** Announce a sentence to screen readers through the page's aria-live region. */
export function announce(text: string): void {
  const live = document.getElementById('announcer');
  if (!live) return;
  const p = document.createElement('p');
  p.textContent = text;
  live.append(p);
  while (live.childElementCount > 20) live.firstElementChild?.remove();
}

/** A form field's text ('' when it is absent or a file): FormData answers `string | File | null`. */
export function formText(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
}

/**
 * What a CSS system colour (`Highlight`, `GrayText`, `Canvas`…) resolves to in the page now, e.g.
 * under forced colours. Self-contained (no imports, no helpers), so that the browser tests call it
 * and the end-to-end tests send it into a page with puppeteer's `page.evaluate`.
 */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

// Layout checks a person would notice on a narrow screen, run inside the page.
import type { Page } from 'playwright-core';

/**
 * Words (runs of two letters or digits or more) that the page breaks across lines although they
 * would fit on one line of their box: the letter-by-letter wrapping of a column squeezed too
 * narrow. (A break at a hyphen or slash is ordinary wrapping.) Each as `"word" in <tag>`. Walks
 * open shadow roots too.
 */
export function brokenWords(page: Page): Promise<string[]> {
  // A string, so the code reaches the page exactly as written, without build helpers.
  return page.evaluate(`(() => {
    const found = [];
    const boxOf = (element) => {
      let box = element;
      while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) {
        box = box.parentElement;
      }
      return box;
    };
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.shadowRoot) visit(node.shadowRoot);
          continue;
        }
        const parent = node.parentElement;
        if (!parent) continue;
        for (const match of node.data.matchAll(/[\\p{L}\\p{N}]{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          if (new Set(rects.map((rect) => Math.round(rect.top))).size < 2) continue;
          const width = rects.reduce((sum, rect) => sum + rect.width, 0);
          const box = boxOf(parent);
          if (width < box.clientWidth) found.push(JSON.stringify(match[0]) + ' in <' + box.localName + '>');
        }
      }
    };
    visit(document.body);
    return found;
  })()`);
}

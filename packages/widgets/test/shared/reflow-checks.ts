// What WCAG 1.4.10 (Reflow) asks of an element, measured in the page: nothing scrolls sideways and
// no text is squeezed into a column so narrow that it breaks letter by letter.
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

/** A narrow screen to check: its width in CSS px and how much larger the page's text is. */
export interface Screen {
  name: string;
  width: number;
  /** The root font size in %: 200 doubles every rem (text zoom). */
  textSize: number;
}

/** 320 px is 1280 px at 400 % zoom (WCAG 1.4.10's own example). */
export const screen320: Screen = { name: '320 px wide', width: 320, textSize: 100 };

/** 320 px, and 640 px with text twice as large: 1280 px at 200 % zoom with the text zoomed too. */
export const narrowScreens: readonly Screen[] = [
  screen320,
  { name: '640 px wide with text at 200 %', width: 640, textSize: 200 },
];

/**
 * Shows the page as `screen` shows it: its width and text size. MiniBrowser (WebKit) cannot make
 * its window narrower than about 447 px (docs/browsers.md); there the window stays as narrow as
 * it goes, and the caller's column of `screen.width` stands for the screen (the elements adapt
 * to their own width, not to the window's).
 */
export async function showOn(screen: Screen): Promise<void> {
  document.documentElement.style.fontSize = `${screen.textSize}%`;
  try {
    await setViewport({ width: screen.width, height: 800 });
  } catch (error) {
    if (window.innerWidth <= screen.width) throw error;
  }
}

/**
 * Mounts `element` on `screen`, in a column at most as wide as the screen: the window's own
 * width where the engine can make its window that narrow, else the column alone (see showOn).
 */
export async function mountOn<E extends HTMLElement>(
  screen: Screen,
  element: TemplateResult,
): Promise<E> {
  await showOn(screen);
  const column = await fixture<HTMLElement>(
    html`<div style="max-width: ${screen.width}px">${element}</div>`,
  );
  return column.firstElementChild as E;
}

/** Back to the runner's usual page (800 × 600, text at its normal size). */
export async function showOnDesktop(): Promise<void> {
  document.documentElement.style.removeProperty('font-size');
  await setViewport({ width: 800, height: 600 });
}

/** Every element of `root`'s tree, open shadow trees included. */
function* elementsOf(root: ShadowRoot | Element): Generator<HTMLElement> {
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    yield node;
    if (node.shadowRoot) yield* elementsOf(node.shadowRoot);
  }
}

/** The element (or its shadow host) above `node`. */
function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Clipped to a pixel for assistive technology only (`.visually-hidden` and the like), or not drawn. */
function hiddenFromSight(node: Node): boolean {
  for (let el = node instanceof Element ? node : parentOf(node); el; el = parentOf(el)) {
    if (el.getClientRects().length === 0) return true;
    if (el.getBoundingClientRect().width <= 1) return true;
  }
  return false;
}

/** How a problem names the box it found: tag, part and the start of its text. */
function nameOf(el: Element): string {
  const part = el.getAttribute('part');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${part ? ` part="${part}"` : ''}> “${text}”`;
}

/**
 * What scrolls sideways: the page, the element, or any box in it whose content is wider than the
 * box (only form controls may scroll their own text), and boxes that stick out of the element —
 * or, inside a modal dialog (laid out against the window), out of the window.
 */
export function sidewaysScrolling(el: HTMLElement): string[] {
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) {
    problems.push(`the page is ${page.scrollWidth} px wide in a ${page.clientWidth} px window`);
  }
  const host = el.getBoundingClientRect();
  for (const node of [el, ...elementsOf(el.shadowRoot!)]) {
    if (hiddenFromSight(node) || node.matches('input, textarea, select, option')) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1) {
      problems.push(`${nameOf(node)} holds ${node.scrollWidth} px in ${node.clientWidth} px`);
    }
    const bounds = node.closest('dialog:modal') ? { left: 0, right: page.clientWidth } : host;
    if (box.left < bounds.left - 1 || box.right > bounds.right + 1) {
      problems.push(`${nameOf(node)} sticks out (${box.left}–${box.right} px)`);
    }
  }
  return problems;
}

/** Fewer characters than this on a line, on average, means text broken letter by letter. */
const FEWEST_CHARACTERS_PER_LINE = 6;

/**
 * Text squeezed into a column too narrow for its words: every text of the element drawn with
 * fewer than {@link FEWEST_CHARACTERS_PER_LINE} characters a line on average.
 */
export function squeezedText(el: HTMLElement): string[] {
  const problems: string[] = [];
  const roots = [
    el.shadowRoot!,
    ...[...elementsOf(el.shadowRoot!)].flatMap((n) => n.shadowRoot ?? []),
  ];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const characters = (text.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      if (characters < FEWEST_CHARACTERS_PER_LINE || hiddenFromSight(text)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const lines = new Set([...range.getClientRects()].map((line) => Math.round(line.bottom)));
      if (lines.size > 0 && characters / lines.size < FEWEST_CHARACTERS_PER_LINE) {
        problems.push(`“${text.textContent!.trim().slice(0, 40)}” takes ${lines.size} lines`);
      }
    }
  }
  return problems;
}

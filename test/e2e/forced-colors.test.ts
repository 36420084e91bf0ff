// Forced colours (Windows High Contrast) in Firefox, for real: Firefox's "override the colours
// of the page: always" (`browser.display.document_color_use` = 2) turns `(forced-colors: active)`
// on, which its WebDriver BiDi cannot emulate inside the browser tests. The sample portal with the
// shipped bundle: focus rings, buttons, unavailable choices and condition marks keep colours of
// their own. Chromium's emulation runs the same checks in
// packages/widgets/test/shared/forced-colors.test.ts; WebKit has no forced-colours mode.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ElementHandle } from 'puppeteer-core';
import { systemColor } from '../support/system-color.js';
import { launch } from './support/browsers.js';
import { usePortalStack } from './support/portal-stack.js';
import { byRole, invite, signIn } from './support/portal-page.js';

/** `control`'s computed colours, and its focus ring once it has the focus. */
function coloursOf(control: ElementHandle) {
  return control.evaluate((element) => {
    (element as HTMLElement).focus();
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineColor}`,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      color: style.color,
      border: style.borderTopColor,
    };
  });
}

describe('forced colours in Firefox, on the sample portal with the shipped bundle', () => {
  const stack = usePortalStack();

  it('keeps focus rings, buttons, unavailable choices and condition marks visible', async () => {
    const browser = await launch('firefox', { 'browser.display.document_color_use': 2 });
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${stack.origin}/`);
      await signIn(page, 'acme-group');
      assert.equal(await page.evaluate(`matchMedia('(forced-colors: active)').matches`), true);
      const [highlight, buttonText, grayText, canvas] = await Promise.all(
        ['Highlight', 'ButtonText', 'GrayText', 'Canvas'].map((name) =>
          page.evaluate(systemColor, name),
        ),
      );

      // The keyboard focus is drawn in the system's Highlight, in both elements of the page.
      await invite(page, 'acme-robotics', 'Platform');
      const again = await byRole(page, 'button', 'Invite another account');
      const cancel = await byRole(page, 'button', 'Cancel invitation to acme-robotics');
      await page.keyboard.press('Tab');
      const rings = [];
      for (const control of [again, cancel]) rings.push(await coloursOf(control));
      await again.click();
      rings.push(await coloursOf(await byRole(page, 'textbox', 'Account name')));
      for (const ring of rings) {
        assert.equal(ring.focusVisible, true);
        assert.equal(ring.outline, `solid ${highlight}`);
        assert.ok(ring.outlineWidth >= 2, `outline ${ring.outlineWidth}px`);
      }

      // Buttons are ButtonText on ButtonFace.
      const submit = await coloursOf(await byRole(page, 'button', 'Submit'));
      assert.deepEqual([submit.color, submit.border], [buttonText, buttonText]);

      // A refused account: its failed and passed condition marks are drawn in a visible colour,
      // and the payment method it may not use reads as GrayText.
      await (await byRole(page, 'textbox', 'Account name')).type('frost-retail');
      await page.waitForFunction(
        `document.querySelector('invite-member').shadowRoot.querySelector('.check__mark')`,
      );
      const marks = await page.evaluate(`(() => {
        const root = document.querySelector('invite-member').shadowRoot;
        root.querySelector('details').open = true;
        return [...root.querySelectorAll('.check__mark')].map((mark) =>
          [mark.textContent, getComputedStyle(mark).color]);
      })()`);
      const drawn = marks as [string, string][];
      assert.deepEqual([...new Set(drawn.map(([mark]) => mark))].sort(), ['✓', '✕']);
      for (const [mark, colour] of drawn) {
        assert.notEqual(colour, canvas, `${mark} in the background's colour`);
        assert.doesNotMatch(colour, /^rgba\(.*, 0\)$/, `${mark} transparent`);
      }
      const options = await page.evaluate(`[...document.querySelector('invite-member').shadowRoot
        .querySelectorAll('[part~="payment-option"]')].map((option) => [
          option.classList.contains('option--disabled'),
          getComputedStyle(option.querySelector('label')).color,
        ])`);
      const labels = options as [boolean, string][];
      assert.ok(
        labels.some(([disabled]) => disabled),
        'no unavailable payment method shown',
      );
      for (const [disabled, colour] of labels) {
        assert.equal(colour === grayText, disabled, `payment label ${colour}`);
      }
    } finally {
      await browser.close();
    }
  });
});

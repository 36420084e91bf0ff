import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { SentInvitations } from '../../src/sent-invitations/sent-invitations.js';
import { systemColor } from '../../../../test/support/system-color.js';
import { backend, clientFor, resetBackend } from '../support/backend.js';
import { byRole, textOf } from '../support/queries.js';
import { loaded as acceptLoaded } from '../accept-invitation/helpers.js';
import {
  acceptAgreements,
  checkAccount,
  chooseUnit,
  dialogButton,
  mount as mountInvite,
  sent,
  submitAndConfirmDialog,
} from '../invite-member/helpers.js';
import '../../src/define/accept-invitation.js';
import '../../src/define/sent-invitations.js';
import { afterEach, beforeEach, describe, it } from './mocha.js';

/**
 * Where forced colours (Windows High Contrast) can be produced, their effect is tested: here in
 * Chromium, whose emulation wtr's `emulateMedia` reaches through Playwright; in Firefox by
 * test/e2e/forced-colors.test.ts, which launches Firefox with its colour override on (its page
 * objects here emulate the colour scheme only, docs/browsers.md). WebKit has no forced-colours
 * mode at all. In every engine, the last test below checks the rules themselves.
 */
const emulated = navigator.userAgent.includes('Chrome/');

/** A colour a reader can see on the page's Canvas: not transparent, not the background. */
function expectVisible(color: string, what: string): void {
  expect(color, what).not.to.match(/^rgba\(.*, 0\)$|^transparent$/);
  expect(color, what).not.to.equal(systemColor('Canvas'));
}

/** Focuses `control` as the keyboard does and returns its focus ring's colour, style and width. */
function focusRingOf(control: HTMLElement): { color: string; style: string; width: number } {
  control.focus();
  expect(control.matches(':focus-visible'), 'the control shows its focus').to.equal(true);
  const style = getComputedStyle(control);
  return {
    color: style.outlineColor,
    style: style.outlineStyle,
    width: Number.parseFloat(style.outlineWidth),
  };
}

function expectHighlightRing(control: HTMLElement): void {
  const ring = focusRingOf(control);
  expect(ring.color, `the focus ring of ${textOf(control) || control.id}`).to.equal(
    systemColor('Highlight'),
  );
  expect(ring.style).to.equal('solid');
  expect(ring.width).to.be.at.least(2);
}

/** The rules of `el`'s styles that apply only under `(forced-colors: active)`. */
function forcedColorRules(el: HTMLElement): CSSStyleRule[] {
  return el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    )
    .flatMap((media) => [...media.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

describe('every element in forced colours (Windows High Contrast)', () => {
  beforeEach(resetBackend);
  afterEach(() => (emulated ? emulateMedia({ forcedColors: 'none' }) : undefined));

  // Registered only where the mode can be emulated (see `emulated` above).
  if (emulated) {
    it('keeps the focus ring, checked and unavailable controls and the condition marks visible', async () => {
      const invite = await mountInvite('acme-group');
      const accept = await fixture<AcceptInvitation>(
        html`<accept-invitation locale="en" .client=${clientFor('maple-foods', 8000)}>
        </accept-invitation>`,
      );
      const list = await fixture<SentInvitations>(
        html`<sent-invitations locale="en" .client=${clientFor('acme-group', 8000)}>
        </sent-invitations>`,
      );
      await acceptLoaded(accept);
      await waitUntil(() => list.shadowRoot?.querySelector('tbody tr'), 'nothing listed');
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const root = invite.shadowRoot!;

      // The focus ring is the system's Highlight, in every element.
      expectHighlightRing(byRole(root, 'textbox', 'Account name'));
      expectHighlightRing(byRole(root, 'button', 'Submit'));
      expectHighlightRing(byRole(accept.shadowRoot!, 'button', 'Accept'));
      expectHighlightRing(byRole(list.shadowRoot!, 'button', /^Cancel invitation/));

      // The condition marks (failed and passed) are drawn in a colour the reader sees.
      chooseUnit(invite, 'Engineering');
      await checkAccount(invite, 'frost-retail');
      root.querySelector('details')!.open = true;
      const marks = [...root.querySelectorAll<HTMLElement>('.check__mark')];
      expect(marks.map((mark) => mark.textContent)).to.include.members(['✕', '✓']);
      for (const mark of marks) expectVisible(getComputedStyle(mark).color, 'a condition mark');

      // An unavailable payment method reads as GrayText, unlike the available one.
      const [available, unavailable] = [...root.querySelectorAll('[part~="payment-option"] label')];
      expect(getComputedStyle(unavailable!).color).to.equal(systemColor('GrayText'));
      expect(getComputedStyle(available!).color).not.to.equal(systemColor('GrayText'));

      // Checked controls are native: the system draws their checked state in its own colours.
      acceptAgreements(invite);
      for (const box of root.querySelectorAll<HTMLInputElement>('input:checked')) {
        expect(getComputedStyle(box).appearance).not.to.equal('none');
        expect(getComputedStyle(box).forcedColorAdjust).to.equal('auto');
      }

      // Buttons are ButtonText on ButtonFace, and GrayText while they wait (aria-disabled).
      const submit = byRole(root, 'button', 'Submit');
      expect(getComputedStyle(submit).color).to.equal(systemColor('ButtonText'));
      expect(getComputedStyle(submit).borderTopColor).to.equal(systemColor('ButtonText'));
      await checkAccount(invite, 'acme-robotics');
      await submitAndConfirmDialog(invite);
      backend.faults.setLatency(1000, { method: 'POST' });
      dialogButton(invite, 'OK').click();
      await waitUntil(() => submit.getAttribute('aria-disabled') === 'true', 'never sending');
      expect(getComputedStyle(submit).color).to.equal(systemColor('GrayText'));
      expect(getComputedStyle(submit).borderTopColor).to.equal(systemColor('GrayText'));
      await sent(invite);
    });
  }

  it('gives focus, buttons and unavailable controls system colours of their own', async () => {
    const rules = forcedColorRules(await mountInvite('acme-group'));
    const declared = (selector: string, property: string) =>
      rules
        .filter((rule) => rule.selectorText.split(/,\s*/).includes(selector))
        .map((rule) => rule.style.getPropertyValue(property).toLowerCase());
    expect(declared(':focus-visible', 'outline-color')).to.deep.equal(['highlight']);
    expect(declared('.button', 'color')).to.deep.equal(['buttontext']);
    expect(declared('.button[aria-disabled="true"]', 'color')).to.deep.equal(['graytext']);
    expect(declared('.option--disabled label', 'color')).to.deep.equal(['graytext']);
  });
});

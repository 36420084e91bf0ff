import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor, resetBackend } from '../support/backend.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import {
  accessibleName,
  beforeEach,
  byRole,
  deepActiveElement,
  describe,
  invitationOf,
  it,
  loaded,
} from './helpers.js';

/** Mounts the element after a focusable start point, and focuses that start point. */
async function mountForKeyboard(account: string): Promise<AcceptInvitation> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="start">Start</button>
      <accept-invitation .client=${clientFor(account)} locale="en"></accept-invitation>
    </div>`,
  );
  const el = wrapper.querySelector('accept-invitation')!;
  await loaded(el);
  wrapper.querySelector<HTMLButtonElement>('#start')!.focus();
  return el;
}

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(target: Element, max = 40): Promise<void> {
  for (let i = 0; i < max && deepActiveElement() !== target; i++) {
    await sendKeys({ press: 'Tab' });
  }
  expect(deepActiveElement(), `Tab never reached ${accessibleName(target)}`).to.equal(target);
}

describe('<accept-invitation> with the keyboard only', () => {
  beforeEach(resetBackend);

  it('accepts: Accept too early moves to the box, Space ticks it, Enter accepts', async () => {
    const el = await mountForKeyboard('maple-foods');
    const card = invitationOf(el, 'acme-group');
    await tabTo(byRole(card, 'button', 'Accept'));
    await sendKeys({ press: 'Enter' });
    const checkbox = byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree');
    await waitUntil(() => deepActiveElement() === checkbox, 'focus did not move to the checkbox');

    await sendKeys({ press: 'Space' });
    expect(checkbox.checked).to.equal(true);
    await tabTo(byRole(card, 'button', 'Accept'));
    const accepted = oneEvent(el, 'invitation-accepted');
    await sendKeys({ press: 'Enter' });
    await accepted;
    await waitUntil(
      () =>
        deepActiveElement() === byRole(el.shadowRoot!, 'heading', 'You are now a member account'),
      'focus did not move to the result',
    );
  });

  it('declines: Enter opens the dialog, Shift+Tab reaches the confirmation, Enter declines', async () => {
    const el = await mountForKeyboard('maple-foods');
    const card = invitationOf(el, 'helio-group');
    await tabTo(byRole(card, 'button', 'Decline'));
    await sendKeys({ press: 'Enter' });
    const dialog = byRole<HTMLDialogElement>(el.shadowRoot!, 'dialog');
    await waitUntil(
      () => dialog.open && deepActiveElement() === byRole(dialog, 'button', 'Cancel'),
    );

    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()).to.equal(byRole(dialog, 'button', 'Decline invitation'));
    const declined = oneEvent(el, 'invitation-declined');
    await sendKeys({ press: 'Enter' });
    await declined;
    await waitUntil(() => !dialog.open);
  });
});

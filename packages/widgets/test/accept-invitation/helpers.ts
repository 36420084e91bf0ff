// Helpers for <accept-invitation> tests: mount the element as a fixture account and find its
// controls the way a user does, by role and accessible name.
import type { Client } from '@enterprise-center/sdk';
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clientFor } from '../support/backend.js';
import { byRole, textOf } from '../support/queries.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import '../../src/define/accept-invitation.js';

export { beforeEach, describe, it } from '../shared/mocha.js';
export {
  accessibleName,
  allByRole,
  byRole,
  deepActiveElement,
  textOf,
} from '../support/queries.js';

/** The invitation `article` whose name (its heading) mentions `inviter`. */
/** Enterprise names of the seeded inviters (docs/contract/FIXTURES.md), as the cards show them. */
export const ACME = 'Acme Group Co., Ltd.';
export const HELIO = 'Helio Group Inc.';

export function invitationOf(el: AcceptInvitation, inviter: string): HTMLElement {
  return byRole(el.shadowRoot!, 'article', new RegExp(inviter.replace(/[.()]/g, '\\$&')));
}

/** The polite live region's current text. */
export function announced(el: AcceptInvitation): string {
  return textOf(el.shadowRoot!.querySelector('[role="status"]'));
}

/** Waits until the first load finished (the list, the empty state or an error is shown). */
export async function loaded(el: AcceptInvitation): Promise<void> {
  await waitUntil(
    () => {
      const root = el.shadowRoot;
      if (!root) return false;
      const busy = root.querySelector('[part~="base"]')?.getAttribute('aria-busy');
      return (
        busy === 'false' && !textOf(root).includes('Loading…') && !textOf(root).includes('正在加载')
      );
    },
    'the element did not finish loading',
    { timeout: 5000 },
  );
}

/** Mounts <accept-invitation> acting as `account` (or with `client`) and waits for the load. */
export async function mount(
  account: string,
  options: { client?: Client; invitationId?: string; locale?: string } = {},
): Promise<AcceptInvitation> {
  const client = options.client ?? clientFor(account);
  const el = await fixture<AcceptInvitation>(
    html`<accept-invitation
      .client=${client}
      invitation-id=${options.invitationId ?? ''}
      locale=${options.locale ?? 'en'}
    ></accept-invitation>`,
  );
  await loaded(el);
  return el;
}

/** Ticks the agreement checkbox of `card` the way a user does (a click). */
export function tickAgreement(card: HTMLElement): void {
  byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree').click();
}

/** Presses Accept on `card` and waits until the element fires `eventName` and has re-rendered. */
export async function pressAccept<K extends keyof HTMLElementEventMap>(
  el: AcceptInvitation,
  card: HTMLElement,
  eventName: K,
): Promise<HTMLElementEventMap[K]> {
  const fired = oneEvent(el, eventName) as Promise<HTMLElementEventMap[K]>;
  byRole(card, 'button', 'Accept').click();
  const event = await fired;
  await el.updateComplete;
  return event;
}

/** Presses Decline on Helio Group's invitation and returns the confirmation dialog once open. */
export async function openHelioDecline(el: AcceptInvitation): Promise<HTMLDialogElement> {
  byRole(invitationOf(el, 'helio-group'), 'button', 'Decline').click();
  await el.updateComplete;
  const dialog = byRole<HTMLDialogElement>(
    el.shadowRoot!,
    'dialog',
    `Decline the invitation from ${HELIO}?`,
  );
  await waitUntil(() => dialog.open, 'the dialog did not open');
  return dialog;
}

// <accept-invitation> accepting and declining under network faults. packages/widgets/test covers
// a lost accept response and an accept timeout with Retry; this covers the gaps: 5xx and 429 on
// accept, every fault on decline, and faults absorbed by the SDK's own retries.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Fault } from '@enterprise-center/mock';
import {
  backend,
  clientSendingWithin,
  requestsTo,
  resetBackend,
} from '../../../packages/widgets/test/support/backend.js';
import { instrumentedClient } from '../../../packages/widgets/test/invite-member/helpers.js';
import {
  beforeEach,
  byRole,
  describe,
  invitationOf,
  it,
  mount,
  textOf,
  tickAgreement,
  openHelioDecline,
} from '../../../packages/widgets/test/accept-invitation/helpers.js';
import type { AcceptInvitation } from '../../../packages/widgets/src/accept-invitation/accept-invitation.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { postsTo, transIds } from './support/sent-requests.js';

failOnUnhandledRejections();

/** The stored status of the invitation from `master` to maple-foods. */
const statusFrom = (master: string) =>
  backend.control.invitations({ from: master, to: 'maple-foods' })[0]?.status;

/** Ticks Acme's box and presses Accept. */
async function acceptAcme(el: AcceptInvitation): Promise<void> {
  const card = invitationOf(el, 'acme-group');
  tickAgreement(card);
  await el.updateComplete;
  byRole(card, 'button', 'Accept').click();
}

const SHOWN_ON_ACCEPT: [string, Fault, string, string][] = [
  [
    '503',
    { type: 'status', status: 503 },
    'CBC.0999',
    'Something went wrong (CBC.0999). Try again.',
  ],
  [
    '429 with Retry-After: 2',
    { type: 'throttle', retryAfter: 2 },
    'APIG.0308',
    'Too many requests. Try again in 2 seconds.',
  ],
];

const ALL_FAULTS: [string, Fault, boolean, string][] = [
  ['a lost response', { type: 'drop' }, true, 'The network request failed.'],
  ['a 503', { type: 'status', status: 503 }, false, 'Something went wrong (CBC.0999).'],
  ['no answer (timeout)', { type: 'timeout' }, false, 'The server took too long to answer.'],
  ['a 429 with Retry-After: 1', { type: 'throttle', retryAfter: 1 }, false, 'Too many requests.'],
];

describe('<accept-invitation> accepting under faults', () => {
  beforeEach(resetBackend);

  for (const [name, fault, code, says] of SHOWN_ON_ACCEPT) {
    it(`after a ${name}: keeps the ticked box, offers Retry, and Retry accepts exactly once`, async () => {
      const { client, requests } = instrumentedClient('maple-foods');
      const el = await mount('maple-foods', { client });
      backend.faults.failNext(fault, { method: 'POST', path: /\/accept$/ });
      const failed = oneEvent(el, 'invitation-failed');
      await acceptAcme(el);
      expect(((await failed).detail as { code: string }).code).to.equal(code);
      await el.updateComplete;

      const card = invitationOf(el, 'acme-group');
      expect(textOf(card.querySelector('[part~="feedback"]'))).to.equal(`${says} Retry`);
      expect(byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree').checked).to.equal(
        true,
      );
      expect(statusFrom('acme-group')).to.equal('pending');

      const accepted = oneEvent(el, 'invitation-accepted');
      byRole(card, 'button', 'Retry').click();
      await accepted;
      expect(statusFrom('acme-group')).to.equal('accepted');
      const [first, second, ...more] = transIds(postsTo(requests, '/accept'));
      expect(more).to.deep.equal([]);
      expect(second).to.be.a('string').and.equal(first);
    });
  }

  for (const [name, fault] of ALL_FAULTS) {
    it(`with the SDK's retries, ${name} is absorbed: "Accepting…", then joined once, no failure`, async () => {
      const el = await mount('maple-foods', { client: clientSendingWithin('maple-foods', 1000) });
      backend.faults.failNext(fault, { method: 'POST', path: /\/accept$/ });
      let failures = 0;
      el.addEventListener('invitation-failed', () => (failures += 1));
      const accepted = oneEvent(el, 'invitation-accepted');
      await acceptAcme(el);
      await waitUntil(() => textOf(el.shadowRoot).includes('Accepting the invitation…'));
      const card = invitationOf(el, 'acme-group');
      expect(byRole(card, 'button', 'Accept').getAttribute('aria-disabled')).to.equal('true');
      await accepted;
      expect(failures).to.equal(0);
      expect(statusFrom('acme-group')).to.equal('accepted');
      expect(requestsTo('/accept')).to.have.length(2);
    });
  }
});

describe('<accept-invitation> declining under faults', () => {
  beforeEach(resetBackend);

  for (const [name, fault, applied, says] of ALL_FAULTS) {
    it(`after ${name}: the dialog stays open with the reason, and confirming again declines once`, async () => {
      const { client, requests } = instrumentedClient('maple-foods', { sendTimeout: 300 });
      const el = await mount('maple-foods', { client });
      backend.faults.failNext(fault, { method: 'POST', path: /\/decline$/ });
      const dialog = await openHelioDecline(el);
      const failed = oneEvent(el, 'invitation-failed');
      byRole(dialog, 'button', 'Decline invitation').click();
      await failed;
      await el.updateComplete;

      expect(dialog.open).to.equal(true);
      expect(textOf(dialog.querySelector('[role="alert"]'))).to.include(says);
      expect(statusFrom('helio-group')).to.equal(applied ? 'declined' : 'pending');

      const declined = oneEvent(el, 'invitation-declined');
      byRole(dialog, 'button', 'Decline invitation').click();
      expect((await declined).detail.status).to.equal('declined');
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(textOf(invitationOf(el, 'helio-group'))).to.include('You declined this invitation.');
      expect(statusFrom('helio-group')).to.equal('declined');
      expect(statusFrom('acme-group')).to.equal('pending');
      const [first, second, ...more] = transIds(postsTo(requests, '/decline'));
      expect(more).to.deep.equal([]);
      expect(second).to.be.a('string').and.equal(first);
    });
  }
});

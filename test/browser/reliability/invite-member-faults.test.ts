// <invite-member> submitting under network faults. packages/widgets/test covers a lost response
// and a timeout with Retry; this covers the gaps: 5xx and 429 shown with Retry, and every fault
// absorbed by the SDK's own retries, always with exactly one invitation created.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Fault } from '@enterprise-center/mock';
import {
  backend,
  clientSendingWithin,
  requestsTo,
  resetBackend,
} from '../../../packages/widgets/test/support/backend.js';
import {
  accountInput,
  beforeEach,
  byRole,
  describe,
  dialogButton,
  fill,
  fillEligible,
  instrumentedClient,
  it,
  mount,
  sent,
  shadow,
  submitAndConfirmDialog,
  textOf,
} from '../../../packages/widgets/test/invite-member/helpers.js';
import type { InviteMember } from '../../../packages/widgets/src/invite-member/invite-member.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { postsTo, transIds } from './support/sent-requests.js';

failOnUnhandledRejections();

const pendingToRobotics = () =>
  backend.control.invitations({ from: 'acme-group', to: 'acme-robotics', status: 'pending' });

const notes = (el: InviteMember) => byRole<HTMLTextAreaElement>(shadow(el), 'textbox', 'Notes');
const unit = (el: InviteMember) =>
  byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
const consent = (el: InviteMember) =>
  byRole<HTMLInputElement>(shadow(el), 'checkbox', 'I have read and agree');

/** What the user typed and chose, as the form shows it. */
const inputOf = (el: InviteMember) => ({
  account: accountInput(el).value,
  unit: unit(el).selectedOptions[0]?.textContent?.trim(),
  notes: notes(el).value,
  agreed: consent(el).checked,
});

const SHOWN_FAULTS: [string, Fault, string, string][] = [
  [
    '503',
    { type: 'status', status: 503 },
    'CBC.0999',
    'The invitation could not be sent. Something went wrong (CBC.0999). Try again.',
  ],
  [
    '429 with Retry-After: 3',
    { type: 'throttle', retryAfter: 3 },
    'APIG.0308',
    'The invitation could not be sent. Too many requests. Try again in 3 seconds.',
  ],
];

describe('<invite-member> submitting under faults', () => {
  beforeEach(resetBackend);

  for (const [name, fault, code, says] of SHOWN_FAULTS) {
    it(`keeps every input after a ${name}, offers Retry, and Retry invites exactly once`, async () => {
      const { client, requests } = instrumentedClient('acme-group');
      const el = await mount('acme-group', { client });
      await fillEligible(el);
      fill(notes(el), 'Welcome aboard');
      const typed = inputOf(el);
      backend.faults.failNext(fault, { method: 'POST', path: '/invitations' });
      const failed = oneEvent(el, 'invitation-failed');
      await submitAndConfirmDialog(el);
      dialogButton(el, 'OK').click();
      expect(((await failed).detail as { code: string }).code).to.equal(code);
      await el.updateComplete;

      const status = textOf(shadow(el).querySelector('[part~="submit-status"]'));
      expect(status).to.include(says);
      expect(status).to.include('Retry is safe');
      expect(inputOf(el)).to.deep.equal(typed);
      expect(pendingToRobotics()).to.have.length(0);

      byRole(shadow(el), 'button', 'Retry').click();
      await sent(el);
      expect(pendingToRobotics()).to.have.length(1);
      expect(pendingToRobotics()[0]?.notes).to.equal('Welcome aboard');
      const [first, second, ...more] = transIds(postsTo(requests, '/invitations'));
      expect(more).to.deep.equal([]);
      expect(second).to.be.a('string').and.equal(first);
    });
  }

  it('a 429 asking for a longer wait than the SDK accepts is shown at once, not hidden behind "Sending…"', async () => {
    const el = await mount('acme-group', { client: clientSendingWithin('acme-group', 1000) });
    await fillEligible(el);
    backend.faults.failNext(
      { type: 'throttle', retryAfter: 600 },
      { method: 'POST', path: '/invitations' },
    );
    const failed = oneEvent(el, 'invitation-failed');
    const started = performance.now();
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    expect(((await failed).detail as { code: string }).code).to.equal('APIG.0308');
    expect(performance.now() - started).to.be.below(3_000);
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part~="submit-status"]'))).to.include(
      'Too many requests. Try again in 600 seconds.',
    );
    expect(requestsTo('/invitations').map((request) => request.status)).to.deep.equal([429]);
  });

  const ABSORBED: [string, Fault][] = [
    ['a lost response', { type: 'drop' }],
    ['a 503', { type: 'status', status: 503 }],
    ['no answer (timeout)', { type: 'timeout' }],
    ['a 429 with Retry-After: 1', { type: 'throttle', retryAfter: 1 }],
  ];
  for (const [name, fault] of ABSORBED) {
    it(`with the SDK's retries, ${name} is absorbed: "Sending…", then sent once, no failure`, async () => {
      const el = await mount('acme-group', { client: clientSendingWithin('acme-group', 1000) });
      await fillEligible(el);
      backend.faults.failNext(fault, { method: 'POST', path: '/invitations' });
      let failures = 0;
      el.addEventListener('invitation-failed', () => (failures += 1));
      await submitAndConfirmDialog(el);
      dialogButton(el, 'OK').click();
      await waitUntil(() => textOf(shadow(el)).includes('Sending the invitation…'));
      expect(byRole(shadow(el), 'button', 'Submit').getAttribute('aria-disabled')).to.equal('true');
      await sent(el);
      expect(failures).to.equal(0);
      expect(pendingToRobotics()).to.have.length(1);
      expect(requestsTo('/invitations').map((request) => request.status)).to.have.length(2);
    });
  }
});

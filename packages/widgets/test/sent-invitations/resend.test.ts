import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Invitation } from '@enterprise-center/sdk';
import { enConditions } from '../../src/shared/i18n/en.js';
import { backend, requestsTo, resetBackend } from '../support/backend.js';
import {
  LATE_BLOOM,
  MAPLE,
  accountsShown,
  announced,
  beforeEach,
  button,
  cellOf,
  deepActiveElement,
  describe,
  feedbackOf,
  it,
  mount,
  recordingClient,
  shadow,
  shows,
  textOf,
} from './helpers.js';

const RESEND_LATE_BLOOM = 'Resend invitation to late-bloom';
const DAY = 86_400_000;

describe('<sent-invitations> resend', () => {
  beforeEach(resetBackend);

  it('renews an expired invitation: pending again, expiring in 14 days', async () => {
    const el = await mount({ status: 'expired' });
    expect(accountsShown(el)).to.deep.equal([LATE_BLOOM]);
    expect(cellOf(el, LATE_BLOOM, 'Actions')).to.equal('Resend'); // no Cancel on an expired one
    const before: Invitation[] = [];
    el.addEventListener('invitation-resend', (event) => before.push(event.detail));
    const resent = oneEvent(el, 'invitation-resent');
    button(el, RESEND_LATE_BLOOM).click();
    const { detail } = await resent;

    expect(before.map((i) => i.status)).to.deep.equal(['expired']);
    expect(detail.status).to.equal('pending');
    const expiry = new Date(detail.expiredAt).getTime();
    expect(expiry - backend.clock.now()).to.be.within(14 * DAY - 2000, 14 * DAY);
    await shows(el, 'The invitation to late-bloom was sent again. It now expires in 14 days');
    expect(cellOf(el, LATE_BLOOM, 'Status')).to.equal('Pending');
    expect(cellOf(el, LATE_BLOOM, 'Expires')).to.match(/^in 14 days /);
    expect(cellOf(el, LATE_BLOOM, 'Actions')).to.equal('Cancel Resend');
    expect(announced(el)).to.include('late-bloom was sent again');
    // Its focus moved from Resend (which stays) to what happened.
    await waitUntil(() => deepActiveElement()?.matches('[part~="feedback"]'));
    expect(backend.control.invitations({ to: LATE_BLOOM, from: 'acme-group' })[0]?.status).to.equal(
      'pending',
    );
  });

  it('shows the failed conditions on the row, with the texts of <invite-member>', async () => {
    backend.control.updateAccount(LATE_BLOOM, { frozen: true });
    const el = await mount({ status: 'all' });
    const failed = oneEvent(el, 'invitation-failed');
    button(el, RESEND_LATE_BLOOM).click();
    expect((await failed).detail.code).to.equal('EM.1001');
    await shows(el, 'late-bloom no longer meets the invitation conditions');

    const checklist = rowFeedback(el).querySelector('[part~="checklist"]');
    const labelId = checklist?.getAttribute('aria-labelledby');
    expect(textOf(shadow(el).getElementById(labelId!))).to.equal(
      'late-bloom no longer meets the invitation conditions, so the invitation was not sent again:',
    );
    const failedChecks = [...checklist!.querySelectorAll('[part~="check-failed"]')].map(textOf);
    const { NOT_FROZEN, UA_NOT_SUSPENDED } = enConditions;
    expect(failedChecks).to.deep.equal([
      `✕ ${NOT_FROZEN.label} Failed ${NOT_FROZEN.problem} ${NOT_FROZEN.remedy}`,
      `✕ ${UA_NOT_SUSPENDED.label} Failed ${UA_NOT_SUSPENDED.problem} ${UA_NOT_SUSPENDED.remedy}`,
    ]);
    // Nothing changed: still expired, Resend still offered (once the owner has fixed it).
    expect(cellOf(el, LATE_BLOOM, 'Status')).to.equal('Expired');
    expect(button(el, RESEND_LATE_BLOOM).isConnected).to.equal(true);
    expect(feedbackOf(el, MAPLE)).to.equal('');
  });

  it('resends once however often Resend is clicked', async () => {
    backend.faults.setLatency(200, { method: 'POST' });
    const el = await mount({ status: 'expired' });
    const resend = button(el, RESEND_LATE_BLOOM);
    resend.click();
    resend.click();
    resend.click();
    await shows(el, 'was sent again');
    expect(requestsTo('/resend')).to.have.length(1);
  });

  it('retries a dropped answer with the same key: the expiry is renewed once', async () => {
    const { client, mutations } = recordingClient();
    const el = await mount({ client, status: 'expired' });
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: /\/resend$/ });
    button(el, RESEND_LATE_BLOOM).click();
    await shows(el, 'The invitation to late-bloom could not be sent again.');
    const firstExpiry = backend.control.invitations({ to: LATE_BLOOM })[0]!.expired_at;

    backend.clock.advance(60 * 60 * 1000); // an hour later, a second renewal would move the expiry
    button(el, 'Retry resending the invitation to late-bloom').click();
    await shows(el, 'was sent again');
    expect(backend.control.invitations({ to: LATE_BLOOM })[0]!.expired_at).to.equal(firstExpiry);
    expect(mutations.map((m) => m.transId)).to.deep.equal([
      mutations[0]!.transId,
      mutations[0]!.transId,
    ]);
  });

  it('uses a new key for each new resend the user asks for', async () => {
    const { client, mutations } = recordingClient();
    const el = await mount({ client });
    const resend = 'Resend invitation to maple-foods';
    button(el, resend).click();
    await shows(el, 'maple-foods was sent again');
    button(el, resend).click();
    await waitUntil(
      () => mutations.length === 2 && !shadow(el).querySelector('[aria-busy="true"]'),
    );
    expect(mutations[0]!.transId).to.not.equal(mutations[1]!.transId);
  });

  it('sends nothing when the host cancels invitation-resend', async () => {
    const el = await mount({ status: 'expired' });
    el.addEventListener('invitation-resend', (event) => event.preventDefault());
    button(el, RESEND_LATE_BLOOM).click();
    await el.updateComplete;
    expect(requestsTo('/resend')).to.have.length(0);
    expect(feedbackOf(el, LATE_BLOOM)).to.equal('');
  });
});

/** The outcome row of late-bloom. */
function rowFeedback(el: HTMLElement): Element {
  const feedback = el.shadowRoot!.querySelector('tr.feedback-row');
  if (!feedback) throw new Error('no outcome shown');
  return feedback;
}

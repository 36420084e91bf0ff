import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient } from '@enterprise-center/sdk';
import { SentInvitations } from '../../src/index.js';
import { backend, clientFor, requestsTo, resetBackend } from '../support/backend.js';
import { move } from '../support/move.js';
import {
  LATE_BLOOM,
  MAPLE,
  accountsShown,
  afterEach,
  beforeEach,
  button,
  byRole,
  cellOf,
  describe,
  feedbackOf,
  it,
  loaded,
  mount,
  openDialog,
  recordingClient,
  shadow,
  shows,
  textOf,
} from './helpers.js';

describe('<sent-invitations> configuration', () => {
  beforeEach(resetBackend);

  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('registers <sent-invitations> for the class the package exports', () => {
    expect(customElements.get('sent-invitations')).to.equal(SentInvitations);
    expect(document.createElement('sent-invitations')).to.be.instanceOf(SentInvitations);
  });

  it('offers a Status filter with every status, the `status` attribute choosing the first', async () => {
    const el = await mount({ status: 'expired' });
    const select = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Status');
    expect([...select.options].map((o) => o.text.trim())).to.deep.equal([
      'All',
      'Pending',
      'Accepted',
      'Declined',
      'Cancelled',
      'Expired',
    ]);
    expect(select.value).to.equal('expired');
    expect(accountsShown(el)).to.deep.equal([LATE_BLOOM]);
    el.status = 'all';
    await waitUntil(() => accountsShown(el).length === 2);
    expect(select.value).to.equal('all');
  });

  it('shows pending invitations and says why for a status it does not know', async () => {
    const el = await mount({ status: 'open' });
    expect(accountsShown(el)).to.deep.equal([MAPLE]);
    expect(warnings.join()).to.include('status="open" is not one of all, pending');
  });

  it('uses 20 a page and says why for a page size the API does not take', async () => {
    const el = await mount({ pageSize: 500 });
    expect(accountsShown(el)).to.deep.equal([MAPLE]);
    expect(warnings.join()).to.include('page-size="500" is not a whole number from 1 to 100');
    expect(requestsTo('/invitations', 'GET')[0]?.query).to.include({ limit: '20' });
  });

  it('says so when org-id is not a unit of the enterprise', async () => {
    const el = await mount({ orgId: '9999' });
    expect(textOf(shadow(el))).to.include(
      'The invitations could not be loaded. The organization unit 9999 is not in your enterprise.',
    );
  });

  it('shows a neutral placeholder, and no filter, until it has a client', async () => {
    const el = await fixture<SentInvitations>(
      html`<sent-invitations locale="en"></sent-invitations>`,
    );
    expect(textOf(shadow(el))).to.include('This component is not configured');
    expect(shadow(el).querySelector('select')).to.equal(null);
    expect(backend.requests).to.have.length(0);
  });

  it('builds its client from base-url, and says to sign in again on 401 (session-expired)', async () => {
    const expired: Event[] = [];
    const el = await fixture<SentInvitations>(
      html`<sent-invitations
        locale="en"
        base-url=${backend.baseUrl}
        credentials="include"
        @session-expired=${(event: Event) => expired.push(event)}
      ></sent-invitations>`,
    );
    await loaded(el);
    // No token reaches the fake backend from a bare base-url: it answers 401 APIG.0301.
    expect(requestsTo('/invitations', 'GET')[0]?.status).to.equal(401);
    expect(textOf(shadow(el).querySelector('[part~="session-expired"]'))).to.equal(
      'Your sign-in has expired or is not valid. Sign in again.',
    );
    expect(expired).to.have.length(1);

    el.client = clientFor('acme-group', 8000);
    el.refresh();
    await waitUntil(() => accountsShown(el).length === 1, 'no list after signing in again');
    expect(shadow(el).querySelector('[part~="session-expired"]')).to.equal(null);
  });

  it('reports an expired sign-in during a cancel, and cancels after refresh()', async () => {
    let token = 'token-acme-group';
    const client = createClient({ baseUrl: backend.baseUrl, token: () => token, retry: 0 });
    const el = await mount({ client });
    token = 'token-expired';
    const expired = oneEvent(el, 'session-expired');
    button(el, 'Cancel invitation to maple-foods').click();
    byRole(await openDialog(el), 'button', 'Cancel invitation').click();
    expect((await expired).detail.code).to.equal('APIG.0301');
    await shows(el, 'Sign in again.');
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Pending');

    token = 'token-acme-group';
    el.refresh();
    await waitUntil(() => !shadow(el).querySelector('[part~="session-expired"]'));
    await loaded(el);
    button(el, 'Cancel invitation to maple-foods').click();
    byRole(await openDialog(el), 'button', 'Cancel invitation').click();
    await shows(el, 'Its member slot is free again.');
  });

  it('offers Retry after being moved mid-request, and acts once', async () => {
    const { client, mutations } = recordingClient();
    const el = await mount({ client, status: 'expired' });
    backend.faults.setLatency(300, { method: 'POST' });
    button(el, 'Resend invitation to late-bloom').click();
    await waitUntil(() => mutations.length === 1);
    move(el);
    await shows(el, 'The request was interrupted before an answer arrived.');
    backend.faults.setLatency(0);
    button(el, 'Retry resending the invitation to late-bloom').click();
    await shows(el, 'was sent again');
    expect(feedbackOf(el, LATE_BLOOM)).to.include('It now expires in 14 days');
    expect(mutations).to.have.length(2);
    expect(mutations[1]?.transId).to.equal(mutations[0]?.transId);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { SentInvitations } from '../../src/sent-invitations/sent-invitations.js';
import { createClient } from '@enterprise-center/sdk';
import {
  backend,
  clientFor,
  clientWithoutRetry,
  requestsTo,
  resetBackend,
} from '../support/backend.js';
import {
  LATE_BLOOM,
  MAPLE,
  accessibleName,
  accountsShown,
  allByRole,
  beforeEach,
  cellOf,
  describe,
  it,
  loaded,
  mount,
  seedInvitations,
  shadow,
  shows,
  textOf,
} from './helpers.js';

describe('<sent-invitations> list', () => {
  beforeEach(resetBackend);

  it('shows the pending invitations by default, in a table named "Sent invitations"', async () => {
    const el = await mount();
    expect(accountsShown(el)).to.deep.equal([MAPLE]);
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Pending');
    expect(cellOf(el, MAPLE, 'Organization unit')).to.equal('Engineering');
    expect(cellOf(el, MAPLE, 'Payment method')).to.equal('Paid by the master account');
    expect(cellOf(el, MAPLE, 'Sent')).to.match(/^2 days ago /);
    // "in 12 days", then the exact date and time with the time zone (the test browser's: UTC).
    const expiry = backend.control.invitations({ from: 'acme-group', to: MAPLE })[0]!.expired_at;
    const day = new Date(expiry).toLocaleDateString('en', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(cellOf(el, MAPLE, 'Expires')).to.match(
      new RegExp(`^in 12 days ${day}, \\d{1,2}:\\d{2} [AP]M UTC$`),
    );
    const time = shadow(el).querySelectorAll('tbody time')[1];
    expect(time?.getAttribute('datetime')).to.equal(expiry);

    expect(accessibleName(shadow(el).querySelector('table')!)).to.equal('Sent invitations');
  });

  it('lists every status newest first with status="all", each in words', async () => {
    seedInvitations(4, { statuses: ['accepted', 'declined', 'cancelled', 'pending'] });
    const el = await mount({ status: 'all' });
    expect(accountsShown(el)).to.deep.equal([
      'river-analytics',
      'acme-robotics',
      'orbit-labs',
      'river-analytics',
      MAPLE,
      LATE_BLOOM,
    ]);
    const statuses = [...shadow(el).querySelectorAll('[part~="status-badge"]')].map(textOf);
    expect(statuses).to.deep.equal([
      'Accepted',
      'Declined',
      'Cancelled',
      'Pending',
      'Pending',
      'Expired',
    ]);
    // An answered invitation has no expiry that matters; an expired one says how long ago.
    const rows = shadow(el).querySelectorAll('tbody tr.row');
    expect(textOf(rows[0]!.children[5])).to.include('Does not apply');
    expect(cellOf(el, LATE_BLOOM, 'Expires')).to.match(/^6 days ago /);
  });

  it('shows the unit id when the server sends no unit name, and other fields as text', async () => {
    const el = await fixture<SentInvitations>(
      html`<sent-invitations locale="en" .client=${nameless()}></sent-invitations>`,
    );
    await loaded(el);
    const unitId = backend.control.invitations({ from: 'acme-group', to: MAPLE })[0]!.org_id;
    expect(cellOf(el, MAPLE, 'Organization unit')).to.equal(`Unit ${unitId}`);
  });

  it('says when there is nothing to show, and how to see every invitation', async () => {
    const el = await mount({ status: 'accepted' });
    expect(textOf(shadow(el))).to.include('No accepted invitations.');
    expect(textOf(shadow(el))).to.include('Choose “All” under Status to see every invitation.');
    expect(shadow(el).querySelector('table')).to.equal(null);
  });

  it('says it is loading while the first page is on its way', async () => {
    backend.faults.setLatency(600);
    const el = await fixture<SentInvitations>(
      html`<sent-invitations
        locale="en"
        .client=${clientFor('acme-group', 8000)}
      ></sent-invitations>`,
    );
    await el.updateComplete;
    expect(textOf(shadow(el))).to.include('Loading…');
    expect(shadow(el).querySelector('[part~="base"]')?.getAttribute('aria-busy')).to.equal('true');
    await loaded(el);
    expect(accountsShown(el)).to.deep.equal([MAPLE]);
  });

  it('explains a load failure and loads again on Retry', async () => {
    backend.faults.failNext(
      { type: 'status', status: 503 },
      { method: 'GET', path: '/invitations' },
    );
    const failures: Event[] = [];
    const el = await fixture<SentInvitations>(
      html`<sent-invitations
        locale="en"
        .client=${clientWithoutRetry('acme-group')}
        @load-failed=${(event: Event) => failures.push(event)}
      ></sent-invitations>`,
    );
    await shows(el, 'The invitations could not be loaded.');
    expect(accountsShown(el)).to.deep.equal([]);
    expect(failures).to.have.length(1);
    allByRole(shadow(el), 'button', 'Retry')[0]!.click();
    await shows(el, MAPLE);
  });

  it('says that an account that is not a master account has sent none', async () => {
    const el = await mount({ client: clientFor('maple-foods', 8000) });
    expect(textOf(shadow(el))).to.include('is not an enterprise master account');
    expect(requestsTo('/invitations', 'GET')).to.have.length(1);
  });

  it('asks for one organization unit only with org-id', async () => {
    seedInvitations(2);
    const engineering = backend.control.invitations({ from: 'acme-group', to: MAPLE })[0]!.org_id;
    const el = await mount({ orgId: engineering });
    expect(accountsShown(el)).to.deep.equal([MAPLE]);
    expect(requestsTo('/invitations', 'GET').at(-1)?.query).to.include({
      org_id: engineering,
      status: 'pending',
    });
  });
});

/** A client acting as acme-group whose answers lack every unit name, as the contract allows. */
function nameless() {
  return createClient({
    baseUrl: backend.baseUrl,
    token: 'token-acme-group',
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const body = (await response.json()) as { invitations?: Record<string, unknown>[] };
      for (const invitation of body.invitations ?? []) invitation['org_name'] = null;
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      });
    },
  });
}

import { expect, oneEvent } from '@open-wc/testing';
import type { SessionExpiredEvent } from '../../src/index.js';
import {
  backend,
  clientWithoutRetry,
  expiringClient,
  requestsTo,
  resetBackend,
} from '../support/backend.js';
import {
  MAPLE,
  accountsShown,
  announced,
  beforeEach,
  byRole,
  deepActiveElement,
  describe,
  invitationIdOf,
  it,
  mount,
  rowOf,
  seedInvitations,
  shadow,
  textOf,
} from './helpers.js';

/** The Status filter's chosen option, as shown. */
const filterShown = (el: HTMLElement) =>
  textOf(byRole<HTMLSelectElement>(el.shadowRoot!, 'combobox', 'Status').selectedOptions[0]);

/** The account of the row that has the focus, if a row's header has it. */
const focusedRow = () => {
  const active = deepActiveElement();
  return active?.matches('th[scope="row"]') ? textOf(active) : undefined;
};

describe('<sent-invitations> reveal()', () => {
  beforeEach(resetBackend);

  it('by id: switches the filter that hid it, loads pages until its row is there, focuses it', async () => {
    // 45 newer pending invitations: maple-foods' is on the third page of the pending ones.
    seedInvitations(45);
    const el = await mount({ status: 'accepted' });
    expect(accountsShown(el)).not.to.include(MAPLE);

    expect(await el.reveal({ invitationId: invitationIdOf(MAPLE) })).to.equal(true);

    expect(el.status).to.equal('pending');
    expect(filterShown(el)).to.equal('Pending');
    expect(accountsShown(el)).to.have.length(46);
    expect(focusedRow()).to.equal(MAPLE);
    expect(deepActiveElement()?.closest('tr')).to.equal(rowOf(el, MAPLE));
    expect(announced(el)).to.equal('Showing 46 of 46 invitations');
    const pages = requestsTo('/invitations', 'GET').map((request) => request.query.offset);
    expect(pages).to.deep.equal(['0', '0', '20', '40']);
  });

  it("by account (invitation-pending's detail): the pending invitation to it", async () => {
    seedInvitations(25, { invitees: ['river-analytics'] });
    const el = await mount();
    expect(accountsShown(el)).not.to.include(MAPLE);

    const detail = { accountName: MAPLE, invitationId: undefined };
    expect(await el.reveal(detail)).to.equal(true);

    expect(focusedRow()).to.equal(MAPLE);
    expect(filterShown(el)).to.equal('Pending');
  });

  it('takes the id alone, too', async () => {
    const el = await mount({ status: 'accepted' });
    expect(await el.reveal(invitationIdOf(MAPLE))).to.equal(true);
    expect(focusedRow()).to.equal(MAPLE);
  });

  it('keeps the filter when it already lists the invitation, and focuses a row already shown', async () => {
    const el = await mount({ status: 'all' });
    expect(accountsShown(el)).to.include(MAPLE);
    const before = requestsTo('/invitations', 'GET').length;

    expect(await el.reveal({ accountName: MAPLE })).to.equal(true);

    expect(filterShown(el)).to.equal('All');
    expect(focusedRow()).to.equal(MAPLE);
    expect(requestsTo('/invitations', 'GET')).to.have.length(before);
  });

  it('resolves false and changes nothing for an invitation it cannot see or that is not pending', async () => {
    const el = await mount({ status: 'accepted' });
    const shown = accountsShown(el);

    expect(await el.reveal({ invitationId: 'inv-doesnotexist' })).to.equal(false);
    expect(await el.reveal({ accountName: 'nobody-here' })).to.equal(false);
    // By account, only a pending invitation counts.
    backend.control.cancelInvitation(invitationIdOf(MAPLE));
    expect(await el.reveal({ accountName: MAPLE })).to.equal(false);
    expect(await el.reveal({})).to.equal(false);
    // A script without types may pass anything.
    expect(await el.reveal(undefined as unknown as string)).to.equal(false);

    expect([el.status, filterShown(el)]).to.deep.equal(['accepted', 'Accepted']);
    expect(accountsShown(el)).to.deep.equal(shown);
    expect(announced(el)).not.to.match(/could not be shown/);
  });

  it('resolves false for an invitation outside its org-id, keeping the filter', async () => {
    const unitOfMaple = backend.control.invitations({ from: 'acme-group', to: MAPLE })[0]?.org_id;
    const other = unitOfMaple === '1000000006' ? '1000000004' : '1000000006';
    const el = await mount({ status: 'accepted', orgId: other });

    expect(await el.reveal({ invitationId: invitationIdOf(MAPLE) })).to.equal(false);

    expect(el.status).to.equal('accepted');
  });

  it('says so when the invitation cannot be fetched, and keeps what is shown', async () => {
    const el = await mount({ client: clientWithoutRetry('acme-group') });
    const shown = accountsShown(el);
    backend.faults.failNext({ type: 'status', status: 503 }, { method: 'GET' });

    expect(await el.reveal({ invitationId: invitationIdOf(MAPLE) })).to.equal(false);

    expect(announced(el)).to.match(/^The invitation could not be shown\. /);
    expect(accountsShown(el)).to.deep.equal(shown);
  });

  it('resolves false, without waiting on, when the client is taken away meanwhile', async () => {
    // maple-foods' invitation is on a page the list has not loaded: it would have to load more.
    seedInvitations(45);
    const el = await mount();
    backend.faults.setLatency(300, { method: 'GET' });
    const revealing = el.reveal(invitationIdOf(MAPLE));
    el.client = undefined;

    expect(await revealing).to.equal(false);
    expect(deepActiveElement()?.closest('sent-invitations')).to.equal(null);
  });

  it('fires session-expired when the sign-in has expired', async () => {
    const session = expiringClient('acme-group');
    const el = await mount({ client: session.client });
    session.expire();
    const expired = oneEvent(el, 'session-expired') as Promise<SessionExpiredEvent>;

    expect(await el.reveal({ invitationId: invitationIdOf(MAPLE) })).to.equal(false);

    expect((await expired).detail.code).to.equal('APIG.0301');
    expect(shadow(el).querySelector('[part~="session-expired"]')).not.to.equal(null);
  });
});

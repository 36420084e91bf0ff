import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEnterpriseCenterError } from '@enterprise-center/sdk';
import { failure, useFakeBackend } from './support/backend.js';
import { MEMBER_AGREEMENT } from './support/fixtures.js';

const { backend, clientFor } = useFakeBackend();
const maple = () => clientFor('maple-foods');
const invitationFrom = (master: string) =>
  backend.control.invitations({ from: master, to: 'maple-foods', status: 'pending' })[0]!.id;

describe('received invitations', () => {
  it('list and listAll: show the invitations addressed to the caller', async () => {
    const page = await maple().receivedInvitations.list();
    assert.equal(page.totalCount, 2);
    assert.deepEqual(page.invitations.map((invitation) => invitation.masterAccountName).sort(), [
      'acme-group',
      'helio-group',
    ]);
    const pending = [];
    for await (const invitation of maple().receivedInvitations.listAll({
      status: 'pending',
      limit: 1,
    })) {
      pending.push(invitation.id);
    }
    assert.deepEqual(
      pending,
      page.invitations.map((invitation) => invitation.id),
    );
  });

  it('accept: joins the master and returns the association, which masterAccount.get then shows', async () => {
    assert.equal(await maple().masterAccount.get(), null);
    const { invitation, association } = await maple().receivedInvitations.accept(
      invitationFrom('acme-group'),
      { agreements: [MEMBER_AGREEMENT] },
    );
    assert.equal(invitation.status, 'accepted');
    assert.equal(association.masterAccountName, 'acme-group');
    assert.equal(association.orgName, 'Engineering');
    assert.equal(association.paymentMethod, 'paid_by_master');
    assert.deepEqual(await maple().masterAccount.get(), association);
  });

  it('decline: ends the invitation', async () => {
    const declined = await maple().receivedInvitations.decline(invitationFrom('helio-group'));
    assert.equal(declined.status, 'declined');
    assert.equal(backend.control.invitations({ from: 'helio-group' })[0]?.status, 'declined');
  });

  it('EM.1001 at acceptance: the account was frozen after it was invited', async () => {
    backend.control.updateAccount('maple-foods', { frozen: true });
    const error = await failure(
      maple().receivedInvitations.accept(invitationFrom('acme-group'), {
        agreements: [MEMBER_AGREEMENT],
      }),
    );
    assert.ok(isEnterpriseCenterError(error, 'EM.1001'));
    assert.ok(error.failedChecks.some((check) => check.code === 'NOT_FROZEN'));
  });

  it('EM.1004: an invitation cancelled meanwhile cannot be accepted', async () => {
    const id = invitationFrom('acme-group');
    backend.control.cancelInvitation(id);
    const error = await failure(
      maple().receivedInvitations.accept(id, { agreements: [MEMBER_AGREEMENT] }),
    );
    assert.ok(isEnterpriseCenterError(error, 'EM.1004'));
    assert.equal(error.invitationStatus, 'cancelled');
  });

  it('EM.1005: accepting without the current agreement returns it', async () => {
    const error = await failure(
      maple().receivedInvitations.accept(invitationFrom('acme-group'), { agreements: [] }),
    );
    assert.ok(isEnterpriseCenterError(error, 'EM.1005'));
    assert.deepEqual(
      error.agreements.map(({ id, version }) => ({ id, version })),
      [MEMBER_AGREEMENT],
    );
  });

  it('CBC.0151: only the invitee may accept or decline', async () => {
    const error = await failure(
      clientFor('acme-robotics').receivedInvitations.decline(invitationFrom('acme-group')),
    );
    assert.equal(error.code, 'CBC.0151');
    assert.equal(error.status, 403);
  });

  it('EM.1003: an invitation that does not exist', async () => {
    const error = await failure(maple().receivedInvitations.decline('inv-doesnotexist0'));
    assert.equal(error.code, 'EM.1003');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PreconditionFailedError, isEnterpriseCenterError } from '@enterprise-center/sdk';
import { failure, useFakeBackend } from './support/backend.js';
import { ENGINEERING, SERVICE_AGREEMENT, inviteInput } from './support/fixtures.js';

const { backend, clientFor } = useFakeBackend();
const acme = () => clientFor('acme-group');

describe('invitations', () => {
  it('settings: tells the invite form the quota, payment methods and agreements', async () => {
    const settings = await acme().invitations.settings();
    assert.equal(settings.masterAccount.name, 'acme-group');
    assert.equal(settings.masterAccount.unifiedAccounting, true);
    assert.deepEqual(settings.memberQuota, { max: 10, used: 6, pending: 1 });
    assert.deepEqual(
      settings.paymentMethods.map(({ code, allowed }) => [code, allowed]),
      [
        ['paid_by_master', true],
        ['paid_by_member', false],
      ],
    );
    assert.deepEqual(
      settings.agreements.map(({ id, version }) => ({ id, version })),
      [SERVICE_AGREEMENT],
    );
    assert.equal(settings.invitationTtlDays, 14);
  });

  it('precheck: an eligible account passes every check', async () => {
    const result = await acme().invitations.precheck({ accountName: 'acme-robotics' });
    assert.equal(result.eligible, true);
    assert.equal(result.invitee?.accountName, 'acme-robotics');
    assert.equal(result.invitee?.enterpriseName, 'Acme Robotics Pte. Ltd.');
    assert.equal(result.checks[0]?.code, 'ACCOUNT_EXISTS');
    assert.equal(result.checks.filter((check) => check.status === 'failed').length, 0);
  });

  it('precheck: names the conditions a frozen account fails', async () => {
    const result = await acme().invitations.precheck({
      accountName: 'frost-retail',
      orgId: ENGINEERING,
      paymentMethod: 'paid_by_master',
    });
    assert.equal(result.eligible, false);
    assert.deepEqual(
      result.checks.filter((check) => check.status === 'failed').map((check) => check.code),
      ['NOT_FROZEN', 'UA_NOT_SUSPENDED'],
    );
  });

  it('precheck: an unknown account has no invitee', async () => {
    const result = await acme().invitations.precheck({ accountName: 'nobody-here' });
    assert.equal(result.invitee, null);
    assert.equal(result.checks.find((check) => check.code === 'ACCOUNT_EXISTS')?.status, 'failed');
  });

  it('create: invites an account and returns the pending invitation', async () => {
    const invitation = await acme().invitations.create({
      ...inviteInput('acme-robotics'),
      notes: 'Welcome!',
    });
    assert.match(invitation.id, /^inv-[0-9a-z]{8,32}$/);
    assert.equal(invitation.status, 'pending');
    assert.equal(invitation.inviteeAccountName, 'acme-robotics');
    assert.equal(invitation.orgName, 'Engineering');
    assert.equal(invitation.paymentMethod, 'paid_by_master');
    assert.equal(invitation.notes, 'Welcome!');
    assert.equal(invitation.agreements[0]?.id, 'em-member-association');
    assert.equal(backend.control.invitations({ to: 'acme-robotics' }).length, 1);
  });

  it("create: sends the caller's idempotency key, so a repeat replays instead of inviting twice", async () => {
    const idempotencyKey = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    const first = await acme().invitations.create(inviteInput('river-analytics'), {
      idempotencyKey,
    });
    const again = await acme().invitations.create(inviteInput('river-analytics'), {
      idempotencyKey,
    });
    assert.deepEqual(again, first);
    assert.equal(backend.control.invitations({ to: 'river-analytics' }).length, 1);
  });

  it('list, get and listAll: show the sent invitations, newest first', async () => {
    const created = await acme().invitations.create(inviteInput('acme-robotics'));
    const page = await acme().invitations.list({ status: 'pending' });
    assert.equal(page.totalCount, 2);
    assert.deepEqual(
      page.invitations.map((invitation) => invitation.inviteeAccountName),
      ['acme-robotics', 'maple-foods'],
    );
    assert.deepEqual(await acme().invitations.get(created.id), created);
    const all = [];
    for await (const invitation of acme().invitations.listAll({ limit: 1 }))
      all.push(invitation.status);
    assert.deepEqual(all, ['pending', 'pending', 'expired']);
  });

  it('cancel: ends a pending invitation, then refuses to cancel it again (EM.1004)', async () => {
    const { id } = await acme().invitations.create(inviteInput('acme-robotics'));
    const cancelled = await acme().invitations.cancel(id);
    assert.equal(cancelled.status, 'cancelled');
    const error = await failure(acme().invitations.cancel(id));
    assert.ok(isEnterpriseCenterError(error, 'EM.1004'));
    assert.equal(error.status, 409);
    assert.equal(error.invitationStatus, 'cancelled');
  });

  it('resend: renews an expired invitation', async () => {
    const [expired] = backend.control.invitations({ from: 'acme-group', status: 'expired' });
    const renewed = await acme().invitations.resend(expired!.id);
    assert.equal(renewed.status, 'pending');
    assert.ok(renewed.expiredAt > expired!.expired_at);
  });
});

describe('invitation errors', () => {
  it('EM.1001: a PreconditionFailedError lists the failed conditions', async () => {
    const error = await failure(acme().invitations.create(inviteInput('orbit-labs')));
    assert.ok(error instanceof PreconditionFailedError);
    assert.equal(error.code, 'EM.1001');
    assert.equal(error.status, 400);
    assert.deepEqual(
      error.failedChecks.map((check) => check.code),
      ['NO_UNPAID_ORDERS'],
    );
    assert.ok(error.requestId);
  });

  it('EM.1001 on resend: the conditions are evaluated again', async () => {
    const { id } = await acme().invitations.create(inviteInput('acme-robotics'));
    backend.control.updateAccount('acme-robotics', { frozen: true });
    const error = await failure(acme().invitations.resend(id));
    assert.ok(isEnterpriseCenterError(error, 'EM.1001'));
    assert.ok(error.failedChecks.some((check) => check.code === 'NOT_FROZEN'));
  });

  it('EM.1002: points at the pending invitation that exists already', async () => {
    const [pending] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
    const error = await failure(acme().invitations.create(inviteInput('maple-foods')));
    assert.ok(isEnterpriseCenterError(error, 'EM.1002'));
    assert.equal(error.status, 409);
    assert.equal(error.invitationId, pending!.id);
  });

  it('EM.1003: an invitation the caller cannot see is not found', async () => {
    const [helios] = backend.control.invitations({ from: 'helio-group' });
    const error = await failure(acme().invitations.get(helios!.id));
    assert.equal(error.code, 'EM.1003');
    assert.equal(error.status, 404);
  });

  it('EM.1005: an outdated agreement version returns the current agreements', async () => {
    const error = await failure(
      acme().invitations.create({
        ...inviteInput('acme-robotics'),
        agreements: [{ ...SERVICE_AGREEMENT, version: '2020-01-01' }],
      }),
    );
    assert.ok(isEnterpriseCenterError(error, 'EM.1005'));
    assert.deepEqual(
      error.agreements.map(({ id, version }) => ({ id, version })),
      [SERVICE_AGREEMENT],
    );
  });

  it('EM.1006: an organization unit outside the enterprise', async () => {
    const error = await failure(
      acme().invitations.create({ ...inviteInput('acme-robotics'), orgId: '99999999' }),
    );
    assert.equal(error.code, 'EM.1006');
    assert.equal(error.status, 400);
  });

  it('CBC.99007009: an idempotency key reused for another request', async () => {
    const idempotencyKey = 'a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d';
    await acme().invitations.create(inviteInput('acme-robotics'), { idempotencyKey });
    const error = await failure(
      acme().invitations.create(inviteInput('river-analytics'), { idempotencyKey }),
    );
    assert.equal(error.code, 'CBC.99007009');
    assert.equal(error.status, 409);
  });

  it('CBC.0151: an account that is not a master may not invite', async () => {
    const error = await failure(clientFor('acme-robotics').invitations.settings());
    assert.equal(error.code, 'CBC.0151');
    assert.equal(error.status, 403);
  });

  it('APIG.0301: an unknown token is not authenticated', async () => {
    const error = await failure(clientFor('nobody').invitations.list());
    assert.equal(error.code, 'APIG.0301');
    assert.equal(error.status, 401);
  });
});

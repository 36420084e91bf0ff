// The invitation life cycle: cancel, resend, decline and accept (API.md §2.2, §3.8–§3.12).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACME_ENGINEERING,
  DAY,
  INVITEE_AGREEMENTS,
  MASTER_AGREEMENTS,
  START,
  iso,
  useFakeBackend,
} from './harness.js';

const { backend, call, seeded, quota } = useFakeBackend();

describe('cancel', () => {
  it('cancels a pending invitation, releases its slot, and refuses a second cancel with EM.1004', async () => {
    const id = seeded('acme-group', 'maple-foods');
    backend.clock.advance(DAY);
    const res = await call('POST', `/invitations/${id}/cancel`, { body: {} });
    assert.equal(res.status, 200);
    assert.equal(res.body.invitation.status, 'cancelled');
    assert.equal(res.body.invitation.updated_at, iso(START + DAY));
    assert.deepEqual(await quota(), { max: 10, used: 6, pending: 0 });

    const again = await call('POST', `/invitations/${id}/cancel`);
    assert.equal(again.status, 409);
    assert.equal(again.body.error_code, 'EM.1004');
    assert.equal(again.body.status, 'cancelled');
    const resend = await call('POST', `/invitations/${id}/resend`);
    assert.equal(resend.body.error_code, 'EM.1004');
    const accept = await call('POST', `/received-invitations/${id}/accept`, {
      as: 'maple-foods',
      body: { agreements: INVITEE_AGREEMENTS },
    });
    assert.deepEqual([accept.status, accept.body.status], [409, 'cancelled']);
  });

  it('lets only the inviting master cancel or resend (CBC.0151)', async () => {
    const helios = seeded('helio-group', 'maple-foods');
    for (const action of ['cancel', 'resend']) {
      const res = await call('POST', `/invitations/${helios}/${action}`);
      assert.equal(res.status, 403, action);
      assert.equal(res.body.error_code, 'CBC.0151');
    }
    assert.equal(backend.control.invitations({ from: 'helio-group' })[0]?.status, 'pending');
  });

  it('refuses to cancel an expired invitation with EM.1004 status expired', async () => {
    const res = await call('POST', `/invitations/${seeded('acme-group', 'late-bloom')}/cancel`);
    assert.deepEqual(
      [res.status, res.body.error_code, res.body.status],
      [409, 'EM.1004', 'expired'],
    );
  });
});

describe('resend', () => {
  it('renews the expiry of a pending invitation from the time of resending', async () => {
    const id = seeded('acme-group', 'maple-foods');
    backend.clock.advance(5 * DAY);
    const res = await call('POST', `/invitations/${id}/resend`);
    assert.equal(res.status, 200);
    assert.equal(res.body.invitation.status, 'pending');
    assert.equal(res.body.invitation.created_at, iso(START - 2 * DAY));
    assert.equal(res.body.invitation.updated_at, iso(START + 5 * DAY));
    assert.equal(res.body.invitation.expired_at, iso(START + 19 * DAY));
    assert.deepEqual(await quota(), { max: 10, used: 6, pending: 1 });
    // Past the old expiry (START + 12 days) it is still pending.
    backend.clock.advance(10 * DAY);
    assert.equal((await call('GET', `/invitations/${id}`)).body.invitation.status, 'pending');
  });

  it('revives an expired invitation, which then holds a quota slot again', async () => {
    const res = await call('POST', `/invitations/${seeded('acme-group', 'late-bloom')}/resend`);
    assert.equal(res.status, 200);
    assert.equal(res.body.invitation.status, 'pending');
    assert.equal(res.body.invitation.expired_at, iso(START + 14 * DAY));
    assert.deepEqual(await quota(), { max: 10, used: 6, pending: 2 });
  });

  it('re-evaluates the conditions (EM.1001) and changes nothing when they fail', async () => {
    backend.control.updateAccount('maple-foods', { frozen: true });
    const before = backend.snapshot();
    const res = await call('POST', `/invitations/${seeded('acme-group', 'maple-foods')}/resend`);
    assert.equal(res.status, 400);
    assert.equal(res.body.error_code, 'EM.1001');
    assert.deepEqual(
      res.body.failed_checks.map((c: { code: string }) => c.code),
      ['NOT_FROZEN', 'UA_NOT_SUSPENDED'],
    );
    assert.ok(res.body.failed_checks.every((c: { message: string }) => c.message.length > 0));
    assert.deepEqual(backend.snapshot(), before);
  });
});

describe('decline', () => {
  it('lets the invitee decline, which releases the slot; only once', async () => {
    const id = seeded('acme-group', 'maple-foods');
    const res = await call('POST', `/received-invitations/${id}/decline`, { as: 'maple-foods' });
    assert.equal(res.status, 200);
    assert.equal(res.body.invitation.status, 'declined');
    assert.deepEqual(await quota(), { max: 10, used: 6, pending: 0 });
    const again = await call('POST', `/received-invitations/${id}/decline`, { as: 'maple-foods' });
    assert.deepEqual(
      [again.status, again.body.error_code, again.body.status],
      [409, 'EM.1004', 'declined'],
    );
    // helio-group's invitation to the same account is untouched.
    assert.equal(backend.control.invitations({ from: 'helio-group' })[0]?.status, 'pending');
  });

  it('refuses another account (CBC.0151) and unknown ids (EM.1003)', async () => {
    const id = seeded('acme-group', 'maple-foods');
    const other = await call('POST', `/received-invitations/${id}/decline`, {
      as: 'acme-robotics',
    });
    assert.deepEqual([other.status, other.body.error_code], [403, 'CBC.0151']);
    const unknown = await call('POST', '/received-invitations/inv-zzzzzzzzzz/decline', {
      as: 'maple-foods',
    });
    assert.deepEqual([unknown.status, unknown.body.error_code], [404, 'EM.1003']);
  });
});

describe('accept', () => {
  it('makes the invitee a member under the org unit and returns the association', async () => {
    const id = seeded('acme-group', 'maple-foods');
    backend.clock.advance(DAY);
    const res = await call('POST', `/received-invitations/${id}/accept`, {
      as: 'maple-foods',
      body: { agreements: INVITEE_AGREEMENTS },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.invitation.status, 'accepted');
    assert.deepEqual(res.body.association, {
      master_account_id: res.body.invitation.master_account_id,
      master_account_name: 'acme-group',
      enterprise_name: 'Acme Group Co., Ltd.',
      org_id: ACME_ENGINEERING,
      org_name: 'Engineering',
      payment_method: 'paid_by_master',
      unified_accounting: true,
      associated_at: iso(START + DAY),
    });
    const mine = await call('GET', '/master-account', { as: 'maple-foods' });
    assert.deepEqual(mine.body.association, res.body.association);
    const members = await call('GET', `/sub-customers?org_id=${ACME_ENGINEERING}`);
    assert.deepEqual(
      members.body.sub_customer_infos.map((m: { name: string }) => m.name),
      ['maple-foods', 'acme-data', 'acme-cloud-ops'],
    );
    assert.deepEqual(await quota(), { max: 10, used: 7, pending: 0 });

    // Now a member, it can no longer accept helio-group's invitation.
    const helio = await call(
      'POST',
      `/received-invitations/${seeded('helio-group', 'maple-foods')}/accept`,
      {
        as: 'maple-foods',
        body: { agreements: INVITEE_AGREEMENTS },
      },
    );
    assert.equal(helio.body.error_code, 'EM.1001');
    assert.deepEqual(
      helio.body.failed_checks.map((c: { code: string }) => c.code),
      ['NOT_ALREADY_MEMBER'],
    );
  });

  it('counts the accepted invitation as holding its slot when the quota is full', async () => {
    backend.control.updateAccount('acme-group', { memberQuota: 7 }); // 6 members + 1 pending
    const precheck = await call('POST', '/invitations/precheck', {
      body: { account_name: 'acme-robotics' },
    });
    assert.equal(precheck.body.eligible, false);
    const res = await call(
      'POST',
      `/received-invitations/${seeded('acme-group', 'maple-foods')}/accept`,
      {
        as: 'maple-foods',
        body: { agreements: INVITEE_AGREEMENTS },
      },
    );
    assert.equal(res.status, 200);
    assert.deepEqual(await quota(), { max: 7, used: 7, pending: 0 });
  });

  it('re-evaluates the conditions: an account frozen meanwhile gets EM.1001 and nothing changes', async () => {
    backend.control.updateAccount('maple-foods', { frozen: true });
    const before = backend.snapshot();
    const res = await call(
      'POST',
      `/received-invitations/${seeded('acme-group', 'maple-foods')}/accept`,
      {
        as: 'maple-foods',
        body: { agreements: INVITEE_AGREEMENTS },
      },
    );
    assert.equal(res.status, 400);
    assert.deepEqual(
      res.body.failed_checks.map((c: { code: string }) => c.code),
      ['NOT_FROZEN', 'UA_NOT_SUSPENDED'],
    );
    assert.deepEqual(backend.snapshot(), before);
  });

  it('needs the current invitee agreements (EM.1005 with the current list) and changes nothing without them', async () => {
    const id = seeded('acme-group', 'maple-foods');
    const before = backend.snapshot();
    for (const agreements of [
      [],
      [{ id: 'em-member-association', version: '2024-01-01' }],
      MASTER_AGREEMENTS,
    ]) {
      const res = await call('POST', `/received-invitations/${id}/accept`, {
        as: 'maple-foods',
        body: { agreements },
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.error_code, 'EM.1005');
      assert.deepEqual(res.body.agreements, [
        {
          id: 'em-member-association',
          name: 'Member Account Association Agreement',
          version: '2025-02-25',
          url: 'https://www.example.com/agreements/em-member-association',
        },
      ]);
    }
    assert.deepEqual(backend.snapshot(), before);
  });

  it('refuses an expired invitation (EM.1004) and one addressed to someone else (CBC.0151)', async () => {
    const expired = await call(
      'POST',
      `/received-invitations/${seeded('acme-group', 'late-bloom')}/accept`,
      {
        as: 'late-bloom',
        body: { agreements: INVITEE_AGREEMENTS },
      },
    );
    assert.deepEqual(
      [expired.status, expired.body.error_code, expired.body.status],
      [409, 'EM.1004', 'expired'],
    );
    const other = await call(
      'POST',
      `/received-invitations/${seeded('acme-group', 'maple-foods')}/accept`,
      {
        as: 'river-analytics',
        body: { agreements: INVITEE_AGREEMENTS },
      },
    );
    assert.deepEqual([other.status, other.body.error_code], [403, 'CBC.0151']);
  });
});

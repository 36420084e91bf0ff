// POST /invitations: the quota and every error the contract lists for it (API.md §3.5).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACME_ENGINEERING, ACME_FINANCE, MASTER_AGREEMENTS, useFakeBackend } from './harness.js';

const { backend, call, seeded, invite, quota } = useFakeBackend();

describe("acme-group's member quota", () => {
  it('fits 3 more invitations; the 4th fails MEMBER_QUOTA_AVAILABLE until a slot is released', async () => {
    for (const name of ['acme-robotics', 'river-analytics', 'late-bloom']) {
      assert.equal((await invite(name, { orgId: ACME_FINANCE })).status, 200, name);
    }
    assert.deepEqual(await quota(), { max: 10, used: 6, pending: 4 });
    const fourth = await invite('markup-probe');
    assert.equal(fourth.status, 400);
    assert.equal(fourth.body.error_code, 'EM.1001');
    assert.deepEqual(
      fourth.body.failed_checks.map((c: { code: string }) => c.code),
      ['MEMBER_QUOTA_AVAILABLE'],
    );

    await call('POST', `/received-invitations/${seeded('acme-group', 'acme-robotics')}/decline`, {
      as: 'acme-robotics',
    });
    assert.equal((await invite('markup-probe')).status, 200);
  });
});

describe('create errors', () => {
  it('answers EM.1002 with the existing invitation id for a duplicate pending invitation', async () => {
    const res = await invite('maple-foods');
    assert.equal(res.status, 409);
    assert.equal(res.body.error_code, 'EM.1002');
    assert.equal(res.body.invitation_id, seeded('acme-group', 'maple-foods'));
  });

  it('answers EM.1001 listing every failed check, NO_PENDING_INVITATION included, when others fail too', async () => {
    backend.control.updateAccount('maple-foods', { unpaidOrders: 1 });
    const res = await invite('maple-foods');
    assert.equal(res.body.error_code, 'EM.1001');
    assert.deepEqual(
      res.body.failed_checks.map((c: { code: string }) => c.code),
      ['NO_UNPAID_ORDERS', 'NO_PENDING_INVITATION'],
    );
  });

  it('answers EM.1001 PAYMENT_METHOD_ALLOWED for paid_by_member under unified accounting', async () => {
    const res = await call('POST', '/invitations', {
      body: {
        account_name: 'acme-robotics',
        org_id: ACME_ENGINEERING,
        payment_method: 'paid_by_member',
        agreements: MASTER_AGREEMENTS,
      },
    });
    assert.deepEqual(
      res.body.failed_checks.map((c: { code: string }) => c.code),
      ['PAYMENT_METHOD_ALLOWED'],
    );
  });

  it('answers EM.1005 with the current master agreements when they are missing or outdated', async () => {
    for (const agreements of [[], [{ id: 'em-service-agreement', version: '2020-01-01' }]]) {
      const res = await call('POST', '/invitations', {
        body: {
          account_name: 'acme-robotics',
          org_id: ACME_ENGINEERING,
          payment_method: 'paid_by_master',
          agreements,
        },
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.error_code, 'EM.1005');
      assert.equal(res.body.agreements[0].id, 'em-service-agreement');
      assert.equal(res.body.agreements[0].version, '2025-02-25');
    }
  });

  it('answers EM.1006 for an org unit outside the caller’s enterprise', async () => {
    const res = await invite('acme-robotics', { orgId: '3000000002' });
    assert.deepEqual([res.status, res.body.error_code], [400, 'EM.1006']);
    const precheck = await call('POST', '/invitations/precheck', {
      body: { account_name: 'acme-robotics', org_id: '999' },
    });
    assert.deepEqual([precheck.status, precheck.body.error_code], [400, 'EM.1006']);
  });
});

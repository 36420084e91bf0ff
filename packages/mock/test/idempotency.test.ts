// trans_id: same caller + same trans_id + same request within 24 h replays the first response.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACME_ENGINEERING, DAY, MASTER_AGREEMENTS, useFakeBackend } from './harness.js';

const { backend, call, seeded } = useFakeBackend();

const T1 = '3f1c2b9e-7a55-4e0a-9d1c-2f6f0b8a1e01';
const T2 = '3f1c2b9e-7a55-4e0a-9d1c-2f6f0b8a1e02';
const createBody = (account_name: string, trans_id = T1) => ({
  account_name,
  org_id: ACME_ENGINEERING,
  payment_method: 'paid_by_master',
  agreements: MASTER_AGREEMENTS,
  trans_id,
});
const robotics = () => backend.control.invitations({ to: 'acme-robotics' });

describe('idempotent replay by trans_id', () => {
  it('replays a create with the same status, body and request id, creating one invitation', async () => {
    const first = await call('POST', '/invitations', { body: createBody('acme-robotics') });
    const second = await call('POST', '/invitations', { body: createBody('acme-robotics') });
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.requestId, first.requestId);
    assert.equal(robotics().length, 1);
  });

  it('rejects the same trans_id with a different request (409 CBC.99007009) and changes nothing', async () => {
    await call('POST', '/invitations', { body: createBody('acme-robotics') });
    const before = backend.snapshot();
    const other = await call('POST', '/invitations', { body: createBody('river-analytics') });
    assert.equal(other.status, 409);
    assert.equal(other.body.error_code, 'CBC.99007009');
    assert.deepEqual(backend.snapshot(), before);
    const otherEndpoint = await call('POST', `/invitations/${robotics()[0]?.id}/cancel`, {
      body: { trans_id: T1 },
    });
    assert.equal(otherEndpoint.body.error_code, 'CBC.99007009');
  });

  it('replays an error response too, even after the cause went away', async () => {
    const first = await call('POST', '/invitations', { body: createBody('frost-retail') });
    assert.equal(first.body.error_code, 'EM.1001');
    backend.control.updateAccount('frost-retail', { frozen: false });
    const replay = await call('POST', '/invitations', { body: createBody('frost-retail') });
    assert.equal(replay.status, 400);
    assert.deepEqual(replay.body, first.body);
    const fresh = await call('POST', '/invitations', { body: createBody('frost-retail', T2) });
    assert.equal(fresh.status, 200);
  });

  it('keeps trans_ids per caller', async () => {
    await call('POST', '/invitations', { body: createBody('acme-robotics') });
    const helio = await call('POST', '/invitations', {
      as: 'helio-group',
      body: { ...createBody('river-analytics'), org_id: '3000000002' },
    });
    assert.equal(helio.status, 200);
    assert.equal(helio.body.invitation.master_account_name, 'helio-group');
  });

  it('replays cancel, decline and accept instead of answering EM.1004', async () => {
    const maple = seeded('acme-group', 'maple-foods');
    const helio = seeded('helio-group', 'maple-foods');
    const cancel = () => call('POST', `/invitations/${maple}/cancel`, { body: { trans_id: T1 } });
    const first = await cancel();
    assert.equal(first.status, 200);
    assert.deepEqual((await cancel()).body, first.body);
    const decline = () =>
      call('POST', `/received-invitations/${helio}/decline`, {
        as: 'maple-foods',
        body: { trans_id: T2 },
      });
    const declined = await decline();
    assert.equal(declined.status, 200);
    assert.deepEqual((await decline()).body, declined.body);
    const withoutKey = await call('POST', `/invitations/${maple}/cancel`);
    assert.equal(withoutKey.body.error_code, 'EM.1004');
  });

  it('forgets a trans_id after 24 hours', async () => {
    assert.equal(
      (await call('POST', '/invitations', { body: createBody('acme-robotics') })).status,
      200,
    );
    backend.clock.advance(DAY);
    const later = await call('POST', '/invitations', { body: createBody('acme-robotics') });
    assert.equal(later.status, 409);
    assert.equal(later.body.error_code, 'EM.1002');
  });

  it('does not remember rejected validation, so a corrected retry with the same trans_id runs', async () => {
    const invalid = await call('POST', '/invitations', {
      body: { ...createBody('acme-robotics'), notes: 3 },
    });
    assert.equal(invalid.body.error_code, 'CBC.0100');
    const corrected = await call('POST', '/invitations', { body: createBody('acme-robotics') });
    assert.equal(corrected.status, 200);
  });
});

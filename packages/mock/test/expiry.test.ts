// Expiry after invitation_ttl_days by the clock, and 30-day retention of terminal invitations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY, useFakeBackend } from './harness.js';

const { backend, call, seeded, invite, quota } = useFakeBackend();

describe('expiry', () => {
  it('expires a pending invitation 14 days after creation, by the clock, and releases its slot', async () => {
    const created = (await invite('acme-robotics')).body.invitation;
    backend.clock.advance(14 * DAY - 1000);
    assert.equal(
      (await call('GET', `/invitations/${created.id}`)).body.invitation.status,
      'pending',
    );
    backend.clock.advance(1000);
    const after = (await call('GET', `/invitations/${created.id}`)).body.invitation;
    assert.equal(after.status, 'expired');
    assert.equal(after.updated_at, after.expired_at);
    // maple-foods' seeded invitation (12 days left) expired too.
    assert.deepEqual(await quota(), { max: 10, used: 6, pending: 0 });
    const maple = await call('POST', '/invitations/precheck', {
      body: { account_name: 'maple-foods' },
    });
    assert.equal(maple.body.eligible, true);
  });

  it('lets control.expireInvitation expire one now', async () => {
    const expired = backend.control.expireInvitation(seeded('acme-group', 'maple-foods'));
    assert.equal(expired.status, 'expired');
    assert.equal(
      (await call('GET', `/invitations/${expired.id}`)).body.invitation.status,
      'expired',
    );
  });
});

describe('retention', () => {
  it('lists terminal invitations for 30 days, then they are gone', async () => {
    const id = seeded('acme-group', 'maple-foods');
    await call('POST', `/invitations/${id}/cancel`);
    backend.clock.advance(30 * DAY - 1000);
    assert.equal((await call('GET', '/invitations?status=cancelled')).body.total_count, 1);
    backend.clock.advance(1000);
    assert.equal((await call('GET', '/invitations?status=cancelled')).body.total_count, 0);
    assert.equal((await call('GET', `/invitations/${id}`)).body.error_code, 'EM.1003');
    assert.equal(
      (await call('GET', '/received-invitations', { as: 'maple-foods' })).body.total_count,
      1,
    );
  });

  it('counts the 30 days of an expired invitation from its expiry', async () => {
    const lateBloom = seeded('acme-group', 'late-bloom'); // expired 6 days ago
    backend.clock.advance(24 * DAY - 1000);
    assert.equal((await call('GET', `/invitations/${lateBloom}`)).status, 200);
    backend.clock.advance(1000);
    assert.equal((await call('GET', `/invitations/${lateBloom}`)).body.error_code, 'EM.1003');
    const resend = await call('POST', `/invitations/${lateBloom}/resend`);
    assert.equal(resend.body.error_code, 'EM.1003');
  });
});

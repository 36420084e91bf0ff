// createFakeBackend's own surface: base URL, snapshot/restore, reset, stable ids, control, clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFakeBackend } from '@enterprise-center/mock';
import { DAY, INVITEE_AGREEMENTS, START, useFakeBackend } from './harness.js';

const { backend, server, call, seeded, invite } = useFakeBackend();

const inviteRobotics = () => invite('acme-robotics', { orgId: '1000000005' });

describe('createFakeBackend', () => {
  it("answers on 'https://ec.example.test' by default", () => {
    assert.equal(backend.baseUrl, 'https://ec.example.test');
  });

  it('answers on another base URL when given one', async () => {
    const other = createFakeBackend({ baseUrl: 'http://localhost:9999/api/', now: () => START });
    assert.equal(other.baseUrl, 'http://localhost:9999/api');
    server.use(...other.handlers);
    try {
      const res = await fetch(
        'http://localhost:9999/api/v2/enterprises/multi-accounts/master-account',
        {
          headers: { 'X-Auth-Token': 'token-acme-web' },
        },
      );
      assert.equal(res.status, 200);
      assert.equal((await res.json()).association.master_account_name, 'acme-group');
    } finally {
      server.resetHandlers();
    }
  });

  it('derives the same ids from the same seed and clock', async () => {
    const a = createFakeBackend({ now: () => START });
    const b = createFakeBackend({ now: () => START });
    assert.deepEqual(a.snapshot(), b.snapshot());
    assert.deepEqual(a.snapshot(), backend.snapshot());
    for (const invitation of a.control.invitations()) {
      assert.match(invitation.id, /^inv-[0-9a-z]{8,32}$/);
    }
    const created = (await inviteRobotics()).body.invitation.id;
    backend.reset();
    assert.equal((await inviteRobotics()).body.invitation.id, created);
  });
});

describe('snapshot and restore', () => {
  it('round-trips the state through JSON, undoing later changes', async () => {
    backend.clock.advance(DAY);
    const saved = JSON.parse(JSON.stringify(backend.snapshot()));
    const settingsBefore = (await call('GET', '/invitation-settings')).body;

    const id = seeded('acme-group', 'maple-foods');
    await call('POST', `/received-invitations/${id}/accept`, {
      as: 'maple-foods',
      body: { agreements: INVITEE_AGREEMENTS },
    });
    await inviteRobotics();
    backend.control.updateAccount('dormant-co', { suspended: false });
    backend.clock.advance(20 * DAY);
    assert.notDeepEqual(backend.snapshot(), saved);

    backend.restore(saved);
    assert.deepEqual(backend.snapshot(), saved);
    assert.equal(backend.clock.now(), START + DAY);
    assert.deepEqual((await call('GET', '/invitation-settings')).body, settingsBefore);
    assert.deepEqual((await call('GET', '/master-account', { as: 'maple-foods' })).body, {
      association: null,
    });
    assert.equal(backend.control.account('dormant-co')?.suspended, true);
  });

  it('refuses something that is not a snapshot', () => {
    assert.throws(() => backend.restore({ version: 2 } as never), TypeError);
    assert.throws(() => backend.restore(null as never), TypeError);
  });

  it('keeps a snapshot independent of later changes', async () => {
    const saved = backend.snapshot();
    const copy = JSON.stringify(saved);
    await inviteRobotics();
    assert.equal(JSON.stringify(saved), copy);
  });
});

describe('reset', () => {
  it('returns to the fixtures at the injected clock and clears faults and the request log', async () => {
    const fresh = backend.snapshot();
    await inviteRobotics();
    backend.clock.advance(3 * DAY);
    backend.faults.failNext({ type: 'status', status: 500 });
    backend.faults.setLatency(500);
    backend.reset();
    assert.deepEqual(backend.snapshot(), fresh);
    assert.equal(backend.clock.now(), START);
    assert.deepEqual(backend.requests, []);
    const started = performance.now();
    assert.equal((await call('GET', '/invitations')).status, 200);
    assert.ok(performance.now() - started < 400);
  });
});

describe('control', () => {
  it('reads an account’s facts', () => {
    const account = backend.control.account('cash-first');
    assert.ok(account);
    assert.equal(account.paymentType, 'prepaid');
    assert.equal(account.monthlySettlement, false);
    assert.equal(backend.control.account('kite-systems')?.masterName, 'nova-holdings');
    assert.equal(backend.control.account('zenith-corp')?.isMaster, true);
    assert.equal(backend.control.account('nobody'), undefined);
  });

  it('changes facts that the next request sees', async () => {
    backend.control.updateAccount('acme-robotics', { frozen: true });
    const frozen = await call('POST', '/invitations/precheck', {
      body: { account_name: 'acme-robotics' },
    });
    assert.equal(frozen.body.eligible, false);

    backend.control.updateAccount('river-analytics', { masterName: 'helio-group' });
    const helioMembers = await call('GET', '/sub-customers', { as: 'helio-group' });
    assert.deepEqual(
      helioMembers.body.sub_customer_infos.map((m: { name: string; org_name: string }) => [
        m.name,
        m.org_name,
      ]),
      [['river-analytics', 'Helio Group']],
    );
    backend.control.updateAccount('river-analytics', { masterName: null });
    assert.equal((await call('GET', '/sub-customers', { as: 'helio-group' })).body.total_count, 0);
  });

  it('refuses impossible changes and leaves the account as it was', () => {
    const before = backend.snapshot();
    assert.throws(() => backend.control.updateAccount('nobody', { frozen: true }));
    assert.throws(() =>
      backend.control.updateAccount('acme-robotics', { frozen: true, masterName: 'acme-web' }),
    );
    assert.throws(() => backend.control.updateAccount('acme-robotics', { memberQuota: 5 }));
    assert.throws(() => backend.control.updateAccount('acme-robotics', { id: 'x' } as never));
    assert.deepEqual(backend.snapshot(), before);
  });

  it('lists and changes invitations behind the client’s back', async () => {
    assert.deepEqual(
      backend.control.invitations({ status: 'pending' }).map((i) => i.master_account_name),
      ['helio-group', 'acme-group'],
    );
    const id = seeded('acme-group', 'maple-foods');
    assert.equal(backend.control.cancelInvitation(id).status, 'cancelled');
    const res = await call('POST', `/received-invitations/${id}/accept`, {
      as: 'maple-foods',
      body: { agreements: INVITEE_AGREEMENTS },
    });
    assert.deepEqual([res.body.error_code, res.body.status], ['EM.1004', 'cancelled']);
    assert.throws(() => backend.control.expireInvitation(id));
  });
});

describe('clock', () => {
  it('is the injected now plus the advanced offset, and only moves forward', () => {
    assert.equal(backend.clock.now(), START);
    backend.clock.advance(1234);
    assert.equal(backend.clock.now(), START + 1234);
    assert.throws(() => backend.clock.advance(-1), RangeError);
  });
});

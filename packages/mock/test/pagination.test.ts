// offset / limit / total_count, newest first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useFakeBackend } from './harness.js';

const { backend, call, seeded } = useFakeBackend();

const INVITEES = [
  'acme-robotics',
  'river-analytics',
  'late-bloom',
  'channel-client',
  'ondemand-co',
  'techno-partner',
  'dormant-co',
  'markup-probe',
  'harbor-hk',
  'orbit-labs',
  'summit-support',
];

/** helio-group (quota 50) sends one invitation a minute to each account, oldest first. */
async function helioInvitesAll(): Promise<string[]> {
  // Make the last three eligible too.
  backend.control.updateAccount('harbor-hk', { contractingParty: 'HWC-SG' });
  backend.control.updateAccount('orbit-labs', { unpaidOrders: 0 });
  backend.control.updateAccount('summit-support', { supportPlan: null });
  const ids: string[] = [];
  for (const account_name of INVITEES) {
    backend.clock.advance(60_000);
    const res = await call('POST', '/invitations', {
      as: 'helio-group',
      body: {
        account_name,
        org_id: '3000000002',
        payment_method: 'paid_by_member',
        agreements: [{ id: 'em-service-agreement', version: '2025-02-25' }],
      },
    });
    assert.equal(res.status, 200, `${account_name}: ${JSON.stringify(res.body)}`);
    ids.push(res.body.invitation.id);
  }
  return ids;
}

describe('pagination', () => {
  it('pages through sent invitations newest first with a stable total_count', async () => {
    const created = await helioInvitesAll();
    // 11 created plus the seeded one to maple-foods, which is the oldest.
    const newestFirst = [...created].reverse();
    const seen: string[] = [];
    for (const offset of [0, 5, 10]) {
      const res = await call('GET', `/invitations?offset=${offset}&limit=5`, { as: 'helio-group' });
      assert.equal(res.body.total_count, 12);
      seen.push(...res.body.invitations.map((i: { id: string }) => i.id));
    }
    assert.equal(seen.length, 12);
    assert.deepEqual(seen.slice(0, 11), newestFirst);
    assert.equal(seeded('helio-group', 'maple-foods'), seen[11]);
  });

  it('defaults to offset 0 and limit 10', async () => {
    await helioInvitesAll();
    const res = await call('GET', '/invitations', { as: 'helio-group' });
    assert.equal(res.body.total_count, 12);
    assert.equal(res.body.invitations.length, 10);
    assert.equal(res.body.invitations[0].invitee_account_name, 'summit-support');
  });

  it('answers an empty page past the end, with the total', async () => {
    const res = await call('GET', '/sub-customers?offset=6&limit=3');
    assert.deepEqual(res.body, { total_count: 6, sub_customer_infos: [] });
    const partial = await call('GET', '/sub-customers?offset=4&limit=100');
    assert.equal(partial.body.sub_customer_infos.length, 2);
  });

  it('pages received invitations too', async () => {
    const first = await call('GET', '/received-invitations?limit=1', { as: 'maple-foods' });
    const second = await call('GET', '/received-invitations?limit=1&offset=1', {
      as: 'maple-foods',
    });
    assert.equal(first.body.total_count, 2);
    assert.equal(first.body.invitations[0].master_account_name, 'helio-group');
    assert.equal(second.body.invitations[0].master_account_name, 'acme-group');
  });
});

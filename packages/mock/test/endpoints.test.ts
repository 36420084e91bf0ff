// The happy path of every endpoint of API.md §3, as acme-group and the other fixture callers see it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACME_ENGINEERING, DAY, MASTER_AGREEMENTS, START, iso, useFakeBackend } from './harness.js';

const { backend, call, seeded } = useFakeBackend();

describe('GET /enterprise-organizations', () => {
  it("lists the root's direct children by default", async () => {
    const res = await call('GET', '/enterprise-organizations');
    assert.equal(res.status, 200);
    assert.equal(res.body.root_id, '1000000001');
    assert.equal(res.body.root_name, 'Acme Group');
    assert.deepEqual(
      res.body.child_nodes.map((n: { id: string; name: string }) => [n.id, n.name]),
      [
        ['1000000002', 'Engineering'],
        ['1000000004', 'Sales'],
        ['1000000006', 'Finance'],
      ],
    );
    assert.equal(res.body.child_nodes[0].child_nodes, undefined);
    assert.equal(typeof res.body.child_nodes[0].relation_id, 'string');
  });

  it('gives the whole tree with recursive_query=1 and a subtree with parent_id', async () => {
    const tree = await call('GET', '/enterprise-organizations?recursive_query=1');
    const sales = tree.body.child_nodes[1];
    assert.equal(sales.name, 'Sales');
    assert.deepEqual(
      sales.child_nodes.map((n: { name: string }) => n.name),
      ['APAC'],
    );
    const engineering = await call(
      'GET',
      `/enterprise-organizations?parent_id=${ACME_ENGINEERING}`,
    );
    assert.deepEqual(
      engineering.body.child_nodes.map((n: { id: string; name: string }) => [n.id, n.name]),
      [['1000000003', 'Platform']],
    );
    assert.equal(engineering.body.root_id, '1000000001');
  });

  it("shows each master its own tree and answers EM.1006 for another enterprise's unit", async () => {
    const helio = await call('GET', '/enterprise-organizations', { as: 'helio-group' });
    assert.equal(helio.body.root_name, 'Helio Group');
    assert.deepEqual(
      helio.body.child_nodes.map((n: { name: string }) => n.name),
      ['Research'],
    );
    const zenith = await call('GET', '/enterprise-organizations', { as: 'zenith-corp' });
    assert.deepEqual([zenith.body.root_name, zenith.body.child_nodes], ['Zenith Corp', []]);
    const foreign = await call('GET', `/enterprise-organizations?parent_id=${ACME_ENGINEERING}`, {
      as: 'helio-group',
    });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.error_code, 'EM.1006');
  });
});

describe('GET /sub-customers', () => {
  it("lists acme-group's six members, newest first, with their units", async () => {
    const res = await call('GET', '/sub-customers?limit=100');
    assert.equal(res.status, 200);
    assert.equal(res.body.total_count, 6);
    assert.deepEqual(
      res.body.sub_customer_infos.map((m: { name: string; org_name: string }) => [
        m.name,
        m.org_name,
      ]),
      [
        ['acme-finance', 'Finance'],
        ['acme-sales-apac', 'APAC'],
        ['acme-mobile', 'Platform'],
        ['acme-web', 'Platform'],
        ['acme-data', 'Engineering'],
        ['acme-cloud-ops', 'Engineering'],
      ],
    );
    const [first] = res.body.sub_customer_infos;
    assert.equal(first.status, 1);
    assert.equal(first.org_id, '1000000006');
    assert.match(first.id, /^[0-9a-f]{32}$/);
    assert.equal(first.display_name, 'Acme Finance Pte. Ltd.');
  });

  it('filters by org unit and by name, exactly or fuzzily', async () => {
    const engineering = await call('GET', `/sub-customers?org_id=${ACME_ENGINEERING}`);
    assert.deepEqual(
      engineering.body.sub_customer_infos.map((m: { name: string }) => m.name),
      ['acme-data', 'acme-cloud-ops'],
    );
    const exact = await call('GET', '/sub-customers?sub_customer_account_name=acme-web');
    assert.equal(exact.body.total_count, 1);
    const notExact = await call('GET', '/sub-customers?sub_customer_account_name=acme');
    assert.equal(notExact.body.total_count, 0);
    const fuzzy = await call('GET', '/sub-customers?sub_customer_account_name=ACME-&fuzzy_query=1');
    assert.equal(fuzzy.body.total_count, 6);
  });

  it('lists the members of nova-holdings at its root and none for helio-group', async () => {
    const nova = await call('GET', '/sub-customers', { as: 'nova-holdings' });
    assert.deepEqual(
      nova.body.sub_customer_infos.map((m: { name: string; org_name: string }) => [
        m.name,
        m.org_name,
      ]),
      [
        ['nova-labs', 'Nova Holdings'],
        ['nova-retail', 'Nova Holdings'],
        ['kite-systems', 'Nova Holdings'],
      ],
    );
    const helio = await call('GET', '/sub-customers', { as: 'helio-group' });
    assert.deepEqual(helio.body, { total_count: 0, sub_customer_infos: [] });
  });
});

describe('GET /invitation-settings', () => {
  it('gives acme-group its facts, quota 10 with 6 used and 1 pending, and only paid_by_master', async () => {
    const res = await call('GET', '/invitation-settings');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.master_account, {
      id: res.body.master_account.id,
      name: 'acme-group',
      enterprise_name: 'Acme Group Co., Ltd.',
      unified_accounting: true,
      monthly_settlement: true,
      sales_channel: 'direct',
    });
    assert.deepEqual(res.body.member_quota, { max: 10, used: 6, pending: 1 });
    assert.deepEqual(res.body.payment_methods, [
      { code: 'paid_by_master', allowed: true },
      { code: 'paid_by_member', allowed: false, reason: 'Unified accounting is enabled.' },
    ]);
    assert.deepEqual(res.body.agreements, [
      {
        id: 'em-service-agreement',
        name: 'Enterprise Management Service Agreement',
        version: '2025-02-25',
        url: 'https://www.example.com/agreements/em-service-agreement',
      },
    ]);
    assert.equal(res.body.invitation_ttl_days, 14);
  });

  it('gives the other masters their quotas and channels', async () => {
    const nova = (await call('GET', '/invitation-settings', { as: 'nova-holdings' })).body;
    assert.deepEqual(nova.member_quota, { max: 3, used: 3, pending: 0 });
    assert.equal(nova.master_account.sales_channel, 'partner');
    assert.equal(nova.master_account.monthly_settlement, false);
    const helio = (await call('GET', '/invitation-settings', { as: 'helio-group' })).body;
    assert.deepEqual(helio.member_quota, { max: 50, used: 0, pending: 1 });
    assert.deepEqual(helio.payment_methods, [
      { code: 'paid_by_master', allowed: true },
      { code: 'paid_by_member', allowed: true },
    ]);
    const zenith = (await call('GET', '/invitation-settings', { as: 'zenith-corp' })).body;
    assert.deepEqual(zenith.member_quota, { max: 20, used: 0, pending: 0 });
    assert.equal(zenith.master_account.unified_accounting, false);
  });
});

describe('POST /invitations/precheck', () => {
  it('finds an eligible account with every check in order', async () => {
    const res = await call('POST', '/invitations/precheck', {
      body: {
        account_name: 'acme-robotics',
        org_id: ACME_ENGINEERING,
        payment_method: 'paid_by_master',
      },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.eligible, true);
    assert.deepEqual(res.body.invitee, {
      account_id: res.body.invitee.account_id,
      account_name: 'acme-robotics',
      enterprise_name: 'Acme Robotics Pte. Ltd.',
    });
    assert.equal(res.body.checks.length, 19);
    assert.equal(res.body.checks[0].code, 'ACCOUNT_EXISTS');
    assert.equal(res.body.checks[18].code, 'PAYMENT_METHOD_ALLOWED');
    assert.ok(res.body.checks.every((c: { status: string }) => c.status === 'passed'));
  });

  it('reports the failed checks of an ineligible account', async () => {
    const res = await call('POST', '/invitations/precheck', {
      body: { account_name: 'frost-retail' },
    });
    assert.equal(res.body.eligible, false);
    assert.deepEqual(
      res.body.checks
        .filter((c: { status: string }) => c.status === 'failed')
        .map((c: { code: string }) => c.code),
      ['NOT_FROZEN', 'UA_NOT_SUSPENDED'],
    );
  });

  it('answers invitee null and ACCOUNT_EXISTS failed for an unknown account', async () => {
    const res = await call('POST', '/invitations/precheck', {
      body: { account_name: 'nobody-at-all' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.eligible, false);
    assert.equal(res.body.invitee, null);
    assert.equal(res.body.checks[0].status, 'failed');
  });

  it("sends an individual account's missing enterprise name as null", async () => {
    const res = await call('POST', '/invitations/precheck', { body: { account_name: 'solo-dev' } });
    assert.equal(res.body.invitee.account_name, 'solo-dev');
    assert.equal(res.body.invitee.enterprise_name, null);
    assert.equal(res.body.checks[1].code, 'ENTERPRISE_ACCOUNT');
    assert.equal(res.body.checks[1].status, 'failed');
  });
});

describe('display fields (API.md §1)', () => {
  it('sends null wherever an account without an enterprise name appears', async () => {
    const id = seeded('acme-group', 'maple-foods');
    backend.control.updateAccount('acme-group', { enterpriseName: null });
    backend.control.updateAccount('acme-web', { enterpriseName: null });
    backend.control.updateAccount('solo-dev', { masterName: 'acme-group' });

    const settings = await call('GET', '/invitation-settings');
    assert.equal(settings.body.master_account.enterprise_name, null);
    const sent = await call('GET', `/invitations/${id}`);
    assert.equal(sent.body.invitation.enterprise_name, null);
    assert.equal(sent.body.invitation.org_name, 'Engineering');
    const received = await call('GET', '/received-invitations', { as: 'maple-foods' });
    assert.deepEqual(
      received.body.invitations.map((i: { enterprise_name: string | null }) => i.enterprise_name),
      ['Helio Group Inc.', null],
    );
    const association = await call('GET', '/master-account', { as: 'solo-dev' });
    assert.equal(association.body.association.enterprise_name, null);
    const members = await call('GET', '/sub-customers?limit=100');
    const displayNames = Object.fromEntries(
      members.body.sub_customer_infos.map((m: { name: string; display_name: string | null }) => [
        m.name,
        m.display_name,
      ]),
    );
    assert.equal(displayNames['acme-web'], null);
    assert.equal(displayNames['solo-dev'], null);
    assert.equal(displayNames['acme-data'], 'Acme Data Pte. Ltd.');
  });
});

describe('POST /invitations', () => {
  it('creates a pending invitation that expires in 14 days and is listed for both sides', async () => {
    const res = await call('POST', '/invitations', {
      body: {
        account_name: 'acme-robotics',
        org_id: ACME_ENGINEERING,
        payment_method: 'paid_by_master',
        agreements: MASTER_AGREEMENTS,
        notes: 'Welcome aboard',
      },
    });
    assert.equal(res.status, 200);
    const invitation = res.body.invitation;
    assert.match(invitation.id, /^inv-[0-9a-z]{8,32}$/);
    assert.deepEqual(
      { ...invitation, id: 'x', master_account_id: 'x', invitee_account_id: 'x' },
      {
        id: 'x',
        status: 'pending',
        master_account_id: 'x',
        master_account_name: 'acme-group',
        enterprise_name: 'Acme Group Co., Ltd.',
        invitee_account_id: 'x',
        invitee_account_name: 'acme-robotics',
        org_id: ACME_ENGINEERING,
        org_name: 'Engineering',
        payment_method: 'paid_by_master',
        unified_accounting: true,
        notes: 'Welcome aboard',
        agreements: [
          {
            id: 'em-member-association',
            name: 'Member Account Association Agreement',
            version: '2025-02-25',
            url: 'https://www.example.com/agreements/em-member-association',
          },
        ],
        created_at: iso(START),
        updated_at: iso(START),
        expired_at: iso(START + 14 * DAY),
      },
    );
    const sent = await call('GET', `/invitations/${invitation.id}`);
    assert.deepEqual(sent.body.invitation, invitation);
    const received = await call('GET', '/received-invitations', { as: 'acme-robotics' });
    assert.deepEqual(received.body.invitations, [invitation]);
    const settings = await call('GET', '/invitation-settings');
    assert.deepEqual(settings.body.member_quota, { max: 10, used: 6, pending: 2 });
  });

  it('ignores unknown body fields and accepts notes null', async () => {
    const res = await call('POST', '/invitations', {
      body: {
        account_name: 'river-analytics',
        org_id: '1000000001',
        payment_method: 'paid_by_master',
        agreements: [...MASTER_AGREEMENTS, { id: 'something-else', version: '1' }],
        notes: null,
        color: 'blue',
      },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.invitation.notes, null);
    assert.equal(res.body.invitation.org_name, 'Acme Group');
  });
});

describe('GET /invitations and GET /invitations/{id}', () => {
  it("lists the caller's sent invitations, newest first, with status and org filters", async () => {
    const all = await call('GET', '/invitations');
    assert.equal(all.status, 200);
    assert.equal(all.body.total_count, 2);
    assert.deepEqual(
      all.body.invitations.map((i: { invitee_account_name: string; status: string }) => [
        i.invitee_account_name,
        i.status,
      ]),
      [
        ['maple-foods', 'pending'],
        ['late-bloom', 'expired'],
      ],
    );
    const expired = await call('GET', '/invitations?status=expired');
    assert.equal(expired.body.total_count, 1);
    assert.equal(expired.body.invitations[0].org_name, 'Finance');
    const engineering = await call('GET', `/invitations?org_id=${ACME_ENGINEERING}`);
    assert.equal(engineering.body.invitations[0].invitee_account_name, 'maple-foods');
    const helio = await call('GET', '/invitations', { as: 'helio-group' });
    assert.equal(helio.body.invitations[0].payment_method, 'paid_by_member');
    assert.equal(helio.body.invitations[0].unified_accounting, false);
  });

  it("hides another master's invitation and unknown ids with EM.1003", async () => {
    const [helios] = (await call('GET', '/invitations', { as: 'helio-group' })).body.invitations;
    const foreign = await call('GET', `/invitations/${helios.id}`);
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.error_code, 'EM.1003');
    const unknown = await call('GET', '/invitations/inv-000000000000');
    assert.equal(unknown.body.error_code, 'EM.1003');
  });
});

describe('GET /received-invitations and GET /master-account', () => {
  it('lists the invitations addressed to the caller, newest first', async () => {
    const res = await call('GET', '/received-invitations', { as: 'maple-foods' });
    assert.equal(res.status, 200);
    assert.equal(res.body.total_count, 2);
    assert.deepEqual(
      res.body.invitations.map((i: { master_account_name: string }) => i.master_account_name),
      ['helio-group', 'acme-group'],
    );
    const pendingOnly = await call('GET', '/received-invitations?status=expired', {
      as: 'late-bloom',
    });
    assert.equal(pendingOnly.body.total_count, 1);
  });

  it('gives a member its association and others null', async () => {
    const member = await call('GET', '/master-account', { as: 'acme-web' });
    assert.deepEqual(member.body.association, {
      master_account_id: member.body.association.master_account_id,
      master_account_name: 'acme-group',
      enterprise_name: 'Acme Group Co., Ltd.',
      org_id: '1000000003',
      org_name: 'Platform',
      payment_method: 'paid_by_master',
      unified_accounting: true,
      associated_at: iso(START - 300 * DAY),
    });
    const kite = await call('GET', '/master-account', { as: 'kite-systems' });
    assert.equal(kite.body.association.master_account_name, 'nova-holdings');
    assert.equal(kite.body.association.unified_accounting, false);
    for (const as of ['acme-robotics', 'acme-group']) {
      assert.deepEqual((await call('GET', '/master-account', { as })).body, { association: null });
    }
  });
});

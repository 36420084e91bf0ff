// The seed against FIXTURES.md: every account fails exactly the checks FIXTURES.md lists.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import {
  ACCESS_KEYS,
  FIXTURE_ACCOUNTS,
  type CheckCode,
  type PaymentMethod,
} from '@enterprise-center/mock';
import { seedState } from '../src/seed/seed-state.js';
import { checkConditions } from '../src/state/conditions.js';

const NOW = Date.parse('2026-03-02T09:00:00Z');

/** FIXTURES.md "Accounts to invite", copied by hand: name, enterprise name, fails for acme-group. */
const ACCOUNTS_TO_INVITE: [string, string | null, CheckCode[]][] = [
  ['acme-robotics', 'Acme Robotics Pte. Ltd.', []],
  ['river-analytics', 'River Analytics Pte. Ltd.', []],
  ['maple-foods', 'Maple Foods Ltd.', ['NO_PENDING_INVITATION']],
  ['late-bloom', 'Late Bloom Studio Ltd.', []],
  ['solo-dev', null, ['ENTERPRISE_ACCOUNT']],
  ['zenith-corp', 'Zenith Corp.', ['NOT_MASTER_ACCOUNT']],
  ['kite-systems', 'Kite Systems Ltd.', ['NOT_ALREADY_MEMBER']],
  ['frost-retail', 'Frost Retail Ltd.', ['NOT_FROZEN', 'UA_NOT_SUSPENDED']],
  ['harbor-hk', 'Harbor Trading (HK) Ltd.', ['SAME_CONTRACTING_PARTY']],
  ['orbit-labs', 'Orbit Labs Ltd.', ['NO_UNPAID_ORDERS']],
  ['summit-support', 'Summit Support Ltd.', ['NO_SUPPORT_PLAN']],
  ['ruby-trading', 'Ruby Trading Ltd.', ['NO_COMMERCIAL_DISCOUNT']],
  ['sol-partners', 'Sol Partners Ltd.', ['NOT_SOLUTION_PARTNER']],
  ['channel-client', 'Channel Client Ltd.', ['SAME_SALES_CHANNEL']],
  ['ondemand-co', 'OnDemand Co.', ['MONTHLY_SETTLEMENT', 'UA_MONTHLY_SETTLEMENT']],
  [
    'cash-first',
    'Cash First Ltd.',
    ['MONTHLY_SETTLEMENT', 'SAME_PAYMENT_TYPE', 'UA_MONTHLY_SETTLEMENT'],
  ],
  ['techno-partner', 'Techno Partner Ltd.', ['UA_NOT_TECHNOLOGY_PARTNER']],
  ['dormant-co', 'Dormant Co.', ['UA_NOT_SUSPENDED']],
  ['markup-probe', '<img src=x onerror="window.__pwned=1">Markup & "Probe" Ltd.', []],
];

/** Members of the masters (FIXTURES.md "Master accounts"). */
const MEMBERS = {
  'acme-group': [
    'acme-cloud-ops',
    'acme-data',
    'acme-web',
    'acme-mobile',
    'acme-sales-apac',
    'acme-finance',
  ],
  'nova-holdings': ['kite-systems', 'nova-retail', 'nova-labs'],
};

function checks(master: string, invitee: string, paymentMethod: PaymentMethod | null = null) {
  const state = seedState(NOW);
  const account = state.accounts[master];
  assert.ok(account?.enterprise, `${master} is a master`);
  return checkConditions(state, NOW, {
    master: { account, enterprise: account.enterprise },
    inviteeName: invitee,
    paymentMethod,
  });
}

const failed = (list: ReturnType<typeof checks>): string[] =>
  list.filter((c) => c.status === 'failed').map((c) => c.code);
const statusOf = (list: ReturnType<typeof checks>, code: CheckCode): string | undefined =>
  list.find((c) => c.code === code)?.status;

/**
 * What a partner-channel master without monthly settlement or unified accounting (nova-holdings,
 * helio-group) never evaluates: API.md §4's "applies" column.
 */
const SKIPPED_FOR_PARTNER_MASTERS = [
  'SAME_SALES_CHANNEL',
  'MONTHLY_SETTLEMENT',
  'UA_MONTHLY_SETTLEMENT',
  'UA_NOT_TECHNOLOGY_PARTNER',
  'UA_NOT_SUSPENDED',
] as const;
describe('fixture accounts invited by acme-group', () => {
  for (const [name, , expected] of ACCOUNTS_TO_INVITE) {
    it(`${name} fails exactly ${expected.join(', ') || 'nothing'} and passes the rest`, () => {
      const result = checks('acme-group', name);
      assert.deepEqual(failed(result), expected);
      for (const check of result.filter((c) => !expected.includes(c.code))) {
        // No payment method chosen: only PAYMENT_METHOD_ALLOWED does not apply for acme-group.
        const want = check.code === 'PAYMENT_METHOD_ALLOWED' ? 'skipped' : 'passed';
        assert.equal(check.status, want, `${name} ${check.code}`);
      }
    });
  }

  it('members of acme-group and nova-holdings fail NOT_ALREADY_MEMBER', () => {
    for (const member of [...MEMBERS['acme-group'], ...MEMBERS['nova-holdings']]) {
      assert.deepEqual(failed(checks('acme-group', member)), ['NOT_ALREADY_MEMBER'], member);
    }
  });

  it('an unknown name fails ACCOUNT_EXISTS and skips every other check', () => {
    for (const name of ['nobody-here', 'constructor', 'ACME-ROBOTICS']) {
      const result = checks('acme-group', name, 'paid_by_member');
      assert.equal(statusOf(result, 'ACCOUNT_EXISTS'), 'failed');
      assert.deepEqual(
        result.filter((c) => c.code !== 'ACCOUNT_EXISTS').map((c) => c.status),
        Array(18).fill('skipped'),
        name,
      );
    }
  });

  it('paid_by_member fails PAYMENT_METHOD_ALLOWED (unified accounting); paid_by_master passes', () => {
    assert.deepEqual(failed(checks('acme-group', 'acme-robotics', 'paid_by_member')), [
      'PAYMENT_METHOD_ALLOWED',
    ]);
    assert.equal(
      statusOf(checks('acme-group', 'acme-robotics', 'paid_by_master'), 'PAYMENT_METHOD_ALLOWED'),
      'passed',
    );
  });

  it('the exported "try these accounts" list matches FIXTURES.md', () => {
    assert.deepEqual(
      FIXTURE_ACCOUNTS.map((a) => [a.name, a.enterpriseName, [...a.failsForAcmeGroup]]),
      ACCOUNTS_TO_INVITE,
    );
  });
});

describe('fixture accounts invited by the other masters', () => {
  it('every invitation from nova-holdings fails MEMBER_QUOTA_AVAILABLE (3 of 3 used)', () => {
    for (const [name] of ACCOUNTS_TO_INVITE) {
      assert.ok(failed(checks('nova-holdings', name)).includes('MEMBER_QUOTA_AVAILABLE'), name);
    }
  });

  it('nova-holdings (partner, prepaid, no monthly settlement, no unified accounting) skips the checks that need them', () => {
    const result = checks('nova-holdings', 'cash-first');
    assert.deepEqual(failed(result), ['MEMBER_QUOTA_AVAILABLE']);
    for (const code of SKIPPED_FOR_PARTNER_MASTERS) {
      assert.equal(statusOf(result, code), 'skipped', code);
    }
    assert.deepEqual(failed(checks('nova-holdings', 'acme-robotics')), [
      'MEMBER_QUOTA_AVAILABLE',
      'SAME_PAYMENT_TYPE',
    ]);
  });

  it('helio-group (partner channel, no monthly settlement, no unified accounting) skips SAME_SALES_CHANNEL, MONTHLY_SETTLEMENT and UA_*', () => {
    for (const name of [
      'acme-robotics',
      'channel-client',
      'ondemand-co',
      'techno-partner',
      'dormant-co',
    ]) {
      const result = checks('helio-group', name, 'paid_by_member');
      assert.deepEqual(failed(result), [], name);
      for (const code of SKIPPED_FOR_PARTNER_MASTERS) {
        assert.equal(statusOf(result, code), 'skipped', `${name} ${code}`);
      }
    }
    assert.deepEqual(failed(checks('helio-group', 'cash-first')), ['SAME_PAYMENT_TYPE']);
    assert.deepEqual(failed(checks('helio-group', 'maple-foods')), ['NO_PENDING_INVITATION']);
    assert.deepEqual(failed(checks('helio-group', 'frost-retail')), ['NOT_FROZEN']);
  });

  it('zenith-corp (direct, monthly settlement, no unified accounting) applies SAME_SALES_CHANNEL and MONTHLY_SETTLEMENT but skips UA_*', () => {
    assert.deepEqual(failed(checks('zenith-corp', 'channel-client')), ['SAME_SALES_CHANNEL']);
    assert.deepEqual(failed(checks('zenith-corp', 'ondemand-co')), ['MONTHLY_SETTLEMENT']);
    assert.deepEqual(failed(checks('zenith-corp', 'frost-retail')), ['NOT_FROZEN']);
    assert.deepEqual(failed(checks('zenith-corp', 'dormant-co')), []);
    assert.deepEqual(failed(checks('zenith-corp', 'maple-foods', 'paid_by_member')), []);
    assert.deepEqual(failed(checks('zenith-corp', 'acme-group')), ['NOT_MASTER_ACCOUNT']);
  });
});

describe('access keys', () => {
  it('are the key pairs docs/contract/FIXTURES.md lists, one for every account', async () => {
    const fixtures = await readFile(
      new URL('../../../docs/contract/FIXTURES.md', import.meta.url),
      'utf8',
    );
    const section = fixtures.slice(fixtures.indexOf('## Access keys'));
    const documented = [...section.matchAll(/^\| `([\w-]+)` +\| `(\w+)` +\| `(\w+)` +\|$/gm)].map(
      ([, account, ak, sk]) => ({ account, ak, sk }),
    );
    assert.deepEqual(documented, ACCESS_KEYS);
    assert.deepEqual(
      ACCESS_KEYS.map((k) => k.account).sort(),
      Object.keys(seedState(NOW).accounts).sort(),
    );
  });
});

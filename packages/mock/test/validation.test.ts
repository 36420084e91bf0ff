// 400 CBC.0100 naming the parameter, and no state change on any rejected request.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACME_ENGINEERING,
  INVITEE_AGREEMENTS,
  MASTER_AGREEMENTS,
  useFakeBackend,
} from './harness.js';

const { backend, call, seeded } = useFakeBackend();

const MAPLE = (): string => seeded('acme-group', 'maple-foods');
const create = (patch: Record<string, unknown>) => ({
  account_name: 'acme-robotics',
  org_id: ACME_ENGINEERING,
  payment_method: 'paid_by_master',
  agreements: MASTER_AGREEMENTS,
  ...patch,
});
const long = (n: number): string => 'x'.repeat(n);

/** [what, method, path, parameter named in error_msg, body?, caller?] */
const CASES: [string, string, () => string, string, unknown?, string?][] = [
  ['negative offset', 'GET', () => '/sub-customers?offset=-1', 'offset'],
  ['non-numeric offset', 'GET', () => '/invitations?offset=abc', 'offset'],
  ['limit 0', 'GET', () => '/invitations?limit=0', 'limit'],
  ['limit 101', 'GET', () => '/received-invitations?limit=101', 'limit'],
  ['fractional limit', 'GET', () => '/sub-customers?limit=1.5', 'limit'],
  ['empty limit', 'GET', () => '/sub-customers?limit=', 'limit'],
  ['unknown fuzzy_query', 'GET', () => '/sub-customers?fuzzy_query=yes', 'fuzzy_query'],
  [
    'too long account name filter',
    'GET',
    () => `/sub-customers?sub_customer_account_name=${long(65)}`,
    'sub_customer_account_name',
  ],
  ['non-digit org_id filter', 'GET', () => '/sub-customers?org_id=Engineering', 'org_id'],
  [
    'unknown recursive_query',
    'GET',
    () => '/enterprise-organizations?recursive_query=true',
    'recursive_query',
  ],
  ['non-digit parent_id', 'GET', () => '/enterprise-organizations?parent_id=12a', 'parent_id'],
  [
    'too long parent_id',
    'GET',
    () => `/enterprise-organizations?parent_id=${'1'.repeat(21)}`,
    'parent_id',
  ],
  ['unknown status filter', 'GET', () => '/invitations?status=open', 'status'],
  [
    'unknown received status filter',
    'GET',
    () => '/received-invitations?status=PENDING',
    'status',
    undefined,
    'maple-foods',
  ],
  ['malformed invitation id', 'GET', () => '/invitations/inv-ABC12345', 'invitation_id'],
  ['too short invitation id', 'GET', () => '/invitations/inv-abc', 'invitation_id'],
  [
    'invitation id without prefix',
    'POST',
    () => `/invitations/${MAPLE().slice(4)}/cancel`,
    'invitation_id',
  ],
  ['missing account_name', 'POST', () => '/invitations/precheck', 'account_name', {}],
  [
    'account_name of the wrong type',
    'POST',
    () => '/invitations/precheck',
    'account_name',
    { account_name: 42 },
  ],
  [
    'empty account_name',
    'POST',
    () => '/invitations/precheck',
    'account_name',
    { account_name: '' },
  ],
  [
    'too long account_name',
    'POST',
    () => '/invitations/precheck',
    'account_name',
    { account_name: long(65) },
  ],
  [
    'unknown payment_method',
    'POST',
    () => '/invitations/precheck',
    'payment_method',
    { account_name: 'acme-robotics', payment_method: 'cash' },
  ],
  [
    'non-digit precheck org_id',
    'POST',
    () => '/invitations/precheck',
    'org_id',
    { account_name: 'acme-robotics', org_id: 'Engineering' },
  ],
  ['missing org_id', 'POST', () => '/invitations', 'org_id', create({ org_id: undefined })],
  ['numeric org_id', 'POST', () => '/invitations', 'org_id', create({ org_id: 1000000002 })],
  [
    'missing payment_method',
    'POST',
    () => '/invitations',
    'payment_method',
    create({ payment_method: undefined }),
  ],
  [
    'missing agreements',
    'POST',
    () => '/invitations',
    'agreements',
    create({ agreements: undefined }),
  ],
  [
    'agreements not an array',
    'POST',
    () => '/invitations',
    'agreements',
    create({ agreements: 'all' }),
  ],
  [
    'agreement without version',
    'POST',
    () => '/invitations',
    'agreements[0].version',
    create({ agreements: [{ id: 'em-service-agreement' }] }),
  ],
  [
    'agreement of the wrong type',
    'POST',
    () => '/invitations',
    'agreements[1]',
    create({ agreements: [...MASTER_AGREEMENTS, 'x'] }),
  ],
  ['too long notes', 'POST', () => '/invitations', 'notes', create({ notes: long(1025) })],
  ['notes of the wrong type', 'POST', () => '/invitations', 'notes', create({ notes: 5 })],
  [
    'malformed trans_id',
    'POST',
    () => '/invitations',
    'trans_id',
    create({ trans_id: 'not-a-uuid' }),
  ],
  ['body not an object', 'POST', () => '/invitations', 'body', ['account_name']],
  [
    'malformed cancel trans_id',
    'POST',
    () => `/invitations/${MAPLE()}/cancel`,
    'trans_id',
    { trans_id: 12 },
  ],
  ['null body on resend', 'POST', () => `/invitations/${MAPLE()}/resend`, 'body', null],
  [
    'accept without agreements',
    'POST',
    () => `/received-invitations/${MAPLE()}/accept`,
    'agreements',
    {},
    'maple-foods',
  ],
  [
    'accept agreement id of the wrong type',
    'POST',
    () => `/received-invitations/${MAPLE()}/accept`,
    'agreements[0].id',
    { agreements: [{ id: 1, version: '2025-02-25' }] },
    'maple-foods',
  ],
  [
    'malformed decline id',
    'POST',
    () => '/received-invitations/inv_12345678/decline',
    'invitation_id',
    {},
    'maple-foods',
  ],
];

describe('request validation', () => {
  for (const [what, method, path, parameter, body, as] of CASES) {
    it(`rejects ${what} with 400 CBC.0100 naming '${parameter}' and changes nothing`, async () => {
      const before = backend.snapshot();
      const res = await call(method, path(), { body, as });
      assert.equal(res.status, 400);
      assert.equal(res.body.error_code, 'CBC.0100');
      assert.ok(res.body.error_msg.includes(`'${parameter}'`), res.body.error_msg);
      assert.equal(res.body.request_id, res.requestId);
      assert.deepEqual(backend.snapshot(), before);
    });
  }

  it('rejects a body that is not JSON', async () => {
    const res = await call('POST', '/invitations', { rawBody: '{"account_name": ' });
    assert.equal(res.status, 400);
    assert.match(res.body.error_msg, /'body'/);
  });

  it('validates before evaluating conditions: a frozen account with bad notes gets CBC.0100', async () => {
    const res = await call('POST', '/invitations', {
      body: create({ account_name: 'frost-retail', notes: 7 }),
    });
    assert.equal(res.body.error_code, 'CBC.0100');
  });

  it('treats an empty body of cancel, resend and decline as {}', async () => {
    const res = await call('POST', `/received-invitations/${MAPLE()}/decline`, {
      as: 'maple-foods',
    });
    assert.equal(res.status, 200);
  });

  it('answers APIG.0101 for a path or method the contract does not have', async () => {
    for (const [method, path] of [
      ['DELETE', `/invitations/${MAPLE()}`],
      ['GET', '/accounts'],
      ['POST', `/invitations/${MAPLE()}`],
    ] as const) {
      const res = await call(method, path);
      assert.deepEqual([res.status, res.body.error_code], [404, 'APIG.0101'], `${method} ${path}`);
    }
  });
});

describe('no state change on rejected requests', () => {
  const rejected: [string, string, () => string, unknown, string?][] = [
    ['EM.1001', 'POST', () => '/invitations', create({ account_name: 'frost-retail' })],
    ['EM.1002', 'POST', () => '/invitations', create({ account_name: 'maple-foods' })],
    ['EM.1005', 'POST', () => '/invitations', create({ agreements: [] })],
    ['EM.1006', 'POST', () => '/invitations', create({ org_id: '42' })],
    [
      'EM.1004',
      'POST',
      () => `/invitations/${backend.control.invitations({ to: 'late-bloom' })[0]?.id}/cancel`,
      {},
    ],
    ['EM.1003', 'POST', () => '/invitations/inv-0000000000/resend', {}],
    [
      'CBC.0151',
      'POST',
      () => `/received-invitations/${MAPLE()}/accept`,
      { agreements: INVITEE_AGREEMENTS },
      'acme-web',
    ],
  ];
  for (const [code, method, path, body, as] of rejected) {
    it(`leaves the state unchanged on ${code}`, async () => {
      const before = backend.snapshot();
      const res = await call(method, path(), { body, as });
      assert.equal(res.body.error_code, code);
      assert.deepEqual(backend.snapshot(), before);
    });
  }
});

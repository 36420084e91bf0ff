import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import type { Client } from '@enterprise-center/sdk';
import { API, failure, useFakeBackend } from './support/backend.js';
import { inviteInput } from './support/fixtures.js';
import { wireAgreement, wireInvitation } from './support/wire.js';

const { backend, server, clientFor } = useFakeBackend();
const acme = () => clientFor('acme-group');
const ID = wireInvitation.id;

describe('request validation', () => {
  const cases: [string, (client: Client) => Promise<unknown>, string][] = [
    ['organizations.tree', (c) => c.organizations.tree({ parentId: 'root' }), 'parentId'],
    ['members.list', (c) => c.members.list({ limit: 0 }), 'limit'],
    ['invitations.precheck', (c) => c.invitations.precheck({ accountName: '' }), 'accountName'],
    [
      'invitations.create',
      (c) =>
        c.invitations.create({ ...inviteInput('acme-robotics'), paymentMethod: 'cash' as never }),
      'paymentMethod',
    ],
    [
      'invitations.create (idempotencyKey)',
      (c) => c.invitations.create(inviteInput('acme-robotics'), { idempotencyKey: 'order-42' }),
      'idempotencyKey',
    ],
    ['invitations.list', (c) => c.invitations.list({ status: 'open' as never }), 'status'],
    ['invitations.get', (c) => c.invitations.get('../master-account'), 'invitationId'],
    ['invitations.cancel', (c) => c.invitations.cancel('INV-1'), 'invitationId'],
    ['invitations.resend', (c) => c.invitations.resend(''), 'invitationId'],
    ['receivedInvitations.list', (c) => c.receivedInvitations.list({ offset: -1 }), 'offset'],
    [
      'receivedInvitations.accept',
      (c) => c.receivedInvitations.accept(ID, { agreements: [{ id: 'x' }] as never }),
      'agreements.0.version',
    ],
    ['receivedInvitations.decline', (c) => c.receivedInvitations.decline('inv-!'), 'invitationId'],
  ];

  for (const [method, call, field] of cases) {
    it(`${method}: INVALID_REQUEST naming ${field}, and nothing is sent`, async () => {
      const error = await failure(call(acme()));
      assert.equal(error.code, 'INVALID_REQUEST');
      assert.equal(error.status, 0);
      assert.match(error.message, new RegExp(`\\b${field.replace(/\./g, '\\.')}\\b`));
      assert.deepEqual(backend.requests, []);
    });
  }

  it('maps a CBC.0100 of the server, naming the parameter in its message', async () => {
    server.use(
      http.post(`${API}/invitations/precheck`, () =>
        HttpResponse.json(
          { error_code: 'CBC.0100', error_msg: 'Invalid parameter account_name.' },
          { status: 400, headers: { 'X-Request-Id': 'req-0100' } },
        ),
      ),
    );
    const error = await failure(acme().invitations.precheck({ accountName: 'acme-robotics' }));
    assert.equal(error.code, 'CBC.0100');
    assert.equal(error.status, 400);
    assert.equal(error.requestId, 'req-0100');
    assert.match(error.message, /account_name/);
  });
});

describe('response validation', () => {
  const answer = (body: Record<string, unknown>, init: ResponseInit = {}) =>
    server.use(http.get(`${API}/invitations/${ID}`, () => HttpResponse.json(body, init)));

  it('INVALID_RESPONSE: an agreement URL that is not http(s)', async () => {
    answer(
      {
        invitation: {
          ...wireInvitation,
          agreements: [{ ...wireAgreement, url: 'javascript:alert(1)' }],
        },
      },
      { headers: { 'X-Request-Id': 'req-42' } },
    );
    const error = await failure(acme().invitations.get(ID));
    assert.equal(error.code, 'INVALID_RESPONSE');
    assert.equal(error.status, 200);
    assert.equal(error.requestId, 'req-42');
    assert.match(error.message, /invitation\.agreements\.0\.url/);
  });

  it('INVALID_RESPONSE: a missing field, a wrong type, a body that is not JSON', async () => {
    const withoutCreatedAt: Partial<typeof wireInvitation> = { ...wireInvitation };
    delete withoutCreatedAt.created_at;
    answer({ invitation: withoutCreatedAt });
    assert.equal((await failure(acme().invitations.get(ID))).code, 'INVALID_RESPONSE');
    answer({ invitation: { ...wireInvitation, unified_accounting: 'yes' } });
    assert.equal((await failure(acme().invitations.get(ID))).code, 'INVALID_RESPONSE');
    server.use(http.get(`${API}/invitations/${ID}`, () => HttpResponse.text('<html>ok</html>')));
    assert.equal((await failure(acme().invitations.get(ID))).code, 'INVALID_RESPONSE');
  });

  it('names the field, the expected and the received type of what it refused', async () => {
    answer({ invitation: { ...wireInvitation, unified_accounting: 'yes' } });
    const error = await failure(acme().invitations.get(ID));
    assert.equal(
      error.message,
      'Invalid response: invitation.unified_accounting: expected boolean, received string',
    );
    const { issues } = error.cause as { issues: { code: string; path: unknown[] }[] };
    assert.deepEqual(issues, [
      {
        code: 'invalid_type',
        expected: 'boolean',
        path: ['invitation', 'unified_accounting'],
        message: 'expected boolean, received string',
      },
    ]);
    const input = await failure(acme().invitations.precheck({ accountName: 7 as never }));
    assert.equal(input.message, 'Invalid request: accountName: expected string, received number');
    assert.equal((input.cause as { issues: { code: string }[] }).issues[0]?.code, 'invalid_type');
  });

  it('reads display fields that are null or missing as null (API.md §1)', async () => {
    const withoutEnterpriseName: Partial<typeof wireInvitation> = { ...wireInvitation };
    delete withoutEnterpriseName.enterprise_name;
    answer({
      invitation: {
        ...withoutEnterpriseName,
        org_name: null,
        agreements: [{ ...wireAgreement, name: null }],
      },
    });
    const invitation = await acme().invitations.get(ID);
    assert.equal(invitation.enterpriseName, null);
    assert.equal(invitation.orgName, null);
    assert.equal(invitation.agreements[0]?.name, null);
    assert.equal(invitation.masterAccountName, 'acme-group');
  });

  it('is not retried: the same answer would come back', async () => {
    let served = 0;
    server.use(
      http.get(`${API}/master-account`, () => {
        served += 1;
        return HttpResponse.json({ association: { master_account_id: 1 } });
      }),
    );
    assert.equal((await failure(acme().masterAccount.get())).code, 'INVALID_RESPONSE');
    assert.equal(served, 1);
  });

  it('accepts unknown fields and unknown enum values in an otherwise valid response', async () => {
    answer({
      invitation: {
        ...wireInvitation,
        status: 'suspended',
        priority: 'high',
        agreements: [{ ...wireAgreement, lang: 'en' }],
      },
      trace: { span: 1 },
    });
    const invitation = await acme().invitations.get(ID);
    assert.equal(invitation.status, 'unknown');
    assert.equal('priority' in invitation, false);
    assert.deepEqual(invitation.agreements, [wireAgreement]);
  });

  it('HTTP_<status>: an error response without a contract error body keeps its status', async () => {
    server.use(
      http.get(`${API}/master-account`, () =>
        HttpResponse.text('<h1>502 Bad Gateway</h1>', {
          status: 502,
          headers: { 'X-Request-Id': 'gw-1' },
        }),
      ),
    );
    const error = await failure(clientFor('acme-group', { retry: 0 }).masterAccount.get());
    assert.equal(error.code, 'HTTP_502');
    assert.equal(error.status, 502);
    assert.equal(error.requestId, 'gw-1');
  });
});

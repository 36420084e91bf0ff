import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import type { Client, ClientOptions, EnterpriseCenterError } from '@enterprise-center/sdk';
import { API, failure, useFakeBackend } from './support/backend.js';
import { inviteInput } from './support/fixtures.js';
import { wireInvitation } from './support/wire.js';

const { backend, server, clientFor } = useFakeBackend();

const TOKEN = 'token-acme-group';
const AK = 'AKIDSECRETLOOKING01';
const SK = 'skSecretValue-DoNotLeak-9f3c';

/** Every way a call can fail, for a client with the given credentials. */
const failures = async (
  client: (options?: Partial<ClientOptions>) => Client,
): Promise<[string, EnterpriseCenterError][]> => {
  const results: [string, EnterpriseCenterError][] = [];
  const record = async (name: string, arrange: () => void, call: () => Promise<unknown>) => {
    arrange();
    results.push([name, await failure(call())]);
  };
  await record(
    'EM.1001',
    () => {},
    () => client().invitations.create(inviteInput('frost-retail')),
  );
  await record(
    'EM.1003',
    () => {},
    () => client().invitations.get('inv-nosuchinvite'),
  );
  await record(
    'INVALID_REQUEST',
    () => {},
    () => client().invitations.get('bad id'),
  );
  await record(
    'NETWORK_ERROR',
    () => [1, 2, 3].forEach(() => backend.faults.failNext({ type: 'drop' })),
    () => client().invitations.list(),
  );
  await record(
    'CBC.0999',
    () => [1, 2, 3].forEach(() => backend.faults.failNext({ type: 'status', status: 500 })),
    () => client().invitations.list(),
  );
  await record(
    'TIMEOUT',
    () => [1, 2, 3].forEach(() => backend.faults.failNext({ type: 'timeout' })),
    () => client({ timeout: 30 }).masterAccount.get(),
  );
  await record(
    'ABORTED',
    () => {},
    () => client().masterAccount.get({ signal: AbortSignal.abort() }),
  );
  await record(
    'INVALID_RESPONSE',
    () =>
      server.use(
        http.get(`${API}/invitations/${wireInvitation.id}`, () =>
          HttpResponse.json({ invitation: 1 }),
        ),
      ),
    () => client().invitations.get(wireInvitation.id),
  );
  await record(
    'HTTP_502',
    () =>
      server.use(
        http.get(`${API}/master-account`, () => HttpResponse.text('bad gateway', { status: 502 })),
      ),
    () => client().masterAccount.get(),
  );
  return results;
};

/** Each failure ended with the code it was set up for. */
const assertCodes = (errors: [string, EnterpriseCenterError][]) =>
  assert.deepEqual(
    errors.map(([name, error]) => [name, error.code]),
    errors.map(([name]) => [name, name]),
  );

const assertNoneContains = (errors: [string, EnterpriseCenterError][], secrets: string[]) => {
  for (const [name, error] of errors) {
    const seen = `${inspect(error, { depth: Infinity, showHidden: true, getters: true })}\n${JSON.stringify(error)}\n${error.message}\n${String(error.stack)}`;
    for (const secret of secrets)
      assert.equal(seen.includes(secret), false, `${name} exposes a credential:\n${seen}`);
  }
};

describe('credentials never appear in an error', () => {
  it('the token, in any failure', async () => {
    const errors = await failures((options) => clientFor('acme-group', options));
    assertCodes(errors);
    assertNoneContains(errors, [TOKEN]);
  });

  it('the token of a rejected caller (APIG.0301)', async () => {
    const secret = 'token-not-a-known-account-7d1e';
    const error = await failure(clientFor('x', { token: secret }).invitations.list());
    assert.equal(error.code, 'APIG.0301');
    assertNoneContains([['APIG.0301', error]], [secret]);
  });

  it('AK, SK and the Authorization header of a signing client', async () => {
    const signatures: string[] = [];
    // A gateway in front of the fake backend: it takes the signed request and calls the backend
    // as the account the AK belongs to (the fake backend itself only knows tokens).
    const gateway: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const authorization = request.headers.get('authorization') ?? '';
      assert.match(authorization, new RegExp(`^SDK-HMAC-SHA256 Access=${AK}, `));
      signatures.push(/Signature=([0-9a-f]{64})/.exec(authorization)?.[1] ?? '');
      const headers = new Headers(request.headers);
      headers.delete('authorization');
      headers.set('x-auth-token', TOKEN);
      return fetch(new Request(request, { headers }));
    };
    const signer = createAkSkSigner({ ak: AK, sk: SK });
    const errors = await failures((options) =>
      clientFor('acme-group', { token: undefined, signer, fetch: gateway, ...options }),
    );
    assertCodes(errors);
    assert.ok(signatures.length > 0);
    assertNoneContains(errors, [AK, SK, TOKEN, ...signatures]);
  });
});

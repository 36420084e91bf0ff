// A hostile or careless server (or gateway) that echoes the request's credentials back in its
// answer — in an error message, an error page, a failed check, a request id — must not get them
// into the SDK's errors: the SDK never shows the credentials it sent, whoever hands them back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import type { ClientOptions } from '@enterprise-center/sdk';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import { API, failure, useFakeBackend } from '../../../packages/sdk/test/support/backend.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { assertNoSecrets, everythingShown } from './support/secrets.js';

const { server, clientFor } = useFakeBackend();
failOnUnhandledRejections();

const SECRET_TOKEN = 'tok-SECRET-echo-5e8d2c7a19b4';
const AK = 'AKECHO0SECRET1Q2W3E4R';
const SK = 'SkEchoSecret-2b7f-DoNotLeak';

/** The credentials a request carries, as a careless server would quote them. */
const quoted = (request: Request): string =>
  `token=${request.headers.get('x-auth-token') ?? ''} authorization=${request.headers.get('authorization') ?? ''}`;

/** Ways a server hands the caller's credentials back. */
const ECHOES: [string, (request: Request) => Response][] = [
  [
    'in error_msg',
    (request) =>
      HttpResponse.json(
        { error_code: 'APIG.0301', error_msg: `Rejected credentials: ${quoted(request)}` },
        { status: 401 },
      ),
  ],
  [
    'in an error page that is not JSON',
    (request) => HttpResponse.text(`<h1>401</h1><pre>${quoted(request)}</pre>`, { status: 401 }),
  ],
  [
    'in a failed check of EM.1001',
    (request) =>
      HttpResponse.json(
        {
          error_code: 'EM.1001',
          error_msg: 'The account does not meet the invitation conditions.',
          failed_checks: [{ code: 'NOT_FROZEN', message: quoted(request) }],
        },
        { status: 400 },
      ),
  ],
  [
    'as the request id',
    (request) =>
      HttpResponse.json(
        { error_code: 'CBC.0151', error_msg: 'Forbidden.', request_id: quoted(request) },
        { status: 403, headers: { 'X-Request-Id': quoted(request) } },
      ),
  ],
  [
    'in a success body that is not valid',
    (request) => HttpResponse.json({ association: { master_account_id: quoted(request) } }),
  ],
  [
    'in a success body that is not JSON',
    (request) => HttpResponse.text(`Welcome ${quoted(request)}`),
  ],
];

const CLIENTS: [string, Partial<ClientOptions>, string[]][] = [
  ['a token', { token: SECRET_TOKEN }, [SECRET_TOKEN]],
  ['AK/SK', { token: undefined, signer: createAkSkSigner({ ak: AK, sk: SK }) }, [AK, SK]],
];

describe('credentials a server echoes back do not reach the error', () => {
  it('the rest of what the server said is kept, the credential replaced by [REDACTED]', async () => {
    server.use(http.get(`${API}/master-account`, ({ request }) => ECHOES[0]![1](request)));
    const client = clientFor('acme-group', { token: SECRET_TOKEN, retry: 0 });
    const error = await failure(client.masterAccount.get());
    assert.equal(error.code, 'APIG.0301');
    assert.equal(error.status, 401);
    assert.equal(error.message, 'Rejected credentials: token=[REDACTED] authorization=');
  });

  for (const [clientName, options, secrets] of CLIENTS) {
    for (const [echoName, echo] of ECHOES) {
      it(`${clientName}, echoed ${echoName}`, async () => {
        let signature = '';
        server.use(
          http.get(`${API}/master-account`, ({ request }) => {
            signature =
              /Signature=([0-9a-f]+)/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
            return echo(request);
          }),
        );
        const client = clientFor('acme-group', { ...options, retry: 0 });
        const error = await failure(client.masterAccount.get());
        assert.ok(error.status > 0, 'the server answered');
        assertNoSecrets(echoName, everythingShown(error), [
          ...secrets,
          ...(signature ? [signature] : []),
        ]);
      });
    }
  }
});

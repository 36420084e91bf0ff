// No token, AK, SK or signature in any error the SDK throws, in anything written to the console,
// or in what the fake backend records — across every fault and refusal a call can meet.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import type { Client, ClientOptions } from '@enterprise-center/sdk';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import { API, failure, useFakeBackend } from '../../../packages/sdk/test/support/backend.js';
import { inviteInput } from '../../../packages/sdk/test/support/fixtures.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { assertNoSecrets, captureConsole, everythingShown } from './support/secrets.js';
import { NETWORK_FAULTS, STATE_CHANGING_CALLS } from './support/state-changing-calls.js';

const { backend, server, clientFor } = useFakeBackend();
failOnUnhandledRejections();

const SECRET_TOKEN = 'tok-SECRET-7f3a9c1e5b2d48a6';
const AK = 'AKSECRET0Q1W2E3R4T5Y';
const SK = 'SkSecretValue-9f3c-DoNotLeak-41ab';

let consoleOutput: ReturnType<typeof captureConsole>;
beforeEach(() => {
  consoleOutput = captureConsole();
});
afterEach(() => consoleOutput.restore());

/**
 * A gateway in front of the fake backend (which knows only `token-<account>`): it swaps the
 * client's credentials for the account's fake token, remembering every signature it saw.
 */
const gateway =
  (account: string, signatures: string[]): typeof fetch =>
  async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    const signature = /Signature=([0-9a-f]+)/.exec(headers.get('authorization') ?? '')?.[1];
    if (signature) signatures.push(signature);
    if (headers.get('x-auth-token') === SECRET_TOKEN || signature) {
      headers.set('x-auth-token', `token-${account}`);
    }
    headers.delete('authorization');
    return fetch(new Request(request, { headers }));
  };

type ClientMaker = (account: string, options?: Partial<ClientOptions>) => Client;

/** Makes every call fail in every way it can and returns the errors. */
async function everyFailure(make: ClientMaker): Promise<[string, unknown][]> {
  const errors: [string, unknown][] = [];
  /** Records the error of `call`, which must have the code `code` (the name, by default). */
  const record = async (name: string, call: () => Promise<unknown>, code = name) => {
    const error = await failure(call());
    assert.equal(error.code, code, name);
    errors.push([name, error]);
  };
  for (const call of STATE_CHANGING_CALLS) {
    for (const { name, fault, code } of NETWORK_FAULTS) {
      backend.reset();
      const id = await call.arrange(backend, (account) => clientFor(account));
      backend.faults.failNext(fault, { method: 'POST', path: call.path });
      const client = make(call.caller, { retry: 0, timeout: 100 });
      await record(`${call.name}, ${name}`, () => call.act(client, id, {}), code);
    }
  }
  backend.reset();
  const acme = make('acme-group', { retry: 0 });
  const [lateBloom] = backend.control.invitations({ to: 'late-bloom' });
  await record('EM.1001', () => acme.invitations.create(inviteInput('frost-retail')));
  await record('EM.1002', () => acme.invitations.create(inviteInput('maple-foods')));
  await record('EM.1003', () => acme.invitations.get('inv-zzzzzzzzzzzz'));
  await record('EM.1004', () => acme.invitations.cancel(lateBloom?.id ?? ''));
  await record('EM.1005', () =>
    acme.invitations.create({ ...inviteInput('acme-robotics'), agreements: [] }),
  );
  await record('CBC.0151', () => make('maple-foods', { retry: 0 }).invitations.settings());
  await record('INVALID_REQUEST', () => acme.invitations.get('../token'));
  await record('ABORTED', () => acme.masterAccount.get({ signal: AbortSignal.abort() }));
  server.use(
    http.get(`${API}/master-account`, () => HttpResponse.json({ association: { id: 1 } })),
    http.get(`${API}/invitation-settings`, () =>
      HttpResponse.text('<h1>502 Bad Gateway</h1>', { status: 502 }),
    ),
  );
  await record('INVALID_RESPONSE', () => acme.masterAccount.get());
  await record('HTTP_502', () => acme.invitations.settings());
  return errors;
}

function assertNothingShows(errors: [string, unknown][], secrets: readonly string[]) {
  for (const [name, error] of errors) assertNoSecrets(name, everythingShown(error), secrets);
  assertNoSecrets('the console', consoleOutput.output.join('\n'), secrets);
  assertNoSecrets(
    'the fake backend’s log and state',
    everythingShown([backend.requests, backend.snapshot()]),
    secrets,
  );
}

describe('credentials never show', () => {
  it('a token: in no error of any failure, nor on the console', async () => {
    const signatures: string[] = [];
    const errors = await everyFailure((account, options) =>
      clientFor(account, { token: SECRET_TOKEN, fetch: gateway(account, signatures), ...options }),
    );
    assertNothingShows(errors, [SECRET_TOKEN]);
  });

  it('a token the backend refuses (APIG.0301): not in the error', async () => {
    const error = await failure(clientFor('x', { token: SECRET_TOKEN }).invitations.list());
    assertNothingShows([['APIG.0301', error]], [SECRET_TOKEN]);
  });

  it('AK, SK and signatures of a signing client: in no error, nor on the console', async () => {
    const signatures: string[] = [];
    const signer = createAkSkSigner({ ak: AK, sk: SK });
    const errors = await everyFailure((account, options) =>
      clientFor(account, {
        token: undefined,
        signer,
        fetch: gateway(account, signatures),
        ...options,
      }),
    );
    assert.ok(signatures.length > 0, 'the signer signed the requests');
    assertNothingShows(errors, [AK, SK, ...signatures]);
  });
});

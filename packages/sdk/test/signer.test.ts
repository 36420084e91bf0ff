import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createClient } from '@enterprise-center/sdk';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import { officialAuthorization } from './support/official-signer.js';
import { wireAssociation } from './support/wire.js';

const AK = 'HPUAEXAMPLEAK0001';
const SK = 'sK3cr3t/éxample+Key=';
const NOW = Date.UTC(2026, 10, 26, 3, 4, 5);
const BASE = 'https://ec.example.test/v2/enterprises/multi-accounts';

const signerAt = (epochMs = NOW) => createAkSkSigner({ ak: AK, sk: SK, now: () => epochMs });

interface Vector {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Signs with the SDK, then asks the official signer for the same request and date. */
const assertMatchesOfficial = async ({ method, url, headers, body }: Vector, epochMs = NOW) => {
  const signed = await signerAt(epochMs)({ method, url, headers, body });
  const expected = officialAuthorization({
    method,
    url,
    headers: { ...headers, 'X-Sdk-Date': signed['X-Sdk-Date']! },
    body,
    ak: AK,
    sk: SK,
  });
  assert.equal(signed.Authorization, expected, `${method} ${url}`);
};

describe('createAkSkSigner', () => {
  it('adds X-Sdk-Date in UTC basic format and an SDK-HMAC-SHA256 Authorization', async () => {
    const signed = await signerAt()({
      method: 'GET',
      url: `${BASE}/master-account`,
      headers: {},
      body: '',
    });
    assert.equal(signed['X-Sdk-Date'], '20261126T030405Z');
    assert.match(
      signed.Authorization!,
      /^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0001, SignedHeaders=host;x-sdk-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it('equals the official signer for a GET whose query needs encoding', () =>
    assertMatchesOfficial({
      method: 'GET',
      url: `${BASE}/sub-customers?sub_customer_account_name=acme+%26+sons%2Fé&offset=0&limit=10&fuzzy_query=1&org_id=*~!`,
      headers: { accept: 'application/json' },
      body: '',
    }));

  it('equals the official signer for unicode path segments', () =>
    assertMatchesOfficial({
      method: 'GET',
      url: new URL(`${BASE}/invitations/inv-ünïcödé 中文 😀/x`).href,
      headers: {},
      body: '',
    }));

  it('equals the official signer for a POST with a JSON body', () =>
    assertMatchesOfficial({
      method: 'POST',
      url: `${BASE}/invitations`,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        account_name: 'acme-robotics',
        org_id: '1000000002',
        notes: 'Bienvenue « chez nous » — 欢迎',
        trans_id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      }),
    }));

  it('equals the official signer with extra signed headers, repeated query names included', () =>
    assertMatchesOfficial({
      method: 'POST',
      url: `${BASE}/received-invitations/inv-7k2m9x4q1a8b/accept?b=2&a=z&a=y`,
      headers: {
        'content-type': 'application/json',
        'x-project-id': '0a1b2c3d4e5f',
        'x-domain-id': 'd0m41n',
        'x-language': 'en-us',
      },
      body: JSON.stringify({
        agreements: [{ id: 'em-member-association', version: '2025-02-25' }],
      }),
    }));

  it('equals the official signer for many generated requests', async () => {
    const segment = fc.stringMatching(/^[\p{L}\p{N}\-._~!$&()*+,;=:@ %]{1,8}$/u);
    const headerName = fc.stringMatching(/^x-[a-z0-9-]{1,12}$/);
    const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,20}[\x21-\x7e])?$/);
    const queryPart = fc.string({ unit: 'grapheme', maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.array(
          fc.tuple(
            queryPart.filter((name) => name !== '' && name !== '__proto__'),
            queryPart,
          ),
          {
            maxLength: 4,
          },
        ),
        fc.dictionary(headerName, headerValue, { maxKeys: 3 }),
        fc.option(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })), {
          nil: undefined,
        }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        async (method, segments, query, headers, data, date) => {
          const url = new URL(`${BASE}/${segments.join('/')}`);
          for (const [name, value] of query) url.searchParams.append(name, value);
          const body = data === undefined ? '' : JSON.stringify(data);
          await assertMatchesOfficial({ method, url: url.href, headers, body }, date.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("ignores the previous attempt's Authorization and date when a retry is signed", async () => {
    const fresh = {
      method: 'GET',
      url: `${BASE}/master-account`,
      headers: { accept: 'application/json' },
      body: '',
    };
    const first = await signerAt(NOW)(fresh);
    const retried = await signerAt(NOW + 1_500)({
      ...fresh,
      headers: {
        ...fresh.headers,
        authorization: first.Authorization!,
        'x-sdk-date': first['X-Sdk-Date']!,
      },
    });
    assert.equal(retried['X-Sdk-Date'], '20261126T030406Z');
    await assertMatchesOfficial(fresh, NOW + 1_500);
    assert.equal(retried.Authorization, (await signerAt(NOW + 1_500)(fresh)).Authorization);
  });

  it('requires both keys and never shows them', () => {
    for (const options of [
      { ak: '', sk: SK },
      { ak: AK, sk: '' },
    ]) {
      assert.throws(
        () => createAkSkSigner(options),
        (error: Error) =>
          error instanceof TypeError && !error.message.includes(SK) && !error.message.includes(AK),
      );
    }
    assert.equal(inspect(signerAt(), { showHidden: true, depth: Infinity }).includes(SK), false);
  });
});

describe('a client with the AK/SK signer', () => {
  /** Attempts seen by the server, and whether each one's signature was right. */
  const attempts: { date: string | null; valid: boolean }[] = [];
  let failFirst = false;

  const verify = async (request: Request): Promise<boolean> => {
    const authorization = request.headers.get('authorization') ?? '';
    const names = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
    const headers = Object.fromEntries(
      names
        .filter((name) => name !== 'host' && name !== 'x-sdk-date')
        .map((name) => [name, request.headers.get(name) ?? '']),
    );
    const expected = officialAuthorization({
      method: request.method,
      url: request.url,
      headers: { ...headers, 'X-Sdk-Date': request.headers.get('x-sdk-date') ?? '' },
      body: await request.text(),
      ak: AK,
      sk: SK,
    });
    return authorization === expected && !request.headers.has('x-auth-token');
  };

  const server = setupServer(
    http.all(`${BASE}/*`, async ({ request }) => {
      const valid = await verify(request);
      attempts.push({ date: request.headers.get('x-sdk-date'), valid });
      if (!valid)
        return HttpResponse.json(
          { error_code: 'APIG.0301', error_msg: 'Bad signature.' },
          { status: 401 },
        );
      if (failFirst && attempts.length === 1) {
        return HttpResponse.json(
          { error_code: 'CBC.0999', error_msg: 'Internal error.' },
          { status: 503 },
        );
      }
      return HttpResponse.json({ association: wireAssociation });
    }),
  );
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    attempts.length = 0;
    failFirst = false;
  });
  after(() => server.close());

  const client = (now: () => number) =>
    createClient({
      baseUrl: 'https://ec.example.test',
      signer: createAkSkSigner({ ak: AK, sk: SK, now }),
      retry: { limit: 1, backoffLimit: 1 },
    });

  it('sends requests the official signer verifies, the JSON body included', async () => {
    const association = await client(() => NOW).masterAccount.get();
    assert.equal(association?.masterAccountName, 'acme-group');
    assert.deepEqual(attempts, [{ date: '20261126T030405Z', valid: true }]);
  });

  it('signs a retry anew with a fresh date', async () => {
    let clock = NOW;
    failFirst = true;
    const association = await client(() => (clock += 1_000)).masterAccount.get();
    assert.equal(association?.orgName, 'Engineering');
    assert.deepEqual(attempts, [
      { date: '20261126T030406Z', valid: true },
      { date: '20261126T030407Z', valid: true },
    ]);
  });
});

describe('the package root', () => {
  it('does not bundle the signer for web pages that do not import it', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'esm',
      conditions: ['source'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((input) => input.endsWith('sdk/src/client.ts')));
    assert.deepEqual(
      inputs.filter((input) => /signer/.test(input)),
      [],
    );
    assert.equal(result.outputFiles[0]!.text.includes('SDK-HMAC-SHA256'), false);
  });
});

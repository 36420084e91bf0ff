// The whole client (ky, schemas, error mapping) against a server answering hostile responses
// through a one-off MSW handler: mutated bodies, wrong content types, bodies that are not JSON,
// mangled error bodies and headers. Every call ends in a valid result or a typed SDK error.
import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { http } from 'msw';
import { isEnterpriseCenterError, type EnterpriseCenterError } from '@enterprise-center/sdk';
import { check } from '../../../packages/sdk/src/schemas/parse.js';
import { API, useFakeBackend } from '../../../packages/sdk/test/support/backend.js';
import { displayMutationsOf, nullsIn, textsNulled } from './support/display-fields.js';
import { realErrors, type ErrorSample } from './support/error-samples.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { applyMutations, mutationsOf, type Json } from './support/hostile-json.js';
import { AGREEMENT, FAILED_CHECK, violations } from './support/output-specs.js';
import { READ_ENDPOINTS, realBodies, type ReadEndpoint } from './support/read-endpoints.js';

const { backend, server, clientFor } = useFakeBackend();
failOnUnhandledRejections();

let bodies: Map<string, Json>;
let errors: Map<string, ErrorSample>;
before(async () => {
  bodies = await realBodies(backend);
  errors = await realErrors(backend);
});

/** What the one-off handler answers next. */
let answer: () => Response;
beforeEach(() => server.use(http.all(`${API}/*`, () => answer())));

const client = () => clientFor('acme-group', { retry: 0 });
const REQUEST_ID = 'req-hostile-1';

type Outcome = { ok: true; value: unknown } | { ok: false; error: EnterpriseCenterError };

/** How a call ended; anything thrown that is not an SDK error fails the test. */
async function outcome(call: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    assert.ok(isEnterpriseCenterError(error), `threw something else: ${inspect(error)}`);
    assert.ok(error instanceof Error);
    return { ok: false, error };
  }
}

const bodyOf = (name: string): Json => bodies.get(name) ?? null;

/** The body as text → what the call must end in: the schema's verdict, or INVALID_RESPONSE. */
async function assertReadOutcome(endpoint: ReadEndpoint, text: string, status: number) {
  let parsed: { ok: true; value: unknown } | { ok: false } = { ok: false };
  try {
    parsed = { ok: true, value: JSON.parse(text) };
  } catch {
    // Not JSON: the call must fail with INVALID_RESPONSE.
  }
  const verdict = parsed.ok ? check(endpoint.schema, parsed.value) : { ok: false as const };
  const got = await outcome(endpoint.call(client()));
  if (verdict.ok) {
    assert.ok(got.ok, `refused a valid body: ${got.ok ? '' : got.error.message}`);
    assert.deepEqual(got.value, verdict.value);
    assert.deepEqual(violations(got.value, endpoint.spec), []);
    return;
  }
  assert.ok(!got.ok, 'accepted a body its schema refuses');
  assert.equal(got.error.code, 'INVALID_RESPONSE');
  assert.equal(got.error.status, status);
  assert.equal(got.error.requestId, REQUEST_ID);
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/html',
  'text/plain',
  'application/octet-stream',
  undefined,
] as const;

const headers = (contentType: string | undefined, extra: Record<string, string> = {}) => ({
  'X-Request-Id': REQUEST_ID,
  ...(contentType && { 'Content-Type': contentType }),
  ...extra,
});

const anyEndpoint = fc.constantFrom(...READ_ENDPOINTS);

describe('the client answered with hostile responses', () => {
  it('mutated success bodies under any content type: the schema’s verdict, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyEndpoint.chain((endpoint) =>
          fc.tuple(fc.constant(endpoint), mutationsOf(bodyOf(endpoint.name))),
        ),
        fc.constantFrom(...CONTENT_TYPES),
        fc.constantFrom(200, 201, 203),
        async ([endpoint, mutations], contentType, status) => {
          const text = JSON.stringify(applyMutations(bodyOf(endpoint.name), mutations));
          answer = () => new Response(text, { status, headers: headers(contentType) });
          await assertReadOutcome(endpoint, text, status);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('display fields null, missing or not text in any response: the call resolves, each null', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyEndpoint.chain((endpoint) =>
          fc.tuple(fc.constant(endpoint), displayMutationsOf(bodyOf(endpoint.name))),
        ),
        async ([endpoint, mutations]) => {
          const body = bodyOf(endpoint.name);
          const text = JSON.stringify(applyMutations(body, mutations));
          answer = () => new Response(text, { headers: headers('application/json') });
          const [got, reference] = [
            await outcome(endpoint.call(client())),
            check(endpoint.schema, JSON.parse(JSON.stringify(body))),
          ];
          assert.ok(got.ok, `refused: ${got.ok ? '' : got.error.message}`);
          assert.ok(reference.ok);
          assert.deepEqual(violations(got.value, endpoint.spec), []);
          assert.equal(nullsIn(got.value), nullsIn(reference.value) + textsNulled(body, mutations));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('success bodies that are not JSON, cut short, empty or binary: INVALID_RESPONSE', async () => {
    const garbage = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 200 }),
      anyEndpoint.chain((endpoint) => {
        const text = JSON.stringify(bodyOf(endpoint.name));
        return fc.nat(text.length - 1).map((cut) => text.slice(0, cut));
      }),
      fc.constantFrom('', 'null', '[]', '{}', 'NaN', '<!doctype html><h1>200 OK</h1>', '\uFEFF{}'),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes)),
    );
    await fc.assert(
      fc.asyncProperty(
        anyEndpoint,
        garbage,
        fc.constantFrom(...CONTENT_TYPES),
        fc.constantFrom(200, 202, 204, 205),
        async (endpoint, text, contentType, status) => {
          const noBody = status === 204 || status === 205;
          answer = () =>
            new Response(noBody ? null : text, { status, headers: headers(contentType) });
          await assertReadOutcome(endpoint, noBody ? '' : text, status);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('mangled error responses of any 4xx/5xx status: a typed error with valid extras', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...errors.values()).chain((sample) =>
          fc.record({
            sample: fc.constant(sample),
            mutations: fc.oneof(fc.constant([]), mutationsOf(sample.body)),
            status: fc.oneof(fc.constant(sample.status), fc.integer({ min: 400, max: 599 })),
          }),
        ),
        fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
        async ({ sample, mutations, status }, retryAfter) => {
          const body = applyMutations(sample.body, mutations);
          const extra: Record<string, string> =
            retryAfter === undefined ? {} : { 'Retry-After': retryAfter };
          answer = () =>
            new Response(JSON.stringify(body), {
              status,
              headers: headers('application/json', extra),
            });
          const got = await outcome(client().masterAccount.get());
          assert.ok(!got.ok, 'an error status resolved');
          const { error } = got;
          assert.equal(error.status, status);
          assert.equal(error.requestId, REQUEST_ID);
          assertTypedError(error, body);
          if (mutations.length === 0 && status === sample.status) {
            assert.equal(error.code, (sample.body as { error_code: string }).error_code);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** The error is the body's code with well-typed extras, or `HTTP_<status>`. */
function assertTypedError(error: EnterpriseCenterError, body: Json): void {
  if (error.code === `HTTP_${error.status}`) return;
  const wire = body as Record<string, Json>;
  assert.equal(error.code, wire.error_code);
  assert.equal(error.message, wire.error_msg);
  const extras: Record<string, () => string[]> = {
    'EM.1001': () =>
      violations((error as { failedChecks?: unknown }).failedChecks, {
        arrayOf: FAILED_CHECK,
      }),
    'EM.1002': () => violations(error.invitationId, 'string'),
    'EM.1004': () =>
      violations(error.invitationStatus, {
        oneOf: ['pending', 'accepted', 'declined', 'cancelled', 'expired', 'unknown'],
      }),
    'EM.1005': () => violations(error.agreements, { arrayOf: AGREEMENT }),
  };
  assert.deepEqual(extras[error.code]?.() ?? [], [], `extras of ${error.code}`);
  if (error.code === 'APIG.0308') {
    assert.ok(
      Number.isFinite(error.retryAfter) && (error.retryAfter ?? -1) >= 0,
      `retryAfter ${error.retryAfter}`,
    );
  }
}

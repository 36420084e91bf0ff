// The fake backend against malformed requests: wrong types, oversized strings, unknown enums,
// missing fields, bad ids and bad pagination each get 400 CBC.0100 naming the parameter, and the
// backend's state is exactly what it was before.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { useFakeBackend } from '../../../packages/mock/test/harness.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { anyJson, extraKey } from './support/hostile-json.js';
import {
  MALFORMABLE_ENDPOINTS,
  buildRequest,
  type BuiltRequest,
  type MalformableEndpoint,
  type Parameter,
} from './support/malformed-requests.js';

const { backend, call } = useFakeBackend();
failOnUnhandledRejections();

const send = ({ method, path, as, body }: BuiltRequest, rawBody?: string) =>
  call(method, path, { as, body, rawBody });

/** Whether `message` names parameter `name` (as a whole word, e.g. `agreements[1].id`). */
const names = (message: unknown, name: string): boolean =>
  new RegExp(`(^|[^a-z_])${name.replace(/[[\]]/g, '\\$&')}([^a-z_]|$)`).test(String(message));

/** Sends `request`, expecting 400 CBC.0100 naming one of `parameters` and no state change. */
async function assertRefused(request: BuiltRequest, parameters: string[], rawBody?: string) {
  const before = backend.snapshot();
  const response = await send(request, rawBody);
  const { status, body } = response;
  const shown = `${request.method} ${request.path.slice(0, 120)} → ${status} ${JSON.stringify(body).slice(0, 200)}`;
  assert.equal(status, 400, shown);
  assert.equal(body.error_code, 'CBC.0100', shown);
  assert.ok(
    parameters.some((name) => names(body.error_msg, name)),
    `"${body.error_msg}" names none of ${parameters.join(', ')}`,
  );
  assert.equal(body.request_id, response.requestId);
  assert.deepEqual(backend.snapshot(), before, 'a refused request changed the state');
}

/** One parameter of the endpoint with one of its invalid values. */
const oneInvalid = (endpoint: MalformableEndpoint) =>
  fc
    .constantFrom(...endpoint.parameters)
    .chain((parameter) =>
      parameter.invalid.map((value): [Parameter, unknown] => [parameter, value]),
    );

const title = (endpoint: MalformableEndpoint) => `${endpoint.method} ${endpoint.path}`;

describe('the fake backend refuses malformed requests and changes nothing', () => {
  for (const endpoint of MALFORMABLE_ENDPOINTS) {
    it(`${title(endpoint)}: one malformed parameter → 400 CBC.0100 naming it`, async () => {
      await fc.assert(
        fc.asyncProperty(oneInvalid(endpoint), async ([parameter, value]) => {
          backend.reset();
          const request = buildRequest(backend, endpoint, new Map([[parameter.name, value]]));
          await assertRefused(request, [parameter.name]);
          if (endpoint.idempotent && parameter.name !== 'trans_id') {
            // The refusal was not remembered: the corrected request with the same trans_id runs.
            const corrected = await send(buildRequest(backend, endpoint));
            assert.equal(corrected.status, 200, JSON.stringify(corrected.body));
          }
        }),
        { numRuns: 300 },
      );
    });

    if (endpoint.parameters.length < 2) continue;
    it(`${title(endpoint)}: several malformed parameters → 400 CBC.0100 naming one of them`, async () => {
      const several = fc
        .subarray(endpoint.parameters, { minLength: 2 })
        .chain((parameters) =>
          fc.tuple(...parameters.map((p) => p.invalid.map((value) => [p.name, value] as const))),
        );
      await fc.assert(
        fc.asyncProperty(several, async (invalid) => {
          backend.reset();
          const request = buildRequest(backend, endpoint, new Map(invalid));
          await assertRefused(
            request,
            invalid.map(([name]) => name),
          );
        }),
        { numRuns: 100 },
      );
    });
  }

  const posts = MALFORMABLE_ENDPOINTS.filter((endpoint) => endpoint.method === 'POST');
  it('a POST body that is not a JSON object → 400 CBC.0100 naming the body', async () => {
    const isJsonObject = (text: string) => {
      try {
        const value: unknown = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value);
      } catch {
        return false;
      }
    };
    const notAnObject = fc
      .oneof(
        fc.string(),
        anyJson().map((value) => JSON.stringify(value)),
        fc.constantFrom('null', '[]', '"{}"', '{"account_name":', '\u0000', '{} {}'),
      )
      .filter((text) => text.trim() !== '' && !isJsonObject(text));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...posts), notAnObject, async (endpoint, text) => {
        backend.reset();
        await assertRefused(buildRequest(backend, endpoint), ['body'], text);
      }),
      { numRuns: 150 },
    );
  });

  const reads = MALFORMABLE_ENDPOINTS.filter((endpoint) => !endpoint.idempotent);
  it('unknown query parameters and body fields are ignored: the same answer', async () => {
    const strip = (body: Record<string, unknown>) => ({ ...body, request_id: undefined });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...reads),
        fc.dictionary(extraKey(), anyJson(), { minKeys: 1, maxKeys: 3 }),
        async (endpoint, extras) => {
          backend.reset();
          const request = buildRequest(backend, endpoint);
          const known = new Set(endpoint.parameters.map((parameter) => parameter.name));
          const unknown = Object.entries(extras).filter(([key]) => !known.has(key));
          fc.pre(unknown.length > 0);
          const widened: BuiltRequest =
            endpoint.method === 'POST'
              ? { ...request, body: Object.assign(Object.fromEntries(unknown), request.body) }
              : {
                  ...request,
                  path: `${request.path}${request.path.includes('?') ? '&' : '?'}${new URLSearchParams(
                    unknown.map(([key, value]) => [key, JSON.stringify(value)]),
                  )}`,
                };
          const [plain, extended] = [await send(request), await send(widened)];
          assert.equal(plain.status, 200);
          assert.deepEqual(strip(extended.body), strip(plain.body));
        },
      ),
      { numRuns: 100 },
    );
  });
});

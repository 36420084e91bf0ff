// The SDK's response schemas against mutated bodies (the honest unit for thousands of cases):
// every body is either refused (the client turns that into INVALID_RESPONSE) or turned into a
// result that is valid by an oracle written apart from the schemas — and checking never throws.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { check } from '../../../packages/sdk/src/schemas/parse.js';
import { useFakeBackend } from '../../../packages/sdk/test/support/backend.js';
import { failOnUnhandledRejections } from './support/guard.js';
import {
  anyJson,
  applyMutations,
  extraFieldOf,
  locations,
  mutationsOf,
  type Json,
  type Location,
} from './support/hostile-json.js';
import {
  displayFields,
  displayMutationsOf,
  nullsIn,
  textsNulled,
  wrongTypeOf,
} from './support/display-fields.js';
import { violations } from './support/output-specs.js';
import { READ_ENDPOINTS, realBodies } from './support/read-endpoints.js';

const { backend } = useFakeBackend();
failOnUnhandledRejections();

let bodies: Map<string, Json>;
before(async () => {
  bodies = await realBodies(backend);
});

/** Exactly what a body goes through on the wire. */
const overTheWire = (doc: Json): unknown => JSON.parse(JSON.stringify(doc));

const bodyOf = (name: string): Json => {
  const body = bodies.get(name);
  assert.ok(body !== undefined, `no real body for ${name}`);
  return body;
};

/** The number of `'unknown'` enum values in a parsed result. */
const unknowns = (value: unknown): number =>
  value === 'unknown'
    ? 1
    : typeof value === 'object' && value !== null
      ? Object.values(value).reduce((sum: number, item) => sum + unknowns(item), 0)
      : 0;

const ENUM_FIELDS = new Set(['status', 'payment_method', 'sales_channel']);

/** Every enum value the SDK knows, member status codes included. */
const KNOWN_ENUM_VALUES = new Set<Json>([
  ...['pending', 'accepted', 'declined', 'cancelled', 'expired', 'passed', 'failed', 'skipped'],
  ...['paid_by_master', 'paid_by_member', 'direct', 'partner', 1, 2, 3, 4, 101, 102],
]);

/** A value of the enum's wire type (string, or number for member statuses) the SDK does not know. */
const unknownEnumValue = (numeric: boolean): fc.Arbitrary<Json> => {
  const candidates: fc.Arbitrary<Json> = numeric
    ? fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
    : fc.string({ maxLength: 20 });
  return candidates.filter((value) => !KNOWN_ENUM_VALUES.has(value));
};

/** Wire locations holding an enum value (member statuses are numbers). */
const enumLocations = (doc: Json): { at: Location; numeric: boolean }[] =>
  locations(doc)
    .filter(
      ({ at }) =>
        ENUM_FIELDS.has(String(at.at(-1))) ||
        (at.at(-1) === 'code' && at.includes('payment_methods')),
    )
    .map(({ at, value }) => ({ at, numeric: typeof value === 'number' }));

describe('SDK response schemas fed hostile bodies', () => {
  it('the fake backend’s real bodies are valid results (the properties start from them)', () => {
    for (const endpoint of READ_ENDPOINTS) {
      const result = check(endpoint.schema, overTheWire(bodyOf(endpoint.name)));
      assert.ok(result.ok, `${endpoint.name}: ${result.ok ? '' : result.problem}`);
      assert.deepEqual(violations(result.value, endpoint.spec), [], endpoint.name);
    }
  });

  for (const endpoint of READ_ENDPOINTS) {
    it(`${endpoint.name}: wrong types, missing and extra fields, huge strings → refused or valid`, () => {
      const seen = { valid: 0, refused: 0 };
      fc.assert(
        fc.property(mutationsOf(bodyOf(endpoint.name)), (mutations) => {
          const result = check(
            endpoint.schema,
            overTheWire(applyMutations(bodyOf(endpoint.name), mutations)),
          );
          if (!result.ok) {
            seen.refused += 1;
            assert.ok(result.problem.length > 0, 'a refusal names the offending field');
            return;
          }
          seen.valid += 1;
          assert.deepEqual(violations(result.value, endpoint.spec), []);
        }),
        { numRuns: 500 },
      );
      assert.ok(seen.valid > 0 && seen.refused > 0, `both outcomes occur: ${JSON.stringify(seen)}`);
    });

    it(`${endpoint.name}: any JSON value as the whole body → refused or valid`, () => {
      fc.assert(
        fc.property(anyJson(), (doc) => {
          const result = check(endpoint.schema, overTheWire(doc));
          if (result.ok) assert.deepEqual(violations(result.value, endpoint.spec), []);
        }),
        { numRuns: 150 },
      );
    });

    it(`${endpoint.name}: extra fields anywhere, "__proto__" included, change nothing`, () => {
      const body = bodyOf(endpoint.name);
      const reference = check(endpoint.schema, overTheWire(body));
      assert.ok(reference.ok);
      fc.assert(
        fc.property(fc.array(extraFieldOf(body), { minLength: 1, maxLength: 3 }), (extras) => {
          const result = check(endpoint.schema, overTheWire(applyMutations(body, extras)));
          assert.ok(result.ok, result.ok ? '' : result.problem);
          assert.deepEqual(result.value, reference.value);
          assert.equal(Object.getPrototypeOf(result.value ?? {}), Object.prototype);
        }),
        { numRuns: 150 },
      );
    });

    it(`${endpoint.name}: display fields null, missing or not text → valid, each of them null`, () => {
      const body = bodyOf(endpoint.name);
      assert.ok(displayFields(body).length > 0, `${endpoint.name} has no display field`);
      const reference = check(endpoint.schema, overTheWire(body));
      assert.ok(reference.ok);
      fc.assert(
        fc.property(displayMutationsOf(body), (mutations) => {
          const result = check(endpoint.schema, overTheWire(applyMutations(body, mutations)));
          assert.ok(result.ok, result.ok ? '' : result.problem);
          assert.deepEqual(violations(result.value, endpoint.spec), []);
          assert.equal(
            nullsIn(result.value),
            nullsIn(reference.value) + textsNulled(body, mutations),
            'every display field touched reads as null',
          );
        }),
        { numRuns: 200 },
      );
    });

    it(`${endpoint.name}: a strict field of another type → refused as invalid_type at its path`, () => {
      const body = bodyOf(endpoint.name);
      fc.assert(
        fc.property(wrongTypeOf(body), (mutation) => {
          const result = check(endpoint.schema, overTheWire(applyMutations(body, [mutation])));
          const at = mutation.at.join('.');
          assert.ok(!result.ok, `accepted ${JSON.stringify(mutation.value)} at ${at}`);
          assert.match(result.problem, new RegExp(`(^|; )${at.replace(/\./g, '\\.')}: expected `));
          const { issues } = result.cause as { issues: { code: string; path: unknown[] }[] };
          assert.ok(
            issues.some((issue) => issue.code === 'invalid_type' && issue.path.join('.') === at),
            JSON.stringify(issues),
          );
        }),
        { numRuns: 200 },
      );
    });

    // The organization tree is the one body without an enum.
    if (endpoint.name === 'organizations.tree') continue;
    it(`${endpoint.name}: an enum value this SDK does not know becomes "unknown"`, () => {
      const body = bodyOf(endpoint.name);
      const found = enumLocations(body);
      assert.ok(found.length > 0, `${endpoint.name} has no enum field to mutate`);
      const reference = check(endpoint.schema, overTheWire(body));
      assert.ok(reference.ok);
      fc.assert(
        fc.property(
          fc
            .constantFrom(...found)
            .chain(({ at, numeric }) => unknownEnumValue(numeric).map((value) => ({ at, value }))),
          ({ at, value }) => {
            const result = check(
              endpoint.schema,
              overTheWire(applyMutations(body, [{ kind: 'replace', at, value }])),
            );
            assert.ok(result.ok, result.ok ? '' : result.problem);
            assert.equal(unknowns(result.value), unknowns(reference.value) + 1);
          },
        ),
        { numRuns: 100 },
      );
    });
  }
});

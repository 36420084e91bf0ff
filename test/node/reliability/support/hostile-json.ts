// Mutations of valid JSON documents, as fast-check arbitraries: wrong types, missing fields, extra
// fields (prototype-looking names included), huge strings and unknown enum values. Mutations are
// plain data, so a failing case prints as something a person can read and replay.
import fc from 'fast-check';

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys and indexes leading from the root of a document to one value. */
export type Location = readonly (string | number)[];

/** One change to a document. */
export type Mutation =
  /** The value at `at` becomes `value` (often of another type). */
  | { kind: 'replace'; at: Location; value: Json }
  /** The field at `at` is left out. */
  | { kind: 'remove'; at: Location }
  /** The object at `at` gets one more field. */
  | { kind: 'add'; at: Location; key: string; value: Json }
  /** The value at `at` becomes a string of `length` copies of `unit` (built when applied). */
  | { kind: 'huge'; at: Location; unit: string; length: number };

const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every location in `doc` below the root, with the value there. */
export function locations(doc: Json, at: Location = []): { at: Location; value: Json }[] {
  const children: [string | number, Json][] = Array.isArray(doc)
    ? doc.map((item, index) => [index, item])
    : isObject(doc)
      ? Object.entries(doc)
      : [];
  return children.flatMap(([key, value]) => [
    { at: [...at, key], value },
    ...locations(value, [...at, key]),
  ]);
}

/** `doc` with the value at `at` replaced by what `change` makes of it (`undefined` removes it). */
function changeAt(doc: Json, at: Location, change: (value: Json) => Json | undefined): Json {
  const [head, ...rest] = at;
  if (head === undefined) return change(doc) ?? null;
  const step = (value: Json) => (rest.length === 0 ? change(value) : changeAt(value, rest, change));
  if (Array.isArray(doc) && typeof head === 'number') {
    const next = step(doc[head] ?? null);
    return next === undefined
      ? doc.filter((_, index) => index !== head)
      : doc.map((item, index) => (index === head ? next : item));
  }
  if (!isObject(doc)) return doc;
  const copy: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(doc)) {
    const next = key === String(head) ? step(value) : value;
    // defineProperty: a key such as "__proto__" stays an own field, as JSON.parse makes it.
    if (next !== undefined) Object.defineProperty(copy, key, { value: next, enumerable: true });
  }
  return copy;
}

/** `doc` after `mutation`; `doc` itself is left alone. */
export function applyMutation(doc: Json, mutation: Mutation): Json {
  switch (mutation.kind) {
    case 'replace':
      return changeAt(doc, mutation.at, () => mutation.value);
    case 'remove':
      return changeAt(doc, mutation.at, () => undefined);
    case 'huge':
      return changeAt(doc, mutation.at, () => mutation.unit.repeat(mutation.length));
    case 'add':
      return changeAt(doc, mutation.at, (value) => {
        if (!isObject(value)) return value;
        const copy = { ...value };
        Object.defineProperty(copy, mutation.key, {
          value: mutation.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        return copy;
      });
  }
}

/** `doc` after every mutation, in order. */
export const applyMutations = (doc: Json, mutations: readonly Mutation[]): Json =>
  mutations.reduce(applyMutation, doc);

/** Field names that trip naive code: prototype members and keys that look like them. */
export const TRICKY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
] as const;

/** Any JSON value, small. */
export const anyJson = (): fc.Arbitrary<Json> =>
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;

/** A key a server might add: anything, or one of {@link TRICKY_KEYS}. */
export const extraKey = (): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...TRICKY_KEYS));

/** A mutation that adds fields (and only that) somewhere in `doc`. */
export function extraFieldOf(doc: Json): fc.Arbitrary<Mutation> {
  const objects = [{ at: [] as Location, value: doc }, ...locations(doc)].filter(({ value }) =>
    isObject(value),
  );
  return fc.record({
    kind: fc.constant('add' as const),
    at: fc.constantFrom(...objects.map(({ at }) => at)),
    key: extraKey().filter(
      (key) => !objects.some(({ value }) => isObject(value) && Object.hasOwn(value, key)),
    ),
    value: anyJson(),
  });
}

/** Any single mutation of `doc`. */
export function mutationOf(doc: Json): fc.Arbitrary<Mutation> {
  const all = locations(doc);
  const at = fc.constantFrom(...all.map((location) => location.at));
  const fields = all.filter(({ at: location }) => typeof location.at(-1) === 'string');
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value: anyJson() }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('remove' as const),
        at: fc.constantFrom(...fields.map((field) => field.at)),
      }),
    },
    { weight: 2, arbitrary: extraFieldOf(doc) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('huge' as const),
        at,
        unit: fc.constantFrom('x', '<img src=x onerror=alert(1)>', '\u{1F600}', '\u0000', '\\"'),
        length: fc.integer({ min: 1_000, max: 40_000 }),
      }),
    },
  );
}

/** One to four mutations of `doc`. */
export const mutationsOf = (doc: Json): fc.Arbitrary<Mutation[]> =>
  fc.array(mutationOf(doc), { minLength: 1, maxLength: 4 });

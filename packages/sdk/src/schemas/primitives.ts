import * as z from 'zod/mini';

/* Building blocks shared by the schemas, from zod/mini's public API. */

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** `T` with its snake_case keys renamed to camelCase (one level deep). */
type Camelized<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

const renameKeys = (value: object, rename: (key: string) => string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).map(([key, item]) => [rename(key), item]));

const toCamel = (key: string): string =>
  key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

/** `value` with its snake_case keys renamed to camelCase (one level deep). */
export const camelize = <T extends object>(value: T): Camelized<T> =>
  renameKeys(value, toCamel) as Camelized<T>;

const toSnake = (key: string): string =>
  key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * An object schema written with the wire's snake_case names whose parsed value has camelCase
 * names; nested objects are converted by their own schemas. Unknown fields are dropped.
 */
export const wireObject = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => {
  const object = z.object(shape);
  return z.pipe(
    object,
    z.transform((value: z.output<typeof object>) => camelize(value)),
  );
};

/**
 * An object schema for a caller's camelCase input whose parsed value has the wire's snake_case
 * names (one level deep). Unknown fields are dropped.
 */
export const inputObject = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => {
  const object = z.object(shape);
  return z.pipe(
    object,
    z.transform((value: z.output<typeof object>) => renameKeys(value, toSnake)),
  );
};

/**
 * A response enum: any string is accepted and values this SDK does not know become `'unknown'`,
 * so a server that adds a value never breaks a client. A value that is not a string is refused.
 */
export const openEnum = <const Values extends readonly string[]>(values: Values) =>
  z.pipe(
    z.string(),
    z.transform((value): Values[number] | 'unknown' =>
      values.includes(value) ? (value as Values[number]) : 'unknown',
    ),
  );

/**
 * A display field (API.md §1): a name or text only shown to people. `null`, a missing field or
 * anything else that is not a string reads as `null` (shown with a fallback), so one such field
 * never rejects a whole response.
 *
 * zod's way to say this is `z.catch(z.nullable(z.string()), null)`; zod/mini's `catch` reaches
 * zod's whole `util` module through a namespace, 3 kB gzip more and a `Function` probe a strict
 * CSP reports (docs/bundle-budget.md, row "SDK display fields without z.catch").
 */
export const displayText = z.pipe(
  z.optional(z.unknown()),
  z.transform((value): string | null => (typeof value === 'string' ? value : null)),
);

/** A string of `min`–`max` characters (Unicode code points, as the server counts them). */
export const text = (min: number, max: number) =>
  z.string().check(
    z.refine(
      (value) => {
        const length = [...value].length;
        return length >= min && length <= max;
      },
      { error: `expected ${min} to ${max} characters` },
    ),
  );

/** An integer from `min` to `max`. */
export const integer = (min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.int().check(z.gte(min), z.lte(max));

/** A string matching `pattern`; a mismatch reports `expected {what}`. */
export const matching = (pattern: RegExp, what: string) =>
  z.string().check(z.regex(pattern, { error: `expected ${what}` }));

/**
 * An ISO 8601 UTC time with `Z` and seconds, e.g. `2026-11-26T03:00:00Z`. A pattern rather than
 * `z.iso.datetime()`, which costs 0.66 kB gzip more for calendar checks the server already makes
 * (docs/bundle-budget.md, row "SDK times checked by pattern").
 */
export const IsoTime = matching(
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/,
  'an ISO 8601 UTC time such as 2026-11-26T03:00:00Z',
);

/** An organization unit id: digits, at most 20. */
export const OrgId = matching(/^\d{1,20}$/, 'at most 20 digits');

/** An invitation id, e.g. `inv-7k2m9x4q1a8b`. */
export const InvitationId = matching(/^inv-[0-9a-z]{8,32}$/, 'an id such as inv-7k2m9x4q1a8b');

/** An idempotency key sent as `trans_id`: a UUID. */
export const IdempotencyKey = z.guid({ error: 'expected a UUID' });

/** An account name as the forms take it: 1–64 characters. */
export const AccountName = text(1, 64);

/** `offset` and `limit` (the page size, 1–100) of list queries. */
export const pageQuery = { offset: z.optional(integer()), limit: z.optional(integer(1, 100)) };

import * as z from './zod.js';

/*
 * Building blocks shared by the schemas, built from the cheapest zod pieces (plain checks with
 * `refine`, `pipe` + `transform`) to keep the bundle small; see ADRs 0101 and 0451.
 */

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
export const wireObject = <Shape extends z.Shape>(shape: Shape) => {
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
export const inputObject = <Shape extends z.Shape>(shape: Shape) => {
  const object = z.object(shape);
  return z.pipe(
    object,
    z.transform((value: z.output<typeof object>) => renameKeys(value, toSnake)),
  );
};

/**
 * A response enum: any string is accepted and values this SDK does not know become `'unknown'`,
 * so a server that adds a value never breaks a client.
 */
export const openEnum = <const Values extends readonly string[]>(values: Values) =>
  z.pipe(
    z.string(),
    z.transform((value): Values[number] | 'unknown' =>
      values.includes(value) ? (value as Values[number]) : 'unknown',
    ),
  );

/** A request enum: only the listed values are accepted. */
export const oneOf = <const Values extends readonly string[]>(values: Values) =>
  z.custom<Values[number]>((value) => values.includes(value as string));

/** A string of `min`–`max` characters (Unicode code points). */
export const text = (min: number, max: number) =>
  z.string(
    z.refine((value) => {
      const length = [...value].length;
      return length >= min && length <= max;
    }),
  );

/** An integer from `min` to `max`. */
export const integer = (min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.number(z.refine((value) => Number.isInteger(value) && value >= min && value <= max));

/** A string matching `pattern`. */
export const matching = (pattern: RegExp) => z.string(z.refine((value) => pattern.test(value)));

/** An ISO 8601 UTC time with `Z`, e.g. `2026-11-26T03:00:00Z`. */
export const IsoTime = matching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

/** An organization unit id: digits, at most 20. */
export const OrgId = matching(/^\d{1,20}$/);

/** An invitation id, e.g. `inv-7k2m9x4q1a8b`. */
export const InvitationId = matching(/^inv-[0-9a-z]{8,32}$/);

/** An idempotency key sent as `trans_id`: a UUID. */
export const IdempotencyKey = matching(/^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i);

/** An account name as the forms take it: 1–64 characters. */
export const AccountName = text(1, 64);

/** `offset` and `limit` (the page size, 1–100) of list queries. */
export const pageQuery = { offset: z.optional(integer()), limit: z.optional(integer(1, 100)) };

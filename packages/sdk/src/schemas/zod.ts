import * as core from 'zod/v4/core';

/*
 * The zod pieces the schemas are built from: zod's core schema classes (`zod/v4/core`, which
 * zod/mini and classic zod both wrap), with the same names and meaning as zod/mini's functions.
 * zod/mini's wrappers add per-schema methods the SDK never calls (`parse`, `parseAsync`,
 * `safeParseAsync`, `clone`, `brand`, `register`, `apply`, Standard Schema…) that bundlers cannot
 * drop: building on the core classes saves ~0.8 kB min+gz (docs/decisions/0451).
 * Checks are passed when a schema is made: `string(refine(fn))` for zod/mini's
 * `string().check(refine(fn))`. No piece here ever evaluates text as code (`new Function`).
 */

/** A schema whose parsed value is `Output` (and whose input is `Input`). */
export type Type<Output = unknown, Input = unknown> = core.$ZodType<Output, Input>;
/** The fields of an object schema. */
export type Shape = core.$ZodLooseShape;
/** A check run after a schema of `T` parsed its value. */
export type Check<T> = core.$ZodCheck<T>;
export type { input, output } from 'zod/v4/core';

/** Checks `value` against `schema` without throwing; the issues name the offending paths. */
export const safeParse = core.safeParse;

/** A check that fails when `fn` returns false. */
export const refine = <T>(fn: (value: T) => boolean): Check<T> =>
  new core.$ZodCustom({ type: 'custom', check: 'custom', fn: fn as (value: unknown) => boolean });

/** A value that `fn` accepts, typed as `T`; nothing is checked after a failure. */
export const custom = <T>(fn: (value: unknown) => boolean): core.$ZodCustom<T, T> =>
  new core.$ZodCustom({ type: 'custom', check: 'custom', fn, abort: true }) as core.$ZodCustom<
    T,
    T
  >;

const primitive =
  <T>(type: string) =>
  (...checks: Check<T>[]): core.$ZodCustom<T, T> =>
    new core.$ZodCustom({
      type: 'custom',
      check: 'custom',
      fn: (value) => typeof value === type && (type !== 'number' || Number.isFinite(value)),
      abort: true,
      checks,
    }) as core.$ZodCustom<T, T>;

export const string = primitive<string>('string');
export const number = primitive<number>('number');
export const boolean = primitive<boolean>('boolean');

/** An object with these fields; unknown fields are dropped. */
export const object = <S extends Shape = Record<never, Type>>(
  shape: S,
  ...checks: Check<core.output<core.$ZodObject<S, core.$strip>>>[]
): core.$ZodObject<S, core.$strip> =>
  new core.$ZodObject({ type: 'object', shape, checks }) as core.$ZodObject<S, core.$strip>;

export const array = <T extends Type>(element: T): core.$ZodArray<T> =>
  new core.$ZodArray({ type: 'array', element }) as core.$ZodArray<T>;

export const optional = <T extends Type>(innerType: T): core.$ZodOptional<T> =>
  new core.$ZodOptional({ type: 'optional', innerType }) as core.$ZodOptional<T>;

export const nullable = <T extends Type>(innerType: T): core.$ZodNullable<T> =>
  new core.$ZodNullable({ type: 'nullable', innerType }) as core.$ZodNullable<T>;

/** `from`'s parsed value, passed on to `to` (usually a {@link transform}). */
export const pipe = <
  const A extends Type,
  B extends Type<unknown, core.output<A>> = Type<unknown, core.output<A>>,
>(
  from: A,
  to: B | Type<unknown, core.output<A>>,
): core.$ZodPipe<A, B> =>
  new core.$ZodPipe({ type: 'pipe', in: from, out: to }) as core.$ZodPipe<A, B>;

/** Maps a parsed value (e.g. wire names to camelCase); it cannot fail. */
export const transform = <I = unknown, O = I>(fn: (value: I) => O): core.$ZodTransform<O, I> =>
  new core.$ZodTransform({
    type: 'transform',
    transform: fn as (value: unknown) => unknown,
  }) as core.$ZodTransform<O, I>;

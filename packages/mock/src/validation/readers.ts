// Small composable readers: each checks one parameter and throws CBC.0100 naming it.
import { invalidParameter } from '../errors/api-errors.js';

/** Reads the value of parameter `name` or throws `CBC.0100`. */
export type Reader<T> = (value: unknown, name: string) => T;

/** The output type of a reader. */
export type Read<R> = R extends Reader<infer T> ? T : never;

const isAbsent = (value: unknown): value is undefined | null =>
  value === undefined || value === null;

function present(value: unknown, name: string): unknown {
  if (isAbsent(value)) throw invalidParameter(name, 'it is missing');
  return value;
}

/** A string of `min`–`max` characters, optionally matching `pattern`. */
export function text(max: number, pattern?: RegExp, min = 1): Reader<string> {
  return (value, name) => {
    const s = present(value, name);
    if (typeof s !== 'string') throw invalidParameter(name, 'it must be a string');
    const length = [...s].length;
    if (length < min || length > max) {
      throw invalidParameter(name, `it must have ${min} to ${max} characters`);
    }
    if (pattern && !pattern.test(s))
      throw invalidParameter(name, `it must match ${pattern.source}`);
    return s;
  };
}

/** A digit string of 1–20 digits (org unit ids). */
export const digits: Reader<string> = text(20, /^\d+$/);

/** A UUID (`trans_id`). */
export const uuid: Reader<string> = text(
  36,
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
);

/** One of the listed strings. */
export function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  return (value, name) => {
    const s = present(value, name);
    if (typeof s !== 'string' || !(values as readonly string[]).includes(s)) {
      throw invalidParameter(name, `it must be one of ${values.join(', ')}`);
    }
    return s as T;
  };
}

/** A query-string integer from `min` to `max`. */
export function integer(min: number, max: number): Reader<number> {
  return (value, name) => {
    const s = present(value, name);
    const n = typeof s === 'string' && /^-?\d{1,16}$/.test(s) ? Number(s) : NaN;
    if (!(n >= min && n <= max)) {
      throw invalidParameter(name, `it must be an integer from ${min} to ${max}`);
    }
    return n;
  };
}

/** A JSON whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number): Reader<number> {
  return (value, name) => {
    const n = present(value, name);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      throw invalidParameter(name, `it must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

/** A JSON `true` or `false`. */
export const boolean: Reader<boolean> = (value, name) => {
  const b = present(value, name);
  if (typeof b !== 'boolean') throw invalidParameter(name, 'it must be true or false');
  return b;
};

/** The parameter may be `null` (kept as `null`), and is otherwise read by `read`. */
export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (value, name) => (value === null ? null : read(value, name));
}

/** The parameter may be absent (or `null`): then `undefined`, or `fallback` when given. */
export function optional<T>(read: Reader<T>): Reader<T | undefined>;
export function optional<T, F>(read: Reader<T>, fallback: F): Reader<T | F>;
export function optional<T, F>(read: Reader<T>, fallback?: F): Reader<T | F | undefined> {
  return (value, name) => (isAbsent(value) ? fallback : read(value, name));
}

/** An array of at most `maxItems` items; items are named `name[i]`. */
export function arrayOf<T>(item: Reader<T>, maxItems: number): Reader<T[]> {
  return (value, name) => {
    const list = present(value, name);
    if (!Array.isArray(list)) throw invalidParameter(name, 'it must be an array');
    if (list.length > maxItems) {
      throw invalidParameter(name, `it must have at most ${maxItems} items`);
    }
    return list.map((entry, index) => item(entry, `${name}[${index}]`));
  };
}

/**
 * A JSON object with the fields of `shape` (others are ignored); fields are named
 * `name.field`, or `field` at the top level (`name` empty).
 */
export function object<S extends Record<string, Reader<unknown>>>(
  shape: S,
): Reader<{ [K in keyof S]: Read<S[K]> }> {
  return (value, name) => {
    const record = present(value, name || 'body');
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw invalidParameter(name || 'body', 'it must be a JSON object');
    }
    const out: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(shape)) {
      const field = Object.hasOwn(record, key)
        ? (record as Record<string, unknown>)[key]
        : undefined;
      out[key] = read(field, name ? `${name}.${key}` : key);
    }
    return out as { [K in keyof S]: Read<S[K]> };
  };
}

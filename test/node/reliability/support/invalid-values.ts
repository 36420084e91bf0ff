// Values the contract (API.md §1–§3) says a parameter must not take, by kind of parameter.
import fc from 'fast-check';
import { anyJson } from './hostile-json.js';

/** Marks a parameter left out of the request. */
export const ABSENT = Symbol('absent');

/** Any JSON value but a string (or null, which counts as absent). */
export const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(anyJson(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), anyJson(), { maxKeys: 2 }),
);

/** Longer than `max` code points: just over, far over, or made of astral characters. */
export const tooLong = (max: number) =>
  fc.oneof(
    fc.string({ minLength: max + 1, maxLength: max + 40 }),
    fc.integer({ min: max + 1, max: 200_000 }).map((length) => 'x'.repeat(length)),
    fc.integer({ min: max + 1, max: max + 10 }).map((length) => '\u{1F600}'.repeat(length)),
  );

/** Left out, or `null` (which counts as absent). */
export const missing = fc.constantFrom(ABSENT, null);

/** Not a 1–`max` character string, or missing. */
export const requiredText = (max: number) =>
  fc.oneof(missing, notString, fc.constant(''), tooLong(max));

/** Not a string of 1–20 digits. */
export const notDigits = fc.oneof(
  fc.string({ maxLength: 20 }).filter((value) => !/^\d{1,20}$/.test(value)),
  fc.stringMatching(/^\d{21,30}$/),
  fc.stringMatching(/^ ?-?\d{1,5}[ .]\d?$/),
);

/** A string that is none of `values`. */
export const outside = (values: readonly string[]) =>
  fc.string({ maxLength: 16 }).filter((value) => !values.includes(value));

/** Query-string integers outside `min`–`max`, or not integers at all. */
export const badInteger = (min: number, max: number) =>
  fc.oneof(
    fc.constantFrom('', ' ', '1.5', '1e2', '0x10', 'ten', '--1', '+', '١'),
    fc.integer({ min: -1_000_000, max: min - 1 }).map(String),
    fc.integer({ min: max + 1, max: Number.MAX_SAFE_INTEGER }).map(String),
    fc.stringMatching(/^\d{17,24}$/),
    fc.string({ maxLength: 6 }).filter((value) => !/^-?\d+$/.test(value)),
  );

/** A path-safe id that does not match `^inv-[0-9a-z]{8,32}$`. */
export const badInvitationId = fc
  .stringMatching(/^[A-Za-z0-9_~-]{1,40}$/)
  .filter((id) => !/^inv-[0-9a-z]{8,32}$/.test(id));

/** Not a list of at most 20 `{ id, version }` (1–64 characters each). */
export const badAgreements = (valid: readonly { id: string; version: string }[]) =>
  fc.oneof(
    missing,
    notString.filter((value) => !Array.isArray(value)),
    fc.string({ maxLength: 8 }),
    fc.array(fc.constantFrom(...valid), { minLength: 21, maxLength: 30 }),
    fc
      .oneof(
        fc.record({ id: notString, version: fc.constant('2025-02-25') }),
        fc.record({ id: fc.constant('em-service-agreement'), version: requiredText(64) }),
        fc.record({ id: tooLong(64), version: fc.constant('2025-02-25') }),
        fc
          .oneof(notString, fc.string())
          .filter((item) => typeof item !== 'object' || item === null),
      )
      .map((item) => [...valid, item]),
  );

/** Not a UUID (and not absent: `trans_id` is optional). */
export const badTransId = fc.oneof(
  notString,
  fc.string({ maxLength: 40 }),
  fc.uuid().map((uuid) => `${uuid}0`),
  fc.uuid().map((uuid) => uuid.replace(/-/g, '')),
);

// The tolerant reader of API.md §1 as mutations of real bodies: display fields (names and texts
// only shown to people) set to null, left out or given a value that is not text, which a client
// must read as null; and strict fields (ids, statuses, codes, times, flags, counts) given a value
// of another type, which it must refuse.
import fc from 'fast-check';
import { anyJson, locations, type Json, type Location, type Mutation } from './hostile-json.js';

/** The wire names of display fields (API.md §1, "Display fields"). */
export const DISPLAY_FIELDS: ReadonlySet<string> = new Set([
  'enterprise_name',
  'org_name',
  'root_name',
  'name',
  'display_name',
  'notes',
  'message',
]);

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const isDisplayField = (at: Location): boolean => DISPLAY_FIELDS.has(String(at.at(-1)));

/** Every display field in `doc`, with its value. */
export const displayFields = (doc: Json): { at: Location; value: Json }[] =>
  locations(doc).filter(({ at }) => isDisplayField(at));

/**
 * One or more display fields of `doc`, each set to null, left out or given a value that is not
 * text (a number, a flag, an object, an array).
 */
export function displayMutationsOf(doc: Json): fc.Arbitrary<Mutation[]> {
  const notText = anyJson().filter((value) => typeof value !== 'string');
  return fc
    .subarray(
      displayFields(doc).map(({ at }) => at),
      { minLength: 1 },
    )
    .chain((found) =>
      fc.tuple(
        ...found.map((at) =>
          fc.oneof(
            fc.constant<Mutation>({ kind: 'replace', at, value: null }),
            fc.constant<Mutation>({ kind: 'remove', at }),
            notText.map((value): Mutation => ({ kind: 'replace', at, value })),
          ),
        ),
      ),
    );
}

/** How many of the display fields these mutations touch held text before: each becomes null. */
export const textsNulled = (doc: Json, mutations: readonly Mutation[]): number =>
  mutations.filter(({ at }) =>
    displayFields(doc).some(
      (field) => typeof field.value === 'string' && field.at.join('\0') === at.join('\0'),
    ),
  ).length;

/** How many nulls `value` holds, at any depth. */
export const nullsIn = (value: unknown): number =>
  value === null
    ? 1
    : typeof value === 'object'
      ? Object.values(value as object).reduce((sum: number, item) => sum + nullsIn(item), 0)
      : 0;

/** A strict field of `doc` (a text, number or flag that is not a display field). */
export const strictFields = (doc: Json): { at: Location; value: Json }[] =>
  locations(doc).filter(
    ({ at, value }) =>
      typeof at.at(-1) === 'string' &&
      !isDisplayField(at) &&
      ['string', 'number', 'boolean'].includes(typeof value),
  );

/** One strict field of `doc` given a value of another JSON type (null included). */
export function wrongTypeOf(doc: Json): fc.Arbitrary<Mutation & { kind: 'replace' }> {
  return fc.constantFrom(...strictFields(doc)).chain(({ at, value }) =>
    anyJson()
      .filter((garbage) => kindOf(garbage) !== kindOf(value))
      .map((garbage) => ({ kind: 'replace' as const, at, value: garbage })),
  );
}

import { safeParse, type Type } from './zod.js';

/** A zod schema whose output is `T`, as the transport sees it. */
export type Schema<T> = Type<T>;

/** The outcome of checking a value: the parsed value, or where it went wrong. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string; cause: unknown };

/**
 * Checks `value` against `schema`. `problem` names every offending field by its path
 * (e.g. `accountName`, `invitations.0.agreements.0.url`).
 */
export const check = <T>(schema: Schema<T>, value: unknown): Checked<T> => {
  const result = safeParse(schema, value);
  if (result.success) return { ok: true, value: result.data };
  const paths = result.error.issues.map((issue) => issue.path.join('.') || 'input');
  return { ok: false, problem: paths.join(', '), cause: result.error };
};

import * as z from 'zod/mini';

/** A zod schema whose output is `T`, as the transport sees it. */
export type Schema<T> = z.ZodMiniType<T>;

/** The outcome of checking a value: the parsed value, or what is wrong with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string; cause: unknown };

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * The message of each issue the schemas raise: what the field had to be and, for a wrong type,
 * what it was. Checks that bring their own message (`refine`, `regex`, `guid`) keep it. Passed
 * per parse, so the SDK never changes zod's global configuration of the host page.
 */
const explain: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.join(', ')}`;
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'too_small':
      return `expected at least ${issue.minimum}`;
    case 'too_big':
      return `expected at most ${issue.maximum}`;
  }
  return undefined;
};

/**
 * Checks `value` against `schema`. `problem` names every offending field by its path and says
 * what it had to be (e.g. `accountName: expected string, received number`,
 * `invitations.0.agreements.0.url: expected an https: or http: URL`); `root` names the value
 * itself when it is the offender. `cause` is zod's error, whose issues carry zod's codes
 * (`invalid_type`, `too_big`…).
 */
export const check = <T>(schema: Schema<T>, value: unknown, root = 'input'): Checked<T> => {
  const result = z.safeParse(schema, value, { error: explain });
  if (result.success) return { ok: true, value: result.data };
  const problem = result.error.issues
    .map(({ path, message }) => `${path.length ? path.join('.') : root}: ${message}`)
    .join('; ');
  return { ok: false, problem, cause: result.error };
};

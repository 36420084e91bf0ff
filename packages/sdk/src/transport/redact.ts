import type { BeforeRequestHook } from 'ky';
import type { EnterpriseCenterError, ErrorInit } from '../errors/EnterpriseCenterError.js';

/*
 * A server or gateway may echo a request's credentials back (in `error_msg`, a failed check, a
 * request id, an error page). The SDK never shows credentials it sent, whoever hands them back:
 * each call remembers what it sent and its error is rebuilt without it.
 */

const REDACTED = '[REDACTED]';

/**
 * A ky hook (after authentication) adding this attempt's credentials to `sent`: the token, and
 * the `Authorization` header (a caller's own `headers` may carry one too) whole, without its
 * scheme, and the AK and signature of a signed one.
 */
export const rememberCredentials =
  (sent: Set<string>): BeforeRequestHook =>
  (request) => {
    const token = request.headers.get('x-auth-token');
    const authorization = request.headers.get('authorization') ?? '';
    const credentials = authorization.replace(/^\S+\s+/, '');
    const signed = [...authorization.matchAll(/(?:Access|Signature)=([^,\s]+)/g)];
    for (const secret of [token, authorization, credentials, ...signed.map((match) => match[1])])
      if (secret) sent.add(secret);
  };

/** `value` with every string in it cleared of `secrets`. */
const hide = (value: unknown, secrets: string[]): unknown =>
  typeof value === 'string'
    ? secrets.reduce((text, secret) => text.split(secret).join(REDACTED), value)
    : Array.isArray(value)
      ? value.map((item) => hide(item, secrets))
      : value && typeof value === 'object' && !(value instanceof Error)
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, hide(item, secrets)]))
        : value;

/**
 * `error` as it is when it shows none of `sent`; otherwise the same error rebuilt with every
 * occurrence replaced by `[REDACTED]` (and a cause that shows one replaced by a plain copy).
 */
export const withoutCredentials = (
  error: EnterpriseCenterError,
  sent: ReadonlySet<string>,
): EnterpriseCenterError => {
  const secrets = [...sent];
  const { cause } = error;
  const causeMessage = cause instanceof Error ? cause.message : '';
  const shown = [error.message, { ...error }, causeMessage];
  const clean = hide(shown, secrets) as [string, ErrorInit, string];
  if (JSON.stringify(clean) === JSON.stringify(shown)) return error;
  const [message, fields, cleanCauseMessage] = clean;
  const Class = error.constructor as new (
    message: string,
    init: ErrorInit,
  ) => EnterpriseCenterError;
  return new Class(message, {
    ...fields,
    cause:
      cause instanceof Error && cleanCauseMessage !== causeMessage
        ? Object.assign(new Error(cleanCauseMessage), { name: cause.name })
        : cause,
  });
};

import { isHTTPError, isTimeoutError } from 'ky';
import { EnterpriseCenterError } from '../errors/EnterpriseCenterError.js';
import { PreconditionFailedError } from '../errors/PreconditionFailedError.js';
import { ErrorCode } from '../errors/codes.js';
import { isEnterpriseCenterError } from '../errors/is-enterprise-center-error.js';
import { ErrorBody } from '../schemas/error-body.js';
import { check, type Checked, type Schema } from '../schemas/parse.js';
import { withoutCredentials } from './redact.js';
import { retryAfterMs } from './retry-options.js';

/*
 * The one place where transport and HTTP outcomes become SDK errors. Nothing kept on an error
 * may reach a credential, so ky's HTTPError and TimeoutError (which hold the Request and its
 * headers) are never kept as `cause`.
 */

const requestIdOf = (response: Response): string | undefined =>
  response.headers.get('x-request-id') ?? undefined;

/** Seconds from `Retry-After`, rounded up; 1 when absent or unreadable. */
const retryAfterOf = (response: Response): number => {
  const ms = retryAfterMs(response.headers.get('retry-after'));
  return ms === undefined ? 1 : Math.ceil(ms / 1000);
};

/**
 * A copy of a failure with only its `name`, `message` and `code`, down its `cause` chain: a
 * network error may come from a custom `fetch` and hold anything (a Request, its headers).
 */
const scrubbed = (error: unknown, depth = 0): Error | undefined => {
  if (!(error instanceof Error) || depth > 4) return undefined;
  const cause = scrubbed(error.cause, depth + 1);
  const copy = new Error(error.message, cause && { cause });
  copy.name = error.name;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
};

/** Reads a JSON body and checks it against `schema`. */
export const readJson = async <T>(response: Response, schema: Schema<T>): Promise<Checked<T>> => {
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    return { ok: false, problem: 'body: not JSON', cause };
  }
  return check(schema, data, 'body');
};

/** `INVALID_REQUEST`: the call's input failed its schema; nothing was sent. */
export const invalidRequest = (problem: string, cause: unknown): EnterpriseCenterError =>
  new EnterpriseCenterError(`Invalid request: ${problem}`, {
    code: ErrorCode.INVALID_REQUEST,
    cause,
  });

/** `INVALID_RESPONSE`: a success response whose body does not match the contract. */
export const invalidResponse = (
  response: Response,
  problem: string,
  cause: unknown,
): EnterpriseCenterError =>
  new EnterpriseCenterError(`Invalid response: ${problem}`, {
    code: ErrorCode.INVALID_RESPONSE,
    status: response.status,
    requestId: requestIdOf(response),
    cause,
  });

/**
 * An HTTP error response: its wire code with that code's extras, or `HTTP_<status>` when the
 * body is not a contract error body (not JSON, no `error_code`/`error_msg`, or without the extra
 * field its code must carry).
 */
const fromErrorResponse = async (response: Response): Promise<EnterpriseCenterError> => {
  const { status } = response;
  // A clone: the call's `shouldRetry` translates the error before the call ends with it.
  const body = await readJson(response.clone(), ErrorBody).catch(
    (cause: unknown): Checked<ErrorBody> => ({
      ok: false,
      problem: 'unreadable',
      cause,
    }),
  );
  if (!body.ok) {
    return new EnterpriseCenterError(
      `HTTP ${status} without a valid error body (${body.problem})`,
      {
        code: `HTTP_${status}`,
        status,
        requestId: requestIdOf(response),
        cause: body.cause,
      },
    );
  }
  const { errorCode: code, errorMsg: message, ...extras } = body.value;
  const ErrorClass = code === 'EM.1001' ? PreconditionFailedError : EnterpriseCenterError;
  return new ErrorClass(message, {
    code,
    status,
    ...extras,
    requestId: requestIdOf(response) ?? extras.requestId,
    ...(code === 'APIG.0308' && { retryAfter: retryAfterOf(response) }),
  });
};

/** What a call knows that its errors depend on. */
export interface Call {
  /** The caller's signal: once aborted, any failure is `ABORTED`. */
  signal?: AbortSignal | undefined;
  /** The credentials the call sent, which no error may show. */
  sent?: ReadonlySet<string>;
}

/**
 * Turns whatever a call threw into an SDK error without the credentials it sent: the SDK's own
 * errors pass through; then the caller's abort, a timeout, an HTTP error response, and anything
 * else as a network error.
 */
export const toSdkError = async (
  error: unknown,
  { signal, sent = new Set() }: Call = {},
): Promise<EnterpriseCenterError> => withoutCredentials(await translate(error, signal), sent);

const translate = async (
  error: unknown,
  signal: AbortSignal | undefined,
): Promise<EnterpriseCenterError> => {
  if (isEnterpriseCenterError(error)) return error;
  if (signal?.aborted) {
    return new EnterpriseCenterError('Aborted', { code: ErrorCode.ABORTED, cause: signal.reason });
  }
  if (isTimeoutError(error)) {
    return new EnterpriseCenterError('Timed out', { code: ErrorCode.TIMEOUT });
  }
  if (isHTTPError(error)) return fromErrorResponse(error.response);
  return new EnterpriseCenterError('Network error', {
    code: ErrorCode.NETWORK_ERROR,
    cause: scrubbed(error),
  });
};

import type { EnterpriseCenterError } from './errors/EnterpriseCenterError.js';

/**
 * What a {@link RequestSigner} signs: the request exactly as it will be sent.
 * `headers` has lower-case names; `body` is the JSON text (`''` when there is none).
 */
export interface SignableRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Signs a request: returns the headers to add (e.g. `X-Sdk-Date` and `Authorization`). Called
 * before every attempt. `createAkSkSigner` from `@enterprise-center/sdk/signer` makes one; it
 * belongs on servers only.
 */
export type RequestSigner = (request: SignableRequest) => Promise<Record<string, string>>;

/**
 * When and how long the client waits before trying a call again: ky's retry options (the client
 * passes them to ky) with the SDK's defaults. Every field is optional and merged over the
 * defaults (docs/sdk.md, "Retries").
 */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** Milliseconds to wait before retry number `retryCount` (1, 2, …); default 300 × 2^(n−1). */
  delay?: (retryCount: number) => number;
  /** The most a backoff wait may last, in ms (default: no cap). `Retry-After` is not capped by it. */
  backoffLimit?: number;
  /**
   * The longest wait a server's `Retry-After` may ask for, in ms (default 30 000). A longer one is
   * not waited for: the call fails at once with the server's answer (`APIG.0308` and its
   * `retryAfter`), so a page can say when to try again instead of looking stuck.
   */
  maxRetryAfter?: number;
  /**
   * HTTP statuses worth another attempt, with `Retry-After` honoured for each (default 408, 429
   * and every 5xx).
   */
  statusCodes?: readonly number[];
  /**
   * Decides for one failure (never for `ABORTED` or `INVALID_REQUEST`, and only while `limit`
   * allows): `true` retries after the backoff `delay` (not `Retry-After`), `false` gives up,
   * `undefined` leaves it to the defaults (network errors, timeouts and `statusCodes`, with
   * `Retry-After`). `error` is the SDK error the call would fail with (credentials removed);
   * `retryCount` is the number of the retry that would follow (1, 2, …).
   */
  shouldRetry?: (state: {
    error: EnterpriseCenterError;
    retryCount: number;
  }) => boolean | undefined;
}

/** Options of `createClient`. */
export interface ClientOptions {
  /** Origin (and optional path prefix) of the API; calls go to `{baseUrl}/v2/enterprises/multi-accounts/…`. */
  baseUrl: string;
  /**
   * IAM token sent as `X-Auth-Token`, or a function returning one (possibly async), called
   * before every attempt so it can refresh. Leave out `token` and `signer` when a proxy
   * authenticates the caller (e.g. by cookie, see `credentials`).
   */
  token?: string | (() => string | Promise<string>);
  /** Signs every attempt instead of a token (AK/SK; servers only). */
  signer?: RequestSigner;
  /** The `fetch` to use; defaults to `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds one attempt may wait for a response (default 10 000). */
  timeout?: number;
  /**
   * Retries after the first attempt (default 2), or {@link RetryOptions}. Retried: network
   * errors, timeouts, 408, 429 and 5xx, for every call (GETs, precheck and the state-changing
   * POSTs, which reuse their `trans_id`), with exponential backoff and `Retry-After` honoured.
   */
  retry?: number | RetryOptions;
  /** `fetch` credentials mode, e.g. `'include'` for a cookie-authenticated proxy. */
  credentials?: RequestCredentials;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
}

/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call (also while it waits to retry); it then fails with `ABORTED`. */
  signal?: AbortSignal;
}

/** Options of the calls that change state. */
export interface MutationOptions extends RequestOptions {
  /**
   * A UUID sent as `trans_id`: repeating a call with the same key and input replays the first
   * result instead of acting twice. Generated when left out; either way it is the same on
   * every retry of the call.
   */
  idempotencyKey?: string;
}

import type { RetryOptions as KyRetryOptions } from 'ky';

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
 * ky's retry options (`limit`, `backoffLimit`, `delay`, `jitter`, `maxRetryAfter`,
 * `statusCodes`, `shouldRetry`…), merged over the SDK's defaults.
 */
export type RetryOptions = KyRetryOptions;

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
   * Retries after the first attempt (default 2), or ky-style retry options. Retried: network
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

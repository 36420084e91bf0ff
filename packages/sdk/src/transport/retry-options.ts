import { isHTTPError, type RetryOptions as KyRetryOptions, type ShouldRetryState } from 'ky';
import type { EnterpriseCenterError } from '../errors/EnterpriseCenterError.js';
import { ErrorCode } from '../errors/codes.js';
import type { RetryOptions } from '../options.js';

/** 408, 429 and every 5xx: the statuses retried by default, `Retry-After` honoured for all. */
const RETRIED_STATUSES = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

/** Failures never retried: the caller stopped the call, or nothing could be sent. */
const FINAL: readonly string[] = [ErrorCode.ABORTED, ErrorCode.INVALID_REQUEST];

/**
 * `Retry-After` (delta-seconds or HTTP date) in ms, or undefined when absent or unreadable (which
 * includes values that are not finite: `1e309`, `Infinity`).
 */
export const retryAfterMs = (header: string | null): number | undefined => {
  if (!header) return undefined;
  const ms = isNaN(+header) ? Date.parse(header) - Date.now() : +header * 1000;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
};

/** How one call turns what ky caught into the SDK error the caller would get. */
export type Translate = (error: unknown) => Promise<EnterpriseCenterError>;

/**
 * ky's retry options for the client's `retry` option, and ky's `shouldRetry` for one call.
 *
 * Every endpoint is safe to repeat (GETs and precheck change nothing; state-changing POSTs carry
 * a `trans_id`), so ky retries POSTs like GETs, and timed-out attempts too. What ky does not do,
 * `shouldRetry` adds: the caller's `shouldRetry` sees the SDK error (credentials removed), an
 * abort or a failure to authenticate is final, and a `Retry-After` longer than `maxRetryAfter`
 * ends the call with the server's answer (ky would wait `maxRetryAfter` and retry early) — as
 * does one it cannot read, which gets the backoff instead (ky would wait `maxRetryAfter`).
 */
export const retryOptions = (retry: number | RetryOptions = {}) => {
  const {
    shouldRetry,
    maxRetryAfter = 30_000,
    statusCodes = RETRIED_STATUSES,
    ...backoff
  } = typeof retry === 'number' ? { limit: retry } : retry;
  const options: KyRetryOptions = {
    ...backoff,
    methods: ['get', 'post'],
    statusCodes: [...statusCodes],
    afterStatusCodes: [...statusCodes],
    maxRetryAfter,
    retryOnTimeout: true,
  };

  const decide =
    (translate: Translate) =>
    async ({ error, retryCount }: ShouldRetryState): Promise<boolean | undefined> => {
      const failure = await translate(error);
      if (FINAL.includes(failure.code)) return false;
      const verdict = shouldRetry?.({ error: failure, retryCount });
      if (verdict === false || !isHTTPError(error)) return verdict;
      const header = error.response.headers.get('retry-after');
      if (!header || !statusCodes.includes(failure.status)) return verdict;
      const wait = retryAfterMs(header);
      if (wait === undefined) return verdict ?? true;
      return wait > maxRetryAfter ? false : verdict;
    };

  return { options, decide };
};

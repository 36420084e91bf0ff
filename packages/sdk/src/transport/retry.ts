import type { EnterpriseCenterError } from '../errors/EnterpriseCenterError.js';
import { ErrorCode } from '../errors/codes.js';
import type { RetryOptions } from '../options.js';

/** Failures that say nothing about the request itself: worth another attempt. */
const TRANSIENT: readonly string[] = [ErrorCode.NETWORK_ERROR, ErrorCode.TIMEOUT];

/** 408, 429 and every 5xx: the default `statusCodes`. */
const isTransientStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/** The longest wait `setTimeout` keeps (a longer one would fire at once). */
const MAX_WAIT = 2 ** 31 - 1;

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

/**
 * The client's retry policy: the milliseconds to wait before trying a failed call again, or
 * undefined to give up. Every endpoint is safe to repeat (GETs and precheck change nothing;
 * state-changing POSTs carry a `trans_id`), so POSTs are retried like GETs, and so are timed-out
 * attempts. A server's `Retry-After` replaces the backoff; one longer than `maxRetryAfter` ends
 * the call with the server's answer instead of keeping it waiting.
 */
export const retryPolicy = (retry: number | RetryOptions = {}) => {
  const {
    limit = 2,
    delay = (retryCount: number) => 300 * 2 ** (retryCount - 1),
    backoffLimit = Infinity,
    maxRetryAfter = 30_000,
    statusCodes,
    shouldRetry,
  } = typeof retry === 'number' ? { limit: retry } : retry;
  return (
    error: EnterpriseCenterError,
    retryCount: number,
    retryAfter: string | null,
  ): number | undefined => {
    if (retryCount > limit || FINAL.includes(error.code)) return undefined;
    const retried =
      shouldRetry?.({ error, retryCount }) ??
      (TRANSIENT.includes(error.code) ||
        (statusCodes?.includes(error.status) ?? isTransientStatus(error.status)));
    if (!retried) return undefined;
    const serverSays = retryAfterMs(retryAfter);
    if (serverSays === undefined) return Math.min(delay(retryCount), backoffLimit, MAX_WAIT);
    // A server that asks for a longer wait than the caller accepts gets its answer passed on.
    return serverSays > maxRetryAfter ? undefined : Math.min(serverSays, MAX_WAIT);
  };
};

/** The decision function {@link retryPolicy} makes. */
export type RetryPolicy = ReturnType<typeof retryPolicy>;

/** Waits `ms`; an abort of `signal` ends the wait, rejecting with the abort's reason. */
export const pause = (ms: number, signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });

import { isEnterpriseCenterError } from '../errors/is-enterprise-center-error.js';
import type { RetryOptions } from '../options.js';

/** 408, 429 and every 5xx. */
const RETRIED_STATUSES = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

/**
 * The client's retry policy for ky. Every endpoint is safe to repeat (GETs and precheck change
 * nothing; state-changing POSTs carry a `trans_id`), so POSTs are retried like GETs, and so are
 * timed-out attempts. Errors the SDK raised itself (e.g. a failing token provider) are not.
 */
export const retryOptions = (retry: number | RetryOptions = {}): RetryOptions => {
  const options = typeof retry === 'number' ? { limit: retry } : retry;
  return {
    methods: ['get', 'post'],
    statusCodes: RETRIED_STATUSES,
    afterStatusCodes: RETRIED_STATUSES,
    retryOnTimeout: true,
    ...options,
    shouldRetry: (state) =>
      isEnterpriseCenterError(state.error) ? false : options.shouldRetry?.(state),
  };
};

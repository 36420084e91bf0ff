/**
 * The codes the client itself gives an {@link EnterpriseCenterError}; every other `code` is the
 * server's wire `error_code` (API.md §1, e.g. `EM.1001`), passed through as sent, or
 * `HTTP_<status>` for an error response without a valid error body.
 */
export const ErrorCode = {
  /** The call never got an HTTP response (connection refused or reset, response lost…). `status` 0. */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** No response within `timeout` ms, on every attempt allowed. `status` 0. */
  TIMEOUT: 'TIMEOUT',
  /** The caller's `signal` aborted the call. `status` 0. */
  ABORTED: 'ABORTED',
  /** A success response that does not match the contract: report it, do not retry. */
  INVALID_RESPONSE: 'INVALID_RESPONSE',
  /** The call's input is invalid (the message names the field) or credentials could not be obtained; nothing was sent. `status` 0. */
  INVALID_REQUEST: 'INVALID_REQUEST',
} as const;

/** One of the client's own codes. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

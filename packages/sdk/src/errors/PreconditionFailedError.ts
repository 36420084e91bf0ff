import type { FailedCheck } from '../schemas/error-body.js';
import { EnterpriseCenterError } from './EnterpriseCenterError.js';

/**
 * `EM.1001`: the invitation conditions are not met (create, resend, accept). Show
 * `failedChecks` next to the form instead of a generic failure.
 */
export class PreconditionFailedError extends EnterpriseCenterError {
  override readonly name: string = 'PreconditionFailedError';
  /** The conditions of API.md §4 that failed, in the contract's order. */
  declare readonly failedChecks: FailedCheck[];
}

/**
 * A failure the fake backend answers with an error body (API.md §1): thrown anywhere below a
 * handler, turned into `{ error_code, error_msg, request_id, ...extra }` with `status`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra body fields of the code, e.g. `failed_checks`, `invitation_id`, `status`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * The answers the proxy gives itself (API.md §7), each a contract-shaped error
 * (`error_code`, `error_msg`, `request_id`) with the listed status.
 */
export const Refusal = {
  NO_ROUTE: { status: 404, code: 'APIG.0101', message: 'No such route.' },
  CROSS_SITE: { status: 403, code: 'APIG.0302', message: 'Cross-site request refused.' },
  NO_SESSION: { status: 401, code: 'APIG.0301', message: 'No signed-in user.' },
  NOT_GRANTED: {
    status: 403,
    code: 'CBC.0151',
    message: 'The signed-in user may not make this call.',
  },
  TOO_LARGE: { status: 413, code: 'APIG.0201', message: 'The request body is too large.' },
  UNREACHABLE: { status: 502, code: 'APIG.0201', message: 'The upstream could not be reached.' },
  TIMEOUT: { status: 504, code: 'APIG.0201', message: 'The upstream did not answer in time.' },
  INTERNAL: { status: 500, code: 'CBC.0999', message: 'Internal error.' },
} as const;

export type Refusal = (typeof Refusal)[keyof typeof Refusal];

/** The error answer for `refusal`; the caller adds the common headers (`X-Request-Id`…). */
export const refuse = ({ status, code, message }: Refusal, requestId: string): Response =>
  Response.json({ error_code: code, error_msg: message, request_id: requestId }, { status });

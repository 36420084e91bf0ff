/** What the proxy accepts as an `X-Request-Id` (a UUID, 32 hex digits, a gateway's id…). */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The value if it is a well-formed request id, else `undefined`. */
export const wellFormedRequestId = (value: string | null): string | undefined =>
  value !== null && WELL_FORMED.test(value) ? value : undefined;

/** The request's own `X-Request-Id` when well-formed, else a new one (32 hex digits). */
export const requestIdOf = (request: Request): string =>
  wellFormedRequestId(request.headers.get('x-request-id')) ??
  crypto.randomUUID().replaceAll('-', '');

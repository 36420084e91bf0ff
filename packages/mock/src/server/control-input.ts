// Reading the control API's JSON (docs/fake-backend.md "Control API"): 400 `CBC.0100` naming
// the field, like the contract's own parameters.
import type { Fault, FaultMatch } from '../handlers/faults.js';
import { invalidParameter } from '../errors/api-errors.js';
import { accountName, invitationStatus } from '../validation/fields.js';
import { object, oneOf, optional, text, wholeNumber, type Reader } from '../validation/readers.js';

const milliseconds = wholeNumber(0, Number.MAX_SAFE_INTEGER);

/** `{ ms }`, the body of `POST /__control/clock/advance`. */
export const duration = object({ ms: milliseconds });

/** The `from`, `to` and `status` filters of `control.invitations`. */
export const invitationFilter = object({
  from: optional(accountName),
  to: optional(accountName),
  status: optional(invitationStatus),
});

const FAULTS: { [T in Fault['type']]: Reader<Extract<Fault, { type: T }>> } = {
  status: (value, name) => ({
    type: 'status',
    status: object({ status: wholeNumber(400, 599) })(value, name).status,
  }),
  throttle: (value, name) => {
    const { retryAfter } = object({ retryAfter: optional(wholeNumber(0, 86_400)) })(value, name);
    return retryAfter === undefined ? { type: 'throttle' } : { type: 'throttle', retryAfter };
  },
  timeout: () => ({ type: 'timeout' }),
  drop: () => ({ type: 'drop' }),
};

/** A fault of `faults.failNext`. */
export const fault: Reader<Fault> = (value, name) => {
  const kinds = Object.keys(FAULTS) as Fault['type'][];
  const { type } = object({ type: oneOf(kinds) })(value, name);
  return FAULTS[type](value, name);
};

/** A pattern source for `pathPattern`, as a RegExp. */
const pattern: Reader<RegExp> = (value, name) => {
  const source = text(512)(value, name);
  try {
    return new RegExp(source);
  } catch {
    throw invalidParameter(name, 'it is not a valid regular expression');
  }
};

const matchFields = object({
  method: optional(text(16, /^[A-Za-z]+$/)),
  path: optional(text(512)),
  pathPattern: optional(pattern),
});

/** `{ method?, path? | pathPattern? }`: which requests a fault or latency applies to. */
export const faultMatch: Reader<FaultMatch | undefined> = optional((value, name) => {
  const { method, path, pathPattern } = matchFields(value, name);
  if (path !== undefined && pathPattern !== undefined) {
    throw invalidParameter(`${name}.pathPattern`, 'give path or pathPattern, not both');
  }
  const match: FaultMatch = {};
  if (method !== undefined) match.method = method;
  if (path !== undefined || pathPattern !== undefined) match.path = pathPattern ?? path;
  return match;
});

/** `{ fault, match? }`, the body of `POST /__control/faults`. */
export const faultRequest = object({ fault, match: faultMatch });

/** `{ ms, match? }`, the body of `PUT /__control/latency`. */
export const latencyRequest = object({ ms: milliseconds, match: faultMatch });

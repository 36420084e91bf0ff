// Refusals of the control API (docs/fake-backend.md "Control"), in the contract's error shape
// so that HTTP callers of `/__control/` read them like any other error body.
import { ApiError } from './ApiError.js';

/** 404 `APIG.0101`: no account or invitation of that name or id. */
export const noSuch = (what: string): ApiError =>
  new ApiError(404, 'APIG.0101', `control: no ${what}.`);

/** 400 `CBC.0100`: a change the fake backend cannot make. */
export const impossibleChange = (why: string): ApiError =>
  new ApiError(400, 'CBC.0100', `control: ${why}.`);

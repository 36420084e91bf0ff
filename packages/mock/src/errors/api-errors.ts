// The contract's errors (API.md §1 table), one factory each.
import type { InvitationStatus, WireAgreement, WireCheck } from '../wire.js';
import { ApiError } from './ApiError.js';

/** 400 CBC.0100; the message names the parameter. */
export const invalidParameter = (name: string, problem: string): ApiError =>
  new ApiError(400, 'CBC.0100', `Invalid parameter '${name}': ${problem}.`);

/** 401 APIG.0301. */
export const unauthorized = (): ApiError =>
  new ApiError(401, 'APIG.0301', 'Missing, unknown or expired credentials.');

/** 403 CBC.0151. */
export const forbidden = (why: string): ApiError => new ApiError(403, 'CBC.0151', why);

/** 400 EM.1001 with the failed checks. */
export const conditionsNotMet = (failed: Pick<WireCheck, 'code' | 'message'>[]): ApiError =>
  new ApiError(400, 'EM.1001', 'The account does not meet the invitation conditions.', {
    failed_checks: failed,
  });

/** 409 EM.1002 with the existing invitation's id. */
export const pendingInvitationExists = (invitationId: string): ApiError =>
  new ApiError(
    409,
    'EM.1002',
    'A pending invitation from this master account to this account already exists.',
    { invitation_id: invitationId },
  );

/** 404 EM.1003. */
export const invitationNotFound = (): ApiError =>
  new ApiError(404, 'EM.1003', 'The invitation does not exist or is not visible to you.');

/** 409 EM.1004 with the invitation's current status. */
export const wrongInvitationState = (status: InvitationStatus): ApiError =>
  new ApiError(409, 'EM.1004', `The invitation is ${status}, which does not allow this action.`, {
    status,
  });

/** 400 EM.1005 with the current agreements. */
export const agreementsNotAccepted = (current: readonly WireAgreement[]): ApiError =>
  new ApiError(
    400,
    'EM.1005',
    'The service agreements were not all accepted, or an accepted version is outdated.',
    { agreements: current.map((a) => ({ ...a })) },
  );

/** 400 EM.1006. */
export const orgUnitNotFound = (orgId: string): ApiError =>
  new ApiError(
    400,
    'EM.1006',
    `The organization unit '${orgId}' does not exist in your enterprise.`,
  );

/** 409 CBC.99007009. */
export const transIdReused = (): ApiError =>
  new ApiError(409, 'CBC.99007009', "The 'trans_id' was already used with a different request.");

/** 404 APIG.0101: no such API (a path or method the contract does not have). */
export const noSuchApi = (): ApiError =>
  new ApiError(404, 'APIG.0101', 'The API does not exist or has not been published.');

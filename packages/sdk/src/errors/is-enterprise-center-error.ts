import type { Agreement } from '../schemas/agreement.js';
import type { InvitationStatus } from '../schemas/invitation.js';
import { EnterpriseCenterError } from './EnterpriseCenterError.js';
import type { PreconditionFailedError } from './PreconditionFailedError.js';

/** What an error of each code with typed extras is guaranteed to carry. */
export interface ErrorsByCode {
  'EM.1001': PreconditionFailedError;
  'EM.1002': EnterpriseCenterError & { readonly invitationId: string };
  'EM.1004': EnterpriseCenterError & { readonly invitationStatus: InvitationStatus };
  'EM.1005': EnterpriseCenterError & { readonly agreements: Agreement[] };
  'APIG.0308': EnterpriseCenterError & { readonly retryAfter: number };
}

/** The brands (`name`s) of the error family. */
const BRANDS: unknown[] = ['EnterpriseCenterError', 'PreconditionFailedError'];

/**
 * Whether `error` is an {@link EnterpriseCenterError}, also one thrown by another copy of the SDK
 * (another bundle, iframe or worker) where `instanceof` fails. Pass a `code` to also check it
 * and get that code's extras typed: `isEnterpriseCenterError(e, 'EM.1002') && e.invitationId`.
 */
export function isEnterpriseCenterError<Code extends string = string>(
  error: unknown,
  code?: Code,
): error is Code extends keyof ErrorsByCode ? ErrorsByCode[Code] : EnterpriseCenterError {
  return (
    (error instanceof EnterpriseCenterError || BRANDS.includes((error as Error | null)?.name)) &&
    (code === undefined || (error as EnterpriseCenterError).code === code)
  );
}

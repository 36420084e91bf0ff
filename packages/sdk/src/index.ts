/**
 * `@enterprise-center/sdk`: a typed, validated, retrying client for the Enterprise Center
 * membership API. This barrel is the whole public surface; the transport, schemas (values),
 * resources and helpers behind it stay private. The AK/SK signer is a separate entry,
 * `@enterprise-center/sdk/signer`, so pages that do not import it do not pay for it.
 */
export { createClient, type Client } from './client.js';
export { newIdempotencyKey } from './idempotency-key.js';
export type {
  ClientOptions,
  MutationOptions,
  RequestOptions,
  RequestSigner,
  RetryOptions,
  SignableRequest,
} from './options.js';

export { EnterpriseCenterError, type ErrorInit } from './errors/EnterpriseCenterError.js';
export { PreconditionFailedError } from './errors/PreconditionFailedError.js';
export { isEnterpriseCenterError, type ErrorsByCode } from './errors/is-enterprise-center-error.js';
export { ErrorCode } from './errors/codes.js';

export type { AcceptedAgreement, Agreement } from './schemas/agreement.js';
export type { AcceptResult, Association } from './schemas/association.js';
export type { FailedCheck } from './schemas/error-body.js';
export type {
  Invitation,
  InvitationPage,
  InvitationStatus,
  PaymentMethod,
} from './schemas/invitation.js';
export { INVITATION_STATUSES, PAYMENT_METHODS } from './schemas/invitation.js';
export type {
  AcceptInvitationInput,
  CreateInvitationInput,
  InvitationQuery,
  PrecheckInput,
  ReceivedInvitationQuery,
} from './schemas/invitation-input.js';
export type { InvitationSettings } from './schemas/invitation-settings.js';
export type { Member, MemberPage, MemberQuery, MemberStatus } from './schemas/member.js';
export type { OrgNode, OrgTree, OrgTreeQuery } from './schemas/organization.js';
export type { Check, PrecheckResult } from './schemas/precheck.js';

import type { ConditionKey, ConditionTexts } from './condition-texts.js';
import type { inlineTexts } from './inline-texts.js';
import type { Text } from './translator.js';

/**
 * Shared English texts used by every element: payment methods, statuses, errors, agreements and
 * what association means (the conditions' texts are {@link enConditions}). Element-specific texts
 * live beside each element. `{name}` placeholders are filled by the translator.
 */
export const en = {
  'common.retry': 'Retry',
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.none': '—',
  'common.notConfigured':
    'This component is not configured: give it a client or a base-url attribute.',
  'common.orgUnit': 'Organization unit',
  'common.paymentMethod': 'Payment method',

  'payment.paid_by_master': 'Paid by the master account',
  'payment.paid_by_member': 'Paid by the member account',
  'payment.unknown': 'Unknown payment method',

  'status.pending': 'Pending',
  'status.accepted': 'Accepted',
  'status.declined': 'Declined',
  'status.cancelled': 'Cancelled',
  'status.expired': 'Expired',
  'status.unknown': 'Unknown status',

  'check.passed': 'Passed',
  'check.failed': 'Failed',
  'check.unknown': 'Unknown result',

  'agreements.consent': 'I have read and agree to the',
  'agreements.and': 'and',
  'agreements.version': '(version {version})',

  'association.heading': 'What association means',
  'association.suspension':
    'If the master account is suspended, the member account is suspended too.',
  'association.expenditure':
    'The member account can view only its own expenditures; the master account pays for them and issues their invoices.',
  'association.budget':
    'The master account can set a budget for the member account in Cost Center only after association.',
  'association.history':
    'Expenditure of the member account before association (and after a later disassociation) is not the master account’s expenditure.',

  'error.network': 'The network request failed. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Try again.',
  'error.unauthorized': 'Your sign-in has expired or is not valid. Sign in again.',
  'error.forbidden': 'Your account is not allowed to do this.',
  'error.throttled': {
    one: 'Too many requests. Try again in {count} second.',
    other: 'Too many requests. Try again in {count} seconds.',
  },
  'error.invalidResponse': 'The server sent an answer this page does not understand ({code}).',
  'error.invalidRequest': 'Some input is not valid: {message}',
  'error.notFound': 'The invitation no longer exists.',
  'error.wrongState': 'The invitation is {status} and can no longer be changed.',
  'error.agreementsChanged':
    'The agreements have changed. Read the current versions and tick the box again.',
  'error.conditions': 'The account no longer meets the invitation conditions.',
  'error.generic': 'Something went wrong ({code}). Try again.',

  'condition.unknown.label': 'Condition {code}',
  'condition.unknown.remedy': 'Contact support if it is unclear what to do.',
} as const satisfies Record<string, Text>;

/**
 * What every condition of an invitation is, what is wrong when it fails and what the account owner
 * can do: the texts of the keys `condition.CODE.label`, `.problem` and `.remedy` (which hosts
 * override like any other key).
 */
export const enConditions = {
  ACCOUNT_EXISTS: {
    label: 'The account exists',
    problem: 'No account with this name exists.',
    remedy: 'Check the spelling, or ask the account owner for the exact account name.',
  },
  ENTERPRISE_ACCOUNT: {
    label: 'Enterprise account with an enterprise name',
    problem: 'The account is not an enterprise account, or has no enterprise name.',
    remedy:
      'The account owner completes enterprise real-name authentication and sets the enterprise name.',
  },
  NOT_MASTER_ACCOUNT: {
    label: 'Not an enterprise master account',
    problem: 'The account is itself an enterprise master account.',
    remedy: 'Invite another account of that enterprise instead.',
  },
  NOT_ALREADY_MEMBER: {
    label: 'Not a member of another master account',
    problem: 'The account is already a member account of a master account.',
    remedy: 'Its current master account must disassociate it first.',
  },
  NOT_FROZEN: {
    label: 'Not frozen',
    problem: 'The account is frozen.',
    remedy: 'The account owner has the account unfrozen first.',
  },
  SAME_CONTRACTING_PARTY: {
    label: 'Same contracting party',
    problem: 'The account contracts with a different Huawei Cloud entity than yours.',
    remedy: 'Contact your account manager.',
  },
  NO_UNPAID_ORDERS: {
    label: 'No unpaid orders',
    problem: 'The account has unpaid orders.',
    remedy: 'The account owner pays or cancels the unpaid orders.',
  },
  NO_SUPPORT_PLAN: {
    label: 'No service support plan',
    problem: 'The account has purchased a service support plan.',
    remedy: 'The account owner unsubscribes from the support plan, or waits until it ends.',
  },
  MEMBER_QUOTA_AVAILABLE: {
    label: 'A member slot is free',
    problem: 'The enterprise has no member slot left (members and pending invitations count).',
    remedy: 'Cancel a pending invitation, remove a member account, or ask for a higher quota.',
  },
  NO_COMMERCIAL_DISCOUNT: {
    label: 'No commercial discounts',
    problem: 'The account has commercial discounts.',
    remedy: 'Ask the account manager to remove the account’s discounts.',
  },
  NOT_SOLUTION_PARTNER: {
    label: 'Not a solution partner',
    problem: 'The account belongs to a solution partner.',
    remedy: 'Invite another account.',
  },
  SAME_SALES_CHANNEL: {
    label: 'Direct sales customer',
    problem:
      'The account buys through a partner, but the master account is a direct sales customer.',
    remedy: 'The account owner asks to become a direct sales customer first.',
  },
  MONTHLY_SETTLEMENT: {
    label: 'Monthly settlement',
    problem: 'The account does not use monthly settlement, but the master account does.',
    remedy: 'The account owner applies for monthly settlement.',
  },
  SAME_PAYMENT_TYPE: {
    label: 'Same payment type',
    problem: 'The account’s payment type (prepaid or postpaid) differs from the master account’s.',
    remedy: 'The account owner switches to the master account’s payment type.',
  },
  UA_MONTHLY_SETTLEMENT: {
    label: 'Monthly settlement (unified accounting)',
    problem: 'With unified accounting, member accounts must use monthly settlement.',
    remedy: 'The account owner applies for monthly settlement.',
  },
  UA_NOT_TECHNOLOGY_PARTNER: {
    label: 'Not a technology partner (unified accounting)',
    problem: 'With unified accounting, accounts of technology partners cannot be invited.',
    remedy: 'Invite another account, or invite this one without unified accounting.',
  },
  UA_NOT_SUSPENDED: {
    label: 'Not suspended or frozen (unified accounting)',
    problem: 'With unified accounting, the account must be neither suspended nor frozen.',
    remedy: 'The account owner restores the account to normal first.',
  },
  NO_PENDING_INVITATION: {
    label: 'No pending invitation',
    problem: 'This account has already been invited and the invitation is pending.',
    remedy: 'Wait for the account to respond, or cancel or resend the pending invitation.',
  },
  PAYMENT_METHOD_ALLOWED: {
    label: 'Payment method allowed',
    problem: 'The chosen payment method is not allowed for this master account.',
    remedy: 'With unified accounting, choose “Paid by the master account”.',
  },
} satisfies Record<string, ConditionTexts>;

/** The condition codes with texts of their own; other codes get `condition.unknown.*`. */
export type ConditionCode = keyof typeof enConditions;

/** Every key of the shared catalog. */
export type SharedMessageKey =
  keyof typeof en | keyof (typeof inlineTexts)['en'] | ConditionKey<ConditionCode>;

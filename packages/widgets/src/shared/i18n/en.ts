/**
 * Shared English texts used by every element: conditions, payment methods, statuses, errors,
 * agreements and what association means. Element-specific texts live beside each element.
 * `{name}` placeholders are filled by `format()`.
 */
export const en = {
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
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
  'check.skipped': 'Does not apply',
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
  'error.throttled': 'Too many requests. Try again in {seconds} seconds.',
  'error.invalidResponse': 'The server sent an answer this page does not understand ({code}).',
  'error.invalidRequest': 'Some input is not valid: {message}',
  'error.notFound': 'The invitation no longer exists.',
  'error.wrongState': 'The invitation is {status} and can no longer be changed.',
  'error.agreementsChanged':
    'The agreements have changed. Read the current versions and tick the box again.',
  'error.conditions': 'The account no longer meets the invitation conditions.',
  'error.generic': 'Something went wrong ({code}). Try again.',

  'condition.ACCOUNT_EXISTS.label': 'The account exists',
  'condition.ACCOUNT_EXISTS.problem': 'No account with this name exists.',
  'condition.ACCOUNT_EXISTS.remedy':
    'Check the spelling, or ask the account owner for the exact account name.',
  'condition.ENTERPRISE_ACCOUNT.label': 'Enterprise account with an enterprise name',
  'condition.ENTERPRISE_ACCOUNT.problem':
    'The account is not an enterprise account, or has no enterprise name.',
  'condition.ENTERPRISE_ACCOUNT.remedy':
    'The account owner completes enterprise real-name authentication and sets the enterprise name.',
  'condition.NOT_MASTER_ACCOUNT.label': 'Not an enterprise master account',
  'condition.NOT_MASTER_ACCOUNT.problem': 'The account is itself an enterprise master account.',
  'condition.NOT_MASTER_ACCOUNT.remedy': 'Invite another account of that enterprise instead.',
  'condition.NOT_ALREADY_MEMBER.label': 'Not a member of another master account',
  'condition.NOT_ALREADY_MEMBER.problem':
    'The account is already a member account of a master account.',
  'condition.NOT_ALREADY_MEMBER.remedy': 'Its current master account must disassociate it first.',
  'condition.NOT_FROZEN.label': 'Not frozen',
  'condition.NOT_FROZEN.problem': 'The account is frozen.',
  'condition.NOT_FROZEN.remedy': 'The account owner has the account unfrozen first.',
  'condition.SAME_CONTRACTING_PARTY.label': 'Same contracting party',
  'condition.SAME_CONTRACTING_PARTY.problem':
    'The account contracts with a different Huawei Cloud entity than yours.',
  'condition.SAME_CONTRACTING_PARTY.remedy': 'Contact your account manager.',
  'condition.NO_UNPAID_ORDERS.label': 'No unpaid orders',
  'condition.NO_UNPAID_ORDERS.problem': 'The account has unpaid orders.',
  'condition.NO_UNPAID_ORDERS.remedy': 'The account owner pays or cancels the unpaid orders.',
  'condition.NO_SUPPORT_PLAN.label': 'No service support plan',
  'condition.NO_SUPPORT_PLAN.problem': 'The account has purchased a service support plan.',
  'condition.NO_SUPPORT_PLAN.remedy':
    'The account owner unsubscribes from the support plan, or waits until it ends.',
  'condition.MEMBER_QUOTA_AVAILABLE.label': 'A member slot is free',
  'condition.MEMBER_QUOTA_AVAILABLE.problem':
    'The enterprise has no member slot left (members and pending invitations count).',
  'condition.MEMBER_QUOTA_AVAILABLE.remedy':
    'Cancel a pending invitation, remove a member account, or ask for a higher quota.',
  'condition.NO_COMMERCIAL_DISCOUNT.label': 'No commercial discounts',
  'condition.NO_COMMERCIAL_DISCOUNT.problem': 'The account has commercial discounts.',
  'condition.NO_COMMERCIAL_DISCOUNT.remedy':
    'Ask the account manager to remove the account’s discounts.',
  'condition.NOT_SOLUTION_PARTNER.label': 'Not a solution partner',
  'condition.NOT_SOLUTION_PARTNER.problem': 'The account belongs to a solution partner.',
  'condition.NOT_SOLUTION_PARTNER.remedy': 'Invite another account.',
  'condition.SAME_SALES_CHANNEL.label': 'Direct sales customer',
  'condition.SAME_SALES_CHANNEL.problem':
    'The account buys through a partner, but the master account is a direct sales customer.',
  'condition.SAME_SALES_CHANNEL.remedy':
    'The account owner asks to become a direct sales customer first.',
  'condition.MONTHLY_SETTLEMENT.label': 'Monthly settlement',
  'condition.MONTHLY_SETTLEMENT.problem':
    'The account does not use monthly settlement, but the master account does.',
  'condition.MONTHLY_SETTLEMENT.remedy': 'The account owner applies for monthly settlement.',
  'condition.SAME_PAYMENT_TYPE.label': 'Same payment type',
  'condition.SAME_PAYMENT_TYPE.problem':
    'The account’s payment type (prepaid or postpaid) differs from the master account’s.',
  'condition.SAME_PAYMENT_TYPE.remedy':
    'The account owner switches to the master account’s payment type.',
  'condition.UA_MONTHLY_SETTLEMENT.label': 'Monthly settlement (unified accounting)',
  'condition.UA_MONTHLY_SETTLEMENT.problem':
    'With unified accounting, member accounts must use monthly settlement.',
  'condition.UA_MONTHLY_SETTLEMENT.remedy': 'The account owner applies for monthly settlement.',
  'condition.UA_NOT_TECHNOLOGY_PARTNER.label': 'Not a technology partner (unified accounting)',
  'condition.UA_NOT_TECHNOLOGY_PARTNER.problem':
    'With unified accounting, accounts of technology partners cannot be invited.',
  'condition.UA_NOT_TECHNOLOGY_PARTNER.remedy':
    'Invite another account, or invite this one without unified accounting.',
  'condition.UA_NOT_SUSPENDED.label': 'Not suspended or frozen (unified accounting)',
  'condition.UA_NOT_SUSPENDED.problem':
    'With unified accounting, the account must be neither suspended nor frozen.',
  'condition.UA_NOT_SUSPENDED.remedy': 'The account owner restores the account to normal first.',
  'condition.NO_PENDING_INVITATION.label': 'No pending invitation',
  'condition.NO_PENDING_INVITATION.problem':
    'This account has already been invited and the invitation is pending.',
  'condition.NO_PENDING_INVITATION.remedy':
    'Wait for the account to respond, or cancel or resend the pending invitation.',
  'condition.PAYMENT_METHOD_ALLOWED.label': 'Payment method allowed',
  'condition.PAYMENT_METHOD_ALLOWED.problem':
    'The chosen payment method is not allowed for this master account.',
  'condition.PAYMENT_METHOD_ALLOWED.remedy':
    'With unified accounting, choose “Paid by the master account”.',
  'condition.unknown.label': 'Condition {code}',
  'condition.unknown.remedy': 'Contact support if it is unclear what to do.',
} as const;

/** Every key of the shared catalog. */
export type SharedMessageKey = keyof typeof en;

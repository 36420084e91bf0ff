import type { ElementCatalogs } from '../shared/i18n/catalogs.js';

/**
 * English texts of `<invite-member>`; `{name}` placeholders are filled at run time, and a text
 * given as `{ one, other }` is chosen by the plural rules for `{count}`.
 */
const en = {
  'invite.heading': 'Invite an existing account',
  'invite.quota': 'Member quota: {used} of {max} used, {pending} pending',

  'invite.noSlot.heading': 'No member slot left',
  'invite.noSlot.body': {
    one: 'The only member slot is taken (members: {used}, pending invitations: {pending}).',
    other: 'All {count} member slots are taken (members: {used}, pending invitations: {pending}).',
  },
  'invite.notMaster.heading': 'Only a master account can invite',
  'invite.notMaster.body':
    'The account you are signed in with is not an enterprise master account.',
  'invite.notMaster.remedy': 'Sign in with your enterprise’s master account.',
  'invite.loadFailed': 'The invitation form could not be loaded. {reason}',

  'invite.org.hint': 'The unit the account joins once it accepts.',
  'invite.org.placeholder': 'Choose an organization unit',
  'invite.org.filter': 'Filter organization units',
  'invite.org.matches': {
    one: '{count} of {total} units matches.',
    other: '{count} of {total} units match.',
  },
  'invite.org.noMatch': 'No organization unit matches “{filter}”.',
  'invite.org.required': 'Choose the organization unit the account will join.',
  'invite.org.unknown': 'The organization unit {id} is not in your enterprise. Choose another one.',
  'invite.org.gone': 'This organization unit no longer exists. Choose another one.',

  'invite.account.label': 'Account name',
  'invite.account.hint':
    'The name of the existing Huawei Cloud account to invite. It is checked as you type.',
  'invite.account.required': 'Enter the name of the account to invite.',
  'invite.account.tooLong': 'An account name has at most {max} characters.',
  'invite.account.checking': 'Checking whether {account} can be invited…',
  'invite.account.named': '{account} ({enterprise})',
  'invite.account.eligible': '{account} meets every condition and can be invited.',
  'invite.account.ineligible': {
    one: '{account} cannot be invited: {count} condition not met.',
    other: '{account} cannot be invited: {count} conditions not met.',
  },
  'invite.account.checkFailed': 'The account could not be checked. {reason}',
  'invite.account.stillChecking': 'Wait for the account check to finish.',
  'invite.account.retryCheck': 'Check again',
  'invite.checklist.heading': 'Invitation conditions for {account}',
  'invite.checklist.passed': { one: '{count} condition met', other: '{count} conditions met' },
  'invite.pending.show': 'Show the pending invitations',

  'invite.payment.paid_by_master.hint': 'The master account pays the member account’s expenditure.',
  'invite.payment.paid_by_member.hint': 'The member account pays its own expenditure.',
  'invite.payment.unknown.hint': 'This payment method is not known to this page.',
  'invite.payment.notAllowed': 'Not available: {reason}',
  'invite.payment.unifiedAccounting':
    'your enterprise uses unified accounting, which allows only “Paid by the master account”.',
  'invite.payment.required': 'Choose how the member account’s expenditure is paid.',

  'invite.notes.label': 'Notes (optional)',
  'invite.notes.hint': 'Shown to the account owner with the invitation.',
  'invite.notes.count': '{count} of {max} characters',

  'invite.agreements.required': 'Read and accept the agreements to continue.',

  'invite.submit': 'Submit',
  'invite.sending': 'Sending the invitation…',
  'invite.vetoed': 'The invitation was not sent.',
  'invite.sendFailed': 'The invitation could not be sent. {reason}',
  'invite.sendFailed.retrySafe':
    'Retry is safe: it never creates a second invitation, even if the first one arrived.',

  'invite.confirm.heading': 'Send this invitation?',
  'invite.confirm.intro': 'The account owner receives the invitation and can accept or decline it.',
  'invite.confirm.account': 'Account',
  'invite.confirm.validity': 'Valid for',
  'invite.confirm.days': { one: '{count} day', other: '{count} days' },
  'invite.confirm.notes': 'Notes',

  'invite.success.heading': 'Invitation sent',
  'invite.success.body': '{account} is invited to join {org}.',
  'invite.success.expiry': 'The invitation expires on {date} unless the account owner responds.',
  'invite.success.again': 'Invite another account',
} as const;

/** Every key of `<invite-member>`'s own texts. */
export type InviteMessageKey = keyof typeof en;

/** `<invite-member>`'s texts in every supported locale. */
export const inviteMemberMessages: ElementCatalogs<InviteMessageKey> = {
  en,
  'zh-CN': () => import('./messages.zh-cn.js').then((module) => module.zhCN),
};

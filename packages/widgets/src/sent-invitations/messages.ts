import type { ElementCatalogs } from '../shared/i18n/catalogs.js';
import type { Text, Translator } from '../shared/i18n/translator.js';

/**
 * English texts of `<sent-invitations>`; statuses, payment methods, errors and conditions are
 * shared texts. `{name}` placeholders are filled at run time; `{count}` also picks a plural form.
 */
const en = {
  'sent.heading': 'Sent invitations',
  'sent.filter.label': 'Status',
  'sent.filter.all': 'All',
  'sent.count': {
    one: 'Showing {shown} of {total} invitation',
    other: 'Showing {shown} of {total} invitations',
  },
  'sent.loadMore': 'Load more',
  'sent.loadingMore': 'Loading more invitations…',
  'sent.loadFailed': 'The invitations could not be loaded. {reason}',
  'sent.loadMoreFailed': 'More invitations could not be loaded. {reason}',
  'sent.revealFailed': 'The invitation could not be shown. {reason}',
  'sent.orgUnknown': 'The organization unit {id} is not in your enterprise.',
  'sent.notMaster':
    'The account you are signed in with is not an enterprise master account, so it has sent no invitations.',

  'sent.empty.all': 'No invitations have been sent yet.',
  'sent.empty.pending': 'No pending invitations.',
  'sent.empty.accepted': 'No accepted invitations.',
  'sent.empty.declined': 'No declined invitations.',
  'sent.empty.cancelled': 'No cancelled invitations.',
  'sent.empty.expired': 'No expired invitations.',
  'sent.empty.hint': 'Choose “All” under Status to see every invitation.',

  'sent.column.account': 'Invited account',
  'sent.column.status': 'Status',
  'sent.column.sent': 'Sent',
  'sent.column.expires': 'Expires',
  'sent.column.actions': 'Actions',
  'sent.unnamedUnit': 'Unit {id}',
  'sent.doesNotApply': 'Does not apply',

  'sent.cancel': 'Cancel',
  'sent.cancel.name': 'Cancel invitation to {account}',
  'sent.resend': 'Resend',
  'sent.resend.name': 'Resend invitation to {account}',
  'sent.retry.cancel.name': 'Retry cancelling the invitation to {account}',
  'sent.retry.resend.name': 'Retry resending the invitation to {account}',
  'sent.busy.cancel': 'Cancelling the invitation…',
  'sent.busy.resend': 'Sending the invitation again…',

  'sent.dialog.heading': 'Cancel the invitation to {account}?',
  'sent.dialog.body':
    '{account} will no longer be able to accept it, and the member slot it holds becomes free. You can invite the account again later.',
  'sent.dialog.confirm': 'Cancel invitation',
  'sent.dialog.keep': 'Keep invitation',

  'sent.cancelled': 'The invitation to {account} was cancelled. Its member slot is free again.',
  'sent.resent': 'The invitation to {account} was sent again. It now expires {relative} ({exact}).',
  'sent.added': 'The new invitation to {account} was added to the list.',
  'sent.gone': 'The invitation to {account} no longer exists, so it was removed from the list.',
  'sent.failed.cancel': 'The invitation to {account} could not be cancelled. {reason}',
  'sent.failed.resend': 'The invitation to {account} could not be sent again. {reason}',
  'sent.interrupted': 'The request was interrupted before an answer arrived.',
  'sent.retrySafe': 'Retry is safe: it never acts twice, even if the first attempt arrived.',
  'sent.conditions':
    '{account} no longer meets the invitation conditions, so the invitation was not sent again:',
  'sent.changed.accepted':
    '{account} accepted this invitation in the meantime, so nothing was changed.',
  'sent.changed.declined':
    '{account} declined this invitation in the meantime, so nothing was changed.',
  'sent.changed.cancelled':
    'This invitation had already been cancelled, for example in another window.',
  'sent.changed.expired': 'This invitation expired in the meantime. You can send it again.',
  'sent.changed.unknown': 'This invitation changed in the meantime, so nothing was changed.',
} as const satisfies Record<string, Text>;

/** Every key of `<sent-invitations>`'s own texts. */
export type SentMessageKey = keyof typeof en;

/** `<sent-invitations>`'s texts in every supported locale (Chinese loaded on first use). */
export const sentInvitationsMessages: ElementCatalogs<SentMessageKey> = {
  en,
  'zh-CN': () => import('./messages.zh-cn.js').then((module) => module.zhCN),
};

/** The element's translator. */
export type SentTranslator = Translator<SentMessageKey>;

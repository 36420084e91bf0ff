import type { Invitation } from '@enterprise-center/sdk';
import type { ElementCatalogs } from '../shared/i18n/catalogs.js';
import type { Translator } from '../shared/i18n/translator.js';

/** English texts of <accept-invitation>; shared texts (statuses, conditions…) live in shared/i18n. */
const en = {
  'accept.title': 'Invitations to join an enterprise',
  'accept.loadFailed': 'Your invitations could not be loaded.',
  'accept.refreshFailed': 'The list could not be refreshed.',
  'accept.noInvitations': 'You have no invitations.',
  'accept.noneWaiting': 'No invitation is waiting for your answer.',
  'accept.noPendingHint':
    'When an enterprise master account invites your account, the invitation appears here.',
  'accept.focus.showing': 'Showing the invitation from your link.',
  'accept.focus.showAll': 'Show all invitations ({count})',
  'accept.focus.notFound':
    'The invitation in your link was not found. It may have been withdrawn, or it was sent to another account.',
  'accept.gone': 'The invitation from {enterprise} no longer exists. The list has been refreshed.',

  'accept.association.heading': 'Your master account',
  'accept.joined': 'You are now a member account of {enterprise}',
  'accept.field.master': 'Master account',
  'accept.field.enterprise': 'Enterprise',
  'accept.field.unifiedAccounting': 'Unified accounting',
  'accept.field.since': 'Member since',
  'accept.unified.on': 'Enabled',
  'accept.unified.off': 'Not enabled',
  'accept.when': '{relative} ({absolute})',

  'accept.card.heading': 'Invitation from {enterprise} ({master})',
  'accept.card.status': 'Status:',
  'accept.card.sent': 'Sent',
  'accept.card.expires': 'Expires',
  'accept.card.updatedOn': 'Last changed',
  'accept.card.notes': 'Message from the inviter',

  'accept.closed.expired':
    'This invitation has expired. Ask the master account to send it again if you still want to join.',
  'accept.closed.accepted': 'You accepted this invitation.',
  'accept.closed.declined': 'You declined this invitation.',
  'accept.closed.cancelled': 'The master account withdrew this invitation.',
  'accept.closed.unknown': 'This invitation cannot be answered here.',

  'accept.accept': 'Accept',
  'accept.decline': 'Decline',
  'accept.busy.accepting': 'Accepting the invitation…',
  'accept.busy.declining': 'Declining the invitation…',
  'accept.consentRequired': 'Tick the box to agree to the agreements before you accept.',
  'accept.memberAlready':
    'Your account is already a member account, so it cannot accept this invitation:',
  'accept.conditionsFailed': 'Your account no longer meets the conditions to join {enterprise}:',
  'accept.refreshed.expired':
    'This invitation expired before you accepted it. The list has been refreshed.',
  'accept.refreshed.cancelled':
    'The master account cancelled this invitation before you answered it. The list has been refreshed.',
  'accept.refreshed.declined':
    'This invitation was declined in the meantime. The list has been refreshed.',
  'accept.refreshed.accepted':
    'This invitation had already been accepted, for example in another window.',
  'accept.refreshed.unknown':
    'This invitation changed before you answered it. The list has been refreshed.',
  'accept.declined': 'You declined the invitation from {enterprise}.',

  'accept.dialog.heading': 'Decline the invitation from {enterprise}?',
  'accept.dialog.body':
    'Your account will not join {enterprise} ({master}). The master account can invite you again later.',
  'accept.dialog.confirm': 'Decline invitation',
} as const;

/** Every key of this element's own catalog. */
export type AcceptMessageKey = keyof typeof en;

/** The texts of <accept-invitation> in every supported locale. */
export const acceptMessages: ElementCatalogs<AcceptMessageKey> = {
  en,
  'zh-CN': () => import('./messages.zh-cn.js').then((module) => module.zhCN),
};

/** The element's translator. */
export type AcceptTranslator = Translator<AcceptMessageKey>;

/**
 * The placeholders an invitation or association fills in a text: `{enterprise}` and `{master}`.
 * An inviter without an enterprise name (a display field, `null` then) is named by its account.
 */
export function inviterNames(terms: Pick<Invitation, 'enterpriseName' | 'masterAccountName'>) {
  return {
    enterprise: terms.enterpriseName ?? terms.masterAccountName,
    master: terms.masterAccountName,
  };
}

/** What a card says after its invitation changed behind the invitee's back, by its new status. */
export function refreshedNotice(status: Invitation['status']) {
  return `accept.refreshed.${status === 'pending' ? 'unknown' : status}` as const;
}

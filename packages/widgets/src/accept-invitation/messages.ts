import type { Invitation } from '@enterprise-center/sdk';
import type { ElementCatalogs, Translator } from '../shared/i18n/localize.js';

/** English texts of <accept-invitation>; shared texts (statuses, conditions…) live in shared/i18n. */
const en = {
  'accept.title': 'Invitations to join an enterprise',
  'accept.loadFailed': 'Your invitations could not be loaded.',
  'accept.refreshFailed': 'The list could not be refreshed.',
  'accept.noPending': 'You have no pending invitations.',
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
  'accept.field.orgUnit': 'Organization unit',
  'accept.field.payment': 'Payment method',
  'accept.field.unifiedAccounting': 'Unified accounting',
  'accept.field.since': 'Member since',
  'accept.unified.on': 'Enabled',
  'accept.unified.off': 'Not enabled',
  'accept.when': '{relative} ({absolute})',

  'accept.card.heading': 'Invitation from {enterprise} ({master})',
  'accept.card.status': 'Status:',
  'accept.card.sent': 'Sent',
  'accept.card.expires': 'Expires',
  'accept.card.expiredOn': 'Expired',
  'accept.card.acceptedOn': 'Accepted',
  'accept.card.declinedOn': 'Declined',
  'accept.card.cancelledOn': 'Cancelled',
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
  'accept.agreementsChanged':
    'The agreements changed since you opened this page. Read the current agreements above and tick the box again to accept.',
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

/** Simplified Chinese; the type makes a missing key a compile error. */
const zhCN: Record<AcceptMessageKey, string> = {
  'accept.title': '加入企业的邀请',
  'accept.loadFailed': '无法加载您的邀请。',
  'accept.refreshFailed': '无法刷新列表。',
  'accept.noPending': '您没有待处理的邀请。',
  'accept.noPendingHint': '企业主账号邀请您的账号后，邀请会显示在这里。',
  'accept.focus.showing': '正在显示您链接中的邀请。',
  'accept.focus.showAll': '显示全部邀请（{count}）',
  'accept.focus.notFound': '未找到您链接中的邀请。它可能已被撤回，或是发给其他账号的。',
  'accept.gone': '来自 {enterprise} 的邀请已不存在。列表已刷新。',

  'accept.association.heading': '您的主账号',
  'accept.joined': '您现在是 {enterprise} 的子账号',
  'accept.field.master': '主账号',
  'accept.field.enterprise': '企业',
  'accept.field.orgUnit': '组织单元',
  'accept.field.payment': '付费方式',
  'accept.field.unifiedAccounting': '财务统一管理',
  'accept.field.since': '成为子账号的时间',
  'accept.unified.on': '已开通',
  'accept.unified.off': '未开通',
  'accept.when': '{relative}（{absolute}）',

  'accept.card.heading': '来自 {enterprise}（{master}）的邀请',
  'accept.card.status': '状态：',
  'accept.card.sent': '发送时间',
  'accept.card.expires': '过期时间',
  'accept.card.expiredOn': '已于此时过期',
  'accept.card.acceptedOn': '接受时间',
  'accept.card.declinedOn': '拒绝时间',
  'accept.card.cancelledOn': '取消时间',
  'accept.card.updatedOn': '最近变更时间',
  'accept.card.notes': '邀请方留言',

  'accept.closed.expired': '此邀请已过期。如果您仍想加入，请让主账号重新发送邀请。',
  'accept.closed.accepted': '您已接受此邀请。',
  'accept.closed.declined': '您已拒绝此邀请。',
  'accept.closed.cancelled': '主账号已撤回此邀请。',
  'accept.closed.unknown': '无法在此处答复此邀请。',

  'accept.accept': '接受',
  'accept.decline': '拒绝',
  'accept.busy.accepting': '正在接受邀请…',
  'accept.busy.declining': '正在拒绝邀请…',
  'accept.consentRequired': '接受之前，请勾选复选框以同意相关协议。',
  'accept.memberAlready': '您的账号已是子账号，因此无法接受此邀请：',
  'accept.conditionsFailed': '您的账号已不再满足加入 {enterprise} 的条件：',
  'accept.agreementsChanged':
    '自您打开此页面以来协议已更新。请阅读上方的最新协议，并重新勾选复选框后再接受。',
  'accept.refreshed.expired': '此邀请在您接受之前已过期。列表已刷新。',
  'accept.refreshed.cancelled': '主账号在您答复之前取消了此邀请。列表已刷新。',
  'accept.refreshed.declined': '此邀请已在其间被拒绝。列表已刷新。',
  'accept.refreshed.accepted': '此邀请已被接受，例如在另一个窗口中。',
  'accept.refreshed.unknown': '此邀请在您答复之前发生了变化。列表已刷新。',
  'accept.declined': '您已拒绝来自 {enterprise} 的邀请。',

  'accept.dialog.heading': '拒绝来自 {enterprise} 的邀请？',
  'accept.dialog.body': '您的账号将不会加入 {enterprise}（{master}）。主账号以后可以再次邀请您。',
  'accept.dialog.confirm': '拒绝邀请',
};

/** The texts of <accept-invitation> in every supported locale. */
export const acceptMessages: ElementCatalogs<AcceptMessageKey> = { en, 'zh-CN': zhCN };

/** The element's translator. */
export type AcceptTranslator = Translator<AcceptMessageKey>;

/** What a card says after its invitation changed behind the invitee's back, by its new status. */
export const refreshedNotice: Record<Invitation['status'], AcceptMessageKey> = {
  pending: 'accept.refreshed.unknown',
  expired: 'accept.refreshed.expired',
  accepted: 'accept.refreshed.accepted',
  declined: 'accept.refreshed.declined',
  cancelled: 'accept.refreshed.cancelled',
  unknown: 'accept.refreshed.unknown',
};

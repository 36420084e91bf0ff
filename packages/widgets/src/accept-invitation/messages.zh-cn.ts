import type { Text } from '../shared/i18n/translator.js';
import type { AcceptMessageKey } from './messages.js';

/**
 * Simplified Chinese texts of `<accept-invitation>`, loaded on first use (ADR 0453); the type makes
 * a missing key a compile error.
 */
export const zhCN: Record<AcceptMessageKey, Text> = {
  'accept.title': '加入企业的邀请',
  'accept.loadFailed': '无法加载您的邀请。',
  'accept.refreshFailed': '无法刷新列表。',
  'accept.noInvitations': '您还没有收到任何邀请。',
  'accept.noneWaiting': '没有等待您答复的邀请。',
  'accept.noPendingHint': '企业主账号邀请您的账号后，邀请会显示在这里。',
  'accept.focus.showing': '正在显示您链接中的邀请。',
  'accept.focus.showAll': '显示全部邀请（{count}）',
  'accept.focus.notFound': '未找到您链接中的邀请。它可能已被撤回，或是发给其他账号的。',
  'accept.gone': '来自 {enterprise} 的邀请已不存在。列表已刷新。',

  'accept.association.heading': '您的主账号',
  'accept.joined': '您现在是 {enterprise} 的子账号',
  'accept.field.master': '主账号',
  'accept.field.enterprise': '企业',
  'accept.field.unifiedAccounting': '财务统一管理',
  'accept.field.since': '成为子账号的时间',
  'accept.unified.on': '已开通',
  'accept.unified.off': '未开通',
  'accept.when': '{relative}（{absolute}）',

  'accept.card.heading': '来自 {enterprise}（{master}）的邀请',
  'accept.card.status': '状态：',
  'accept.card.sent': '发送时间',
  'accept.card.expires': '过期时间',
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

import type { Text } from '../shared/i18n/translator.js';
import type { SentMessageKey } from './messages.js';

/**
 * Simplified Chinese texts of `<sent-invitations>`, loaded on first use; the type makes a missing
 * key a compile error. Chinese has one plural form, so `sent.count` is a plain text.
 */
export const zhCN: Record<SentMessageKey, Text> = {
  'sent.heading': '已发送的邀请',
  'sent.filter.label': '状态',
  'sent.filter.all': '全部',
  'sent.count': '显示 {shown} / {total} 条邀请',
  'sent.loadMore': '加载更多',
  'sent.loadingMore': '正在加载更多邀请…',
  'sent.loadFailed': '无法加载邀请。{reason}',
  'sent.loadMoreFailed': '无法加载更多邀请。{reason}',
  'sent.revealFailed': '无法显示该邀请。{reason}',
  'sent.orgUnknown': '组织单元 {id} 不属于您的企业。',
  'sent.notMaster': '您当前登录的账号不是企业主账号，因此没有发送过邀请。',

  'sent.empty.all': '尚未发送任何邀请。',
  'sent.empty.pending': '没有待处理的邀请。',
  'sent.empty.accepted': '没有已接受的邀请。',
  'sent.empty.declined': '没有已拒绝的邀请。',
  'sent.empty.cancelled': '没有已取消的邀请。',
  'sent.empty.expired': '没有已过期的邀请。',
  'sent.empty.hint': '在“状态”中选择“全部”可查看所有邀请。',

  'sent.column.account': '受邀账号',
  'sent.column.status': '状态',
  'sent.column.sent': '发送时间',
  'sent.column.expires': '过期时间',
  'sent.column.actions': '操作',
  'sent.unnamedUnit': '组织单元 {id}',
  'sent.doesNotApply': '不适用',

  'sent.cancel': '取消邀请',
  'sent.cancel.name': '取消邀请：{account}',
  'sent.resend': '重新发送',
  'sent.resend.name': '重新发送邀请：{account}',
  'sent.retry.cancel.name': '重试取消邀请：{account}',
  'sent.retry.resend.name': '重试重新发送邀请：{account}',
  'sent.busy.cancel': '正在取消邀请…',
  'sent.busy.resend': '正在重新发送邀请…',

  'sent.dialog.heading': '取消发给 {account} 的邀请？',
  'sent.dialog.body':
    '{account} 将无法再接受该邀请，其占用的子账号名额将被释放。您以后可以再次邀请该账号。',
  'sent.dialog.confirm': '取消邀请',
  'sent.dialog.keep': '保留邀请',

  'sent.cancelled': '已取消发给 {account} 的邀请，其占用的子账号名额已释放。',
  'sent.resent': '已重新发送给 {account} 的邀请，现在将于{relative}过期（{exact}）。',
  'sent.added': '发给 {account} 的新邀请已添加到列表中。',
  'sent.gone': '发给 {account} 的邀请已不存在，已从列表中移除。',
  'sent.failed.cancel': '无法取消发给 {account} 的邀请。{reason}',
  'sent.failed.resend': '无法重新发送给 {account} 的邀请。{reason}',
  'sent.interrupted': '请求在收到应答之前被中断。',
  'sent.retrySafe': '可以放心重试：即使上一次请求已送达，也不会重复执行。',
  'sent.conditions': '{account} 已不再满足邀请条件，因此未重新发送邀请：',
  'sent.changed.accepted': '{account} 已在此期间接受了该邀请，因此未做任何更改。',
  'sent.changed.declined': '{account} 已在此期间拒绝了该邀请，因此未做任何更改。',
  'sent.changed.cancelled': '该邀请已被取消，例如在另一个窗口中。',
  'sent.changed.expired': '该邀请已在此期间过期。您可以重新发送。',
  'sent.changed.unknown': '该邀请已在此期间发生变化，因此未做任何更改。',
};

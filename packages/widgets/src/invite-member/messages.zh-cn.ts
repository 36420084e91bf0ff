import type { Text } from '../shared/i18n/translator.js';
import type { InviteMessageKey } from './messages.js';

/**
 * Simplified Chinese texts of `<invite-member>`, loaded on first use (ADR 0453); the type makes a
 * missing key a compile error. Chinese has one plural form: plural texts give only `other`.
 */
export const zhCN: Record<InviteMessageKey, Text> = {
  'invite.heading': '邀请已有账号',
  'invite.quota': '子账号配额：已使用 {used} / {max}，待处理 {pending}',

  'invite.noSlot.heading': '没有可用的子账号名额',
  'invite.noSlot.body': {
    other: '{count} 个子账号名额已全部占用（子账号：{used}，待处理邀请：{pending}）。',
  },
  'invite.notMaster.heading': '只有主账号可以邀请',
  'invite.notMaster.body': '您当前登录的账号不是企业主账号。',
  'invite.notMaster.remedy': '请使用您企业的主账号登录。',
  'invite.loadFailed': '无法加载邀请表单。{reason}',

  'invite.org.hint': '账号接受邀请后加入的组织单元。',
  'invite.org.placeholder': '请选择组织单元',
  'invite.org.filter': '筛选组织单元',
  'invite.org.matches': { other: '{total} 个组织单元中有 {count} 个匹配。' },
  'invite.org.noMatch': '没有与“{filter}”匹配的组织单元。',
  'invite.org.required': '请选择账号要加入的组织单元。',
  'invite.org.unknown': '组织单元 {id} 不在您的企业中。请选择其他组织单元。',
  'invite.org.gone': '该组织单元已不存在。请选择其他组织单元。',

  'invite.account.label': '账号名',
  'invite.account.hint': '要邀请的已有华为云账号的账号名。输入时会自动检查。',
  'invite.account.required': '请输入要邀请的账号名。',
  'invite.account.tooLong': '账号名最多 {max} 个字符。',
  'invite.account.checking': '正在检查是否可以邀请 {account}…',
  'invite.account.named': '{account}（{enterprise}）',
  'invite.account.eligible': '{account} 满足全部条件，可以邀请。',
  'invite.account.ineligible': { other: '无法邀请 {account}：{count} 项条件不满足。' },
  'invite.account.checkFailed': '无法检查该账号。{reason}',
  'invite.account.stillChecking': '请等待账号检查完成。',
  'invite.account.retryCheck': '重新检查',
  'invite.checklist.heading': '{account} 的邀请条件',
  'invite.checklist.passed': { other: '{count} 项条件满足' },
  'invite.pending.show': '查看待处理的邀请',

  'invite.payment.paid_by_master.hint': '由主账号为子账号的消费付款。',
  'invite.payment.paid_by_member.hint': '由子账号为自己的消费付款。',
  'invite.payment.unknown.hint': '本页面无法识别此付费方式。',
  'invite.payment.notAllowed': '不可用：{reason}',
  'invite.payment.unifiedAccounting': '您的企业已开启统一记账，只能选择“由主账号付费”。',
  'invite.payment.required': '请选择子账号消费的付费方式。',

  'invite.notes.label': '备注（可选）',
  'invite.notes.hint': '随邀请一起展示给账号所有者。',
  'invite.notes.count': '{count} / {max} 个字符',

  'invite.agreements.required': '请阅读并同意协议后继续。',

  'invite.submit': '提交',
  'invite.sending': '正在发送邀请…',
  'invite.vetoed': '邀请未发送。',
  'invite.sendFailed': '无法发送邀请。{reason}',
  'invite.sendFailed.retrySafe': '重试是安全的：即使第一次请求已送达，也不会产生第二个邀请。',

  'invite.confirm.heading': '确定发送此邀请？',
  'invite.confirm.intro': '账号所有者会收到邀请，并可以接受或拒绝。',
  'invite.confirm.account': '账号',
  'invite.confirm.validity': '有效期',
  'invite.confirm.days': { other: '{count} 天' },
  'invite.confirm.notes': '备注',

  'invite.success.heading': '邀请已发送',
  'invite.success.body': '已邀请 {account} 加入 {org}。',
  'invite.success.expiry': '如账号所有者未处理，邀请将于 {date} 过期。',
  'invite.success.again': '邀请其他账号',
};

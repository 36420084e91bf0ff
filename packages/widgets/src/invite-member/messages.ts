import type { ElementCatalogs } from '../shared/i18n/localize.js';

/** English texts of `<invite-member>`; `{name}` placeholders are filled at run time. */
const en = {
  'invite.heading': 'Invite an existing account',
  'invite.quota': 'Member quota: {used} of {max} used, {pending} pending',

  'invite.noSlot.heading': 'No member slot left',
  'invite.noSlot.body':
    'All {max} member slots of your enterprise are taken ({used} members, {pending} pending invitations), so no account can be invited now.',
  'invite.noSlot.remedy':
    'Cancel a pending invitation, remove a member account, or ask for a higher quota.',
  'invite.notMaster.heading': 'Only a master account can invite',
  'invite.notMaster.body':
    'The account you are signed in with is not an enterprise master account, so it cannot invite member accounts.',
  'invite.notMaster.remedy': 'Sign in with your enterprise’s master account to invite accounts.',
  'invite.loadFailed': 'The invitation form could not be loaded. {reason}',

  'invite.org.label': 'Organization unit',
  'invite.org.hint': 'The unit the account joins once it accepts.',
  'invite.org.placeholder': 'Choose an organization unit',
  'invite.org.filter': 'Filter organization units',
  'invite.org.matches': '{count} of {total} units match.',
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
  'invite.account.eligible': '{account} meets every condition and can be invited.',
  'invite.account.eligibleNamed':
    '{account} ({enterprise}) meets every condition and can be invited.',
  'invite.account.ineligible': '{account} cannot be invited: {count} condition(s) not met.',
  'invite.account.checkFailed': 'The account could not be checked. {reason}',
  'invite.account.refused':
    'The server found that {account} does not meet every condition: {count} condition(s) not met.',
  'invite.account.alreadyInvited':
    '{account} has already been invited by your enterprise and the invitation is pending.',
  'invite.account.stillChecking': 'Wait until the account check has finished, then submit.',
  'invite.account.notEligible':
    'This account cannot be invited. See the conditions it does not meet below.',
  'invite.account.notChecked': 'The account could not be checked yet. Retry the check first.',
  'invite.account.retryCheck': 'Check again',
  'invite.checklist.heading': 'Invitation conditions for {account}',
  'invite.checklist.passed': '{count} condition(s) met',

  'invite.payment.legend': 'Payment method',
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
  'invite.agreements.changed':
    'The agreements have changed since this page loaded. Review the current versions and accept them again.',

  'invite.submit': 'Submit',
  'invite.retry': 'Retry',
  'invite.sending': 'Sending the invitation…',
  'invite.vetoed': 'The invitation was not sent.',
  'invite.sendFailed': 'The invitation could not be sent. {reason}',
  'invite.sendFailed.retrySafe':
    'Retry is safe: it never creates a second invitation, even if the first one arrived.',

  'invite.confirm.heading': 'Send this invitation?',
  'invite.confirm.intro': 'The account owner receives the invitation and can accept or decline it.',
  'invite.confirm.account': 'Account',
  'invite.confirm.enterprise': '{account} ({enterprise})',
  'invite.confirm.org': 'Organization unit',
  'invite.confirm.payment': 'Payment',
  'invite.confirm.validity': 'Valid for',
  'invite.confirm.days': '{days} days',
  'invite.confirm.notes': 'Notes',

  'invite.success.heading': 'Invitation sent',
  'invite.success.body': '{account} is invited to join {org}.',
  'invite.success.expiry': 'The invitation expires on {date} unless the account owner responds.',
  'invite.success.again': 'Invite another account',
} as const;

/** Every key of `<invite-member>`'s own texts. */
export type InviteMessageKey = keyof typeof en;

const zhCN: Record<InviteMessageKey, string> = {
  'invite.heading': '邀请已有账号',
  'invite.quota': '子账号配额：已使用 {used} / {max}，待处理 {pending}',

  'invite.noSlot.heading': '没有可用的子账号名额',
  'invite.noSlot.body':
    '您企业的 {max} 个子账号名额已全部占用（{used} 个子账号，{pending} 个待处理邀请），目前无法邀请账号。',
  'invite.noSlot.remedy': '请取消待处理的邀请、移除子账号，或申请提高配额。',
  'invite.notMaster.heading': '只有主账号可以邀请',
  'invite.notMaster.body': '您当前登录的账号不是企业主账号，因此不能邀请子账号。',
  'invite.notMaster.remedy': '请使用您企业的主账号登录后再邀请账号。',
  'invite.loadFailed': '无法加载邀请表单。{reason}',

  'invite.org.label': '组织单元',
  'invite.org.hint': '账号接受邀请后加入的组织单元。',
  'invite.org.placeholder': '请选择组织单元',
  'invite.org.filter': '筛选组织单元',
  'invite.org.matches': '{total} 个组织单元中有 {count} 个匹配。',
  'invite.org.noMatch': '没有与“{filter}”匹配的组织单元。',
  'invite.org.required': '请选择账号要加入的组织单元。',
  'invite.org.unknown': '组织单元 {id} 不在您的企业中。请选择其他组织单元。',
  'invite.org.gone': '该组织单元已不存在。请选择其他组织单元。',

  'invite.account.label': '账号名',
  'invite.account.hint': '要邀请的已有华为云账号的账号名。输入时会自动检查。',
  'invite.account.required': '请输入要邀请的账号名。',
  'invite.account.tooLong': '账号名最多 {max} 个字符。',
  'invite.account.checking': '正在检查是否可以邀请 {account}…',
  'invite.account.eligible': '{account} 满足全部条件，可以邀请。',
  'invite.account.eligibleNamed': '{account}（{enterprise}）满足全部条件，可以邀请。',
  'invite.account.ineligible': '无法邀请 {account}：{count} 项条件不满足。',
  'invite.account.checkFailed': '无法检查该账号。{reason}',
  'invite.account.refused': '服务器发现 {account} 并不满足全部条件：{count} 项条件不满足。',
  'invite.account.alreadyInvited': '您的企业已邀请过 {account}，邀请尚待处理。',
  'invite.account.stillChecking': '请等待账号检查完成后再提交。',
  'invite.account.notEligible': '无法邀请该账号。请查看下方不满足的条件。',
  'invite.account.notChecked': '尚未能检查该账号。请先重新检查。',
  'invite.account.retryCheck': '重新检查',
  'invite.checklist.heading': '{account} 的邀请条件',
  'invite.checklist.passed': '{count} 项条件满足',

  'invite.payment.legend': '付费方式',
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
  'invite.agreements.changed': '自本页面加载以来协议已更新。请查看最新版本并重新同意。',

  'invite.submit': '提交',
  'invite.retry': '重试',
  'invite.sending': '正在发送邀请…',
  'invite.vetoed': '邀请未发送。',
  'invite.sendFailed': '无法发送邀请。{reason}',
  'invite.sendFailed.retrySafe': '重试是安全的：即使第一次请求已送达，也不会产生第二个邀请。',

  'invite.confirm.heading': '确定发送此邀请？',
  'invite.confirm.intro': '账号所有者会收到邀请，并可以接受或拒绝。',
  'invite.confirm.account': '账号',
  'invite.confirm.enterprise': '{account}（{enterprise}）',
  'invite.confirm.org': '组织单元',
  'invite.confirm.payment': '付费方式',
  'invite.confirm.validity': '有效期',
  'invite.confirm.days': '{days} 天',
  'invite.confirm.notes': '备注',

  'invite.success.heading': '邀请已发送',
  'invite.success.body': '已邀请 {account} 加入 {org}。',
  'invite.success.expiry': '如账号所有者未处理，邀请将于 {date} 过期。',
  'invite.success.again': '邀请其他账号',
};

/** `<invite-member>`'s texts in every supported locale. */
export const inviteMemberMessages: ElementCatalogs<InviteMessageKey> = { en, 'zh-CN': zhCN };

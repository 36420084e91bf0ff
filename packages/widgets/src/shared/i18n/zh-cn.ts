import type { ConditionTexts } from './condition-texts.js';
import type { ConditionCode, en } from './en.js';
import type { Text } from './translator.js';

/** Shared Simplified Chinese texts; the type makes a missing key a compile error. */
export const zhCN: Record<keyof typeof en, Text> = {
  'common.retry': '重试',
  'common.ok': '确定',
  'common.cancel': '取消',
  'common.none': '—',
  'common.notConfigured': '此组件尚未配置：请为其提供 client 属性或 base-url 特性。',
  'common.orgUnit': '组织单元',
  'common.paymentMethod': '付费方式',

  'payment.paid_by_master': '由主账号付费',
  'payment.paid_by_member': '由子账号付费',
  'payment.unknown': '未知付费方式',

  'status.pending': '待处理',
  'status.accepted': '已接受',
  'status.declined': '已拒绝',
  'status.cancelled': '已取消',
  'status.expired': '已过期',
  'status.unknown': '未知状态',

  'check.passed': '满足',
  'check.failed': '不满足',
  'check.unknown': '结果未知',

  'agreements.consent': '我已阅读并同意',
  'agreements.and': '和',
  'agreements.version': '（版本 {version}）',

  'association.heading': '关联后意味着什么',
  'association.suspension': '如果主账号被停服，子账号也会被停服。',
  'association.expenditure': '子账号只能查看自己的消费；由主账号为其付款并开具发票。',
  'association.budget': '主账号只能在关联之后，才能在成本中心为子账号设置预算。',
  'association.history': '子账号在关联之前（以及之后解除关联后）的消费不属于主账号的消费。',

  'error.network': '网络请求失败。请检查网络连接后重试。',
  'error.timeout': '服务器响应超时。请重试。',
  'error.unauthorized': '您的登录已过期或无效。请重新登录。',
  'error.forbidden': '您的账号无权执行此操作。',
  'error.throttled': { other: '请求过于频繁。请在 {count} 秒后重试。' },
  'error.invalidResponse': '服务器返回了本页面无法识别的应答（{code}）。',
  'error.invalidRequest': '部分输入无效：{message}',
  'error.notFound': '该邀请已不存在。',
  'error.wrongState': '该邀请的状态为“{status}”，无法再更改。',
  'error.agreementsChanged': '协议已更新。请阅读最新版本并重新勾选复选框。',
  'error.conditions': '该账号已不再满足邀请条件。',
  'error.generic': '出现错误（{code}）。请重试。',

  'condition.unknown.label': '条件 {code}',
  'condition.unknown.remedy': '如不清楚如何处理，请联系技术支持。',
};

/** The conditions' Chinese texts, like `enConditions`. */
export const zhCNConditions: Record<ConditionCode, ConditionTexts> = {
  ACCOUNT_EXISTS: {
    label: '账号存在',
    problem: '不存在此名称的账号。',
    remedy: '请检查拼写，或向账号所有者确认准确的账号名。',
  },
  ENTERPRISE_ACCOUNT: {
    label: '已设置企业名称的企业账号',
    problem: '该账号不是企业账号，或未设置企业名称。',
    remedy: '请账号所有者完成企业实名认证并设置企业名称。',
  },
  NOT_MASTER_ACCOUNT: {
    label: '不是企业主账号',
    problem: '该账号本身是企业主账号。',
    remedy: '请改为邀请该企业的其他账号。',
  },
  NOT_ALREADY_MEMBER: {
    label: '不是其他主账号的子账号',
    problem: '该账号已是某个主账号的子账号。',
    remedy: '需先由其当前主账号解除关联。',
  },
  NOT_FROZEN: {
    label: '未被冻结',
    problem: '该账号已被冻结。',
    remedy: '请账号所有者先解冻账号。',
  },
  SAME_CONTRACTING_PARTY: {
    label: '签约主体相同',
    problem: '该账号的华为云签约主体与您的不同。',
    remedy: '请联系您的客户经理。',
  },
  NO_UNPAID_ORDERS: {
    label: '无待支付订单',
    problem: '该账号有待支付的订单。',
    remedy: '请账号所有者支付或取消待支付订单。',
  },
  NO_SUPPORT_PLAN: {
    label: '未购买技术支持计划',
    problem: '该账号已购买技术支持计划。',
    remedy: '请账号所有者退订技术支持计划，或等待其到期。',
  },
  MEMBER_QUOTA_AVAILABLE: {
    label: '有可用的子账号名额',
    problem: '企业已无可用的子账号名额（子账号和待处理邀请均占用名额）。',
    remedy: '请取消待处理的邀请、移除子账号，或申请提高配额。',
  },
  NO_COMMERCIAL_DISCOUNT: {
    label: '无商务折扣',
    problem: '该账号享有商务折扣。',
    remedy: '请客户经理取消该账号的折扣。',
  },
  NOT_SOLUTION_PARTNER: {
    label: '不属于解决方案伙伴',
    problem: '该账号属于解决方案伙伴。',
    remedy: '请邀请其他账号。',
  },
  SAME_SALES_CHANNEL: {
    label: '直销客户',
    problem: '该账号通过伙伴购买，而主账号是直销客户。',
    remedy: '请账号所有者先转为直销客户。',
  },
  MONTHLY_SETTLEMENT: {
    label: '月结',
    problem: '主账号使用月结，但该账号未使用月结。',
    remedy: '请账号所有者申请月结。',
  },
  SAME_PAYMENT_TYPE: {
    label: '付费类型相同',
    problem: '该账号的付费类型（预付费或后付费）与主账号不同。',
    remedy: '请账号所有者切换为与主账号相同的付费类型。',
  },
  UA_MONTHLY_SETTLEMENT: {
    label: '月结（统一记账）',
    problem: '开启统一记账时，子账号必须使用月结。',
    remedy: '请账号所有者申请月结。',
  },
  UA_NOT_TECHNOLOGY_PARTNER: {
    label: '不属于技术伙伴（统一记账）',
    problem: '开启统一记账时，不能邀请技术伙伴的账号。',
    remedy: '请邀请其他账号，或在不使用统一记账时邀请该账号。',
  },
  UA_NOT_SUSPENDED: {
    label: '未停服或冻结（统一记账）',
    problem: '开启统一记账时，账号不能处于停服或冻结状态。',
    remedy: '请账号所有者先将账号恢复正常。',
  },
  NO_PENDING_INVITATION: {
    label: '无待处理的邀请',
    problem: '已邀请过该账号，邀请尚待处理。',
    remedy: '请等待对方处理，或取消、重新发送该邀请。',
  },
  PAYMENT_METHOD_ALLOWED: {
    label: '付费方式可用',
    problem: '该主账号不能使用所选的付费方式。',
    remedy: '开启统一记账时，请选择“由主账号付费”。',
  },
};

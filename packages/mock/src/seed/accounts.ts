// Every account of FIXTURES.md "Accounts", each once, with the facts that differ from the default.
import type { AccountFacts } from '../rules/facts.js';

/** The facts an account has unless its row says otherwise (FIXTURES.md "Accounts"). */
export type SeedFacts = Omit<AccountFacts, 'name' | 'enterpriseName' | 'isMaster' | 'masterName'>;

/** One account: its name, enterprise name (`null`: individual account) and what differs. */
export interface SeedAccount extends Partial<SeedFacts> {
  name: string;
  enterpriseName: string | null;
}

/** FIXTURES.md: "Unless a row says otherwise an account is: …". */
export const DEFAULT_FACTS: SeedFacts = {
  frozen: false,
  suspended: false,
  contractingParty: 'HWC-SG',
  unpaidOrders: 0,
  supportPlan: null,
  commercialDiscount: false,
  partnerProgramme: null,
  salesChannel: 'direct',
  paymentType: 'postpaid',
  monthlySettlement: true,
};

/** The four master accounts ("Master accounts"; their enterprises are in masters.ts). */
const MASTER_ACCOUNTS: SeedAccount[] = [
  { name: 'acme-group', enterpriseName: 'Acme Group Co., Ltd.' },
  {
    name: 'nova-holdings',
    enterpriseName: 'Nova Holdings Ltd.',
    salesChannel: 'partner',
    paymentType: 'prepaid',
    monthlySettlement: false,
  },
  {
    name: 'helio-group',
    enterpriseName: 'Helio Group Inc.',
    salesChannel: 'partner',
    monthlySettlement: false,
  },
  { name: 'zenith-corp', enterpriseName: 'Zenith Corp.' },
];

/**
 * The members of the masters ("Members listed above are accounts too (defaults, member of that
 * master)"). FIXTURES.md gives their names only; the enterprise names are the project's choice.
 * `kite-systems` is a member too, but its row is in ACCOUNTS_TO_INVITE.
 */
const MEMBER_ACCOUNTS: SeedAccount[] = [
  { name: 'acme-cloud-ops', enterpriseName: 'Acme Cloud Ops Pte. Ltd.' },
  { name: 'acme-data', enterpriseName: 'Acme Data Pte. Ltd.' },
  { name: 'acme-web', enterpriseName: 'Acme Web Pte. Ltd.' },
  { name: 'acme-mobile', enterpriseName: 'Acme Mobile Pte. Ltd.' },
  { name: 'acme-sales-apac', enterpriseName: 'Acme Sales APAC Pte. Ltd.' },
  { name: 'acme-finance', enterpriseName: 'Acme Finance Pte. Ltd.' },
  { name: 'nova-retail', enterpriseName: 'Nova Retail Ltd.' },
  { name: 'nova-labs', enterpriseName: 'Nova Labs Ltd.' },
];

/** "Accounts to invite", without `zenith-corp` (a master above). */
const ACCOUNTS_TO_INVITE: SeedAccount[] = [
  { name: 'acme-robotics', enterpriseName: 'Acme Robotics Pte. Ltd.' },
  { name: 'river-analytics', enterpriseName: 'River Analytics Pte. Ltd.' },
  { name: 'maple-foods', enterpriseName: 'Maple Foods Ltd.' },
  { name: 'late-bloom', enterpriseName: 'Late Bloom Studio Ltd.' },
  { name: 'solo-dev', enterpriseName: null },
  { name: 'kite-systems', enterpriseName: 'Kite Systems Ltd.' },
  { name: 'frost-retail', enterpriseName: 'Frost Retail Ltd.', frozen: true },
  { name: 'harbor-hk', enterpriseName: 'Harbor Trading (HK) Ltd.', contractingParty: 'HWC-HK' },
  { name: 'orbit-labs', enterpriseName: 'Orbit Labs Ltd.', unpaidOrders: 2 },
  { name: 'summit-support', enterpriseName: 'Summit Support Ltd.', supportPlan: 'Business' },
  { name: 'ruby-trading', enterpriseName: 'Ruby Trading Ltd.', commercialDiscount: true },
  { name: 'sol-partners', enterpriseName: 'Sol Partners Ltd.', partnerProgramme: 'solution' },
  { name: 'channel-client', enterpriseName: 'Channel Client Ltd.', salesChannel: 'partner' },
  { name: 'ondemand-co', enterpriseName: 'OnDemand Co.', monthlySettlement: false },
  {
    name: 'cash-first',
    enterpriseName: 'Cash First Ltd.',
    paymentType: 'prepaid',
    monthlySettlement: false,
  },
  { name: 'techno-partner', enterpriseName: 'Techno Partner Ltd.', partnerProgramme: 'technology' },
  { name: 'dormant-co', enterpriseName: 'Dormant Co.', suspended: true },
  {
    name: 'markup-probe',
    enterpriseName: '<img src=x onerror="window.__pwned=1">Markup & "Probe" Ltd.',
  },
];

/** Every fixture account. */
export const SEED_ACCOUNTS: readonly SeedAccount[] = [
  ...MASTER_ACCOUNTS,
  ...MEMBER_ACCOUNTS,
  ...ACCOUNTS_TO_INVITE,
];

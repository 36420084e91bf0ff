// FIXTURES.md "Accounts to invite": the "try these accounts" list for demos and docs.
import type { CheckCode } from '../wire.js';
import { SEED_ACCOUNTS } from './accounts.js';

/** An account to try inviting as `acme-group`, and the checks it fails. */
export interface FixtureAccount {
  name: string;
  /** `null` for the individual account. */
  enterpriseName: string | null;
  /** How it differs from a default account, in a few words (`''` when it does not). */
  differs: string;
  /** The check codes that fail when `acme-group` invites it (no payment method chosen). */
  failsForAcmeGroup: readonly CheckCode[];
}

const ROWS: readonly Omit<FixtureAccount, 'enterpriseName'>[] = [
  { name: 'acme-robotics', differs: '', failsForAcmeGroup: [] },
  { name: 'river-analytics', differs: '', failsForAcmeGroup: [] },
  {
    name: 'maple-foods',
    differs: 'already has a pending invitation from acme-group',
    failsForAcmeGroup: ['NO_PENDING_INVITATION'],
  },
  { name: 'late-bloom', differs: 'its old invitation expired', failsForAcmeGroup: [] },
  {
    name: 'solo-dev',
    differs: 'individual account, no enterprise name',
    failsForAcmeGroup: ['ENTERPRISE_ACCOUNT'],
  },
  { name: 'zenith-corp', differs: 'a master account', failsForAcmeGroup: ['NOT_MASTER_ACCOUNT'] },
  {
    name: 'kite-systems',
    differs: 'member of nova-holdings',
    failsForAcmeGroup: ['NOT_ALREADY_MEMBER'],
  },
  {
    name: 'frost-retail',
    differs: 'frozen',
    failsForAcmeGroup: ['NOT_FROZEN', 'UA_NOT_SUSPENDED'],
  },
  {
    name: 'harbor-hk',
    differs: 'contracting party HWC-HK',
    failsForAcmeGroup: ['SAME_CONTRACTING_PARTY'],
  },
  { name: 'orbit-labs', differs: '2 unpaid orders', failsForAcmeGroup: ['NO_UNPAID_ORDERS'] },
  {
    name: 'summit-support',
    differs: 'a Business support plan',
    failsForAcmeGroup: ['NO_SUPPORT_PLAN'],
  },
  {
    name: 'ruby-trading',
    differs: 'a commercial discount',
    failsForAcmeGroup: ['NO_COMMERCIAL_DISCOUNT'],
  },
  {
    name: 'sol-partners',
    differs: 'belongs to a solution partner',
    failsForAcmeGroup: ['NOT_SOLUTION_PARTNER'],
  },
  {
    name: 'channel-client',
    differs: 'partner sales channel',
    failsForAcmeGroup: ['SAME_SALES_CHANNEL'],
  },
  {
    name: 'ondemand-co',
    differs: 'no monthly settlement',
    failsForAcmeGroup: ['MONTHLY_SETTLEMENT', 'UA_MONTHLY_SETTLEMENT'],
  },
  {
    name: 'cash-first',
    differs: 'payment type prepaid; no monthly settlement',
    failsForAcmeGroup: ['MONTHLY_SETTLEMENT', 'SAME_PAYMENT_TYPE', 'UA_MONTHLY_SETTLEMENT'],
  },
  {
    name: 'techno-partner',
    differs: 'belongs to a technology partner',
    failsForAcmeGroup: ['UA_NOT_TECHNOLOGY_PARTNER'],
  },
  { name: 'dormant-co', differs: 'suspended', failsForAcmeGroup: ['UA_NOT_SUSPENDED'] },
  {
    name: 'markup-probe',
    differs: 'its enterprise name is markup that must always be shown as text',
    failsForAcmeGroup: [],
  },
];

/**
 * The accounts of FIXTURES.md "Accounts to invite" with the checks each fails for `acme-group`:
 * the demo's "try these accounts" panel.
 */
export const FIXTURE_ACCOUNTS: readonly FixtureAccount[] = ROWS.map((row) => ({
  ...row,
  enterpriseName: SEED_ACCOUNTS.find((a) => a.name === row.name)?.enterpriseName ?? null,
}));

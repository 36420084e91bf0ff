// Conditions 1–5 of API.md §4: who the account is.
import { inviteeRule, type Rule } from './facts.js';

/** 1. ACCOUNT_EXISTS: an account with the name exists. */
export const accountExists: Rule = ({ invitee }) => (invitee === null ? 'failed' : 'passed');

/** 2. ENTERPRISE_ACCOUNT: A is an enterprise account with its enterprise name specified. */
export const enterpriseAccount: Rule = inviteeRule((a) => a.enterpriseName !== null);

/** 3. NOT_MASTER_ACCOUNT: A is not an enterprise master account. */
export const notMasterAccount: Rule = inviteeRule((a) => !a.isMaster);

/** 4. NOT_ALREADY_MEMBER: A is not a member of any master account. */
export const notAlreadyMember: Rule = inviteeRule((a) => a.masterName === null);

/** 5. NOT_FROZEN: A is not frozen. */
export const notFrozen: Rule = inviteeRule((a) => !a.frozen);

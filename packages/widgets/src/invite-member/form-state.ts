import type { ChecklistItem } from '../shared/conditions.js';
import type { CheckState } from './account-check.js';
import type { InviteMessageKey } from './messages.js';
import type { RequestedPaymentMethod } from './payment-field.js';

/** The API's limit on account names (API.md §3.4). */
export const ACCOUNT_NAME_MAX = 64;

/** The API's limit on invitation notes (API.md §2.2). */
export const NOTES_MAX = 1024;

/** Where the typed account stands, from the user's point of view. */
export type AccountState =
  | { kind: 'empty' }
  | { kind: 'too-long' }
  | CheckState
  /** The server refused the invitation (EM.1001, EM.1002): its failed checks replace the precheck's. */
  | { kind: 'refused'; checks: ChecklistItem[] };

/** What the user has entered, and what the rule for showing problems needs to know about it. */
export interface FormFields {
  orgId: string;
  /** The text in the unit filter box. */
  orgFilter: string;
  /** The account name as typed. */
  account: string;
  /** The user changed the account field and left it. */
  accountTouched: boolean;
  payment: RequestedPaymentMethod | '';
  notes: string;
  agreed: boolean;
  /** The agreements changed under the user (EM.1005): their problem says so instead. */
  agreementsChanged: boolean;
  /** Submit was pressed: every problem shows. */
  submitted: boolean;
  /** The failed checks of a server refusal, shown at the account while the input is unchanged. */
  refusal?: { key: string; checks: ChecklistItem[] };
}

/** A form nobody has touched yet. */
export const blankForm: FormFields = {
  orgId: '',
  orgFilter: '',
  account: '',
  accountTouched: false,
  payment: '',
  notes: '',
  agreed: false,
  agreementsChanged: false,
  submitted: false,
};

/** The form controls, in the order the form shows them (and focus visits them). */
export type FieldName = 'org' | 'account' | 'payment' | 'consent';

/**
 * Why Submit cannot go ahead yet, and where: `message` is what to say beside the field, absent
 * when the field already says what failed and what to do (one explanation, never two).
 */
export interface Problem {
  field: FieldName;
  message?: InviteMessageKey | 'error.agreementsChanged';
}

const accountProblems: Partial<Record<AccountState['kind'], InviteMessageKey>> = {
  empty: 'invite.account.required',
  'too-long': 'invite.account.tooLong',
  checking: 'invite.account.stillChecking',
};

/**
 * Account states the field explains by itself: its status line says the account cannot be
 * invited (or could not be checked), and the checklist under it says, condition by condition,
 * what is wrong and what the account owner can do (or "Check again" is offered).
 */
const explainedByTheField: ReadonlySet<AccountState['kind']> = new Set([
  'ineligible',
  'refused',
  'check-failed',
]);

/**
 * Everything that keeps the form from being submitted, in form order: a known unit (`orgProblem`
 * says what is wrong with it, if anything), an eligible account, a payment method and accepted
 * agreements. Empty when Submit may open the confirmation.
 */
export function findProblems(
  form: FormFields,
  orgProblem: InviteMessageKey | undefined,
  account: AccountState,
): Problem[] {
  const problems: Problem[] = [];
  if (orgProblem) problems.push({ field: 'org', message: orgProblem });
  const accountProblem = accountProblems[account.kind];
  if (accountProblem) problems.push({ field: 'account', message: accountProblem });
  else if (explainedByTheField.has(account.kind)) problems.push({ field: 'account' });
  if (!form.payment) problems.push({ field: 'payment', message: 'invite.payment.required' });
  if (!form.agreed) {
    const message = form.agreementsChanged
      ? 'error.agreementsChanged'
      : 'invite.agreements.required';
    problems.push({ field: 'consent', message });
  }
  return problems;
}

// The account facts `control.updateAccount` may change, each read like a request field: a wrong
// type or an unknown fact is 400 `CBC.0100` naming it, before anything changes.
import type { AccountPatch } from '../control.js';
import { invalidParameter } from '../errors/api-errors.js';
import { PARTNER_PROGRAMMES, PAYMENT_TYPES, SALES_CHANNELS } from '../rules/facts.js';
import { boolean, nullable, oneOf, text, wholeNumber, type Reader } from './readers.js';

type Readers = { [K in keyof AccountPatch]-?: Reader<Exclude<AccountPatch[K], undefined>> };

const FACTS: Readers = {
  enterpriseName: nullable(text(256)),
  masterName: nullable(text(64)),
  frozen: boolean,
  suspended: boolean,
  contractingParty: text(64),
  unpaidOrders: wholeNumber(0, 1_000_000),
  supportPlan: nullable(text(64)),
  commercialDiscount: boolean,
  partnerProgramme: nullable(oneOf(PARTNER_PROGRAMMES)),
  salesChannel: oneOf(SALES_CHANNELS),
  paymentType: oneOf(PAYMENT_TYPES),
  monthlySettlement: boolean,
  unifiedAccounting: boolean,
  memberQuota: wholeNumber(0, 100_000),
};

/** The names of the facts a patch may hold, for the error message. */
const PATCHABLE_FACTS = Object.keys(FACTS) as (keyof AccountPatch)[];

/** Reads a patch; fields set to `undefined` count as absent. */
export function readAccountPatch(value: unknown): AccountPatch {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidParameter('body', 'it must be a JSON object of account facts');
  }
  const patch: Record<string, unknown> = {};
  for (const [key, fact] of Object.entries(value)) {
    if (fact === undefined) continue;
    if (!Object.hasOwn(FACTS, key)) {
      throw invalidParameter(key, `it is no account fact; use ${PATCHABLE_FACTS.join(', ')}`);
    }
    patch[key] = FACTS[key as keyof AccountPatch](fact, key);
  }
  return patch as AccountPatch;
}

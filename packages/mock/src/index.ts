// Public surface of @enterprise-center/mock (docs/interfaces.md), which runs in browsers and
// Node alike; the HTTP server is in `@enterprise-center/mock/node` (node.ts). Everything else —
// state, handlers, validation, seed tables — is private and may change.
export {
  createFakeBackend,
  DEFAULT_BASE_URL,
  type FakeBackend,
  type FakeBackendOptions,
  type FakeBackendSnapshot,
} from './create-fake-backend.js';
export type { AccountPatch, AccountView, Control } from './control.js';
export type { Fault, FaultMatch, Faults } from './handlers/faults.js';
export type { RequestLogEntry } from './handlers/request-log.js';
export type { CredentialKind } from './handlers/auth.js';
export type { Clock } from './state/clock.js';
export { FIXTURE_ACCOUNTS, type FixtureAccount } from './seed/fixture-accounts.js';
export { ACCESS_KEYS, type AccessKey } from './seed/access-keys.js';
export { CONDITION_RULES, evaluateConditions, type ConditionRule } from './rules/evaluate.js';
export type {
  AccountFacts,
  MasterFacts,
  PartnerProgramme,
  PaymentType,
  Rule,
  RuleContext,
  SalesChannel,
} from './rules/facts.js';
export type {
  CheckCode,
  CheckStatus,
  InvitationStatus,
  PaymentMethod,
  WireAgreement,
  WireAssociation,
  WireCheck,
  WireInvitation,
  WireOrgNode,
} from './wire.js';

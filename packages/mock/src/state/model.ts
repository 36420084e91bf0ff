import type { AccountFacts } from '../rules/facts.js';
import type { PaymentMethod } from '../wire.js';

/** A unit of a master's organization tree; ids are digit strings. */
export interface OrgUnit {
  id: string;
  name: string;
  children: OrgUnit[];
}

/** What only a master account has. */
export interface Enterprise {
  unifiedAccounting: boolean;
  memberQuota: number;
  /** The root unit, named after the enterprise. */
  org: OrgUnit;
}

/** A member account's association with its master (API.md §2.3). */
export interface Membership {
  masterName: string;
  orgId: string;
  paymentMethod: PaymentMethod;
  associatedAt: number;
}

/**
 * An account as stored. Being a master (`enterprise`) and being a member (`membership`) are
 * stored once; `factsOf` derives the flat `AccountFacts` the rules read.
 */
export interface Account extends Omit<AccountFacts, 'isMaster' | 'masterName'> {
  id: string;
  enterprise: Enterprise | null;
  membership: Membership | null;
}

/**
 * An invitation as stored. `expired` is never stored: a pending invitation whose `expiredAt` has
 * passed reads as expired (see `effectiveStatus`).
 */
export interface StoredInvitation {
  id: string;
  /** Creation order, for "newest first" between invitations of the same second. */
  seq: number;
  masterName: string;
  inviteeName: string;
  orgId: string;
  paymentMethod: PaymentMethod;
  notes: string | null;
  status: 'pending' | 'accepted' | 'declined' | 'cancelled';
  /** Epoch milliseconds, whole seconds. */
  createdAt: number;
  updatedAt: number;
  expiredAt: number;
}

/** The whole domain state; plain JSON data. */
export interface State {
  /** By account name. */
  accounts: Record<string, Account>;
  invitations: StoredInvitation[];
  /** The `seq` of the last invitation created; ids derive from it. */
  invitationSeq: number;
}

// Changing the backend behind the client's back (tests and the demo).
import { wrongInvitationState } from './errors/api-errors.js';
import { impossibleChange, noSuch } from './errors/control-errors.js';
import type { AccountFacts } from './rules/facts.js';
import type { Store } from './handlers/services.js';
import type { Account, StoredInvitation } from './state/model.js';
import {
  effectiveStatus,
  factsOf,
  findAccount,
  findInvitation,
  listInvitations,
} from './state/queries.js';
import { stamp } from './state/time.js';
import { invitationView } from './state/views.js';
import { readAccountPatch } from './validation/account-patch.js';
import type { InvitationStatus, WireInvitation } from './wire.js';

/** An account as `control.account` shows it. */
export type AccountView = AccountFacts & { id: string };

/**
 * What `control.updateAccount` may change. `masterName` makes the account a member of that
 * master (at its root unit, paid by the master) or, with `null`, no member;
 * `unifiedAccounting` and `memberQuota` apply to master accounts only.
 */
export type AccountPatch = Partial<Omit<AccountFacts, 'name' | 'isMaster'>> & {
  unifiedAccounting?: boolean;
  memberQuota?: number;
};

/**
 * Test and demo controls of a fake backend. A refused call throws an `Error` whose message says
 * why (over HTTP: the contract's error body, docs/fake-backend.md "Control API").
 */
export interface Control {
  /** The account's facts, or `undefined` when no account has that name. */
  account(name: string): AccountView | undefined;
  /**
   * Changes an account's facts, e.g. `{ frozen: true }`; throws for an unknown account, an
   * unknown fact, a value of the wrong type or an impossible change, and then changes nothing.
   */
  updateAccount(name: string, patch: AccountPatch): AccountView;
  /** The (still listed) invitations matching the filter, newest first, as the API shows them. */
  invitations(filter?: { from?: string; to?: string; status?: InvitationStatus }): WireInvitation[];
  /** Cancels a pending invitation as if its inviter had. */
  cancelInvitation(id: string): WireInvitation;
  /** Makes a pending invitation expire now. */
  expireInvitation(id: string): WireInvitation;
}

/** Checks the whole patch first, so an impossible patch changes nothing. */
function applyPatch(store: Store, account: Account, patch: AccountPatch): void {
  const { masterName, unifiedAccounting, memberQuota, ...facts } = readAccountPatch(patch);
  const enterprise = account.enterprise;
  if (!enterprise && (unifiedAccounting !== undefined || memberQuota !== undefined)) {
    throw impossibleChange(`"${account.name}" is not a master account`);
  }
  let membership = account.membership;
  if (masterName === null) membership = null;
  else if (masterName !== undefined && masterName !== membership?.masterName) {
    const master = findAccount(store.state, masterName);
    if (!master?.enterprise || master === account) {
      throw impossibleChange(`"${masterName}" cannot be the master of "${account.name}"`);
    }
    membership = {
      masterName,
      orgId: master.enterprise.org.id,
      paymentMethod: 'paid_by_master',
      associatedAt: stamp(store.clock.now()),
    };
  }

  Object.assign(account, facts, { membership });
  if (enterprise && unifiedAccounting !== undefined)
    enterprise.unifiedAccounting = unifiedAccounting;
  if (enterprise && memberQuota !== undefined) enterprise.memberQuota = memberQuota;
}

/** The controls over `store`. */
export function createControl(store: Store): Control {
  const view = (account: Account): AccountView => ({ id: account.id, ...factsOf(account) });
  const requireAccount = (name: string): Account => {
    const account = findAccount(store.state, name);
    if (!account) throw noSuch(`account "${name}"`);
    return account;
  };
  const changePending = (
    id: string,
    change: (invitation: StoredInvitation, at: number) => void,
  ): WireInvitation => {
    const now = store.clock.now();
    const invitation = findInvitation(store.state, id, now);
    if (!invitation) throw noSuch(`invitation "${id}"`);
    const status = effectiveStatus(invitation, now);
    if (status !== 'pending') throw wrongInvitationState(status);
    change(invitation, stamp(now));
    return invitationView(store.state, invitation, now);
  };

  return {
    account: (name) => {
      const account = findAccount(store.state, name);
      return account && view(account);
    },
    updateAccount(name, patch) {
      const account = requireAccount(name);
      applyPatch(store, account, patch);
      return view(account);
    },
    invitations(filter = {}) {
      const now = store.clock.now();
      return listInvitations(store.state, now, filter).map((i) =>
        invitationView(store.state, i, now),
      );
    },
    cancelInvitation: (id) =>
      changePending(id, (invitation, at) => {
        invitation.status = 'cancelled';
        invitation.updatedAt = at;
      }),
    expireInvitation: (id) =>
      changePending(id, (invitation, at) => {
        invitation.expiredAt = at;
      }),
  };
}

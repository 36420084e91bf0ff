// Turns the seed tables into the backend's state, with times relative to `now`.
import { accountId, invitationId } from '../state/ids.js';
import type { Account, OrgUnit, State, StoredInvitation } from '../state/model.js';
import { orgUnits } from '../state/queries.js';
import { DAY_MS, stamp } from '../state/time.js';
import { DEFAULT_FACTS, SEED_ACCOUNTS } from './accounts.js';
import { SEED_INVITATIONS } from './invitations.js';
import { SEED_MASTERS, type SeedOrgUnit } from './masters.js';

/** The state of FIXTURES.md at clock reading `now`. Same `now`, same state, same ids. */
export function seedState(now: number): State {
  const at = stamp(now);
  const accounts: Record<string, Account> = {};
  for (const { name, enterpriseName, ...differs } of SEED_ACCOUNTS) {
    accounts[name] = {
      id: accountId(name),
      name,
      enterpriseName,
      ...DEFAULT_FACTS,
      ...differs,
      enterprise: null,
      membership: null,
    };
  }
  const account = (name: string): Account => {
    const found = accounts[name];
    if (!found) throw new Error(`seed: no account "${name}"`);
    return found;
  };

  for (const master of SEED_MASTERS) {
    const org = toOrgUnit(master.org);
    account(master.name).enterprise = {
      unifiedAccounting: master.unifiedAccounting,
      memberQuota: master.memberQuota,
      org,
    };
    for (const { name, orgName, joinedDaysAgo } of master.members) {
      account(name).membership = {
        masterName: master.name,
        orgId: unitId(org, orgName),
        // FIXTURES.md leaves it open; the seeded members are paid for by their master.
        paymentMethod: 'paid_by_master',
        associatedAt: at - joinedDaysAgo * DAY_MS,
      };
    }
  }

  const invitations = SEED_INVITATIONS.map((seed, index): StoredInvitation => {
    const org = account(seed.from).enterprise?.org;
    if (!org) throw new Error(`seed: "${seed.from}" is not a master`);
    account(seed.to);
    const createdAt = at - seed.createdDaysAgo * DAY_MS;
    return {
      id: invitationId(index + 1),
      seq: index + 1,
      masterName: seed.from,
      inviteeName: seed.to,
      orgId: unitId(org, seed.orgName),
      paymentMethod: seed.paymentMethod,
      notes: null,
      status: 'pending',
      createdAt,
      updatedAt: createdAt,
      expiredAt: at + seed.expiresInDays * DAY_MS,
    };
  });

  return { accounts, invitations, invitationSeq: invitations.length };
}

function toOrgUnit({ id, name, children = [] }: SeedOrgUnit): OrgUnit {
  return { id, name, children: children.map(toOrgUnit) };
}

function unitId(org: OrgUnit, name: string): string {
  const unit = orgUnits(org).find((u) => u.name === name);
  if (!unit) throw new Error(`seed: no unit "${name}" under "${org.name}"`);
  return unit.id;
}

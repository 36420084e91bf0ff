// FIXTURES.md "Master accounts": quotas, unified accounting, members and organization trees.
/** An organization unit with its stable digit id. */
export interface SeedOrgUnit {
  id: string;
  name: string;
  children?: SeedOrgUnit[];
}

/** A member: the unit it sits in (by name) and how long ago it joined. */
export interface SeedMember {
  name: string;
  orgName: string;
  joinedDaysAgo: number;
}

/** A master account's enterprise. */
export interface SeedMaster {
  name: string;
  unifiedAccounting: boolean;
  memberQuota: number;
  org: SeedOrgUnit;
  members: SeedMember[];
}

const member = (name: string, orgName: string, joinedDaysAgo: number): SeedMember => ({
  name,
  orgName,
  joinedDaysAgo,
});

/** The four enterprises. Unit ids: 1… Acme, 2… Nova, 3… Helio, 4… Zenith. */
export const SEED_MASTERS: readonly SeedMaster[] = [
  {
    name: 'acme-group',
    unifiedAccounting: true,
    memberQuota: 10,
    // Acme Group ⟶ Engineering ⟶ Platform; Acme Group ⟶ Sales ⟶ APAC; Acme Group ⟶ Finance
    org: {
      id: '1000000001',
      name: 'Acme Group',
      children: [
        {
          id: '1000000002',
          name: 'Engineering',
          children: [{ id: '1000000003', name: 'Platform' }],
        },
        { id: '1000000004', name: 'Sales', children: [{ id: '1000000005', name: 'APAC' }] },
        { id: '1000000006', name: 'Finance' },
      ],
    },
    members: [
      member('acme-cloud-ops', 'Engineering', 400),
      member('acme-data', 'Engineering', 380),
      member('acme-web', 'Platform', 300),
      member('acme-mobile', 'Platform', 250),
      member('acme-sales-apac', 'APAC', 200),
      member('acme-finance', 'Finance', 120),
    ],
  },
  {
    name: 'nova-holdings',
    unifiedAccounting: false,
    memberQuota: 3,
    org: { id: '2000000001', name: 'Nova Holdings' },
    members: [
      member('kite-systems', 'Nova Holdings', 500),
      member('nova-retail', 'Nova Holdings', 450),
      member('nova-labs', 'Nova Holdings', 60),
    ],
  },
  {
    name: 'helio-group',
    unifiedAccounting: false,
    memberQuota: 50,
    // Helio Group ⟶ Research
    org: {
      id: '3000000001',
      name: 'Helio Group',
      children: [{ id: '3000000002', name: 'Research' }],
    },
    members: [],
  },
  {
    name: 'zenith-corp',
    unifiedAccounting: false,
    memberQuota: 20,
    org: { id: '4000000001', name: 'Zenith Corp' },
    members: [],
  },
];

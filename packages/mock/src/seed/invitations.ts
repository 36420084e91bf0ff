// FIXTURES.md "Invitations at start-up"; times are relative to the clock at (re)seeding.
import type { PaymentMethod } from '../wire.js';

/** One start-up invitation. A negative `expiresInDays` makes it read as expired. */
export interface SeedInvitation {
  from: string;
  to: string;
  orgName: string;
  paymentMethod: PaymentMethod;
  createdDaysAgo: number;
  expiresInDays: number;
}

export const SEED_INVITATIONS: readonly SeedInvitation[] = [
  // pending
  {
    from: 'acme-group',
    to: 'maple-foods',
    orgName: 'Engineering',
    paymentMethod: 'paid_by_master',
    createdDaysAgo: 2,
    expiresInDays: 12,
  },
  // pending
  {
    from: 'helio-group',
    to: 'maple-foods',
    orgName: 'Helio Group',
    paymentMethod: 'paid_by_member',
    createdDaysAgo: 1,
    expiresInDays: 13,
  },
  // expired
  {
    from: 'acme-group',
    to: 'late-bloom',
    orgName: 'Finance',
    paymentMethod: 'paid_by_master',
    createdDaysAgo: 20,
    expiresInDays: -6,
  },
];

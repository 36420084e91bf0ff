/** Values from FIXTURES.md that the tests use. */

/** What a master accepts to invite. */
export const SERVICE_AGREEMENT = { id: 'em-service-agreement', version: '2025-02-25' };

/** What an invitee accepts to join. */
export const MEMBER_AGREEMENT = { id: 'em-member-association', version: '2025-02-25' };

/** acme-group's "Engineering" unit. */
export const ENGINEERING = '1000000002';

/** A valid invitation from acme-group to `accountName`. */
export const inviteInput = (accountName: string) => ({
  accountName,
  orgId: ENGINEERING,
  paymentMethod: 'paid_by_master' as const,
  agreements: [SERVICE_AGREEMENT],
});

/** Wire (snake_case) objects as the contract's examples show them, for one-off responses. */

export const wireAgreement = {
  id: 'em-member-association',
  name: 'Member Account Association Agreement',
  version: '2025-02-25',
  url: 'https://www.example.com/agreements/em-member-association',
};

export const wireInvitation = {
  id: 'inv-7k2m9x4q1a8b',
  status: 'pending',
  master_account_id: '0a1b2c3d',
  master_account_name: 'acme-group',
  enterprise_name: 'Acme Group Co., Ltd.',
  invitee_account_id: '9f8e7d6c',
  invitee_account_name: 'acme-robotics',
  org_id: '1000000002',
  org_name: 'Engineering',
  payment_method: 'paid_by_master',
  unified_accounting: true,
  notes: null,
  agreements: [wireAgreement],
  created_at: '2026-11-26T03:00:00Z',
  updated_at: '2026-11-26T03:00:00Z',
  expired_at: '2026-12-10T03:00:00Z',
};

export const wireAssociation = {
  master_account_id: '0a1b2c3d',
  master_account_name: 'acme-group',
  enterprise_name: 'Acme Group Co., Ltd.',
  org_id: '1000000002',
  org_name: 'Engineering',
  payment_method: 'paid_by_master',
  unified_accounting: true,
  associated_at: '2026-11-27T03:00:00Z',
};

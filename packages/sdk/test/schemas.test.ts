import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AcceptResult, AssociationEnvelope } from '../src/schemas/association.js';
import {
  CreateInvitationInput,
  InvitationQuery,
  PrecheckInput,
} from '../src/schemas/invitation-input.js';
import { InvitationEnvelope, InvitationPage } from '../src/schemas/invitation.js';
import { InvitationSettings } from '../src/schemas/invitation-settings.js';
import { MemberPage, MemberQuery } from '../src/schemas/member.js';
import { OrgTree, OrgTreeQuery } from '../src/schemas/organization.js';
import { check } from '../src/schemas/parse.js';
import { PrecheckResult } from '../src/schemas/precheck.js';
import { wireAgreement, wireAssociation, wireInvitation } from './support/wire.js';

const parsed = <T>(result: ReturnType<typeof check<T>>): T => {
  assert.ok(result.ok, result.ok ? '' : `expected a valid value, got problem: ${result.problem}`);
  return result.value;
};

describe('response schemas', () => {
  it('map a wire invitation to camelCase, keeping enum values as sent', () => {
    const invitation = parsed(check(InvitationEnvelope, { invitation: wireInvitation }));
    assert.deepEqual(invitation, {
      id: 'inv-7k2m9x4q1a8b',
      status: 'pending',
      masterAccountId: '0a1b2c3d',
      masterAccountName: 'acme-group',
      enterpriseName: 'Acme Group Co., Ltd.',
      inviteeAccountId: '9f8e7d6c',
      inviteeAccountName: 'acme-robotics',
      orgId: '1000000002',
      orgName: 'Engineering',
      paymentMethod: 'paid_by_master',
      unifiedAccounting: true,
      notes: null,
      agreements: [wireAgreement],
      createdAt: '2026-11-26T03:00:00Z',
      updatedAt: '2026-11-26T03:00:00Z',
      expiredAt: '2026-12-10T03:00:00Z',
    });
  });

  it('ignore unknown fields at every level', () => {
    const page = parsed(
      check(InvitationPage, {
        total_count: 1,
        next_marker: 'x',
        invitations: [
          {
            ...wireInvitation,
            region: 'ap-southeast-1',
            agreements: [{ ...wireAgreement, lang: 'en' }],
          },
        ],
      }),
    );
    assert.deepEqual(Object.keys(page), ['totalCount', 'invitations']);
    assert.equal('region' in page.invitations[0]!, false);
    assert.deepEqual(page.invitations[0]!.agreements[0], wireAgreement);
  });

  it('turn enum values the SDK does not know into "unknown" instead of failing', () => {
    const invitation = parsed(
      check(InvitationEnvelope, {
        invitation: { ...wireInvitation, status: 'on_hold', payment_method: 'paid_by_partner' },
      }),
    );
    assert.equal(invitation.status, 'unknown');
    assert.equal(invitation.paymentMethod, 'unknown');
  });

  it('still reject an enum field that is not a string', () => {
    const result = check(InvitationEnvelope, { invitation: { ...wireInvitation, status: 3 } });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problem, /invitation\.status/);
  });

  it('reject agreement URLs that are not https: or http:', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'not a url', 'ftp://x.test/a']) {
      const result = check(InvitationEnvelope, {
        invitation: { ...wireInvitation, agreements: [{ ...wireAgreement, url }] },
      });
      assert.equal(result.ok, false, url);
      assert.match(result.ok ? '' : result.problem, /invitation\.agreements\.0\.url/);
    }
    const http = { ...wireAgreement, url: 'http://intranet.example.test/a' };
    assert.ok(
      check(InvitationEnvelope, { invitation: { ...wireInvitation, agreements: [http] } }).ok,
    );
  });

  it('reject a missing field, a malformed id and a time without a zone', () => {
    const withoutOrgId: Partial<typeof wireInvitation> = { ...wireInvitation };
    delete withoutOrgId.org_id;
    const cases = [
      [withoutOrgId, /^invitation\.org_id: expected string, received undefined$/],
      [{ ...wireInvitation, id: 'INV-1' }, /^invitation\.id: expected an id such as inv-/],
      [{ ...wireInvitation, created_at: '2026-11-26T03:00:00' }, /^invitation\.created_at: /],
    ] as const;
    for (const [invitation, problem] of cases) {
      const result = check(InvitationEnvelope, { invitation });
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.problem, problem);
    }
  });

  it('report a wrong type as invalid_type, naming the path, the expected and the received type', () => {
    const result = check(InvitationEnvelope, {
      invitation: { ...wireInvitation, org_id: 1000000002, unified_accounting: 'yes' },
    });
    assert.equal(result.ok, false);
    assert.equal(
      result.ok ? '' : result.problem,
      'invitation.org_id: expected string, received number; ' +
        'invitation.unified_accounting: expected boolean, received string',
    );
    const { issues } = (result.ok ? undefined : result.cause) as { issues: { code: string }[] };
    assert.deepEqual(
      issues.map((issue) => issue.code),
      ['invalid_type', 'invalid_type'],
    );
  });

  it('read display fields that are null, missing or not text as null, and keep the rest', () => {
    const withoutNames: Partial<typeof wireInvitation> = { ...wireInvitation };
    delete withoutNames.enterprise_name;
    delete withoutNames.org_name;
    const invitation = parsed(
      check(InvitationEnvelope, {
        invitation: {
          ...withoutNames,
          notes: 42,
          agreements: [{ ...wireAgreement, name: null }],
        },
      }),
    );
    assert.deepEqual(
      [invitation.enterpriseName, invitation.orgName, invitation.notes],
      [null, null, null],
    );
    assert.equal(invitation.agreements[0]!.name, null);
    assert.equal(invitation.inviteeAccountName, 'acme-robotics');
    const association = parsed(
      check(AssociationEnvelope, {
        association: { ...wireAssociation, enterprise_name: null, org_name: null },
      }),
    );
    assert.deepEqual([association?.enterpriseName, association?.orgName], [null, null]);
    const tree = parsed(
      check(OrgTree, { root_id: '1', child_nodes: [{ relation_id: 'r', id: '2', name: null }] }),
    );
    assert.deepEqual(tree, {
      rootId: '1',
      rootName: null,
      childNodes: [{ relationId: 'r', id: '2', name: null, childNodes: [] }],
    });
  });

  it('map member statuses from their wire numbers, unknown numbers to "unknown"', () => {
    const member = (status: number) => ({
      id: '1',
      name: 'acme-web',
      display_name: 'Acme Web',
      status,
      org_id: '1000000003',
      org_name: 'Platform',
    });
    const page = parsed(
      check(MemberPage, {
        total_count: 7,
        sub_customer_infos: [1, 2, 3, 4, 101, 102, 7].map(member),
      }),
    );
    assert.equal(page.totalCount, 7);
    assert.deepEqual(
      page.members.map((m) => m.status),
      ['normal', 'creating', 'closing', 'closed', 'registering', 'pending_activation', 'unknown'],
    );
    assert.equal(page.members[0]!.displayName, 'Acme Web');
  });

  it('give every organization node childNodes, [] where the wire left them out', () => {
    const tree = parsed(
      check(OrgTree, {
        root_id: '1000000001',
        root_name: 'Acme Group',
        child_nodes: [
          {
            relation_id: 'r2',
            id: '1000000002',
            name: 'Engineering',
            child_nodes: [{ relation_id: 'r3', id: '1000000003', name: 'Platform' }],
          },
          { relation_id: 'r4', id: '1000000004', name: 'Finance', child_nodes: [] },
        ],
      }),
    );
    assert.deepEqual(tree, {
      rootId: '1000000001',
      rootName: 'Acme Group',
      childNodes: [
        {
          relationId: 'r2',
          id: '1000000002',
          name: 'Engineering',
          childNodes: [{ relationId: 'r3', id: '1000000003', name: 'Platform', childNodes: [] }],
        },
        { relationId: 'r4', id: '1000000004', name: 'Finance', childNodes: [] },
      ],
    });
    assert.deepEqual(parsed(check(OrgTree, { root_id: '1', root_name: 'Solo' })).childNodes, []);
  });

  it('keep check codes the SDK does not know, and map the invitee', () => {
    const result = parsed(
      check(PrecheckResult, {
        eligible: false,
        invitee: {
          account_id: '42',
          account_name: 'frost-retail',
          enterprise_name: 'Frost Retail Ltd.',
        },
        checks: [
          { code: 'NOT_FROZEN', status: 'failed', message: 'The account is frozen.' },
          { code: 'NEW_RULE', status: 'waived', message: 'Later.' },
        ],
      }),
    );
    assert.deepEqual(result.invitee, {
      accountId: '42',
      accountName: 'frost-retail',
      enterpriseName: 'Frost Retail Ltd.',
    });
    assert.deepEqual(result.checks[1], { code: 'NEW_RULE', status: 'unknown', message: 'Later.' });
    const unknownAccount = { eligible: false, invitee: null, checks: [] };
    assert.equal(parsed(check(PrecheckResult, unknownAccount)).invitee, null);
  });

  it('map the invitation settings, nested objects included', () => {
    const settings = parsed(
      check(InvitationSettings, {
        master_account: {
          id: 'm1',
          name: 'acme-group',
          enterprise_name: 'Acme Group Co., Ltd.',
          unified_accounting: true,
          monthly_settlement: true,
          sales_channel: 'reseller',
        },
        member_quota: { max: 10, used: 6, pending: 1 },
        payment_methods: [
          { code: 'paid_by_master', allowed: true },
          { code: 'paid_by_member', allowed: false, reason: 'Unified accounting is enabled.' },
        ],
        agreements: [wireAgreement],
        invitation_ttl_days: 14,
      }),
    );
    assert.equal(settings.masterAccount.enterpriseName, 'Acme Group Co., Ltd.');
    assert.equal(settings.masterAccount.salesChannel, 'unknown');
    assert.deepEqual(settings.memberQuota, { max: 10, used: 6, pending: 1 });
    assert.equal(settings.paymentMethods[1]!.reason, 'Unified accounting is enabled.');
    assert.equal(settings.invitationTtlDays, 14);
  });

  it('unwrap the association of accept and of the master account', () => {
    const accepted = parsed(
      check(AcceptResult, {
        invitation: { ...wireInvitation, status: 'accepted' },
        association: wireAssociation,
      }),
    );
    assert.equal(accepted.invitation.status, 'accepted');
    assert.equal(accepted.association.associatedAt, '2026-11-27T03:00:00Z');
    assert.equal(parsed(check(AssociationEnvelope, { association: null })), null);
    assert.equal(
      parsed(check(AssociationEnvelope, { association: wireAssociation }))?.orgName,
      'Engineering',
    );
  });
});

describe('request schemas', () => {
  it('turn camelCase input into the wire body, dropping unknown fields', () => {
    const body = parsed(
      check(CreateInvitationInput, {
        accountName: 'acme-robotics',
        orgId: '1000000002',
        paymentMethod: 'paid_by_master',
        agreements: [{ id: 'em-service-agreement', version: '2025-02-25' }],
        notes: 'Welcome',
        role: 'admin',
      }),
    );
    assert.deepEqual(body, {
      account_name: 'acme-robotics',
      org_id: '1000000002',
      payment_method: 'paid_by_master',
      agreements: [{ id: 'em-service-agreement', version: '2025-02-25' }],
      notes: 'Welcome',
    });
  });

  it('name the offending fields of invalid input and what they had to be', () => {
    const invite = { accountName: 'a', orgId: '1', paymentMethod: 'paid_by_master' };
    const cases: [unknown, unknown, RegExp, string][] = [
      [PrecheckInput, { accountName: '' }, /^accountName: expected 1 to 64 characters$/, 'custom'],
      [PrecheckInput, { accountName: 'x'.repeat(65) }, /^accountName: expected 1 to 64/, 'custom'],
      [
        PrecheckInput,
        { accountName: 42 },
        /^accountName: expected string, received number$/,
        'invalid_type',
      ],
      [
        PrecheckInput,
        { accountName: 'a', paymentMethod: 'cash' },
        /^paymentMethod: expected one of paid_by_master, paid_by_member$/,
        'invalid_value',
      ],
      [
        PrecheckInput,
        { accountName: 'a', orgId: 'eng' },
        /^orgId: expected at most 20 digits$/,
        'invalid_format',
      ],
      [
        CreateInvitationInput,
        { ...invite, agreements: [{ id: 'x' }] },
        /^agreements\.0\.version: expected string, received undefined$/,
        'invalid_type',
      ],
      [
        CreateInvitationInput,
        { ...invite, agreements: [], notes: 'n'.repeat(1025) },
        /^notes: expected 0 to 1024 characters$/,
        'custom',
      ],
      [InvitationQuery, { limit: 101 }, /^limit: expected at most 100$/, 'too_big'],
      [InvitationQuery, { offset: -1 }, /^offset: expected at least 0$/, 'too_small'],
      [InvitationQuery, { offset: 1.5 }, /^offset: expected int, received number$/, 'invalid_type'],
      [
        InvitationQuery,
        { status: 'unknown' },
        /^status: expected one of pending, /,
        'invalid_value',
      ],
      [InvitationQuery, 'pending', /^input: expected object, received string$/, 'invalid_type'],
    ];
    for (const [schema, input, problem, code] of cases) {
      const result = check(schema as typeof PrecheckInput, input);
      assert.equal(result.ok, false, JSON.stringify(input));
      assert.match(result.ok ? '' : result.problem, problem, JSON.stringify(input));
      const { issues } = (result.ok ? undefined : result.cause) as { issues: { code: string }[] };
      assert.deepEqual(
        issues.map((issue) => issue.code),
        [code],
        JSON.stringify(input),
      );
    }
  });

  it('map query filters to the wire names and 0/1 flags', () => {
    assert.deepEqual(
      parsed(
        check(MemberQuery, { accountName: 'acme', fuzzy: true, orgId: '1000000002', limit: 5 }),
      ),
      {
        offset: undefined,
        limit: 5,
        org_id: '1000000002',
        sub_customer_account_name: 'acme',
        fuzzy_query: 1,
      },
    );
    assert.deepEqual(parsed(check(OrgTreeQuery, { parentId: '1000000002', recursive: false })), {
      parent_id: '1000000002',
      recursive_query: 0,
    });
    assert.deepEqual(parsed(check(InvitationQuery, { status: 'pending', orgId: '7' })), {
      status: 'pending',
      org_id: '7',
    });
  });
});

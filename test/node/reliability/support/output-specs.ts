// An oracle written apart from the SDK's zod schemas: what a valid result of each call looks
// like (docs/interfaces.md). A hostile answer may make a call fail, but whatever it resolves to
// must satisfy these specs exactly — no field of a wrong type, no field the model does not have.
// Display fields (API.md §1) are text or null, and a response never fails because of one.

/** The shape of a valid value. */
export type Spec =
  | 'string'
  | 'boolean'
  /** A non-negative safe integer. */
  | 'count'
  | { pattern: RegExp }
  | { oneOf: readonly string[] }
  /** An `https:` or `http:` URL. */
  | 'web-url'
  | { optional: Spec }
  | { nullable: Spec }
  | { arrayOf: Spec }
  /** An object with exactly these fields (`optional` ones may be absent). */
  | { fields: Readonly<Record<string, Spec>> }
  | { lazy: () => Spec };

const isWebUrl = (value: string): boolean => {
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Where and how `value` breaks `spec` (empty when it conforms). */
export function violations(value: unknown, spec: Spec, at = '$'): string[] {
  const fail = (expected: string): string[] => [
    `${at}: expected ${expected}, got ${typeOf(value)}`,
  ];
  if (spec === 'string') return typeof value === 'string' ? [] : fail('a string');
  if (spec === 'boolean') return typeof value === 'boolean' ? [] : fail('a boolean');
  if (spec === 'count') {
    return Number.isSafeInteger(value) && (value as number) >= 0 ? [] : fail('a count');
  }
  if (spec === 'web-url') {
    return typeof value === 'string' && isWebUrl(value) ? [] : fail('an http(s) URL');
  }
  if ('pattern' in spec) {
    return typeof value === 'string' && spec.pattern.test(value) ? [] : fail(`${spec.pattern}`);
  }
  if ('oneOf' in spec) {
    return spec.oneOf.includes(value as string) ? [] : fail(`one of ${spec.oneOf.join(', ')}`);
  }
  if ('optional' in spec) return value === undefined ? [] : violations(value, spec.optional, at);
  if ('nullable' in spec) return value === null ? [] : violations(value, spec.nullable, at);
  if ('lazy' in spec) return violations(value, spec.lazy(), at);
  if ('arrayOf' in spec) {
    if (!Array.isArray(value)) return fail('an array');
    return value.flatMap((item, index) => violations(item, spec.arrayOf, `${at}[${index}]`));
  }
  if (typeOf(value) !== 'object') return fail('an object');
  const record = value as Record<string, unknown>;
  const extra = Object.keys(record)
    .filter((key) => !Object.hasOwn(spec.fields, key))
    .map((key) => `${at}.${key}: not a field of the model`);
  const fields = Object.entries(spec.fields).flatMap(([key, fieldSpec]) =>
    violations(Object.hasOwn(record, key) ? record[key] : undefined, fieldSpec, `${at}.${key}`),
  );
  return [...extra, ...fields];
}

const text = 'string';
/** A display field (API.md §1): text, or `null` when the server had none — never absent. */
const display: Spec = { nullable: text };
const ISO_TIME: Spec = { pattern: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/ };
const PAYMENT_METHOD: Spec = { oneOf: ['paid_by_master', 'paid_by_member', 'unknown'] };

export const AGREEMENT: Spec = {
  fields: { id: text, name: display, version: text, url: 'web-url' },
};

/** A failed condition of an `EM.1001` error. */
export const FAILED_CHECK: Spec = { fields: { code: text, message: display } };

export const INVITATION: Spec = {
  fields: {
    id: { pattern: /^inv-[0-9a-z]{8,32}$/ },
    status: { oneOf: ['pending', 'accepted', 'declined', 'cancelled', 'expired', 'unknown'] },
    masterAccountId: text,
    masterAccountName: text,
    enterpriseName: display,
    inviteeAccountId: text,
    inviteeAccountName: text,
    orgId: text,
    orgName: display,
    paymentMethod: PAYMENT_METHOD,
    unifiedAccounting: 'boolean',
    notes: display,
    agreements: { arrayOf: AGREEMENT },
    createdAt: ISO_TIME,
    updatedAt: ISO_TIME,
    expiredAt: ISO_TIME,
  },
};

export const INVITATION_PAGE: Spec = {
  fields: { totalCount: 'count', invitations: { arrayOf: INVITATION } },
};

export const ASSOCIATION: Spec = {
  fields: {
    masterAccountId: text,
    masterAccountName: text,
    enterpriseName: display,
    orgId: text,
    orgName: display,
    paymentMethod: PAYMENT_METHOD,
    unifiedAccounting: 'boolean',
    associatedAt: ISO_TIME,
  },
};

export const ACCEPT_RESULT: Spec = { fields: { invitation: INVITATION, association: ASSOCIATION } };

export const MASTER_ACCOUNT: Spec = { nullable: ASSOCIATION };

export const INVITATION_SETTINGS: Spec = {
  fields: {
    masterAccount: {
      fields: {
        id: text,
        name: display,
        enterpriseName: display,
        unifiedAccounting: 'boolean',
        monthlySettlement: 'boolean',
        salesChannel: { oneOf: ['direct', 'partner', 'unknown'] },
      },
    },
    memberQuota: { fields: { max: 'count', used: 'count', pending: 'count' } },
    paymentMethods: {
      arrayOf: {
        fields: { code: PAYMENT_METHOD, allowed: 'boolean', reason: { optional: text } },
      },
    },
    agreements: { arrayOf: AGREEMENT },
    invitationTtlDays: 'count',
  },
};

export const PRECHECK_RESULT: Spec = {
  fields: {
    eligible: 'boolean',
    invitee: {
      nullable: { fields: { accountId: text, accountName: text, enterpriseName: display } },
    },
    checks: {
      arrayOf: {
        fields: {
          code: text,
          status: { oneOf: ['passed', 'failed', 'skipped', 'unknown'] },
          message: display,
        },
      },
    },
  },
};

const ORG_NODE: Spec = {
  fields: {
    relationId: text,
    id: text,
    name: display,
    childNodes: { arrayOf: { lazy: () => ORG_NODE } },
  },
};

export const ORG_TREE: Spec = {
  fields: { rootId: text, rootName: display, childNodes: { arrayOf: ORG_NODE } },
};

export const MEMBER_PAGE: Spec = {
  fields: {
    totalCount: 'count',
    members: {
      arrayOf: {
        fields: {
          id: text,
          name: display,
          displayName: display,
          status: {
            oneOf: [
              'normal',
              'creating',
              'closing',
              'closed',
              'registering',
              'pending_activation',
              'unknown',
            ],
          },
          orgId: text,
          orgName: display,
        },
      },
    },
  },
};

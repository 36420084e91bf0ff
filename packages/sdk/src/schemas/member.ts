import * as z from 'zod/mini';
import { AccountName, OrgId, displayText, integer, pageQuery, wireObject } from './primitives.js';

const MEMBER_STATUSES = {
  1: 'normal',
  2: 'creating',
  3: 'closing',
  4: 'closed',
  101: 'registering',
  102: 'pending_activation',
} as const;

/** A member account's status; wire codes this SDK does not know become `'unknown'`. */
export const MemberStatus = z.pipe(
  z.number(),
  z.transform(
    (code) => MEMBER_STATUSES[code as keyof typeof MEMBER_STATUSES] ?? ('unknown' as const),
  ),
);
export type MemberStatus = z.output<typeof MemberStatus>;

/**
 * A member account of the caller's enterprise. `name`, `displayName` and `orgName` are display
 * fields: `null` when the server has none (API.md §1).
 */
export const Member = wireObject({
  id: z.string(),
  name: displayText,
  display_name: displayText,
  status: MemberStatus,
  org_id: z.string(),
  org_name: displayText,
});
export type Member = z.output<typeof Member>;

/** One page of `members.list`. */
export const MemberPage = z.pipe(
  z.object({ total_count: integer(), sub_customer_infos: z.array(Member) }),
  z.transform((page) => ({ totalCount: page.total_count, members: page.sub_customer_infos })),
);
export type MemberPage = z.output<typeof MemberPage>;

/** Filters of `members.list`; `fuzzy` matches `accountName` as a substring. */
export const MemberQuery = z.pipe(
  z.object({
    ...pageQuery,
    orgId: z.optional(OrgId),
    accountName: z.optional(AccountName),
    fuzzy: z.optional(z.boolean()),
  }),
  z.transform(({ offset, limit, orgId, accountName, fuzzy }) => ({
    offset,
    limit,
    org_id: orgId,
    sub_customer_account_name: accountName,
    fuzzy_query: fuzzy === undefined ? undefined : Number(fuzzy),
  })),
);
export type MemberQuery = z.input<typeof MemberQuery>;

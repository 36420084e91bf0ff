import type { RequestOptions } from '../options.js';
import { paginate } from '../pagination.js';
import { MemberPage, MemberQuery, type Member } from '../schemas/member.js';
import { valid, type Transport } from '../transport/transport.js';

export const members = (transport: Transport) => {
  const list = async (query: MemberQuery = {}, options?: RequestOptions): Promise<MemberPage> =>
    transport.get(MemberPage, 'sub-customers', valid(MemberQuery, query), options);

  return {
    /** One page of the enterprise's member accounts. Master accounts only. */
    list,
    /** Every member account matching `query`, page by page (`limit` = page size), lazily. */
    listAll: (query: MemberQuery = {}, options?: RequestOptions): AsyncIterable<Member> =>
      paginate(list, 'members', query, options),
  };
};

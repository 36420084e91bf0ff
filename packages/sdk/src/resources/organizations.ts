import type { RequestOptions } from '../options.js';
import { OrgTree, OrgTreeQuery } from '../schemas/organization.js';
import { valid, type Transport } from '../transport/transport.js';

export const organizations = (transport: Transport) => ({
  /**
   * The caller's organization tree: the root's direct children, or with `recursive` the whole
   * tree (below `parentId` when given). Master accounts only.
   */
  tree: async (query: OrgTreeQuery = {}, options?: RequestOptions): Promise<OrgTree> =>
    transport.get(OrgTree, 'enterprise-organizations', valid(OrgTreeQuery, query), options),
});

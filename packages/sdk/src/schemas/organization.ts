import * as z from './zod.js';
import { OrgId } from './primitives.js';

/**
 * An organization unit. A recursive type has to be written down once; the schema below is
 * checked against it.
 */
export interface OrgNode {
  relationId: string;
  id: string;
  name: string;
  /** Direct children; `[]` when the server sent none. */
  childNodes: OrgNode[];
}

interface WireOrgNode {
  relation_id: string;
  id: string;
  name: string;
  child_nodes?: WireOrgNode[] | undefined;
}

const WireOrgNode: z.Type<WireOrgNode> = z.object({
  relation_id: z.string(),
  id: z.string(),
  name: z.string(),
  get child_nodes() {
    return z.optional(z.array(WireOrgNode));
  },
});

const toOrgNode = (node: WireOrgNode): OrgNode => ({
  relationId: node.relation_id,
  id: node.id,
  name: node.name,
  childNodes: (node.child_nodes ?? []).map(toOrgNode),
});

/** The caller's organization tree (`GET /enterprise-organizations`). */
export const OrgTree = z.pipe(
  z.object({
    root_id: z.string(),
    root_name: z.string(),
    child_nodes: z.optional(z.array(WireOrgNode)),
  }),
  z.transform((tree) => ({
    rootId: tree.root_id,
    rootName: tree.root_name,
    childNodes: (tree.child_nodes ?? []).map(toOrgNode),
  })),
);
export type OrgTree = z.output<typeof OrgTree>;

/** Query of `organizations.tree`: `recursive` asks for the whole tree below `parentId`. */
export const OrgTreeQuery = z.pipe(
  z.object({ parentId: z.optional(OrgId), recursive: z.optional(z.boolean()) }),
  z.transform(({ parentId, recursive }) => ({
    parent_id: parentId,
    recursive_query: recursive === undefined ? undefined : Number(recursive),
  })),
);
export type OrgTreeQuery = z.input<typeof OrgTreeQuery>;

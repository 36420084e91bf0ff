import * as z from 'zod/mini';
import { OrgId, displayText, wireObject } from './primitives.js';

/**
 * An organization unit; `name` is a display field (`null` when the server has none). A
 * recursive type has to be written down once; the schema below is checked against it.
 */
export interface OrgNode {
  relationId: string;
  id: string;
  name: string | null;
  /** Direct children; `[]` when the server sent none. */
  childNodes: OrgNode[];
}

/** Direct children of a unit or of the root; `[]` when the wire leaves them out. */
const childNodes = () => z._default(z.array(OrgNode), () => []);

const OrgNode: z.ZodMiniType<OrgNode> = wireObject({
  relation_id: z.string(),
  id: z.string(),
  name: displayText,
  get child_nodes() {
    return childNodes();
  },
});

/** The caller's organization tree (`GET /enterprise-organizations`); `rootName` is a display field. */
export const OrgTree = wireObject({
  root_id: z.string(),
  root_name: displayText,
  child_nodes: childNodes(),
});
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

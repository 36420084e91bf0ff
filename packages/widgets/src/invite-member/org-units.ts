import type { OrgNode, OrgTree } from '@enterprise-center/sdk';

/** An organization unit as the picker lists it: tree order, depth and full path. */
export interface OrgUnit {
  id: string;
  name: string;
  /** 0 for the root. */
  depth: number;
  /** Names from the root down, e.g. "Acme Group › Engineering › Platform". */
  path: string;
  /** Lower-cased path, precomputed so filtering thousands of units stays cheap. */
  search: string;
}

const separator = ' › ';

/**
 * The root and every unit below it, depth first in the server's order. Iterative, so a very deep
 * or very large tree (thousands of units) neither recurses nor re-walks.
 */
export function flattenOrgTree(tree: OrgTree): OrgUnit[] {
  const units: OrgUnit[] = [];
  const root: Pick<OrgNode, 'id' | 'name' | 'childNodes'> = {
    id: tree.rootId,
    name: tree.rootName,
    childNodes: tree.childNodes,
  };
  const stack = [{ node: root, depth: 0, parent: '' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth, parent } = item;
    // A unit's name is a display field (API.md §1): one the server did not send shows as its id.
    const name = node.name ?? node.id;
    const path = parent ? `${parent}${separator}${name}` : name;
    units.push({ id: node.id, name, depth, path, search: path.toLocaleLowerCase() });
    // Pushed last child first, so that the first child is popped (listed) next.
    for (const child of [...node.childNodes].reverse()) {
      stack.push({ node: child, depth: depth + 1, parent: path });
    }
  }
  return units;
}

/** Units whose path contains `query` (trimmed; case-insensitive); all units for an empty query. */
export function filterUnits(units: readonly OrgUnit[], query: string): readonly OrgUnit[] {
  const needle = query.toLocaleLowerCase();
  return needle ? units.filter((unit) => unit.search.includes(needle)) : units;
}

import type { OutlineNode } from './types';

// Walking a finished outline, apart from building one (outline.ts): the page
// walks the outline the background built and needs none of the builder.

/** All nodes in document order (depth-first). */
export function flattenOutline(nodes: OutlineNode[]): OutlineNode[] {
  const flat: OutlineNode[] = [];
  const walk = (list: OutlineNode[]): void => {
    for (const node of list) {
      flat.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return flat;
}

export interface OutlineEntry {
  node: OutlineNode;
  /** the sections it lies in, from the top level down to its parent */
  ancestors: readonly OutlineNode[];
}

/** All nodes in document order, each with the sections it lies in: for
 * section paths and for counts that include subsections. */
export function outlineEntries(nodes: readonly OutlineNode[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const walk = (list: readonly OutlineNode[], ancestors: readonly OutlineNode[]): void => {
    for (const node of list) {
      entries.push({ node, ancestors });
      walk(node.children, [...ancestors, node]);
    }
  };
  walk(nodes, []);
  return entries;
}

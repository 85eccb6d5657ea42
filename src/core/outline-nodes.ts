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

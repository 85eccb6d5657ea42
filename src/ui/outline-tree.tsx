import type { OutlineNode } from '../core/types';

export interface OutlineTreeProps {
  outline: readonly OutlineNode[];
  /** figures per section, subsections included */
  counts: ReadonlyMap<string, number>;
  expanded: ReadonlySet<string>;
  activeSectionId: string | null;
  t: (key: string, substitutions?: string | string[]) => string;
  onToggle(sectionId: string): void;
  onSelect(sectionId: string): void;
}

/** The report's section tree. Appendix sections restart their numbering, so
 * they are listed after a divider rather than mixed in with the body. */
export function OutlineTree(props: OutlineTreeProps) {
  const body = props.outline.filter((node) => !node.appendix);
  const appendix = props.outline.filter((node) => node.appendix);
  if (props.outline.length === 0) return <p class="rl-empty">{props.t('outlineEmpty')}</p>;
  return (
    <nav aria-label={props.t('outlineLabel')}>
      <OutlineList nodes={body} tree={props} className="rl-outline" />
      {appendix.length > 0 ? (
        <div class="rl-outline-appendix">
          <p class="rl-outline-appendix-title">{props.t('outlineAppendix')}</p>
          <OutlineList nodes={appendix} tree={props} className="rl-outline" />
        </div>
      ) : null}
    </nav>
  );
}

function OutlineList(props: { nodes: readonly OutlineNode[]; tree: OutlineTreeProps; className?: string }) {
  return (
    <ul class={props.className}>
      {props.nodes.map((node) => (
        <OutlineItem key={node.id} node={node} tree={props.tree} />
      ))}
    </ul>
  );
}

function OutlineItem({ node, tree }: { node: OutlineNode; tree: OutlineTreeProps }) {
  const hasChildren = node.children.length > 0;
  const open = hasChildren && tree.expanded.has(node.id);
  const count = tree.counts.get(node.id) ?? 0;
  const childListId = `rl-outline-children-${node.id}`;
  return (
    <li data-appendix={node.appendix ? '' : undefined}>
      <div class="rl-outline-row">
        {hasChildren ? (
          <button
            type="button"
            class="rl-outline-toggle"
            aria-expanded={open}
            aria-controls={childListId}
            aria-label={tree.t(open ? 'outlineCollapseSection' : 'outlineExpandSection', node.title)}
            onClick={() => tree.onToggle(node.id)}
          >
            {open ? '▼' : '▶'}
          </button>
        ) : (
          <span class="rl-outline-spacer" />
        )}
        <button
          type="button"
          class="rl-outline-entry"
          data-outline-id={node.id}
          data-outline-level={String(node.level)}
          data-label={node.label || undefined}
          aria-current={tree.activeSectionId === node.id ? 'location' : undefined}
          onClick={() => tree.onSelect(node.id)}
        >
          {/* the numbering is drawn from data-label by CSS, so the entry's text is
              exactly the heading's title (CONTRACT.md §1) */}
          <span class="rl-outline-title">{node.title}</span>
        </button>
        <span class="rl-outline-count" title={tree.t('outlineFigureCount', String(count))}>
          <span aria-hidden="true">{count > 0 ? count : ''}</span>
          <span class="rl-visually-hidden">{count > 0 ? tree.t('outlineFigureCount', String(count)) : ''}</span>
        </span>
      </div>
      {/* folded lists stay in the DOM (hidden) so every section keeps its
          data-outline-id hook whatever the user folded */}
      {hasChildren ? (
        <ul id={childListId} hidden={!open}>
          {node.children.map((child) => (
            <OutlineItem key={child.id} node={child} tree={tree} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

import { useMemo } from 'preact/hooks';
import type { OutlineNode } from '../core/types';
import { messageWith } from './format';
import { memoComponent } from './memo-component';

type Translate = (key: string, substitutions?: string | string[]) => string;

export interface OutlineTreeProps {
  outline: readonly OutlineNode[];
  /** figures per section, subsections included */
  counts: ReadonlyMap<string, number>;
  expanded: ReadonlySet<string>;
  activeSectionId: string | null;
  t: Translate;
  onToggle(sectionId: string): void;
  onSelect(sectionId: string): void;
}

/** What every entry of one tree shares; the same object while none of it changes. */
interface TreeContext {
  counts: ReadonlyMap<string, number>;
  expanded: ReadonlySet<string>;
  /** the active section and its ancestors */
  trail: ReadonlySet<string>;
  activeSectionId: string | null;
  labels: OutlineLabels;
}

interface OutlineLabels {
  expand: (title: string) => string;
  collapse: (title: string) => string;
  figures: (count: string) => string;
}

/** The report's section tree. Appendix sections restart their numbering, so
 * they are listed after a divider rather than mixed in with the body.
 * Re-rendered only when its props change, and then only the entries whose
 * folding or active state changed: scroll-spy moves the active section on
 * every section the reader passes. */
export const OutlineTree = memoComponent(function OutlineTree(props: OutlineTreeProps) {
  const { outline, counts, expanded, activeSectionId, t } = props;
  const parents = useMemo(() => parentMap(outline), [outline]);
  const labels = useMemo<OutlineLabels>(
    () => ({
      expand: messageWith(t, 'outlineExpandSection'),
      collapse: messageWith(t, 'outlineCollapseSection'),
      figures: messageWith(t, 'outlineFigureCount'),
    }),
    [t],
  );
  const tree = useMemo<TreeContext>(() => {
    const trail = new Set<string>();
    for (let id = activeSectionId; id !== null && !trail.has(id); id = parents.get(id) ?? null) trail.add(id);
    return { counts, expanded, trail, activeSectionId, labels };
  }, [counts, expanded, activeSectionId, labels, parents]);
  if (outline.length === 0) return <p class="rl-empty">{t('outlineEmpty')}</p>;
  const body = outline.filter((node) => !node.appendix);
  const appendix = outline.filter((node) => node.appendix);

  // One listener for every entry and fold button, which say what they are
  // by their place in the row.
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (!button) return;
    const entry = button.classList.contains('rl-outline-toggle') ? button.nextElementSibling : button;
    const id = entry?.getAttribute('data-outline-id');
    if (!id) return;
    if (entry === button) props.onSelect(id);
    else props.onToggle(id);
  };
  return (
    <nav aria-label={t('outlineLabel')} onClick={onClick}>
      <ul class="rl-outline">{entries(body, tree)}</ul>
      {appendix.length > 0 ? (
        <div class="rl-outline-appendix">
          <p class="rl-outline-appendix-title">{t('outlineAppendix')}</p>
          <ul class="rl-outline">{entries(appendix, tree)}</ul>
        </div>
      ) : null}
    </nav>
  );
});

function entries(nodes: readonly OutlineNode[], tree: TreeContext) {
  return nodes.map((node) => (
    <OutlineItem
      key={node.id}
      node={node}
      open={tree.expanded.has(node.id)}
      active={tree.trail.has(node.id) ? tree.activeSectionId : null}
      tree={tree}
    />
  ));
}

function parentMap(outline: readonly OutlineNode[]): Map<string, string> {
  const parents = new Map<string, string>();
  const visit = (nodes: readonly OutlineNode[]) => {
    for (const node of nodes) {
      for (const child of node.children) parents.set(child.id, node.id);
      visit(node.children);
    }
  };
  visit(outline);
  return parents;
}

interface OutlineItemProps {
  node: OutlineNode;
  open: boolean;
  /** the active section when it is this one or under it, else null */
  active: string | null;
  tree: TreeContext;
}

/** An entry renders again when its own folding or active state changes,
 * when the active section moves into, out of or within its subtree, or when
 * a fold below it changes; a new scroll-spy trail alone says nothing about
 * entries off it, so it does not count. */
const OutlineItem = memoComponent(
  function OutlineItem({ node, open: unfolded, active, tree }: OutlineItemProps) {
    const hasChildren = node.children.length > 0;
    const open = hasChildren && unfolded;
    const count = tree.counts.get(node.id) ?? 0;
    const countWords = tree.labels.figures(String(count));
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
              aria-label={(open ? tree.labels.collapse : tree.labels.expand)(node.title)}
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
            aria-current={active === node.id ? 'location' : undefined}
          >
            {/* the numbering is drawn from data-label by CSS, so the entry's text is
                exactly the heading's title (CONTRACT.md §1) */}
            <span class="rl-outline-title">{node.title}</span>
          </button>
          <span class="rl-outline-count" title={countWords}>
            <span aria-hidden="true">{count > 0 ? count : ''}</span>
            <span class="rl-visually-hidden">{count > 0 ? countWords : ''}</span>
          </span>
        </div>
        {/* folded lists stay in the DOM (hidden) so every section keeps its
            data-outline-id hook whatever the user folded */}
        {hasChildren ? (
          <ul id={childListId} hidden={!open}>
            {entries(node.children, tree)}
          </ul>
        ) : null}
      </li>
    );
  },
  (previous, next) =>
    previous.node === next.node &&
    previous.open === next.open &&
    previous.active === next.active &&
    (previous.tree === next.tree ||
      (previous.tree.expanded === next.tree.expanded &&
        previous.tree.counts === next.tree.counts &&
        previous.tree.labels === next.tree.labels)),
);

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { OutlineNode } from '../core/types';
import { countWords, messageWith } from './format';
import { memoComponent } from './memo-component';
import type { Translate } from '../core/message-bundle';
import { OUTLINE_ID_ATTRIBUTE, OUTLINE_LEVEL_ATTRIBUTE } from '../core/contract';

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

/** The report's section tree. Appendix sections restart their numbering, so
 * they are listed after a divider rather than mixed in with the body.
 *
 * The entries are built by hand inside the <nav> Preact renders (see
 * OutlineEntries): they are most of the sidebar's first render, and after
 * it only two things about them change, which entries are folded and which
 * one is being read (scroll-spy moves it on every section the reader passes). */
export const OutlineTree = memoComponent(function OutlineTree(props: OutlineTreeProps) {
  const { outline, counts, expanded, activeSectionId, t } = props;
  const nav = useRef<HTMLElement>(null);
  const built = useRef<OutlineEntries | null>(null);
  useLayoutEffect(() => {
    const host = nav.current;
    const current = built.current;
    if (!host) {
      built.current = null;
      return;
    }
    if (!current || !current.isFor(host, outline, counts, t)) {
      current?.remove();
      built.current = new OutlineEntries(host, outline, counts, t, expanded, activeSectionId);
    } else {
      current.update(expanded, activeSectionId);
    }
  });
  if (outline.length === 0) return <p class="rl-empty">{t('outlineEmpty')}</p>;

  // One listener for every entry and fold button, which say what they are
  // by their place in the row.
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (!button) return;
    const entry = button.classList.contains('rl-outline-toggle') ? button.nextElementSibling : button;
    const id = entry?.getAttribute(OUTLINE_ID_ATTRIBUTE);
    if (!id) return;
    if (entry === button) props.onSelect(id);
    else props.onToggle(id);
  };
  return <nav ref={nav} aria-label={t('outlineLabel')} onClick={onClick} />;
});

interface BuiltEntry {
  node: OutlineNode;
  entry: HTMLButtonElement;
  /** only for entries with subsections */
  fold?: { toggle: HTMLButtonElement; arrow: Text; list: HTMLUListElement; open: boolean };
}

/** The tree's DOM for one outline, counts and language, and the folding
 * and active entry it shows. */
class OutlineEntries {
  private readonly entries = new Map<string, BuiltEntry>();
  private readonly roots: Element[] = [];
  private readonly expandLabel: (title: string) => string;
  private readonly collapseLabel: (title: string) => string;
  private readonly figuresLabel: (count: string) => string;
  private leafTemplate: HTMLLIElement | null = null;
  private branchTemplate: HTMLLIElement | null = null;
  private expanded: ReadonlySet<string>;
  private active: string | null;

  constructor(
    private readonly host: HTMLElement,
    private readonly outline: readonly OutlineNode[],
    private readonly counts: ReadonlyMap<string, number>,
    private readonly t: Translate,
    expanded: ReadonlySet<string>,
    active: string | null,
  ) {
    this.expandLabel = messageWith(t, 'outlineExpandSection');
    this.collapseLabel = messageWith(t, 'outlineCollapseSection');
    const figures = messageWith(t, 'outlineFigureCount');
    // "1 figure": the message for one, looked up once
    const oneFigure = countWords(t, 'outlineFigureCount', 1);
    this.figuresLabel = (count) => (count === '1' ? oneFigure : figures(count));
    this.expanded = expanded;
    this.active = active;
    const doc = host.ownerDocument;
    const body = this.list(outline.filter((node) => !node.appendix));
    body.className = 'rl-outline';
    this.roots.push(body);
    const appendix = outline.filter((node) => node.appendix);
    if (appendix.length > 0) {
      const box = doc.createElement('div');
      box.className = 'rl-outline-appendix';
      const title = doc.createElement('p');
      title.className = 'rl-outline-appendix-title';
      title.append(t('outlineAppendix'));
      const list = this.list(appendix);
      list.className = 'rl-outline';
      box.append(title, list);
      this.roots.push(box);
    }
    host.append(...this.roots);
  }

  isFor(host: HTMLElement, outline: readonly OutlineNode[], counts: ReadonlyMap<string, number>, t: Translate): boolean {
    return host === this.host && outline === this.outline && counts === this.counts && t === this.t;
  }

  remove(): void {
    for (const root of this.roots) root.remove();
  }

  update(expanded: ReadonlySet<string>, active: string | null): void {
    if (expanded !== this.expanded) {
      this.expanded = expanded;
      for (const built of this.entries.values()) {
        if (built.fold && built.fold.open !== expanded.has(built.node.id)) this.setOpen(built, !built.fold.open);
      }
    }
    if (active !== this.active) {
      if (this.active !== null) this.entries.get(this.active)?.entry.removeAttribute('aria-current');
      if (active !== null) this.entries.get(active)?.entry.setAttribute('aria-current', 'location');
      this.active = active;
    }
  }

  private list(nodes: readonly OutlineNode[]): HTMLUListElement {
    const list = this.host.ownerDocument.createElement('ul');
    for (const node of nodes) list.append(this.item(node));
    return list;
  }

  private item(node: OutlineNode): HTMLLIElement {
    const hasChildren = node.children.length > 0;
    const item = this.template(hasChildren).cloneNode(true) as HTMLLIElement;
    if (node.appendix) item.setAttribute('data-appendix', '');
    const row = item.firstChild as HTMLDivElement;
    const entry = row.firstChild?.nextSibling as HTMLButtonElement;
    entry.setAttribute(OUTLINE_ID_ATTRIBUTE, node.id);
    entry.setAttribute(OUTLINE_LEVEL_ATTRIBUTE, String(node.level));
    // the numbering is drawn from data-label by CSS, so the entry's text is
    // exactly the heading's title (docs/contract.md §1)
    if (node.label) entry.setAttribute('data-label', node.label);
    if (node.id === this.active) entry.setAttribute('aria-current', 'location');
    ((entry.firstChild as HTMLSpanElement).firstChild as Text).data = node.title;
    const count = this.counts.get(node.id) ?? 0;
    const figureWords = this.figuresLabel(String(count));
    const countBox = row.lastChild as HTMLSpanElement;
    countBox.title = figureWords;
    if (count > 0) {
      ((countBox.firstChild as HTMLSpanElement).firstChild as Text).data = String(count);
      ((countBox.lastChild as HTMLSpanElement).firstChild as Text).data = figureWords;
    }
    const built: BuiltEntry = { node, entry };
    this.entries.set(node.id, built);
    if (hasChildren) {
      const childListId = `rl-outline-children-${node.id}`;
      const toggle = row.firstChild as HTMLButtonElement;
      toggle.setAttribute('aria-controls', childListId);
      // folded lists stay in the DOM (hidden) so every section keeps its
      // data-outline-id hook whatever the user folded
      const list = this.list(node.children);
      list.id = childListId;
      item.append(list);
      built.fold = { toggle, arrow: toggle.firstChild as Text, list, open: false };
      this.setOpen(built, this.expanded.has(node.id));
    }
    return item;
  }

  private setOpen(built: BuiltEntry, open: boolean): void {
    const fold = built.fold;
    if (!fold) return;
    fold.open = open;
    fold.toggle.setAttribute('aria-expanded', String(open));
    fold.toggle.setAttribute('aria-label', (open ? this.collapseLabel : this.expandLabel)(built.node.title));
    fold.arrow.data = open ? '▼' : '▶';
    fold.list.hidden = !open;
  }

  /** An entry with its text left empty; append('') makes the empty text
   * nodes that item() fills. */
  private template(hasChildren: boolean): HTMLLIElement {
    const known = hasChildren ? this.branchTemplate : this.leafTemplate;
    if (known) return known;
    const doc = this.host.ownerDocument;
    const element = (tag: string, className: string | null, ...children: (Node | string)[]) => {
      const node = doc.createElement(tag);
      if (className !== null) node.className = className;
      node.append(...children);
      return node;
    };
    // placeholders first, so that the attributes item() fills in keep the
    // order the entries have always had
    const entry = element('button', null, element('span', 'rl-outline-title', ''));
    entry.setAttribute('type', 'button');
    entry.className = 'rl-outline-entry';
    entry.setAttribute(OUTLINE_ID_ATTRIBUTE, '');
    entry.setAttribute(OUTLINE_LEVEL_ATTRIBUTE, '');
    const hidden = element('span', null, '');
    hidden.setAttribute('aria-hidden', 'true');
    const count = element('span', 'rl-outline-count', hidden, element('span', 'rl-visually-hidden', ''));
    count.setAttribute('title', '');
    let lead: HTMLElement;
    if (hasChildren) {
      lead = element('button', null, '');
      lead.setAttribute('type', 'button');
      lead.className = 'rl-outline-toggle';
      lead.setAttribute('aria-expanded', 'false');
      lead.setAttribute('aria-controls', '');
      lead.setAttribute('aria-label', '');
    } else {
      lead = element('span', 'rl-outline-spacer');
    }
    const item = element('li', null, element('div', 'rl-outline-row', lead, entry, count)) as HTMLLIElement;
    if (hasChildren) this.branchTemplate = item;
    else this.leafTemplate = item;
    return item;
  }
}

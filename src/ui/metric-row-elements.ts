// The metrics table's rows as DOM built by hand. A long report has hundreds
// of rows of ~25 nodes each; as Preact vnodes they were most of the sidebar's
// script time on a report page, while a row is fixed once built: only its
// selected and focusable state ever changes. So each kind of row is built
// once as a template; a row is made by writing the figure's own text into
// the template's text nodes and then cloning it: one native call for the
// nodes, and the clone's nodes are never visited one by one (every node
// first reached from script gets a wrapper made for it, which filling in
// each clone's cells cost).
import type { Metric } from '../core/types';
import {
  formatQuantity,
  messageWith,
  metricKindWords,
  qualifierWords,
  relationArrow,
  relationWords,
  type UiLanguage,
} from './format';

type Translate = (key: string, substitutions?: string | string[]) => string;

/** What a row says besides the figure's own words, for one language. */
export interface RowLabels {
  readonly t: Translate;
  readonly language: UiLanguage;
  readonly citation: string;
  readonly citationFor: (name: string) => string;
}

export function rowLabels(t: Translate, language: UiLanguage): RowLabels {
  return { t, language, citation: t('copyCitation'), citationFor: messageWith(t, 'copyCitationFor') };
}

export interface MetricRowElement {
  readonly row: HTMLTableRowElement;
  readonly metric: Metric;
  readonly section: string;
  readonly note: string;
}

/** A template row and the nodes build() writes into. */
interface RowTemplate {
  readonly row: HTMLTableRowElement;
  readonly indicator: Text;
  readonly text: Text;
  readonly quantity: Text;
  readonly sectionCell: HTMLTableCellElement;
  readonly section: Text;
  readonly cite: HTMLButtonElement;
}

/** Builds rows for one document; templates are made on first use. */
export class MetricRowFactory {
  private readonly templates = new Map<string, RowTemplate>();
  private base: HTMLTableRowElement | null = null;

  constructor(
    private readonly doc: Document,
    readonly labels: RowLabels,
  ) {}

  build(metric: Metric, section: string, note = ''): MetricRowElement {
    const template = this.template(metric);
    template.row.setAttribute('data-metric-id', metric.id);
    template.indicator.data = metric.indicator || '—';
    template.text.data = metric.text;
    template.quantity.data = formatQuantity(metric);
    template.sectionCell.title = section;
    template.section.data = section;
    template.cite.setAttribute('aria-label', this.labels.citationFor(metric.indicator || metric.text));
    const row = template.row.cloneNode(true) as HTMLTableRowElement;
    // a few rows have a note from the library: added to the clone, not to the template
    if (note) row.firstChild?.appendChild(this.element('span', { class: 'rl-ledger-note' }, note));
    return { row, metric, section, note };
  }

  /** Everything a row shows that its kind, relation and qualifier decide,
   * with the nodes that build() writes each figure's own text into before
   * it clones the row (so a template holds the last figure it was used for). */
  private template(metric: Metric): RowTemplate {
    const key = `${metric.kind}|${metric.headline}|${metric.relation}|${metric.qualifier}`;
    const known = this.templates.get(key);
    if (known) return known;
    const { t, language } = this.labels;
    const element = this.element;
    const hidden = (text: string) => element('span', { class: 'rl-visually-hidden' }, text);
    const row = this.skeleton().cloneNode(true) as HTMLTableRowElement;
    row.setAttribute('data-kind', metric.kind);
    const kindCell = row.cells[3] as HTMLTableCellElement;
    const relationCell = kindCell.nextSibling as HTMLTableCellElement;
    const qualifierCell = relationCell.nextSibling as HTMLTableCellElement;

    kindCell.append(element('span', { class: `rl-kind rl-kind-${metric.kind}` }, t(metric.kind === 'target' ? 'kindTargetShort' : 'kindActualShort')));
    if (metric.headline) {
      const words = metricKindWords(metric, language);
      kindCell.append(element('span', { class: 'rl-headline', title: words }, element('span', { 'aria-hidden': 'true' }, '★'), hidden(words)));
    }

    const relation = relationWords(metric.relation, language);
    const arrow = relationArrow(metric.relation);
    relationCell.title = relation;
    if (arrow) relationCell.append(element('span', { class: metric.relation === 'increase' ? 'rl-up' : 'rl-down', 'aria-hidden': 'true' }, arrow));
    relationCell.append(hidden(relation));

    const qualifier = qualifierWords(metric.qualifier, language);
    qualifierCell.title = qualifier;
    // "exact" on every plain figure is noise; the card and the export still say it
    if (metric.qualifier === 'exact') qualifierCell.append(element('span', { 'aria-hidden': 'true' }, '·'), hidden(qualifier));
    else qualifierCell.append(qualifier);

    // cells in header order: indicator, figure, value, kind, change,
    // qualifier, section, citation
    const indicatorCell = row.firstChild as HTMLTableCellElement;
    const textCell = indicatorCell.nextSibling as HTMLTableCellElement;
    const quantityCell = textCell.nextSibling as HTMLTableCellElement;
    const sectionCell = row.lastChild?.previousSibling as HTMLTableCellElement;
    const template: RowTemplate = {
      row,
      indicator: indicatorCell.firstChild as Text,
      text: textCell.firstChild as Text,
      quantity: quantityCell.firstChild as Text,
      sectionCell,
      section: sectionCell.firstChild as Text,
      cite: row.lastChild?.firstChild as HTMLButtonElement,
    };
    this.templates.set(key, template);
    return template;
  }

  /** What every row has: the cells, the citation button, the placeholders
   * (so that filled-in attributes keep their order). */
  private skeleton(): HTMLTableRowElement {
    if (this.base) return this.base;
    const element = this.element;
    // append('') makes an empty text node: each text cell has the one build() fills
    this.base = element('tr', { 'data-metric-id': '', 'data-kind': '', 'aria-selected': 'false', tabindex: '-1' },
      element('td', {}, ''),
      element('td', { class: 'rl-num' }, ''),
      element('td', { class: 'rl-num' }, ''),
      element('td', { class: 'rl-kind-cell' }),
      element('td', { title: '' }),
      element('td', { title: '' }),
      element('td', { class: 'rl-section-cell rl-cell-section', title: '' }, ''),
      element('td', {}, element('button', {
        type: 'button', class: 'rl-cite', 'data-action': 'copy-citation', tabindex: '-1', 'aria-label': '', title: this.labels.citation,
      }, '❝')),
    );
    return this.base;
  }

  private readonly element = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string> = {},
    ...children: (Node | string)[]
  ): HTMLElementTagNameMap[K] => {
    const node = this.doc.createElement(tag);
    for (const name in attributes) node.setAttribute(name, attributes[name] as string);
    node.append(...children);
    return node;
  };
}

/** Selected and focusable are the only things about a row that change. */
export function setRowState(element: MetricRowElement, selected: boolean, focusable: boolean): void {
  const { row } = element;
  // the citation button, the last cell's one child (looked up here: only a
  // few rows ever change state)
  const cite = row.lastElementChild?.firstElementChild;
  if (selected) row.setAttribute('data-selected', '');
  else row.removeAttribute('data-selected');
  row.setAttribute('aria-selected', String(selected));
  const tabIndex = focusable ? '0' : '-1';
  row.setAttribute('tabindex', tabIndex);
  cite?.setAttribute('tabindex', tabIndex);
}

// The metrics table's rows as DOM built by hand. A long report has hundreds
// of rows of ~20 nodes each; as Preact vnodes they were most of the sidebar's
// script time on a report page, while a row is fixed once built: only its
// selected and focusable state and its place ever change. So each kind of
// row is built once as a template; a row is made by writing the figure's own
// text into the template's text nodes and then cloning it: one native call
// for the nodes, and the clone's nodes are never visited one by one.
import { emphasisOf, type Emphasis } from '../core/key-indicators';
import type { Metric } from '../core/types';
import { messageWith, metricKindWords, normalizedText, qualifierWords, relationArrow, relationWords } from './format';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';
import { ACTION_ATTRIBUTE, KIND_ATTRIBUTE, METRIC_ID_ATTRIBUTE } from '../core/contract';

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
  /** the figure in base units, where it says more than the text */
  readonly normalized: Text | null;
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
    const normalized = normalizedText(metric);
    const template = this.template(metric, emphasisOf(metric), normalized !== null);
    template.row.setAttribute(METRIC_ID_ATTRIBUTE, metric.id);
    template.indicator.data = metric.indicator || '—';
    template.text.data = metric.text;
    if (template.normalized) template.normalized.data = normalized ?? '';
    template.sectionCell.title = section;
    template.section.data = section;
    template.cite.setAttribute('aria-label', this.labels.citationFor(metric.indicator || metric.text));
    const row = template.row.cloneNode(true) as HTMLTableRowElement;
    // a few rows have a note from the library: added to the clone, not to the template
    if (note) row.firstChild?.appendChild(this.element('span', { class: 'rl-ledger-note' }, note));
    return { row, metric, section, note };
  }

  /** Everything a row shows that its kind, relation, qualifier and emphasis
   * decide, with the nodes that build() writes each figure's own text into
   * before it clones the row (so a template holds the last figure it was
   * used for). */
  private template(metric: Metric, emphasis: Emphasis, withNormalized: boolean): RowTemplate {
    const key = `${metric.kind}|${metric.headline}|${metric.relation}|${metric.qualifier}|${emphasis}|${withNormalized}`;
    const known = this.templates.get(key);
    if (known) return known;
    const { t, language } = this.labels;
    const element = this.element;
    const hidden = (text: string) => element('span', { class: 'rl-visually-hidden' }, text);
    const row = this.skeleton().cloneNode(true) as HTMLTableRowElement;
    row.setAttribute(KIND_ATTRIBUTE, metric.kind);
    row.setAttribute('data-emphasis', emphasis);
    const [indicatorCell, figureCell, kindCell, relationCell, sectionCell, citeCell] = Array.from(row.cells) as HTMLTableCellElement[];
    if (!indicatorCell || !figureCell || !kindCell || !relationCell || !sectionCell || !citeCell) throw new Error('a row without its cells');

    // the qualifier is in the figure's own words (6.5%左右); said for a screen
    // reader and on hover, where a plain figure says "exact" to nobody
    const qualifier = qualifierWords(metric.qualifier, language);
    figureCell.title = qualifier;
    if (metric.qualifier !== 'exact') figureCell.append(hidden(` ${qualifier}`));
    let normalized: Text | null = null;
    if (withNormalized) {
      const line = element('span', { class: 'rl-normalized' }, '');
      figureCell.append(line);
      normalized = line.firstChild as Text;
    }

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

    const template: RowTemplate = {
      row,
      indicator: indicatorCell.firstChild as Text,
      text: figureCell.firstChild as Text,
      normalized,
      sectionCell,
      section: sectionCell.firstChild as Text,
      cite: citeCell.firstChild as HTMLButtonElement,
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
    this.base = element('tr', { [METRIC_ID_ATTRIBUTE]: '', [KIND_ATTRIBUTE]: '', 'data-emphasis': '', 'aria-selected': 'false', tabindex: '-1' },
      element('td', { class: 'rl-indicator-cell' }, ''),
      element('td', { class: 'rl-figure-cell', title: '' }, ''),
      element('td', { class: 'rl-kind-cell' }),
      element('td', { class: 'rl-relation-cell', title: '' }),
      element('td', { class: 'rl-section-cell rl-cell-section', title: '' }, ''),
      element('td', { class: 'rl-cite-cell' }, element('button', {
        type: 'button', class: 'rl-cite', [ACTION_ATTRIBUTE]: 'copy-citation', tabindex: '-1', 'aria-label': '', title: this.labels.citation,
      }, '❝')),
    );
    return this.base;
  }

  /** A spacer row standing for rows not rendered (docs/contract.md §1 lets a long
   * table render only the rows in view); hidden from assistive technology,
   * which hears the table's row count instead. */
  spacer(): HTMLTableRowElement {
    // one cell, no colspan: a cell spanning more columns than the header
    // shows (the section's is hidden when narrow) would make a column of its own
    const cell = this.element('td', { class: 'rl-spacer-cell' });
    return this.element('tr', { class: 'rl-spacer', 'aria-hidden': 'true' }, cell);
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

import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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
import type { SortKey, SortState } from './metric-rows';

type Translate = (key: string, substitutions?: string | string[]) => string;

export interface MetricsTableProps {
  rows: readonly Metric[];
  /** When set, the rows are not all rendered at once: none at first, then
   * that many per task, until showAllRows (see SidebarProps.rowBatch). */
  rowBatch?: number;
  /** the table is on screen: every row, in this render */
  showAllRows: boolean;
  sort: SortState;
  sectionTitles: ReadonlyMap<string, string>;
  selectedMetricId: string | null;
  /** the one row reachable with Tab; arrows move between rows */
  focusableMetricId: string | null;
  t: Translate;
  language: UiLanguage;
  onSort(key: SortKey): void;
  onActivate(metricId: string): void;
  onFocusRow(metricId: string): void;
  onCopyCitation(metricId: string): void;
}

const COLUMNS: readonly { key: SortKey; label: string; className: string; short?: string }[] = [
  { key: 'indicator', label: 'columnIndicator', className: 'rl-col-indicator' },
  { key: 'text', label: 'columnFigure', className: 'rl-col-text' },
  { key: 'value', label: 'columnValue', className: 'rl-col-value' },
  { key: 'kind', label: 'columnKind', className: 'rl-col-kind' },
  // the change column is as narrow as its arrows; its header says it in arrows too
  { key: 'relation', label: 'columnChange', className: 'rl-col-relation', short: '↑↓' },
  { key: 'qualifier', label: 'columnQualifier', className: 'rl-col-qualifier' },
  { key: 'section', label: 'columnSection', className: 'rl-col-section rl-cell-section' },
];

export function MetricsTable(props: MetricsTableProps) {
  const { t, sort } = props;
  return (
    <table class="rl-table">
      <caption class="rl-visually-hidden">{t('metricsCaption', String(props.rows.length))}</caption>
      <colgroup>
        {COLUMNS.map((column) => (
          <col key={column.key} class={column.className} />
        ))}
        <col class="rl-col-cite" />
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const active = sort.key === column.key;
            return (
              <th
                key={column.key}
                scope="col"
                class={column.key === 'section' ? 'rl-cell-section' : undefined}
                aria-sort={active ? sort.direction : undefined}
              >
                <button
                  type="button"
                  class="rl-sort"
                  data-sort={column.key}
                  title={t(column.label)}
                  onClick={() => props.onSort(column.key)}
                >
                  {column.short ? (
                    <>
                      <span aria-hidden="true">{column.short}</span>
                      <span class="rl-visually-hidden">{t(column.label)}</span>
                    </>
                  ) : (
                    t(column.label)
                  )}
                  {active ? (
                    <span class="rl-sort-mark" aria-hidden="true">
                      {sort.direction === 'ascending' ? '▲' : '▼'}
                    </span>
                  ) : null}
                </button>
              </th>
            );
          })}
          <th scope="col">
            <span class="rl-visually-hidden">{t('columnCite')}</span>
          </th>
        </tr>
      </thead>
      <MetricRowsBody {...props} />
    </table>
  );
}

/** The rows, and how many of them are in the DOM so far. Batches are this
 * component's own state, so adding one renders the body alone, not the
 * sidebar around it; rows already there skip through shouldComponentUpdate. */
function MetricRowsBody(props: MetricsTableProps) {
  const { rows, rowBatch, showAllRows } = props;
  const [loaded, setLoaded] = useState(() => (rowBatch && rowBatch > 0 && !showAllRows ? 0 : Infinity));
  const limit = showAllRows ? Infinity : loaded;
  useEffect(() => {
    if (loaded === Infinity) return;
    if (showAllRows || loaded >= rows.length) {
      setLoaded(Infinity);
      return;
    }
    // one batch per task: the page gets the main thread back in between
    const timer = setTimeout(() => setLoaded((current) => current + (rowBatch ?? rows.length)), 0);
    return () => clearTimeout(timer);
  }, [loaded, showAllRows, rows.length]);
  const shown = limit >= rows.length ? rows : rows.slice(0, limit);

  // One listener per kind of event for all rows: a long report has hundreds
  // of rows, and a listener each is hundreds of addEventListener calls.
  const onClick = (event: MouseEvent) => {
    const target = event.target as Element | null;
    const row = target?.closest?.('tr[data-metric-id]');
    if (!row) return;
    const id = row.getAttribute('data-metric-id') ?? '';
    // copying a citation is not a request to jump to the figure
    if (target?.closest('[data-action="copy-citation"]')) props.onCopyCitation(id);
    else props.onActivate(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as Element | null)?.closest?.('tr[data-metric-id]') as HTMLTableRowElement | null;
    if (!row || event.target !== row) return;
    const id = row.getAttribute('data-metric-id') ?? '';
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onActivate(id);
      return;
    }
    const body = row.parentElement;
    let next: Element | null | undefined = null;
    if (event.key === 'ArrowDown') next = row.nextElementSibling;
    else if (event.key === 'ArrowUp') next = row.previousElementSibling;
    else if (event.key === 'Home') next = body?.firstElementChild;
    else if (event.key === 'End') next = body?.lastElementChild;
    else return;
    event.preventDefault();
    if (next instanceof HTMLElement) {
      props.onFocusRow(next.getAttribute('data-metric-id') ?? '');
      next.focus();
    }
  };
  const { sectionTitles, selectedMetricId, focusableMetricId, language, t } = props;
  return (
    <tbody onClick={onClick} onKeyDown={onKeyDown}>
      {shown.map((metric) => (
        <MetricRow
          key={metric.id}
          metric={metric}
          section={metric.sectionId ? (sectionTitles.get(metric.sectionId) ?? '') : ''}
          selected={metric.id === selectedMetricId}
          focusable={metric.id === focusableMetricId}
          language={language}
          t={t}
        />
      ))}
    </tbody>
  );
}

interface MetricRowProps {
  metric: Metric;
  section: string;
  selected: boolean;
  focusable: boolean;
  language: UiLanguage;
  t: Translate;
}

/** A class so that a selection change re-renders two rows, not 400: its
 * props are data only (events are the body's), so they alone decide. */
class MetricRow extends Component<MetricRowProps> {
  override shouldComponentUpdate(next: MetricRowProps): boolean {
    const current = this.props;
    return (
      next.metric !== current.metric ||
      next.section !== current.section ||
      next.selected !== current.selected ||
      next.focusable !== current.focusable ||
      next.language !== current.language ||
      next.t !== current.t
    );
  }

  override render() {
    const { metric, language, t } = this.props;
    const arrow = relationArrow(metric.relation);
    const relation = relationWords(metric.relation, language);
    const qualifier = qualifierWords(metric.qualifier, language);
    const kindWords = metric.headline ? metricKindWords(metric, language) : '';
    return (
      <tr
        data-metric-id={metric.id}
        data-kind={metric.kind}
        data-selected={this.props.selected ? '' : undefined}
        aria-selected={this.props.selected}
        tabIndex={this.props.focusable ? 0 : -1}
      >
        <td>{metric.indicator || '—'}</td>
        <td class="rl-num">{metric.text}</td>
        <td class="rl-num">{formatQuantity(metric)}</td>
        <td class="rl-kind-cell">
          <span class={`rl-kind rl-kind-${metric.kind}`}>{t(metric.kind === 'target' ? 'kindTargetShort' : 'kindActualShort')}</span>
          {metric.headline ? (
            <span class="rl-headline" title={kindWords}>
              <span aria-hidden="true">★</span>
              <span class="rl-visually-hidden">{kindWords}</span>
            </span>
          ) : null}
        </td>
        <td title={relation}>
          {arrow ? (
            <span class={metric.relation === 'increase' ? 'rl-up' : 'rl-down'} aria-hidden="true">
              {arrow}
            </span>
          ) : null}
          <span class="rl-visually-hidden">{relation}</span>
        </td>
        <td title={qualifier}>
          {/* "exact" on every plain figure is noise; the card and the export still say it */}
          {metric.qualifier === 'exact' ? (
            <>
              <span aria-hidden="true">·</span>
              <span class="rl-visually-hidden">{qualifier}</span>
            </>
          ) : (
            qualifier
          )}
        </td>
        <td class="rl-section-cell rl-cell-section" title={this.props.section}>
          {this.props.section}
        </td>
        <td>
          <button
            type="button"
            class="rl-cite"
            data-action="copy-citation"
            tabIndex={this.props.focusable ? 0 : -1}
            aria-label={messageWith(t, 'copyCitationFor')(metric.indicator || metric.text)}
            title={t('copyCitation')}
          >
            ❝
          </button>
        </td>
      </tr>
    );
  }
}

import { Component } from 'preact';
import type { Metric } from '../core/types';
import {
  formatQuantity,
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
      <tbody onKeyDown={onKeyDown}>
        {props.rows.map((metric) => (
          <MetricRow
            key={metric.id}
            metric={metric}
            section={metric.sectionId ? (props.sectionTitles.get(metric.sectionId) ?? '') : ''}
            selected={metric.id === props.selectedMetricId}
            focusable={metric.id === props.focusableMetricId}
            language={props.language}
            t={t}
            onActivate={props.onActivate}
            onCopyCitation={props.onCopyCitation}
          />
        ))}
      </tbody>
    </table>
  );
}

interface MetricRowProps {
  metric: Metric;
  section: string;
  selected: boolean;
  focusable: boolean;
  language: UiLanguage;
  t: Translate;
  onActivate(metricId: string): void;
  onCopyCitation(metricId: string): void;
}

/** A class so that a selection change re-renders two rows, not 400: the
 * callbacks it gets are stable, so only its data decides. */
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

  // Handlers made once per row, not once per render of it; they read the
  // current props when called.
  private readonly activate = () => this.props.onActivate(this.props.metric.id);
  private readonly copyCitation = (event: Event) => {
    // copying a citation is not a request to jump to the figure
    event.stopPropagation();
    this.props.onCopyCitation(this.props.metric.id);
  };

  override render() {
    const { metric, language, t } = this.props;
    const arrow = relationArrow(metric.relation);
    return (
      <tr
        data-metric-id={metric.id}
        data-kind={metric.kind}
        data-selected={this.props.selected ? '' : undefined}
        aria-selected={this.props.selected}
        tabIndex={this.props.focusable ? 0 : -1}
        onClick={this.activate}
      >
        <td>{metric.indicator || '—'}</td>
        <td class="rl-num">{metric.text}</td>
        <td class="rl-num">{formatQuantity(metric)}</td>
        <td class="rl-kind-cell">
          <span class={`rl-kind rl-kind-${metric.kind}`}>{t(metric.kind === 'target' ? 'kindTargetShort' : 'kindActualShort')}</span>
          {metric.headline ? (
            <span class="rl-headline" title={metricKindWords(metric, language)}>
              <span aria-hidden="true">★</span>
              <span class="rl-visually-hidden">{metricKindWords(metric, language)}</span>
            </span>
          ) : null}
        </td>
        <td title={relationWords(metric.relation, language)}>
          {arrow ? (
            <span class={metric.relation === 'increase' ? 'rl-up' : 'rl-down'} aria-hidden="true">
              {arrow}
            </span>
          ) : null}
          <span class="rl-visually-hidden">{relationWords(metric.relation, language)}</span>
        </td>
        <td title={qualifierWords(metric.qualifier, language)}>
          {/* "exact" on every plain figure is noise; the card and the export still say it */}
          {metric.qualifier === 'exact' ? (
            <>
              <span aria-hidden="true">·</span>
              <span class="rl-visually-hidden">{qualifierWords(metric.qualifier, language)}</span>
            </>
          ) : (
            qualifierWords(metric.qualifier, language)
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
            aria-label={t('copyCitationFor', metric.indicator || metric.text)}
            title={t('copyCitation')}
            onClick={this.copyCitation}
          >
            ❝
          </button>
        </td>
      </tr>
    );
  }
}

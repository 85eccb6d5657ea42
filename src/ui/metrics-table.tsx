import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Metric } from '../core/types';
import { countWords } from './format';
import { rowLabels } from './metric-row-elements';
import type { SortKey, SortState } from './metric-rows';
import { TableRows } from './table-rows';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';
import { ACTION_ATTRIBUTE, METRIC_ID_ATTRIBUTE } from '../core/contract';

export interface MetricsTableProps {
  rows: readonly Metric[];
  /** the table is on screen (its tab is open) */
  visible: boolean;
  /** caption, column widths and the sortable header; the rows alone
   * without (until the table is first looked at) */
  header: boolean;
  sort: SortState;
  sectionTitles: ReadonlyMap<string, string>;
  /** a line under a row's indicator, by metric id: what the library says
   * beside the figure (last year's target, the target a result answers) */
  notes?: ReadonlyMap<string, string>;
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

interface Column {
  key: SortKey;
  label: string;
  className: string;
  /** a header as narrow as its column: the words go into the label */
  short?: string;
  hint?: string;
}

/** The columns as a reader scans them: what, how much (the figure as the
 * report writes it, qualifier included, and in base units where that says
 * more), result or target, which way; the section where there is room. */
const COLUMNS: readonly Column[] = [
  { key: 'indicator', label: 'columnIndicator', className: 'rl-col-indicator' },
  { key: 'value', label: 'columnFigure', className: 'rl-col-figure', hint: 'columnFigureHint' },
  { key: 'kind', label: 'columnKind', className: 'rl-col-kind' },
  { key: 'relation', label: 'columnChange', className: 'rl-col-relation', short: '↑↓' },
  { key: 'section', label: 'columnSection', className: 'rl-col-section rl-cell-section' },
];

export function MetricsTable(props: MetricsTableProps) {
  const { t, rows } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const labels = useMemo(() => rowLabels(t, props.language), [t, props.language]);
  const kept = useRef<TableRows | null>(null);

  useLayoutEffect(() => {
    if (!body.current || !scroller.current) return;
    if (kept.current?.labels !== labels) {
      kept.current?.destroy();
      // a new language: every row is built again in its words
      while (body.current.firstChild) body.current.firstChild.remove();
      kept.current = new TableRows(body.current, scroller.current, labels);
    }
    kept.current.update(props);
  });
  useEffect(() => () => kept.current?.destroy(), []);

  // a figure chosen in the page: its row into view, even far down a long table
  useEffect(() => {
    if (props.visible && props.selectedMetricId) kept.current?.reveal(props.selectedMetricId, false);
  }, [props.selectedMetricId, props.visible, rows]);

  // the window follows the view's size (the panel opened, the window resized)
  useEffect(() => {
    const element = scroller.current;
    const Observer = element?.ownerDocument.defaultView?.ResizeObserver;
    if (!element || !Observer) return;
    const observer = new Observer(() => kept.current?.schedule());
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // One listener per kind of event for all rows: a long report has hundreds
  // of rows, and a listener each is hundreds of addEventListener calls.
  const onClick = (event: MouseEvent) => {
    const target = event.target as Element | null;
    const row = target?.closest?.(`tr[${METRIC_ID_ATTRIBUTE}]`);
    if (!row) return;
    const id = row.getAttribute(METRIC_ID_ATTRIBUTE) ?? '';
    // copying a citation is not a request to jump to the figure
    if (target?.closest(`[${ACTION_ATTRIBUTE}="copy-citation"]`)) props.onCopyCitation(id);
    else props.onActivate(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as Element | null)?.closest?.(`tr[${METRIC_ID_ATTRIBUTE}]`) as HTMLTableRowElement | null;
    if (!row || event.target !== row) return;
    const id = row.getAttribute(METRIC_ID_ATTRIBUTE) ?? '';
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onActivate(id);
      return;
    }
    // by the rows' order, not the DOM's: the next row may not be rendered yet
    const index = rows.findIndex((metric) => metric.id === id);
    let next: number;
    if (event.key === 'ArrowDown') next = Math.min(rows.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = rows.length - 1;
    else return;
    event.preventDefault();
    const nextId = rows[next]?.id;
    if (!nextId) return;
    props.onFocusRow(nextId);
    kept.current?.reveal(nextId, true);
  };

  return (
    <div class="rl-table-scroll" ref={scroller} onScroll={() => kept.current?.schedule()}>
      <table class="rl-table" aria-rowcount={rows.length + 1}>
        {props.header ? <TableHead {...props} /> : null}
        <tbody ref={body} onClick={onClick} onKeyDown={onKeyDown} />
      </table>
    </div>
  );
}

function TableHead(props: MetricsTableProps) {
  const { t, sort, rows } = props;
  return (
    <>
      <caption class="rl-visually-hidden">{countWords(t, 'metricsCaption', rows.length)}</caption>
      <colgroup>
        {COLUMNS.map((column) => (
          <col key={column.key} class={column.className} />
        ))}
        <col class="rl-col-cite" />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {COLUMNS.map((column) => (
            <HeaderCell key={column.key} column={column} sort={sort} t={t} onSort={props.onSort} />
          ))}
          <th scope="col" class="rl-cite-head" title={t('columnCite')}>
            <span aria-hidden="true">{t('columnCiteShort')}</span>
            <span class="rl-visually-hidden">{t('columnCite')}</span>
          </th>
        </tr>
      </thead>
    </>
  );
}

function HeaderCell(props: { column: Column; sort: SortState; t: Translate; onSort(key: SortKey): void }) {
  const { column, sort, t } = props;
  const active = sort.key === column.key;
  const label = t(column.label);
  return (
    <th scope="col" class={column.key === 'section' ? 'rl-cell-section' : undefined} aria-sort={active ? sort.direction : undefined}>
      <button type="button" class="rl-sort" data-sort={column.key} title={column.hint ? t(column.hint) : label} onClick={() => props.onSort(column.key)}>
        {column.short ? (
          <>
            <span aria-hidden="true">{column.short}</span>
            <span class="rl-visually-hidden">{label}</span>
          </>
        ) : (
          label
        )}
        {active ? (
          <span class="rl-sort-mark" aria-hidden="true">
            {sort.direction === 'ascending' ? '▲' : '▼'}
          </span>
        ) : null}
      </button>
    </th>
  );
}

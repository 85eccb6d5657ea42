import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Metric } from '../core/types';
import type { UiLanguage } from './format';
import { MetricRowFactory, rowLabels, setRowState, type MetricRowElement } from './metric-row-elements';
import type { SortKey, SortState } from './metric-rows';

type Translate = (key: string, substitutions?: string | string[]) => string;

export interface MetricsTableProps {
  rows: readonly Metric[];
  /** When set, the rows are not all rendered at once: none at first, then
   * that many per task, until showAllRows (see SidebarProps.rowBatch). */
  rowBatch?: number;
  /** the table is on screen: every row, in this render */
  showAllRows: boolean;
  /** caption, column widths and the sortable header; rows alone without */
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
      {props.header ? (
        <>
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
        </>
      ) : null}
      <MetricRowsBody {...props} />
    </table>
  );
}

/** The rows, and how many of them are in the DOM so far. Batches are this
 * component's own state, so adding one renders the body alone, not the
 * sidebar around it. The rows themselves are built by hand and kept
 * (see metric-row-elements.ts): Preact renders an empty <tbody>, and this
 * component puts the rows it wants into it after each render. */
function MetricRowsBody(props: MetricsTableProps) {
  const { rows, rowBatch, showAllRows, t, language } = props;
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

  const body = useRef<HTMLTableSectionElement>(null);
  const labels = useMemo(() => rowLabels(t, language), [t, language]);
  const kept = useRef<KeptRows | null>(null);
  useLayoutEffect(() => {
    if (!body.current) return;
    if (kept.current?.factory.labels !== labels) kept.current = new KeptRows(new MetricRowFactory(body.current.ownerDocument, labels));
    kept.current.show(body.current, rows, Math.min(limit, rows.length), props);
  });

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
    const parent = row.parentElement;
    let next: Element | null | undefined = null;
    if (event.key === 'ArrowDown') next = row.nextElementSibling;
    else if (event.key === 'ArrowUp') next = row.previousElementSibling;
    else if (event.key === 'Home') next = parent?.firstElementChild;
    else if (event.key === 'End') next = parent?.lastElementChild;
    else return;
    event.preventDefault();
    if (next instanceof HTMLElement) {
      props.onFocusRow(next.getAttribute('data-metric-id') ?? '');
      next.focus();
    }
  };
  return <tbody ref={body} onClick={onClick} onKeyDown={onKeyDown} />;
}

/** Every row built so far, by metric id, whether shown or filtered out:
 * a row comes back from a filter or a sort as the same element. */
class KeptRows {
  private readonly byId = new Map<string, MetricRowElement>();
  private selected: string | null = null;
  private focusable: string | null = null;

  constructor(readonly factory: MetricRowFactory) {}

  show(
    body: HTMLTableSectionElement,
    rows: readonly Metric[],
    count: number,
    { sectionTitles, notes, selectedMetricId, focusableMetricId }: MetricsTableProps,
  ): void {
    const wanted: HTMLTableRowElement[] = [];
    for (let index = 0; index < count; index++) {
      const metric = rows[index] as Metric;
      const section = metric.sectionId ? (sectionTitles.get(metric.sectionId) ?? '') : '';
      const note = notes?.get(metric.id) ?? '';
      let kept = this.byId.get(metric.id);
      if (!kept || kept.metric !== metric || kept.section !== section || kept.note !== note) {
        kept = this.factory.build(metric, section, note);
        // a new row is neither selected nor focusable until told otherwise
        if (metric.id === selectedMetricId || metric.id === focusableMetricId) {
          setRowState(kept, metric.id === selectedMetricId, metric.id === focusableMetricId);
        }
        this.byId.set(metric.id, kept);
      }
      wanted.push(kept.row);
    }
    if (selectedMetricId !== this.selected || focusableMetricId !== this.focusable) {
      for (const id of new Set([this.selected, this.focusable, selectedMetricId, focusableMetricId])) {
        const kept = id === null ? undefined : this.byId.get(id);
        if (kept) setRowState(kept, id === selectedMetricId, id === focusableMetricId);
      }
      this.selected = selectedMetricId;
      this.focusable = focusableMetricId;
    }
    placeRows(body, wanted);
  }
}

/** Makes `wanted` the body's children, in order, touching only what differs:
 * adding a batch appends it in one insertion; a filter removes rows; a sort
 * moves them (with moveBefore where the browser has it, which keeps focus). */
function placeRows(body: HTMLTableSectionElement, wanted: readonly HTMLTableRowElement[]): void {
  const keep = new Set<Element>(wanted);
  for (let child = body.firstElementChild; child; ) {
    const next = child.nextElementSibling;
    if (!keep.has(child)) child.remove();
    child = next;
  }
  // moveBefore refuses nodes outside the document in some browsers; out of
  // it, focus is not at stake either
  const move = body.isConnected ? (body as { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore : undefined;
  let cursor = body.firstElementChild;
  let appended: DocumentFragment | null = null;
  for (const row of wanted) {
    if (row === cursor) {
      cursor = cursor.nextElementSibling;
    } else if (row.parentNode === body) {
      // a row already here but out of place is always at or after the cursor
      if (move) move.call(body, row, cursor);
      else body.insertBefore(row, cursor);
    } else if (cursor) {
      body.insertBefore(row, cursor);
    } else {
      (appended ??= body.ownerDocument.createDocumentFragment()).append(row);
    }
  }
  if (appended) body.append(appended);
}

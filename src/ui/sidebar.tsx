import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sectionTitleMap } from '../core/export';
import { SIDEBAR_WIDTH_LIMITS } from '../core/settings';
import type { Analysis } from '../core/types';
import { outlineEntries } from '../core/outline-nodes';
import type { LedgerNotes } from '../core/ledger-notes';
import { countMetricsBySection } from './format';
import { noteWords } from './ledger-words';
import { MetricsTable } from './metrics-table';
import {
  DOCUMENT_ORDER,
  filterMetrics,
  METRIC_FILTERS,
  nextSort,
  sortMetrics,
  type MetricFilter,
  type SortKey,
  type SortState,
} from './metric-rows';
import { OutlineTree } from './outline-tree';
import { ResizeHandle } from './resize-handle';
import { SidebarHeader } from './sidebar-header';

export { SIDEBAR_CSS } from './sidebar-css';

export type CopyFormat = 'tsv' | 'csv' | 'markdown' | 'json';
type Translate = (key: string, substitutions?: string | string[]) => string;

export interface SidebarProps {
  analysis: Analysis;
  url: string;
  view: 'annotated' | 'original';
  collapsed: boolean;
  width: number;
  /** the widest the reader may drag it (the window's share), at most SIDEBAR_WIDTH_LIMITS.max */
  maxWidth?: number;
  activeSectionId: string | null;
  selectedMetricId: string | null;
  t: Translate;
  language: 'zh' | 'en';
  onToggleOriginal(): void;
  onCollapse(collapsed: boolean): void;
  onResize(width: number): void;
  onSelectSection(sectionId: string): void;
  onSelectMetric(metricId: string): void;
  onCopy(format: CopyFormat, metricIds: string[]): Promise<void>;
  onCopyCitation(metricId: string): Promise<void>;
  /** what the report library says beside the report's figures (last year's
   * targets, the targets results answer), by metric id */
  ledgerNotes?: LedgerNotes;
  /** why the report could not be kept in the library, when it could not */
  libraryError?: string | null;
  /** opens the ledger page; no button without it */
  onOpenLedger?(): void;
  /** the tab shown first; the outline unless said otherwise */
  initialTab?: SidebarTab;
  /** When set, the metrics rows are not all rendered with the first render:
   * that many are added per task afterwards while the table is hidden, and
   * opening the Metrics tab renders the rest at once, with the toolbar and
   * the table's header, which wait for that. Hundreds of rows nobody sees
   * yet are most of a long report's first render; copies read the analysis,
   * not the table, so they do not wait for the rows. Unset: every row, the
   * toolbar and the header at once. */
  rowBatch?: number;
}

export type SidebarTab = 'outline' | 'metrics';
const TABS: readonly SidebarTab[] = ['outline', 'metrics'];
const COPY_FORMATS: readonly CopyFormat[] = ['tsv', 'csv', 'markdown', 'json'];
const NOTICE_MS = 4000;

interface Notice {
  text: string;
  error: boolean;
}

export function Sidebar(props: SidebarProps) {
  // Callbacks handed to the table, the outline and timers read the latest
  // props through this, so they can stay the same functions from one render
  // to the next.
  const latest = useRef(props);
  latest.current = props;
  const { analysis, t, language } = props;

  const [tab, setTab] = useState<SidebarTab>(props.initialTab ?? 'outline');
  const [filter, setFilter] = useState<MetricFilter>('all');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState>(DOCUMENT_ORDER);
  const [focusableRow, setFocusableRow] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [previewWidth, setPreviewWidth] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(analysis.outline.filter((node) => node.children.length > 0).map((node) => node.id)),
  );

  const sectionTitles = useMemo(() => sectionTitleMap(analysis.outline), [analysis.outline]);
  const sectionCounts = useMemo(() => countMetricsBySection(analysis.outline, analysis.metrics), [analysis]);
  const ancestors = useMemo(
    () => new Map(outlineEntries(analysis.outline).map((entry) => [entry.node.id, entry.ancestors.map((section) => section.id)])),
    [analysis.outline],
  );
  const filtered = useMemo(() => filterMetrics(analysis.metrics, filter, query), [analysis.metrics, filter, query]);
  const rows = useMemo(() => sortMetrics(filtered, sort, sectionTitles), [filtered, sort, sectionTitles]);
  const notes = useMemo(
    () => new Map(Object.entries(props.ledgerNotes ?? {}).map(([id, note]) => [id, noteWords(note, t, language)])),
    [props.ledgerNotes, t, language],
  );
  const counts = useMemo(() => {
    let actual = 0;
    let targets = 0;
    let headline = 0;
    for (const metric of analysis.metrics) {
      if (metric.kind === 'actual') actual += 1;
      else {
        targets += 1;
        if (metric.headline) headline += 1;
      }
    }
    return { actual, targets, headline };
  }, [analysis.metrics]);

  const stable = useMemo(
    () => ({
      activateRow: (id: string) => {
        setFocusableRow(id);
        latest.current.onSelectMetric(id);
      },
      copyCitation: (id: string) => {
        const { onCopyCitation, t: translate } = latest.current;
        report(onCopyCitation(id), () => translate('copiedCitation'));
      },
      toggleSection: (id: string) =>
        setExpanded((current) => {
          const next = new Set(current);
          if (!next.delete(id)) next.add(id);
          return next;
        }),
      selectSection: (id: string) => latest.current.onSelectSection(id),
    }),
    [],
  );

  // Notices outlive neither the component nor the next notice.
  const alive = useRef(true);
  const noticeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => {
    alive.current = false;
    clearTimeout(noticeTimer.current);
  }, []);
  function show(next: Notice) {
    if (!alive.current) return;
    clearTimeout(noticeTimer.current);
    setNotice(next);
    noticeTimer.current = setTimeout(() => alive.current && setNotice(null), NOTICE_MS);
  }
  function report(copying: Promise<void>, success: () => string) {
    copying.then(
      () => show({ text: success(), error: false }),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        show({ text: latest.current.t('copyFailed', reason), error: true });
      },
    );
  }

  // A figure clicked in the page: show its row, even if the filters hid it.
  // Only a new selection moves the view, so filters are not a dependency.
  useEffect(() => {
    const id = props.selectedMetricId;
    if (!id) return;
    setTab('metrics');
    setFocusableRow(id);
    if (!filtered.some((metric) => metric.id === id)) {
      setFilter('all');
      setQuery('');
    }
  }, [props.selectedMetricId]);

  // Scroll-spy: unfold the sections around the one being read, once per
  // section change; after that the user's folding is respected.
  useEffect(() => {
    const id = props.activeSectionId;
    if (!id) return;
    const path = ancestors.get(id) ?? [];
    if (path.every((ancestor) => expanded.has(ancestor))) return;
    setExpanded((current) => new Set([...current, ...path]));
  }, [props.activeSectionId, ancestors]);

  // The toolbar and the table's header are for someone looking at the
  // table: with rowBatch (a report page) they wait for the tab's first
  // opening, and stay. The rows are there before, for scripts (CONTRACT.md §1).
  const metricsOpened = useRef(false);
  if (tab === 'metrics') metricsOpened.current = true;
  const metricsChrome = !props.rowBatch || metricsOpened.current;

  const focusable = focusableRow && rows.some((metric) => metric.id === focusableRow) ? focusableRow : (rows[0]?.id ?? null);
  // The table is memoized as a vnode: scroll-spy re-renders the sidebar on
  // every section change, and 400 rows need not be looked at for that.
  const table = useMemo(
    () =>
      rows.length > 0 ? (
        <MetricsTable
          rows={rows}
          rowBatch={props.rowBatch}
          showAllRows={tab === 'metrics'}
          header={metricsChrome}
          sort={sort}
          sectionTitles={sectionTitles}
          notes={notes}
          selectedMetricId={props.selectedMetricId}
          focusableMetricId={focusable}
          t={t}
          language={language}
          onSort={(key: SortKey) => setSort((current) => nextSort(current, key))}
          onActivate={stable.activateRow}
          onFocusRow={setFocusableRow}
          onCopyCitation={stable.copyCitation}
        />
      ) : (
        <p class="rl-empty">{analysis.metrics.length > 0 ? t('noMatchingRows') : t('noMetrics')}</p>
      ),
    [rows, tab === 'metrics', metricsChrome, sort, sectionTitles, notes, props.selectedMetricId, focusable, t, language, analysis.metrics.length, stable],
  );

  const panelRef = useRef<HTMLDivElement>(null);
  const metricsPanelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (tab !== 'metrics' || !props.selectedMetricId) return;
    findByAttribute(metricsPanelRef.current, 'tr', 'data-metric-id', props.selectedMetricId)?.scrollIntoView?.({
      block: 'nearest',
    });
  }, [tab, props.selectedMetricId, rows]);
  useEffect(() => {
    if (tab !== 'outline' || !props.activeSectionId) return;
    findByAttribute(panelRef.current, 'button', 'data-outline-id', props.activeSectionId)?.scrollIntoView?.({
      block: 'nearest',
    });
  }, [tab, props.activeSectionId, expanded]);

  // Focus follows the user between panel and handle when they fold it
  // from the keyboard, instead of falling back to the page's <body>.
  const focusAfterToggle = useRef(false);
  const handleRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const isHandle = props.collapsed || props.view === 'original';
  useEffect(() => {
    if (!focusAfterToggle.current) return;
    focusAfterToggle.current = false;
    (isHandle ? handleRef.current : collapseRef.current)?.focus();
  }, [isHandle]);
  const collapse = (collapsed: boolean) => {
    focusAfterToggle.current = true;
    props.onCollapse(collapsed);
  };
  const toggleOriginal = () => {
    focusAfterToggle.current = true;
    props.onToggleOriginal();
  };

  if (isHandle) {
    return (
      <div class="rl-handle" role="complementary" aria-label={t('sidebarLabel')}>
        {props.view === 'original' ? (
          <button
            ref={handleRef}
            type="button"
            class="rl-handle-button"
            data-action="toggle-original"
            title={t('showAnnotatedHint')}
            onClick={toggleOriginal}
          >
            {t('showAnnotated')}
          </button>
        ) : (
          <>
            <button
              ref={handleRef}
              type="button"
              class="rl-handle-button"
              aria-expanded="false"
              title={t('expandSidebar')}
              onClick={() => collapse(false)}
            >
              {t('expandSidebarShort')}
            </button>
            <button
              type="button"
              class="rl-handle-button"
              data-action="toggle-original"
              title={t('showOriginalHint')}
              onClick={toggleOriginal}
            >
              {t('showOriginalShort')}
            </button>
          </>
        )}
      </div>
    );
  }


  const onTabKey = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    let next: SidebarTab | undefined;
    if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(index - 1 + TABS.length) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    setTab(next);
    const list = event.currentTarget as HTMLElement;
    findByAttribute(list, 'button', 'data-tab', next)?.focus();
  };

  const onRootKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    collapse(true);
  };

  const copy = (format: CopyFormat) => {
    const ids = rows.map((metric) => metric.id);
    const name = t(`format_${format}`);
    report(props.onCopy(format, ids), () => latest.current.t('copiedRows', [String(ids.length), name]));
  };


  return (
    <aside
      class="rl-sidebar"
      aria-label={t('sidebarLabel')}
      style={{ width: `${previewWidth ?? props.width}px` }}
      onKeyDown={onRootKey}
    >
      <ResizeHandle width={props.width} limits={widthLimits(props.maxWidth)} t={t}
        onResize={(width) => latest.current.onResize(width)} onPreview={setPreviewWidth} />
      <SidebarHeader analysis={analysis} counts={counts} t={t} language={language} collapseRef={collapseRef}
        libraryError={props.libraryError ?? null} onToggleOriginal={toggleOriginal} onCollapse={() => collapse(true)}
        onOpenLedger={props.onOpenLedger} />

      <div class="rl-tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            class="rl-tab"
            id={`rl-tab-${name}`}
            data-tab={name}
            aria-selected={tab === name}
            aria-controls={`rl-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {t(name === 'outline' ? 'tabOutline' : 'tabMetrics')}
          </button>
        ))}
      </div>

      {/* Both panels stay rendered (one hidden) so the contract's
          data-outline-id and data-metric-id hooks are always there. */}
      <div
        ref={panelRef}
        class="rl-panel"
        id="rl-panel-outline"
        role="tabpanel"
        aria-labelledby="rl-tab-outline"
        hidden={tab !== 'outline'}
      >
        <OutlineTree
          outline={analysis.outline}
          counts={sectionCounts}
          expanded={expanded}
          activeSectionId={props.activeSectionId}
          t={t}
          onToggle={stable.toggleSection}
          onSelect={stable.selectSection}
        />
      </div>

      <div
        ref={metricsPanelRef}
        class="rl-panel rl-panel-metrics"
        id="rl-panel-metrics"
        role="tabpanel"
        aria-labelledby="rl-tab-metrics"
        hidden={tab !== 'metrics'}
      >
        {metricsChrome ? (
          <div class="rl-toolbar">
            <div class="rl-filters" role="group" aria-label={t('filterLabel')}>
              {METRIC_FILTERS.map((name) => (
                <button
                  key={name}
                  type="button"
                  class="rl-filter"
                  data-filter={name}
                  aria-pressed={filter === name}
                  onClick={() => setFilter(name)}
                >
                  {t(`filter_${name}`)}
                </button>
              ))}
            </div>
            <input
              type="search"
              class="rl-search"
              value={query}
              placeholder={t('searchPlaceholder')}
              aria-label={t('searchLabel')}
              onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
              onKeyDown={(event) => {
                // the first Escape clears the search; only an empty box lets it fold the sidebar
                if (event.key === 'Escape' && query) {
                  event.preventDefault();
                  setQuery('');
                }
              }}
            />
            <span class="rl-shown">{t('rowsShown', [String(rows.length), String(analysis.metrics.length)])}</span>
          </div>
        ) : null}
        <div class="rl-table-scroll">{table}</div>
      </div>

      <footer class="rl-footer">
        <div class="rl-actions" role="group" aria-label={t('copyGroupLabel', String(rows.length))}>
          <span class="rl-actions-label" aria-hidden="true">
            {t('copyRowsLabel', String(rows.length))}
          </span>
          {COPY_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              class={format === 'tsv' ? 'rl-copy rl-copy-primary' : 'rl-copy'}
              data-action={`copy-${format}`}
              title={t(`copyHint_${format}`)}
              onClick={() => copy(format)}
            >
              {t(`copyButton_${format}`)}
            </button>
          ))}
        </div>
        <div class="rl-status" role="status" aria-live="polite" data-error={notice?.error ? '' : undefined}>
          {notice?.text ?? ''}
        </div>
      </footer>
    </aside>
  );
}

/** Looks inside the sidebar's own subtree only; ids come from page text,
 * so they are compared as strings rather than built into a selector. */
function findByAttribute(root: Element | null, tag: string, name: string, value: string): HTMLElement | null {
  if (!root) return null;
  for (const element of Array.from(root.getElementsByTagName(tag))) {
    if (element.getAttribute(name) === value) return element as HTMLElement;
  }
  return null;
}

function widthLimits(maxWidth: number | undefined): { min: number; max: number } {
  const { min, max } = SIDEBAR_WIDTH_LIMITS;
  return maxWidth === undefined ? { min, max } : { min, max: Math.max(min, Math.min(max, Math.floor(maxWidth))) };
}

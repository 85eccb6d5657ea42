// The sidebar: what the reader chose (tab, filter, search, sort, folding)
// and the parts it is made of, each a component of its own: the handle, the
// header and legend, the tabs, the outline, the figures' toolbar and table,
// the copy bar.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sectionTitleMap } from '../core/export';
import type { FigureFileFormat } from '../core/figure-table';
import type { LedgerNotes } from '../core/ledger-notes';
import { outlineEntries } from '../core/outline-nodes';
import { SIDEBAR_WIDTH_LIMITS } from '../core/settings';
import type { Analysis } from '../core/types';
import { CopyBar, type CopyFormat } from './copy-bar';
import { countMetricsBySection, countWords } from './format';
import { noteWords } from './ledger-words';
import { DOCUMENT_ORDER, filterMetrics, nextSort, sortMetrics, type MetricFilter, type SortKey, type SortState } from './metric-rows';
import { MetricsTable } from './metrics-table';
import { MetricsToolbar } from './metrics-toolbar';
import { OutlineTree } from './outline-tree';
import { ResizeHandle } from './resize-handle';
import { SidebarHandle } from './sidebar-handle';
import { SidebarHeader } from './sidebar-header';
import { SidebarLegend } from './sidebar-legend';
import { SidebarTabs, type SidebarTab } from './sidebar-tabs';

export { SIDEBAR_CSS } from './sidebar-css';
export type { CopyFormat } from './copy-bar';
export type { SidebarTab } from './sidebar-tabs';

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
  /** up drawn red and down green (红涨绿跌); the UI language's convention when absent */
  redUp?: boolean;
  /** the columns copies and downloads carry, as the reader chose them (null or absent: all) */
  tableColumns?: readonly string[] | null;
  onToggleOriginal(): void;
  onCollapse(collapsed: boolean): void;
  onResize(width: number): void;
  onSelectSection(sectionId: string): void;
  onSelectMetric(metricId: string): void;
  onCopy(format: CopyFormat, metricIds: string[]): Promise<void>;
  onCopyCitation(metricId: string): Promise<void>;
  /** saves the rows as a file; resolves with the file's name */
  onDownload?(format: FigureFileFormat, metricIds: string[]): Promise<string>;
  onTableColumns?(columns: string[] | null): void;
  /** what the report library says beside the report's figures (last year's
   * targets, the targets results answer), by metric id */
  ledgerNotes?: LedgerNotes;
  /** why the report could not be kept in the library, when it could not */
  libraryError?: string | null;
  /** opens the ledger page; no button without it */
  onOpenLedger?(): void;
  /** the tab shown first; the outline unless said otherwise */
  initialTab?: SidebarTab;
}

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
      sort: (key: SortKey) => setSort((current) => nextSort(current, key)),
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
  function report<T>(work: Promise<T>, success: (value: T) => string, failure = 'copyFailed') {
    work.then(
      (value) => show({ text: success(value), error: false }),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        show({ text: latest.current.t(failure, reason), error: true });
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
  // table: they wait for the tab's first opening (a report page's first
  // screen is the outline), and stay. Rows come in a task of their own.
  const metricsOpened = useRef(false);
  if (tab === 'metrics') metricsOpened.current = true;
  const metricsChrome = metricsOpened.current;

  const focusable = focusableRow && rows.some((metric) => metric.id === focusableRow) ? focusableRow : (rows[0]?.id ?? null);
  // The table is memoized as a vnode: scroll-spy re-renders the sidebar on
  // every section change, and the table need not be looked at for that.
  const table = useMemo(
    () =>
      rows.length > 0 ? (
        <MetricsTable rows={rows} visible={tab === 'metrics'} header={metricsChrome} sort={sort} sectionTitles={sectionTitles} notes={notes}
          selectedMetricId={props.selectedMetricId} focusableMetricId={focusable} t={t} language={language}
          onSort={stable.sort} onActivate={stable.activateRow} onFocusRow={setFocusableRow} onCopyCitation={stable.copyCitation} />
      ) : (
        <p class="rl-empty">{analysis.metrics.length > 0 ? t('noMatchingRows') : t('noMetrics')}</p>
      ),
    [rows, tab === 'metrics', metricsChrome, sort, sectionTitles, notes, props.selectedMetricId, focusable, t, language, analysis.metrics.length, stable],
  );

  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (tab !== 'outline' || !props.activeSectionId) return;
    const wanted = props.activeSectionId;
    Array.from(panelRef.current?.querySelectorAll<HTMLElement>('[data-outline-id]') ?? [])
      .find((entry) => entry.getAttribute('data-outline-id') === wanted)
      ?.scrollIntoView?.({ block: 'nearest' });
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
    return <SidebarHandle view={props.view} t={t} handleRef={handleRef} onExpand={() => collapse(false)} onToggleOriginal={toggleOriginal} />;
  }

  const onRootKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    collapse(true);
  };
  const ids = () => rows.map((metric) => metric.id);
  const copy = (format: CopyFormat) => {
    const chosen = ids();
    const name = t(`format_${format}`);
    report(props.onCopy(format, chosen), () => countWords(latest.current.t, 'copiedRows', chosen.length, name));
  };
  const download = (format: FigureFileFormat) => {
    if (!props.onDownload) return;
    report(props.onDownload(format, ids()), (name) => latest.current.t('downloaded', name), 'downloadFailed');
  };
  const redUp = props.redUp ?? language === 'zh';

  return (
    <aside class="rl-sidebar" aria-label={t('sidebarLabel')} data-red-up={String(redUp)} style={{ width: `${previewWidth ?? props.width}px` }} onKeyDown={onRootKey}>
      <ResizeHandle width={props.width} limits={widthLimits(props.maxWidth)} t={t}
        onResize={(width) => latest.current.onResize(width)} onPreview={setPreviewWidth} />
      <SidebarHeader analysis={analysis} counts={counts} t={t} language={language} collapseRef={collapseRef}
        libraryError={props.libraryError ?? null} onToggleOriginal={toggleOriginal} onCollapse={() => collapse(true)}
        onOpenLedger={props.onOpenLedger} />
      <SidebarLegend t={t} redUp={redUp} />
      <SidebarTabs tab={tab} t={t} onSelect={setTab} />

      {/* Both panels stay rendered (one hidden) so the contract's
          data-outline-id and data-metric-id hooks are always there. */}
      <div ref={panelRef} class="rl-panel" id="rl-panel-outline" role="tabpanel" aria-labelledby="rl-tab-outline" hidden={tab !== 'outline'}>
        <OutlineTree outline={analysis.outline} counts={sectionCounts} expanded={expanded} activeSectionId={props.activeSectionId}
          t={t} onToggle={stable.toggleSection} onSelect={stable.selectSection} />
      </div>
      <div class="rl-panel rl-panel-metrics" id="rl-panel-metrics" role="tabpanel" aria-labelledby="rl-tab-metrics" hidden={tab !== 'metrics'}>
        {metricsChrome ? (
          <MetricsToolbar filter={filter} query={query} shown={rows.length} total={analysis.metrics.length} t={t} onFilter={setFilter} onQuery={setQuery} />
        ) : null}
        {table}
      </div>

      <CopyBar rows={rows.length} t={t} language={language} columns={props.tableColumns ?? null} notice={notice}
        onCopy={copy} onDownload={download} onColumns={(columns) => latest.current.onTableColumns?.(columns)} />
    </aside>
  );
}

function widthLimits(maxWidth: number | undefined): { min: number; max: number } {
  const { min, max } = SIDEBAR_WIDTH_LIMITS;
  return maxWidth === undefined ? { min, max } : { min, max: Math.max(min, Math.min(max, Math.floor(maxWidth))) };
}

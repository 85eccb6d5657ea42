// The sidebar: what the reader chose (tab, filter, search, sort, folding)
// and the parts it is made of, each a component of its own: the handle, the
// header and legend, the tabs, the outline, the figures' toolbar and table,
// the copy bar.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../core/export';
import type { FigureFileFormat } from '../core/figure-table';
import type { LedgerNotes } from '../core/ledger-notes';
import { SIDEBAR_WIDTH_LIMITS, type UiLanguage } from '../core/settings';
import type { Analysis, PageView } from '../core/types';
import { CopyBar } from './copy-bar';
import { countWords } from './format';
import { FiguresPanel } from './figures-panel';
import { OutlinePanel } from './outline-panel';
import { ResizeHandle } from './resize-handle';
import { SidebarHandle } from './sidebar-handle';
import { SidebarHeader } from './sidebar-header';
import { SidebarLegend } from './sidebar-legend';
import { useFigureRows, useFoldFocus, useNotice, useOutlineFolding } from './sidebar-state';
import { SidebarTabs, type SidebarTab } from './sidebar-tabs';
import type { Translate } from '../core/message-bundle';

export { SIDEBAR_CSS } from './sidebar-css';
export type { SidebarTab } from './sidebar-tabs';

export interface SidebarProps {
  analysis: Analysis;
  url: string;
  view: PageView;
  collapsed: boolean;
  width: number;
  /** the widest the reader may drag it (the window's share), at most SIDEBAR_WIDTH_LIMITS.max */
  maxWidth?: number;
  activeSectionId: string | null;
  selectedMetricId: string | null;
  t: Translate;
  language: UiLanguage;
  /** up drawn red and down green (红涨绿跌); the UI language's convention when absent */
  redUp?: boolean;
  /** the columns copies and downloads carry, as the reader chose them (null or absent: all) */
  tableColumns?: readonly string[] | null;
  onToggleOriginal(): void;
  onCollapse(collapsed: boolean): void;
  onResize(width: number): void;
  onSelectSection(sectionId: string): void;
  onSelectMetric(metricId: string): void;
  onCopy(format: ExportFormat, metricIds: string[]): Promise<void>;
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

export function Sidebar(props: SidebarProps) {
  // Callbacks handed to the table, the outline and timers read the latest
  // props through this, so they stay the same functions from render to render.
  const latest = useRef(props);
  latest.current = props;
  const { analysis, t, language } = props;

  const [tab, setTab] = useState<SidebarTab>(props.initialTab ?? 'outline');
  const [focusableRow, setFocusableRow] = useState<string | null>(null);
  const [previewWidth, setPreviewWidth] = useState<number | null>(null);
  const figures = useFigureRows(analysis, props.ledgerNotes, t, language);
  const folding = useOutlineFolding(analysis, props.activeSectionId);
  const { notice, report } = useNotice(() => latest.current.t);
  const isHandle = props.collapsed || props.view === 'original';
  const focus = useFoldFocus(isHandle);

  const stable = useMemo(
    () => ({
      activateRow: (id: string) => {
        setFocusableRow(id);
        latest.current.onSelectMetric(id);
      },
      copyCitation: (id: string) => report(latest.current.onCopyCitation(id), () => latest.current.t('copiedCitation')),
      selectSection: (id: string) => latest.current.onSelectSection(id),
    }),
    [],
  );

  // A figure clicked in the page: show its row, even if the filters hid it.
  // Only a new selection moves the view, so filters are not a dependency.
  useEffect(() => {
    const id = props.selectedMetricId;
    if (!id) return;
    setTab('metrics');
    setFocusableRow(id);
    figures.reveal(id);
  }, [props.selectedMetricId]);

  // folding from the keyboard: focus goes to the handle or the panel (useFoldFocus)
  const collapse = (collapsed: boolean) => (focus.arm(), props.onCollapse(collapsed));
  const toggleOriginal = () => (focus.arm(), props.onToggleOriginal());
  if (isHandle) {
    return <SidebarHandle view={props.view} t={t} handleRef={focus.handleRef} onExpand={() => collapse(false)} onToggleOriginal={toggleOriginal} />;
  }

  // Escape anywhere in the panel folds it (the search box's first Escape clears the search)
  const onRootKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      collapse(true);
    }
  };
  const { copy, download } = copyActions(latest, figures.rows, report);
  const redUp = props.redUp ?? language === 'zh';

  return (
    <aside class="rl-sidebar" aria-label={t('sidebarLabel')} data-red-up={String(redUp)} style={{ width: `${previewWidth ?? props.width}px` }} onKeyDown={onRootKey}>
      <ResizeHandle width={props.width} limits={widthLimits(props.maxWidth)} t={t}
        onResize={(width) => latest.current.onResize(width)} onPreview={setPreviewWidth} />
      <SidebarHeader analysis={analysis} counts={figures.counts} t={t} language={language} collapseRef={focus.collapseRef}
        libraryError={props.libraryError ?? null} onToggleOriginal={toggleOriginal} onCollapse={() => collapse(true)}
        onOpenLedger={props.onOpenLedger} />
      <SidebarLegend t={t} redUp={redUp} />
      <SidebarTabs tab={tab} t={t} onSelect={setTab} />

      {/* Both panels stay rendered (one hidden) so the contract's
          data-outline-id and data-metric-id hooks are always there. */}
      <OutlinePanel analysis={analysis} counts={figures.sectionCounts} expanded={folding.expanded} activeSectionId={props.activeSectionId}
        visible={tab === 'outline'} t={t} onToggle={folding.toggle} onSelect={stable.selectSection} />
      <FiguresPanel figures={figures} visible={tab === 'metrics'} total={analysis.metrics.length} selectedMetricId={props.selectedMetricId}
        focusableRow={focusableRow} t={t} language={language} onActivate={stable.activateRow} onFocusRow={setFocusableRow}
        onCopyCitation={stable.copyCitation} />

      <CopyBar rows={figures.rows.length} t={t} language={language} columns={props.tableColumns ?? null} notice={notice}
        onCopy={copy} onDownload={download} onColumns={(columns) => latest.current.onTableColumns?.(columns)} />
    </aside>
  );
}

/** The copy bar's buttons: the rows shown, in their order, copied or saved,
 * and what became of it in the status line. */
function copyActions(latest: { current: SidebarProps }, rows: readonly { id: string }[], report: ReturnType<typeof useNotice>['report']) {
  const ids = rows.map((metric) => metric.id);
  return {
    copy: (format: ExportFormat) => {
      const { t, onCopy } = latest.current;
      report(onCopy(format, ids), () => countWords(t, 'copiedRows', ids.length, t(`format_${format}`)));
    },
    download: (format: FigureFileFormat) => {
      const { t, onDownload } = latest.current;
      if (onDownload) report(onDownload(format, ids), (name) => t('downloaded', name), 'downloadFailed');
    },
  };
}

function widthLimits(maxWidth: number | undefined): { min: number; max: number } {
  const { min, max } = SIDEBAR_WIDTH_LIMITS;
  return maxWidth === undefined ? { min, max } : { min, max: Math.max(min, Math.min(max, Math.floor(maxWidth))) };
}

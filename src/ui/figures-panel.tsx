import { useMemo, useRef } from 'preact/hooks';
import { MetricsTable } from './metrics-table';
import { MetricsToolbar } from './metrics-toolbar';
import type { FigureRows } from './sidebar-state';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

export interface FiguresPanelProps {
  figures: FigureRows;
  visible: boolean;
  /** every figure of the report, whatever the filter */
  total: number;
  selectedMetricId: string | null;
  focusableRow: string | null;
  t: Translate;
  language: UiLanguage;
  onActivate(metricId: string): void;
  onFocusRow(metricId: string): void;
  onCopyCitation(metricId: string): void;
}

/** The Figures tab: the toolbar and the table. */
export function FiguresPanel(props: FiguresPanelProps) {
  const { figures, visible, t, language } = props;
  const { rows } = figures;
  // The toolbar and the table's header are for someone looking at the
  // table: they wait for the tab's first opening (a report page's first
  // screen is the outline), and stay. Rows come in a task of their own.
  const opened = useRef(false);
  if (visible) opened.current = true;
  const focusable = props.focusableRow && rows.some((metric) => metric.id === props.focusableRow) ? props.focusableRow : (rows[0]?.id ?? null);
  // The table is memoized as a vnode: scroll-spy re-renders the sidebar on
  // every section change, and the table need not be looked at for that.
  const table = useMemo(
    () =>
      rows.length > 0 ? (
        <MetricsTable rows={rows} visible={visible} header={opened.current} sort={figures.sort} sectionTitles={figures.sectionTitles}
          notes={figures.notes} selectedMetricId={props.selectedMetricId} focusableMetricId={focusable} t={t} language={language}
          onSort={figures.onSort} onActivate={props.onActivate} onFocusRow={props.onFocusRow} onCopyCitation={props.onCopyCitation} />
      ) : (
        <p class="rl-empty">{props.total > 0 ? t('noMatchingRows') : t('noMetrics')}</p>
      ),
    [rows, visible, opened.current, figures.sort, figures.sectionTitles, figures.notes, props.selectedMetricId, focusable, t, language, props.total],
  );
  return (
    <div class="rl-panel rl-panel-metrics" id="rl-panel-metrics" role="tabpanel" aria-labelledby="rl-tab-metrics" hidden={!visible}>
      {opened.current ? (
        <MetricsToolbar filter={figures.filter} query={figures.query} shown={rows.length} total={props.total} t={t}
          onFilter={figures.setFilter} onQuery={figures.setQuery} />
      ) : null}
      {table}
    </div>
  );
}

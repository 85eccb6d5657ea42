// The sidebar's state, in hooks of their own: the figures as the reader
// filters and sorts them, the outline's folding, the status line's notices,
// and where focus goes when the panel folds. Sidebar (sidebar.tsx) puts
// them together with its parts.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sectionTitleMap } from '../core/export';
import type { LedgerNotes } from '../core/ledger-notes';
import { outlineEntries } from '../core/outline-nodes';
import type { Analysis, Metric } from '../core/types';
import { countMetricsBySection } from './format';
import { noteWords } from './ledger-words';
import { DOCUMENT_ORDER, filterMetrics, nextSort, sortMetrics, type MetricFilter, type SortKey, type SortState } from './metric-rows';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

export interface FigureRows {
  filter: MetricFilter;
  setFilter(filter: MetricFilter): void;
  query: string;
  setQuery(query: string): void;
  sort: SortState;
  onSort(key: SortKey): void;
  /** the figures the filter and the search leave, in document order */
  filtered: readonly Metric[];
  /** the same, as sorted: the table's rows, what copies and files carry */
  rows: readonly Metric[];
  sectionTitles: ReadonlyMap<string, string>;
  sectionCounts: ReadonlyMap<string, number>;
  /** the library's note beside a figure, in words, by metric id */
  notes: ReadonlyMap<string, string>;
  counts: { actual: number; targets: number; headline: number };
  /** a figure chosen in the page: the filter and the search that hid it cleared */
  reveal(metricId: string): void;
}

/** The figures as the table shows them, and what is counted of them. */
export function useFigureRows(analysis: Analysis, ledgerNotes: LedgerNotes | undefined, t: Translate, language: UiLanguage): FigureRows {
  const [filter, setFilter] = useState<MetricFilter>('all');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState>(DOCUMENT_ORDER);
  const sectionTitles = useMemo(() => sectionTitleMap(analysis.outline), [analysis.outline]);
  const sectionCounts = useMemo(() => countMetricsBySection(analysis.outline, analysis.metrics), [analysis]);
  const filtered = useMemo(() => filterMetrics(analysis.metrics, filter, query), [analysis.metrics, filter, query]);
  const rows = useMemo(() => sortMetrics(filtered, sort, sectionTitles), [filtered, sort, sectionTitles]);
  const notes = useMemo(
    () => new Map(Object.entries(ledgerNotes ?? {}).map(([id, note]) => [id, noteWords(note, t, language)])),
    [ledgerNotes, t, language],
  );
  const counts = useMemo(() => countKinds(analysis.metrics), [analysis.metrics]);
  const onSort = useMemo(() => (key: SortKey) => setSort((current) => nextSort(current, key)), []);
  const reveal = (metricId: string) => {
    if (filtered.some((metric) => metric.id === metricId)) return;
    setFilter('all');
    setQuery('');
  };
  return { filter, setFilter, query, setQuery, sort, onSort, filtered, rows, sectionTitles, sectionCounts, notes, counts, reveal };
}

function countKinds(metrics: readonly Metric[]): FigureRows['counts'] {
  let actual = 0;
  let targets = 0;
  let headline = 0;
  for (const metric of metrics) {
    if (metric.kind === 'actual') actual += 1;
    else {
      targets += 1;
      if (metric.headline) headline += 1;
    }
  }
  return { actual, targets, headline };
}

/** Which outline sections are unfolded: those with subsections at first;
 * the scroll spy unfolds the sections around the one being read, once per
 * section change, and after that the reader's folding is respected. */
export function useOutlineFolding(analysis: Analysis, activeSectionId: string | null): { expanded: ReadonlySet<string>; toggle(id: string): void } {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(analysis.outline.filter((node) => node.children.length > 0).map((node) => node.id)),
  );
  const ancestors = useMemo(
    () => new Map(outlineEntries(analysis.outline).map((entry) => [entry.node.id, entry.ancestors.map((section) => section.id)])),
    [analysis.outline],
  );
  useEffect(() => {
    if (!activeSectionId) return;
    const path = ancestors.get(activeSectionId) ?? [];
    if (path.every((ancestor) => expanded.has(ancestor))) return;
    setExpanded((current) => new Set([...current, ...path]));
  }, [activeSectionId, ancestors]);
  const toggle = useMemo(
    () => (id: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  return { expanded, toggle };
}

export interface Notice {
  text: string;
  error: boolean;
}

const NOTICE_MS = 4000;

/** The status line: what became of a copy or a download, for a few
 * seconds. A notice outlives neither the component nor the next notice.
 * `report` says a piece of work's outcome: `success` in words, or the
 * `failure` message with the error's reason. */
export function useNotice(t: () => Translate): {
  notice: Notice | null;
  report<T>(work: Promise<T>, success: (value: T) => string, failure?: string): void;
} {
  const [notice, setNotice] = useState<Notice | null>(null);
  const alive = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => {
    alive.current = false;
    clearTimeout(timer.current);
  }, []);
  const report = useMemo(() => {
    const show = (next: Notice) => {
      if (!alive.current) return;
      clearTimeout(timer.current);
      setNotice(next);
      timer.current = setTimeout(() => alive.current && setNotice(null), NOTICE_MS);
    };
    return <T,>(work: Promise<T>, success: (value: T) => string, failure = 'copyFailed') => {
      work.then(
        (value) => show({ text: success(value), error: false }),
        (error: unknown) => show({ text: t()(failure, error instanceof Error ? error.message : String(error)), error: true }),
      );
    };
  }, []);
  return { notice, report };
}

/** Focus follows the reader between the panel and the handle when they fold
 * it from the keyboard, instead of falling back to the page's <body>: call
 * `arm` before asking to fold or unfold. */
export function useFoldFocus(isHandle: boolean) {
  const armed = useRef(false);
  const handleRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  // a layout effect, run as the fold is committed: a deferred effect could run
  // after a quick unfold and fold again, with the panel it meant gone (focus lost)
  useLayoutEffect(() => {
    if (!armed.current) return;
    const target = isHandle ? handleRef.current : collapseRef.current;
    if (!target) return;
    armed.current = false;
    target.focus();
  }, [isHandle]);
  return { handleRef, collapseRef, arm: () => (armed.current = true) };
}

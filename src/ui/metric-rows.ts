// Which metrics the table shows and in what order. Kept apart from the
// component so that filtering 400+ rows is one memoized pure call.
import type { Metric } from '../core/types';

export type MetricFilter = 'all' | 'targets' | 'headline' | 'results';
export const METRIC_FILTERS: readonly MetricFilter[] = ['all', 'targets', 'headline', 'results'];

export type SortKey = 'order' | 'indicator' | 'text' | 'value' | 'kind' | 'relation' | 'qualifier' | 'section';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}
export const DOCUMENT_ORDER: SortState = { key: 'order', direction: 'ascending' };

function passesFilter(metric: Metric, filter: MetricFilter): boolean {
  if (filter === 'targets') return metric.kind === 'target';
  if (filter === 'headline') return metric.kind === 'target' && metric.headline;
  if (filter === 'results') return metric.kind === 'actual';
  return true;
}

/** Case- and width-insensitive enough for how people type into a search
 * box: Latin case folded, full-width spaces and surrounding blanks ignored. */
function normalizeQuery(query: string): string {
  return query.replace(/\u3000/g, ' ').trim().toLowerCase();
}

export function filterMetrics(metrics: readonly Metric[], filter: MetricFilter, query: string): Metric[] {
  const needle = normalizeQuery(query);
  return metrics.filter((metric) => {
    if (!passesFilter(metric, filter)) return false;
    if (!needle) return true;
    return (
      metric.indicator.toLowerCase().includes(needle) ||
      metric.text.toLowerCase().includes(needle) ||
      metric.sentence.toLowerCase().includes(needle)
    );
  });
}

// Made on the first sort by text, not when the module loads: building a
// Chinese (pinyin) collator took ~11 ms of every report page's load in the
// profile, for a sort most readers never ask for.
let pinyinCollator: Intl.Collator | undefined;
const collator = (): Intl.Collator => (pinyinCollator ??= new Intl.Collator('zh-Hans-CN', { numeric: true }));
const RELATION_ORDER = { decrease: 0, level: 1, increase: 2 } as const;
const QUALIFIER_ORDER = { 'at-most': 0, about: 1, exact: 2, range: 3, 'at-least': 4 } as const;

/** What a value can be compared with: figures in one base unit (亿元 and
 * 万元 are both 元; % and 个百分点 are two). 5个 beside 5所 says nothing. */
export function unitFamily(metric: Pick<Metric, 'normalized'>): string {
  return metric.normalized.unit;
}

/** Sorts a copy; ties keep document order so a sorted table stays stable
 * and readable. Values compare in base units (亿元 and 万元 side by side)
 * within a unit family; the families keep the order in which the rows
 * first name them, whichever the direction. `sectionTitles` is in outline
 * order (as sectionTitleMap builds it). */
export function sortMetrics(
  metrics: readonly Metric[],
  sort: SortState,
  sectionTitles: ReadonlyMap<string, string>,
): Metric[] {
  if (sort.key === 'order') {
    const copy = [...metrics];
    return sort.direction === 'ascending' ? copy : copy.reverse();
  }
  const position = new Map(metrics.map((metric, index) => [metric.id, index]));
  const byOrder = (a: Metric, b: Metric) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0);
  const compare = comparator(sort.key, sectionTitles);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const family = sort.key === 'value' ? familyRanks(metrics) : null;
  const byFamily = (a: Metric, b: Metric) => (family ? (family.get(unitFamily(a)) ?? 0) - (family.get(unitFamily(b)) ?? 0) : 0);
  return [...metrics].sort((a, b) => byFamily(a, b) || sign * compare(a, b) || byOrder(a, b));
}

function familyRanks(metrics: readonly Metric[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const metric of metrics) if (!ranks.has(unitFamily(metric))) ranks.set(unitFamily(metric), ranks.size);
  return ranks;
}

function comparator(key: Exclude<SortKey, 'order'>, sectionTitles: ReadonlyMap<string, string>) {
  switch (key) {
    case 'indicator':
      return (a: Metric, b: Metric) => collator().compare(a.indicator, b.indicator);
    case 'text':
      return (a: Metric, b: Metric) => collator().compare(a.text, b.text);
    case 'value':
      return (a: Metric, b: Metric) => a.normalized.value - b.normalized.value;
    case 'kind':
      return (a: Metric, b: Metric) => kindRank(a) - kindRank(b);
    case 'relation':
      return (a: Metric, b: Metric) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation];
    case 'qualifier':
      return (a: Metric, b: Metric) => QUALIFIER_ORDER[a.qualifier] - QUALIFIER_ORDER[b.qualifier];
    case 'section': {
      // sections sort in the order the report has them, not alphabetically:
      // 一、二、三、 would otherwise come out in collation order
      const order = new Map([...sectionTitles.keys()].map((id, index) => [id, index]));
      const rank = (metric: Metric) => (metric.sectionId ? (order.get(metric.sectionId) ?? order.size) : -1);
      return (a: Metric, b: Metric) => rank(a) - rank(b);
    }
  }
}

function kindRank(metric: Metric): number {
  if (metric.kind === 'actual') return 0;
  return metric.headline ? 2 : 1;
}

/** Clicking the same header flips the direction; a new header starts
 * ascending, as spreadsheets do, so the first click is predictable. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: 'ascending' };
}

import { METRIC_FILTERS, type MetricFilter } from './metric-rows';
import type { Translate } from '../core/message-bundle';

export interface MetricsToolbarProps {
  filter: MetricFilter;
  query: string;
  shown: number;
  total: number;
  t: Translate;
  onFilter(filter: MetricFilter): void;
  onQuery(query: string): void;
}

/** Above the table: which figures (all, targets, headline targets,
 * results) on one line, the search and how many rows it leaves on the next. */
export function MetricsToolbar(props: MetricsToolbarProps) {
  const { t, filter, query } = props;
  return (
    <div class="rl-toolbar">
      <div class="rl-filters" role="group" aria-label={t('filterLabel')}>
        {METRIC_FILTERS.map((name) => (
          <button key={name} type="button" class="rl-filter" data-filter={name} aria-pressed={filter === name} onClick={() => props.onFilter(name)}>
            {t(`filter_${name}`)}
          </button>
        ))}
      </div>
      <div class="rl-search-line">
        <input
          type="search"
          class="rl-search"
          value={query}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          onInput={(event) => props.onQuery((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={(event) => {
            // the first Escape clears the search; only an empty box lets it fold the sidebar
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              props.onQuery('');
            }
          }}
        />
        <span class="rl-shown">{t('rowsShown', [String(props.shown), String(props.total)])}</span>
      </div>
    </div>
  );
}

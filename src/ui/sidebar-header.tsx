import type { Ref } from 'preact';
import type { Analysis } from '../core/types';
import { countWords, reportKindWords } from './format';
import { ToggleOriginalButton } from './toggle-original-button';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

export interface SidebarHeaderProps {
  analysis: Analysis;
  counts: { actual: number; targets: number; headline: number };
  t: Translate;
  language: UiLanguage;
  /** the fold button, for focus to come back to */
  collapseRef: Ref<HTMLButtonElement>;
  /** why the report could not be kept in the library */
  libraryError: string | null;
  onToggleOriginal(): void;
  onCollapse(): void;
  onOpenLedger?: () => void;
}

/** The report's title, what it is, its counts and the sidebar's own buttons. */
export function SidebarHeader(props: SidebarHeaderProps) {
  const { analysis, counts, t, language } = props;
  const { detection } = analysis;
  const meta = [
    detection.jurisdiction,
    detection.year === null ? null : t('yearValue', String(detection.year)),
    detection.kind ? reportKindWords(detection.kind, language) : null,
  ].filter((part): part is string => Boolean(part));
  // a count of nothing says nothing (a communiqué has no targets)
  const pills = [
    { count: counts.actual, key: 'countActual', kind: 'actual' },
    { count: counts.targets, key: 'countTargets', kind: 'target' },
    { count: counts.headline, key: 'countHeadline', kind: 'headline' },
  ].filter((pill) => pill.count > 0);
  return (
    <header class="rl-header">
      <div class="rl-header-top">
        <h2 class="rl-title">{detection.title || t('untitledReport')}</h2>
        <div class="rl-header-actions">
          {props.onOpenLedger ? (
            <button type="button" class="rl-icon-button" data-action="open-ledger" title={t('openLedgerHint')} onClick={() => props.onOpenLedger?.()}>
              {t('openLedger')}
            </button>
          ) : null}
          <ToggleOriginalButton view="annotated" t={t} onToggle={props.onToggleOriginal} />
          <button
            ref={props.collapseRef}
            type="button"
            class="rl-icon-button"
            aria-expanded="true"
            aria-label={t('collapseSidebar')}
            title={t('collapseSidebar')}
            onClick={props.onCollapse}
          >
            ⇥
          </button>
        </div>
      </div>
      {meta.length > 0 ? <p class="rl-meta">{meta.join(' · ')}</p> : null}
      {pills.length > 0 ? (
        <p class="rl-counts">
          {pills.map((pill) => (
            <span key={pill.kind} class={`rl-pill rl-pill-${pill.kind}`} data-count={pill.kind}>
              {countWords(t, pill.key, pill.count)}
            </span>
          ))}
        </p>
      ) : null}
      {props.libraryError ? (
        <p class="rl-library-error" role="alert">
          {t('libraryFailed', props.libraryError)}
        </p>
      ) : null}
    </header>
  );
}

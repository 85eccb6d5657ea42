import type { Ref } from 'preact';
import type { Analysis } from '../core/types';
import { reportKindWords, type UiLanguage } from './format';

type Translate = (key: string, substitutions?: string | string[]) => string;

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
  return (
    <header class="rl-header">
      <div class="rl-header-top">
        <h2 class="rl-title">{detection.title || t('untitledReport')}</h2>
        {props.onOpenLedger ? (
          <button type="button" class="rl-icon-button" data-action="open-ledger" title={t('openLedgerHint')} onClick={() => props.onOpenLedger?.()}>
            {t('openLedger')}
          </button>
        ) : null}
        <button type="button" class="rl-icon-button" data-action="toggle-original" title={t('showOriginalHint')} onClick={props.onToggleOriginal}>
          {t('showOriginal')}
        </button>
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
      {meta.length > 0 ? <p class="rl-meta">{meta.join(' · ')}</p> : null}
      <p class="rl-counts">
        <span class="rl-pill rl-pill-actual">{t('countActual', String(counts.actual))}</span>
        <span class="rl-pill rl-pill-target">{t('countTargets', String(counts.targets))}</span>
        {counts.headline > 0 ? <span class="rl-pill rl-pill-target">{t('countHeadline', String(counts.headline))}</span> : null}
      </p>
      {props.libraryError ? (
        <p class="rl-library-error" role="alert">
          {t('libraryFailed', props.libraryError)}
        </p>
      ) : null}
    </header>
  );
}

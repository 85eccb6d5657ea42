// The ledger page: the library's reports grouped by jurisdiction and year;
// for the jurisdiction chosen, its targets beside their outcomes
// (ledger-jurisdiction.tsx); filters; the library's own export, import and
// deletion. Props in, callbacks out: the entry (src/entries/ledger.tsx)
// does the storage, the clipboard and the downloads.
import { useMemo, useState } from 'preact/hooks';
import type { Ledger } from '../core/ledger';
import { JURISDICTION_LEVELS, type LibraryRecord } from '../core/library';
import { LEDGER_CSS } from './ledger-css';
import { JurisdictionView, type LedgerOutput } from './ledger-jurisdiction';
import { groupRecords, jurisdictionLedger, libraryYears, NO_FILTERS, type LedgerFilters } from './ledger-model';
import { LedgerReports } from './ledger-reports';
import { PAGE_CSS } from './page-css';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

export type { LedgerOutput } from './ledger-jurisdiction';

export interface LedgerPageProps {
  /** null while the library is being read */
  records: readonly LibraryRecord[] | null;
  keepReports: boolean;
  initialJurisdiction: string | null;
  t: Translate;
  language: UiLanguage;
  notice: { text: string; error: boolean } | null;
  /** the outputs on offer */
  outputs: readonly LedgerOutput[];
  onOutput(output: LedgerOutput, ledger: Ledger, jurisdiction: string): void;
  onDelete(record: LibraryRecord): void;
  onDeleteAll(): void;
  onExportLibrary(): void;
  onImportLibrary(file: File): void;
}

export function LedgerPage(props: LedgerPageProps) {
  const { t, language } = props;
  const records = useMemo(() => props.records ?? [], [props.records]);
  const [filters, setFilters] = useState<LedgerFilters>(NO_FILTERS);
  const [chosen, setChosen] = useState<string | null>(props.initialJurisdiction);
  const groups = useMemo(() => groupRecords(records, filters.level), [records, filters.level]);
  const names = groups.flatMap((group) => (group.name ? [group.name] : []));
  const jurisdiction = chosen !== null && names.includes(chosen) ? chosen : (names[0] ?? null);
  const ledger = useMemo(() => (jurisdiction ? jurisdictionLedger(records, jurisdiction) : null), [records, jurisdiction]);
  return (
    <main class="rl-page rl-ledger">
      <style>{PAGE_CSS + LEDGER_CSS}</style>
      <LibraryBar {...props} count={records.length} jurisdictions={names.length} />
      <FiltersBar filters={filters} years={libraryYears(records)} t={t} onChange={(patch) => setFilters((current) => ({ ...current, ...patch }))} />
      {props.records !== null && records.length === 0 ? <p class="rl-empty-library">{t('ledgerEmpty')}</p> : null}
      <div class="rl-ledger-layout">
        {groups.length > 0 ? <LedgerReports groups={groups} selected={jurisdiction} t={t} language={language} onDelete={props.onDelete} onSelect={setChosen} /> : null}
        <section class="rl-ledger-main" aria-labelledby={jurisdiction ? 'rl-jurisdiction-title' : undefined}>
          {jurisdiction && ledger ? (
            <JurisdictionView key={jurisdiction} jurisdiction={jurisdiction} ledger={ledger} filters={filters} t={t} language={language}
              outputs={props.outputs} onOutput={props.onOutput} />
          ) : records.length > 0 ? (
            <p class="rl-hint">{t('ledgerChooseJurisdiction')}</p>
          ) : null}
        </section>
      </div>
      <p class="rl-footer-note">{t('ledgerPrivacy')}</p>
    </main>
  );
}

function LibraryBar(props: LedgerPageProps & { count: number; jurisdictions: number }) {
  const { t } = props;
  return (
    <header class="rl-ledger-header">
      <h1>{t('ledgerTitle')}</h1>
      <p class="rl-hint">{t('ledgerIntro')}</p>
      <p class="rl-library-summary">{props.records === null ? t('ledgerLoading') : t('ledgerLibrary', [String(props.count), String(props.jurisdictions)])}</p>
      {!props.keepReports ? <p class="rl-hint" data-keeping="off">{t('ledgerKeepingOff')}</p> : null}
      <div class="rl-library-actions">
        <button type="button" class="rl-button" data-action="export-library" disabled={props.count === 0} onClick={props.onExportLibrary}>
          {t('ledgerExportLibrary')}
        </button>
        <label class="rl-button rl-file">
          {t('ledgerImportLibrary')}
          <input
            type="file"
            accept=".json,application/json"
            data-action="import-library"
            class="rl-visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) props.onImportLibrary(file);
              input.value = '';
            }}
          />
        </label>
        <button type="button" class="rl-button" data-action="delete-all" disabled={props.count === 0} onClick={props.onDeleteAll}>
          {t('ledgerDeleteAll')}
        </button>
      </div>
      <div class="rl-status" role="status" data-error={props.notice?.error ? '' : undefined}>
        {props.notice?.text ?? ''}
      </div>
    </header>
  );
}

function FiltersBar(props: { filters: LedgerFilters; years: readonly number[]; t: Translate; onChange(patch: Partial<LedgerFilters>): void }) {
  const { filters, years, t, onChange } = props;
  const yearSelect = (name: 'from' | 'to') => (
    <label class="rl-field">
      {t(name === 'from' ? 'ledgerYearFrom' : 'ledgerYearTo')}
      <select
        name={`year-${name}`}
        value={filters[name] === null ? '' : String(filters[name])}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          onChange({ [name]: value === '' ? null : Number(value) });
        }}
      >
        <option value="">{t('level_all')}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="rl-filters-bar">
      <legend>{t('ledgerFilters')}</legend>
      <label class="rl-field">
        {t('ledgerLevel')}
        <select name="level" value={filters.level} onChange={(event) => onChange({ level: (event.currentTarget as HTMLSelectElement).value as LedgerFilters['level'] })}>
          {(['all', ...JURISDICTION_LEVELS] as const).map((level) => (
            <option key={level} value={level}>
              {t(`level_${level}`)}
            </option>
          ))}
        </select>
      </label>
      {yearSelect('from')}
      {yearSelect('to')}
      <label class="rl-field rl-check">
        <input type="checkbox" name="headline-only" checked={filters.headlineOnly} onChange={(event) => onChange({ headlineOnly: (event.currentTarget as HTMLInputElement).checked })} />
        {t('ledgerHeadlineOnly')}
      </label>
    </fieldset>
  );
}

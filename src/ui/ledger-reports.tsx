// The library's reports, grouped by jurisdiction and year: choosing a
// jurisdiction shows its ledger; each report links to its page and can be
// deleted from the library.
import type { LibraryRecord } from '../core/library';
import { reportKindWords } from './format';
import type { JurisdictionGroup } from './ledger-model';
import { dayOf } from './ledger-words';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

export interface LedgerReportsProps {
  groups: readonly JurisdictionGroup[];
  selected: string | null;
  t: Translate;
  language: UiLanguage;
  onSelect(jurisdiction: string): void;
  onDelete(record: LibraryRecord): void;
}

export function LedgerReports({ groups, selected, t, language, onSelect, onDelete }: LedgerReportsProps) {
  return (
    <nav class="rl-reports" aria-labelledby="rl-reports-title">
      <h2 id="rl-reports-title">{t('ledgerReports')}</h2>
      <ul class="rl-groups">
        {groups.map((group) => (
          <li key={group.name} data-jurisdiction={group.name}>
            {group.name ? (
              <button type="button" class="rl-jurisdiction" aria-current={group.name === selected ? 'true' : undefined} onClick={() => onSelect(group.name)}>
                {group.name}
                {group.level ? <span class="rl-level">{t(`level_${group.level}`)}</span> : null}
              </button>
            ) : (
              <p class="rl-jurisdiction rl-unknown">{t('ledgerNoJurisdiction')}</p>
            )}
            <ul class="rl-years">
              {group.years.map((year) => (
                <li key={year.year ?? 'none'}>
                  <span class="rl-year">{year.year ?? '—'}</span>
                  <ul class="rl-entries">
                    {year.records.map((record) => (
                      <li key={record.id} class="rl-entry" data-record-id={record.id}>
                        <a class="rl-link" href={record.url} target="_blank" rel="noopener noreferrer">
                          {record.title || record.url}
                        </a>
                        <span class="rl-hint">
                          {reportKindWords(record.kind, language)} · {t('ledgerSeen', dayOf(record.lastSeen))}
                        </span>
                        <button
                          type="button"
                          class="rl-button rl-delete"
                          data-action="delete-report"
                          aria-label={t('ledgerDeleteReport', record.title || record.url)}
                          onClick={() => onDelete(record)}
                        >
                          {t('ledgerDelete')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}

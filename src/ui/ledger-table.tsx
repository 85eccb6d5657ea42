// A jurisdiction's ledger as a table of indicator × year: in each cell the
// target as written with its qualifier in words, the outcome and the status;
// each cell a button that shows its sentences (ledger-detail.tsx).
import type { LedgerRow } from '../core/ledger';
import type { Measure } from './ledger-model';
import { measureLabel, statusWords, targetWords } from './ledger-words';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';

/** A cell's row: the measure, the year, and which of the year's targets. */
export interface CellRef {
  measure: string;
  year: number;
  index: number;
}

export interface LedgerTableProps {
  jurisdiction: string;
  measures: readonly Measure[];
  years: readonly number[];
  selected: CellRef | null;
  t: Translate;
  language: UiLanguage;
  onSelect(cell: CellRef, row: LedgerRow): void;
}

export function LedgerTable(props: LedgerTableProps) {
  const { measures, years, selected, t, language } = props;
  return (
    <div class="rl-ledger-scroll">
      <table class="rl-ledger-table">
        <caption>{t('ledgerTableCaption', props.jurisdiction)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ledgerIndicator')}</th>
            {years.map((year) => (
              <th scope="col" key={year}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.key} data-measure={measure.key}>
              <th scope="row">{measureLabel(measure, language)}</th>
              {years.map((year) => (
                <td key={year} data-year={year}>
                  {(measure.byYear.get(year) ?? []).map((row, index) => {
                    const isSelected = selected?.measure === measure.key && selected.year === year && selected.index === index;
                    return (
                      <button
                        key={index}
                        type="button"
                        class="rl-cell"
                        data-status={row.status}
                        aria-pressed={isSelected}
                        title={t('ledgerSentences')}
                        onClick={() => props.onSelect({ measure: measure.key, year, index }, row)}
                      >
                        <span class="rl-cell-target">{row.target ? targetWords(row.target, language) : t('ledgerNoTargetYet')}</span>
                        <span class="rl-cell-outcome">{row.outcome ? `${t('ledgerOutcome')} ${row.outcome.text}` : '—'}</span>
                        <span class="rl-badge" data-status={row.status}>
                          {statusWords(row.status, language)}
                        </span>
                      </button>
                    );
                  })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
